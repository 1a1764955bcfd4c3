// A loading.tsx is a Suspense boundary. On a full page load React streams the skeleton
// first and sends the finished page later, in a hidden <div id="S:…"> at the end of <body>
// that an inline script swaps into place. Without JavaScript that swap never runs and the
// shopper would stare at the skeleton. These rules, active only when scripting is off,
// hide the skeleton, unwrap the streamed page in place (pages render their own <main>), and
// keep the footer last. With JavaScript they do nothing.
//
// They sit in Tailwind's `base` layer on purpose: its preflight hides [hidden] with
// !important from that layer, and a layered !important beats any unlayered rule.
const css = `@layer base{
.route-skeleton{display:none!important}
body>div[hidden][id^="S:"]{display:contents!important}
body>footer{order:1}
}`;

export function NoScriptReveal() {
  return (
    <noscript>
      <style dangerouslySetInnerHTML={{ __html: css }} />
    </noscript>
  );
}
