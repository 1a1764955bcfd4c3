import { brands } from "./brands";
import { matrix, sale, single, variant, type SeedProduct } from "./types";

export const coffeeTea: SeedProduct[] = [
  {
    slug: "gooseneck-electric-kettle",
    name: "Gooseneck Electric Kettle",
    brand: brands.emberOak,
    category: "coffee-tea",
    featured: true,
    description:
      "A pour-over kettle with a precise gooseneck spout and temperature control to the degree. It holds temperature for an hour so the second cup is as good as the first. The counterbalanced handle makes slow pours easy.",
    specs: [
      ["Capacity", "0.9 L"],
      ["Power", "1,200 W"],
      ["Temperature range", "40–100 °C"],
      ["Hold", "60 minutes"],
      ["Material", "Stainless steel"],
    ],
    variants: matrix({ Colour: ["Black", "Copper"] }, sale(12900, 15900), [8, 3]),
  },
  {
    slug: "pour-over-coffee-dripper",
    name: "Pour-Over Coffee Dripper",
    brand: brands.emberOak,
    category: "coffee-tea",
    description:
      "A porcelain cone dripper with spiral ribs that keep the filter from sealing against the wall, for an even extraction. Brews one or two cups. Fits standard size-02 cone filters.",
    specs: [
      ["Material", "Porcelain"],
      ["Filters", "Size 02 cone"],
      ["Brews", "1–2 cups"],
      ["Dishwasher safe", "Yes"],
    ],
    variants: matrix({ Colour: ["White", "Black"] }, 2800, [15, 10]),
  },
  {
    slug: "burr-coffee-grinder",
    name: "Burr Coffee Grinder",
    brand: brands.emberOak,
    category: "coffee-tea",
    colour: "Charcoal",
    description:
      "A conical burr grinder with 40 settings from espresso fine to French-press coarse. Low-speed burrs keep the beans cool and the grounds consistent. The anti-static cup means less mess on the counter.",
    specs: [
      ["Burrs", "40 mm steel conical"],
      ["Settings", "40"],
      ["Hopper", "250 g"],
      ["Speed", "450 rpm"],
      ["Power", "150 W"],
    ],
    variants: single(16900, 6),
  },
  {
    slug: "insulated-travel-mug",
    name: "Insulated Travel Mug",
    brand: brands.kestrel,
    category: "coffee-tea",
    description:
      "A double-wall vacuum mug that keeps coffee hot for six hours and fits car cup holders. The leak-proof lid opens with one thumb. Fits under most espresso machines.",
    specs: [
      ["Capacity", "16 oz / 470 ml"],
      ["Insulation", "Double-wall vacuum"],
      ["Hot", "6 hours"],
      ["Cold", "18 hours"],
      ["Lid", "Leak-proof, one-handed"],
    ],
    variants: matrix({ Colour: ["Forest Green", "Black", "Coral"] }, 3200, [20, 14, 0]),
  },
  {
    slug: "stoneware-mug-set",
    name: "Stoneware Mug Set",
    brand: brands.emberOak,
    category: "coffee-tea",
    colour: "Sand",
    description:
      "Hand-glazed stoneware mugs with a speckled finish, so no two are quite alike. A generous 12-ounce size with a comfortable, full-hand handle. Microwave and dishwasher safe.",
    specs: [
      ["Capacity", "12 oz / 350 ml each"],
      ["Material", "Stoneware"],
      ["Finish", "Reactive speckled glaze"],
      ["Microwave safe", "Yes"],
      ["Dishwasher safe", "Yes"],
    ],
    variants: [variant({ Set: "Set of 2" }, 3800, 9), variant({ Set: "Set of 4" }, 6900, 4)],
  },
];
