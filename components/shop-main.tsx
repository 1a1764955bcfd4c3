// Each storefront page renders its own <main> (not the layout) so that, without
// JavaScript, the streamed page lands as one piece next to the header: see no-script-reveal.
export function ShopMain({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 pb-8 sm:px-6 lg:px-8">
      {children}
    </main>
  );
}

/** The <main> a loading.tsx skeleton renders in; hidden when scripting is off. */
export function SkeletonMain({ children }: { children: React.ReactNode }) {
  return (
    <main aria-busy="true" className="route-skeleton mx-auto w-full max-w-7xl flex-1 px-4 pb-8 sm:px-6 lg:px-8">
      {children}
    </main>
  );
}
