import { brands } from "./brands";
import { matrix, single, variant, type SeedProduct } from "./types";

export const lighting: SeedProduct[] = [
  {
    slug: "brass-desk-lamp",
    name: "Brass Desk Lamp",
    brand: brands.lumenRow,
    category: "lighting",
    description:
      "A task lamp with a fully articulating arm and a weighted base, in solid brass that patinates over time. The dimmer in the base goes from a warm glow to bright reading light. Takes a standard E26 bulb.",
    specs: [
      ["Material", "Solid brass"],
      ["Reach", "60 cm"],
      ["Bulb", "E26, up to 60 W equivalent LED"],
      ["Dimmer", "Rotary, in base"],
      ["Cable", "2 m fabric cable"],
    ],
    variants: matrix({ Finish: ["Brass", "Black"] }, 18900, [4, 6]),
  },
  {
    slug: "linen-shade-floor-lamp",
    name: "Linen Shade Floor Lamp",
    brand: brands.lumenRow,
    category: "lighting",
    colour: "Natural",
    description:
      "A tall oak floor lamp with a natural linen drum shade that diffuses a warm, even light. The foot switch means no bending down. Assembles in minutes without tools.",
    specs: [
      ["Height", "155 cm"],
      ["Base", "Solid oak"],
      ["Shade", "Linen drum, 45 cm"],
      ["Bulb", "E26, up to 100 W equivalent LED"],
      ["Switch", "Foot switch"],
    ],
    variants: single(22900, 3),
  },
  {
    slug: "rechargeable-camping-lantern",
    name: "Rechargeable Camping Lantern",
    brand: brands.kestrel,
    category: "lighting",
    colour: "Orange",
    description:
      "A 500-lumen LED lantern that runs up to 100 hours on low and charges phones from its built-in battery. The collapsible body packs flat and the hook hangs from a tent loop. Splash resistant.",
    specs: [
      ["Brightness", "500 lumens max"],
      ["Run time", "100 h low / 5 h high"],
      ["Battery", "5,200 mAh, USB-C"],
      ["Water resistance", "IPX4"],
      ["Weight", "310 g"],
    ],
    variants: single(4900, 18),
  },
  {
    slug: "smart-led-bulb-4-pack",
    name: "Smart LED Bulb 4-Pack",
    brand: brands.lumenRow,
    category: "lighting",
    colour: "Yellow",
    description:
      "Tunable white bulbs that shift from candle-warm to daylight and dim from an app or a voice assistant. No hub needed. Sold out; a new batch is on its way.",
    specs: [
      ["Fitting", "E26"],
      ["Brightness", "800 lumens each"],
      ["Colour temperature", "2,200–6,500 K"],
      ["Connectivity", "Wi-Fi, no hub"],
    ],
    variants: [variant({ Fitting: "E26" }, 4900, 0), variant({ Fitting: "E27" }, 4900, 0)],
  },
];
