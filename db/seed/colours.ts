// Hex values for the colour names used in the seed data, so product images show the
// colour a shopper would pick. Unknown names fall back to a stable hue from the name.
const palette: Record<string, string> = {
  Black: "#26272b",
  White: "#eeece6",
  Grey: "#8a8d91",
  "Heather Grey": "#a3a5a8",
  Charcoal: "#3d4046",
  Slate: "#56646f",
  Silver: "#b8bcc2",
  Stainless: "#a9aeb4",
  "Cast Iron": "#34312f",
  Navy: "#22325a",
  Blue: "#2f6db5",
  Indigo: "#2c3e6b",
  Teal: "#24797a",
  Sage: "#8da287",
  Olive: "#5f6a3a",
  "Forest Green": "#2f5b40",
  Yellow: "#e0b43a",
  Orange: "#e0732c",
  Coral: "#e56f61",
  Red: "#b7372f",
  Burgundy: "#6e2435",
  Brown: "#6e4630",
  Walnut: "#5c3b28",
  Tan: "#b58a5b",
  Copper: "#b8693d",
  Brass: "#b8963e",
  Sand: "#cfb98f",
  Natural: "#dccfb4",
  Oatmeal: "#d6cab2",
  Cream: "#ece2c8",
};

export function colourHex(name: string): string {
  const known = palette[name];
  if (known) return known;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hslToHex(hash % 360, 45, 45);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255);
  };
  return toHex([channel(0), channel(8), channel(4)]);
}

function toRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Moves `hex` toward `target` by `amount` (0 = unchanged, 1 = target). */
export function mix(hex: string, target: string, amount: number): string {
  const a = toRgb(hex);
  const b = toRgb(target);
  return toHex(a.map((c, i) => c + ((b[i] ?? c) - c) * amount));
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
