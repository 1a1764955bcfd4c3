/**
 * Prepares stored email HTML for the mailbox's sandboxed iframe: links open in a new tab
 * (the sandbox allows popups, nothing else), so a reset link can be followed from there.
 */
export function htmlForPreview(html: string): string {
  const base = '<base target="_blank">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${base}`);
  return `${base}${html}`;
}
