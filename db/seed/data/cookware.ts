import { brands } from "./brands";
import { matrix, sale, single, variant, type SeedProduct } from "./types";

export const cookware: SeedProduct[] = [
  {
    slug: "cast-iron-skillet",
    name: "Cast-Iron Skillet",
    brand: brands.ironleaf,
    category: "cookware",
    featured: true,
    description:
      "A cast-iron skillet machined smooth on the cooking surface and pre-seasoned with flaxseed oil, so eggs slide from the first use. It sears, bakes and goes from stovetop to oven to campfire. With care it will last for generations.",
    specs: [
      ["Material", "Cast iron"],
      ["Surface", "Machined smooth"],
      ["Seasoning", "Pre-seasoned, flaxseed oil"],
      ["Hob", "Gas, electric, induction, campfire"],
      ["Oven safe", "Yes, any temperature"],
      ["Made in", "USA"],
    ],
    variants: [variant({ Size: "10 in" }, 8900, 14), variant({ Size: "12 in" }, 10900, 9)],
  },
  {
    slug: "enameled-dutch-oven",
    name: "Enameled Dutch Oven",
    brand: brands.ironleaf,
    category: "cookware",
    description:
      "A 5.5-quart enamelled cast-iron casserole for braises, stews and crusty no-knead bread. The pale interior enamel makes it easy to watch browning. Self-basting ridges under the lid return moisture to the pot.",
    specs: [
      ["Capacity", "5.5 qt / 5.2 L"],
      ["Material", "Enamelled cast iron"],
      ["Oven safe", "Up to 500 °F / 260 °C"],
      ["Lid", "Self-basting"],
      ["Weight", "5.4 kg"],
    ],
    variants: matrix({ Colour: ["Red", "Blue", "Cream"] }, sale(21900, 26900), [6, 4, 0]),
  },
  {
    slug: "carbon-steel-wok",
    name: "Carbon Steel Wok",
    brand: brands.ironleaf,
    category: "cookware",
    colour: "Charcoal",
    description:
      "A hand-hammered, round-bottom carbon steel wok for real wok hei on a powerful burner. It heats fast and builds a natural non-stick patina with use. Wooden helper handle stays cool.",
    specs: [
      ["Diameter", "14 in / 36 cm"],
      ["Material", "1.8 mm carbon steel"],
      ["Base", "Round"],
      ["Handles", "Wood, with helper handle"],
    ],
    variants: single(6900, 7),
  },
  {
    slug: "stainless-steel-saucepan-set",
    name: "Stainless Steel Saucepan Set",
    brand: brands.ironleaf,
    category: "cookware",
    colour: "Stainless",
    description:
      "Three tri-ply stainless saucepans with an aluminium core that spreads heat evenly up the sides. Riveted handles, flared rims for dripless pouring and tight-fitting lids. Dishwasher safe.",
    specs: [
      ["Pieces", "1.5 qt, 2 qt and 3 qt with lids"],
      ["Construction", "Tri-ply, aluminium core"],
      ["Hob", "All, including induction"],
      ["Oven safe", "Up to 600 °F / 315 °C"],
      ["Dishwasher safe", "Yes"],
    ],
    variants: single(sale(18900, 24900), 5),
  },
  {
    slug: "nonstick-frying-pan",
    name: "Nonstick Frying Pan",
    brand: brands.ironleaf,
    category: "cookware",
    colour: "Charcoal",
    description:
      "A PFAS-free ceramic non-stick pan on a heavy aluminium body for omelettes, fish and pancakes. The stainless handle stays cool and the base works on induction. Use medium heat to keep the coating at its best.",
    specs: [
      ["Coating", "PFAS-free ceramic"],
      ["Body", "Forged aluminium"],
      ["Hob", "All, including induction"],
      ["Oven safe", "Up to 400 °F / 200 °C"],
    ],
    variants: [variant({ Size: "10 in" }, 5900, 12), variant({ Size: "12 in" }, 6900, 8)],
  },
  {
    slug: "cast-iron-griddle",
    name: "Cast-Iron Reversible Griddle",
    brand: brands.ironleaf,
    category: "cookware",
    description:
      "A reversible griddle that spans two burners: flat on one side for pancakes, ribbed on the other for grill marks. Pre-seasoned and ready to cook. Back in stock next month.",
    specs: [
      ["Size", "20 × 10.5 in"],
      ["Material", "Cast iron"],
      ["Sides", "Flat and ribbed"],
      ["Seasoning", "Pre-seasoned"],
    ],
    variants: single(7900, 0),
  },
];
