import { luminance, mix } from "./colours";
import { drawIcon, type IconName } from "./icons";

export type ImageView = "front" | "detail";

export type ImageSpec = {
  icon: IconName;
  /** Hex colour of the product in this picture. */
  colour: string;
  title: string;
  subtitle: string;
  view: ImageView;
};

export const IMAGE_SIZE = 800;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A studio-style product card: the item's silhouette in its own colour on a backdrop
 * tinted with that colour, and the name on a light band so it stays legible on any tint.
 * Fonts are generic families because librsvg resolves them through fontconfig, and the
 * host may only have DejaVu.
 */
export function productSvg({ icon, colour, title, subtitle, view }: ImageSpec): string {
  const light = luminance(colour) > 0.55;
  // A white shirt on a white backdrop would vanish, so light products get a greyer stage.
  const from = light ? mix(colour, "#8d887d", 0.3) : mix(colour, "#ffffff", 0.82);
  const to = light ? mix(colour, "#5f5a52", 0.45) : mix(colour, "#ffffff", 0.58);
  const line = luminance(colour) > 0.3 ? mix(colour, "#000000", 0.6) : mix(colour, "#ffffff", 0.55);
  // The detail view zooms onto the centre of the silhouette, like a close-up shot.
  const placement = view === "front" ? "translate(170 76) scale(1.15)" : "translate(20 -70) scale(1.9)";
  const fontSize = Math.round(Math.max(28, Math.min(46, 720 / (0.6 * title.length))));
  const [x2, y2] = view === "front" ? ["1", "1"] : ["0", "1"];

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 800 800">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="${x2}" y2="${y2}">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.42" r="0.5">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.45"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  <circle cx="400" cy="330" r="330" fill="url(#glow)"/>
  ${view === "front" ? `<ellipse cx="400" cy="550" rx="220" ry="22" fill="#000000" opacity="0.12"/>` : ""}
  <g transform="${placement}">${drawIcon(icon, colour, line)}</g>
  <rect y="632" width="800" height="168" fill="#ffffff" opacity="0.72"/>
  ${subtitle ? `<text x="400" y="680" text-anchor="middle" font-family="sans-serif" font-size="22" letter-spacing="4" fill="#55575c">${escapeXml(subtitle.toUpperCase())}</text>` : ""}
  <text x="400" y="${subtitle ? 736 : 726}" text-anchor="middle" font-family="sans-serif" font-weight="bold" font-size="${fontSize}" fill="#1f2126">${escapeXml(title)}</text>
</svg>`;
}
