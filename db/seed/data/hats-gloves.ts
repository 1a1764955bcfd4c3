import { brands } from "./brands";
import { matrix, sale, single, type SeedProduct } from "./types";

export const hatsGloves: SeedProduct[] = [
  {
    slug: "merino-beanie",
    name: "Merino Beanie",
    brand: brands.alder,
    category: "hats-gloves",
    description:
      "A rib-knit beanie in soft, non-itchy merino with a fold-up cuff. Warm on a winter walk, breathable enough for a cold run. One size fits most.",
    specs: [
      ["Fabric", "100% extra-fine merino"],
      ["Knit", "2 × 2 rib"],
      ["Size", "One size"],
      ["Care", "Hand wash cold"],
    ],
    variants: matrix({ Colour: ["Charcoal", "Burgundy", "Orange"] }, 3400, [11, 6, 8]),
  },
  {
    slug: "waxed-canvas-cap",
    name: "Waxed Canvas Cap",
    brand: brands.hartwell,
    category: "hats-gloves",
    description:
      "A six-panel cap in waxed canvas with a leather strap and brass buckle at the back. Sheds light rain and gets better with age. Unstructured for a relaxed shape.",
    specs: [
      ["Fabric", "Waxed cotton canvas"],
      ["Closure", "Leather strap, brass buckle"],
      ["Panels", "6, unstructured"],
      ["Size", "Adjustable"],
    ],
    variants: matrix({ Colour: ["Tan", "Navy"] }, 3900, [5, 0]),
  },
  {
    slug: "insulated-ski-gloves",
    name: "Insulated Ski Gloves",
    brand: brands.kestrel,
    category: "hats-gloves",
    colour: "Black",
    description:
      "Waterproof, insulated gloves with goatskin palms for grip on poles and lift bars. Touchscreen-friendly fingertips and a wrist leash so you don't lose one off the chairlift. Long gauntlet cuffs seal over jacket sleeves.",
    specs: [
      ["Shell", "Nylon with goatskin palm"],
      ["Insulation", "170 g synthetic"],
      ["Waterproofing", "Waterproof insert"],
      ["Touchscreen", "Thumb and index finger"],
      ["Cuff", "Gauntlet"],
    ],
    variants: matrix({ Size: ["S", "M", "L"] }, sale(7900, 9500), [3, 6, 4]),
  },
  {
    slug: "wide-brim-sun-hat",
    name: "Wide-Brim Sun Hat",
    brand: brands.summitline,
    category: "hats-gloves",
    colour: "Sand",
    description:
      "A packable sun hat with a 9 cm brim, UPF 50+ fabric and a mesh crown that lets heat escape. The chin cord keeps it on in gusty wind. Crush it into a pack and it springs back.",
    specs: [
      ["Brim", "9 cm"],
      ["UV protection", "UPF 50+"],
      ["Crown", "Mesh vented"],
      ["Chin cord", "Removable"],
    ],
    variants: single(4400, 9),
  },
];
