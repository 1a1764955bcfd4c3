import { brands } from "./brands";
import { matrix, sale, type SeedProduct } from "./types";

export const hikingBoots: SeedProduct[] = [
  {
    slug: "summit-leather-hiking-boots",
    name: "Summit Leather Hiking Boots",
    brand: brands.trailforge,
    category: "hiking-boots",
    description:
      "Full-grain leather hiking boots with a waterproof membrane and a Goodyear welt, so they can be resoled when the tread wears down. The stiff midsole carries a heavy pack over rough ground. Give them a few walks to break in.",
    specs: [
      ["Upper", "2.4 mm full-grain leather"],
      ["Membrane", "Waterproof breathable"],
      ["Construction", "Goodyear welt, resoleable"],
      ["Outsole", "Vibram-style lugged rubber"],
      ["Weight", "1.3 kg per pair (US 9)"],
    ],
    variants: matrix({ Size: ["US 8", "US 9", "US 10", "US 11"], Colour: ["Brown"] }, 26500, [2, 4, 3, 1]),
  },
  {
    slug: "waterproof-mid-hiking-boots",
    name: "Waterproof Mid Hiking Boots",
    brand: brands.trailforge,
    category: "hiking-boots",
    description:
      "A light, mid-height boot that feels like a trail shoe on the foot but keeps your ankles supported and dry. Ready to hike out of the box. A favourite for day hikes and weekend trips.",
    specs: [
      ["Upper", "Suede and mesh"],
      ["Membrane", "Waterproof breathable"],
      ["Height", "Mid"],
      ["Weight", "950 g per pair (US 9)"],
      ["Break-in", "None needed"],
    ],
    variants: matrix(
      { Size: ["US 8", "US 9", "US 10", "US 11", "US 12"], Colour: ["Tan"] },
      sale(15900, 18500),
      [5, 3, 0, 6, 2],
    ),
  },
  {
    slug: "alpine-mountaineering-boots",
    name: "Alpine Mountaineering Boots",
    brand: brands.kestrel,
    category: "hiking-boots",
    description:
      "Insulated, crampon-compatible boots for glacier travel and winter summits. An integrated gaiter seals out snow, and the stiff sole accepts automatic and semi-automatic crampons. Built for technical terrain above the snow line.",
    specs: [
      ["Insulation", "200 g synthetic"],
      ["Crampons", "Automatic and semi-automatic"],
      ["Gaiter", "Integrated"],
      ["Sole", "Stiff, B3 rated"],
      ["Weight", "1.9 kg per pair (US 9)"],
    ],
    variants: matrix({ Size: ["US 9", "US 10", "US 11"], Colour: ["Black"] }, 38900, [1, 2, 1]),
  },
  {
    slug: "lightweight-hiking-shoes",
    name: "Lightweight Hiking Shoes",
    brand: brands.trailforge,
    category: "hiking-boots",
    description:
      "Low-cut hiking shoes for fast-and-light days on maintained trails. A protective toe cap and sticky rubber handle scrambles. They dry quickly after a soaking.",
    specs: [
      ["Upper", "Ripstop mesh"],
      ["Toe cap", "Rubber"],
      ["Outsole", "Sticky rubber, 4 mm lugs"],
      ["Weight", "720 g per pair (US 9)"],
    ],
    variants: matrix({ Size: ["US 8", "US 9", "US 10", "US 11"], Colour: ["Grey"] }, 11900, [4, 2, 6, 3]),
  },
];
