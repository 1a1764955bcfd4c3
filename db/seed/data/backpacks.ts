import { brands } from "./brands";
import { matrix, sale, variant, type SeedProduct } from "./types";

export const backpacks: SeedProduct[] = [
  {
    slug: "trailhead-28l-daypack",
    name: "Trailhead 28L Daypack",
    brand: brands.kestrel,
    category: "backpacks",
    featured: true,
    description:
      "A do-it-all daypack with a ventilated back panel, hip-belt pockets for snacks and a stretch front pocket for a wet shell. The hydration sleeve fits a 3-litre reservoir. Comfortable loaded or empty.",
    specs: [
      ["Volume", "28 L"],
      ["Back panel", "Ventilated mesh"],
      ["Hydration", "Sleeve fits 3 L reservoir"],
      ["Pockets", "Hip belt, stretch front, 2 side"],
      ["Fabric", "210D recycled nylon"],
      ["Weight", "850 g"],
    ],
    variants: matrix({ Colour: ["Black", "Blue", "Red"] }, 11900, [9, 6, 4]),
  },
  {
    slug: "summit-55l-trekking-backpack",
    name: "Summit 55L Trekking Backpack",
    brand: brands.summitline,
    category: "backpacks",
    description:
      "A load-carrying trekking pack with an adjustable torso and a frame that transfers weight to the hips. Top lid, front zip to the main compartment and a separate sleeping-bag compartment. Carries 18 kg comfortably.",
    specs: [
      ["Volume", "55 L + 10 L extension"],
      ["Frame", "Aluminium stay"],
      ["Torso", "Adjustable"],
      ["Max load", "18 kg"],
      ["Rain cover", "Included"],
      ["Weight", "1.9 kg"],
    ],
    variants: [variant({ Size: "S/M", Colour: "Teal" }, 23900, 3), variant({ Size: "M/L", Colour: "Teal" }, 23900, 5)],
  },
  {
    slug: "commuter-laptop-backpack",
    name: "Commuter Laptop Backpack",
    brand: brands.mariner,
    category: "backpacks",
    description:
      "A clean, weatherproof backpack with a padded sleeve for a 16-inch laptop and a clamshell opening for easy packing. A luggage pass-through slides over a suitcase handle. Quiet design that fits in at the office.",
    specs: [
      ["Volume", "22 L"],
      ["Laptop sleeve", "Up to 16 in, suspended"],
      ["Opening", "Clamshell"],
      ["Fabric", "Water-resistant coated polyester"],
      ["Luggage pass-through", "Yes"],
    ],
    variants: matrix({ Colour: ["Grey", "Black"] }, sale(9900, 12900), [7, 0]),
  },
  {
    slug: "roll-top-waterproof-backpack",
    name: "Roll-Top Waterproof Backpack",
    brand: brands.kestrel,
    category: "backpacks",
    description:
      "Welded seams and a roll-top closure make this pack fully waterproof for cycling, paddling and rainy commutes. A quick-access outer pocket holds keys and phone. Reflective strips for low light.",
    specs: [
      ["Volume", "25 L"],
      ["Waterproofing", "Welded seams, roll-top, IP64"],
      ["Fabric", "TPU-coated polyester"],
      ["Reflective", "Front and straps"],
      ["Weight", "780 g"],
    ],
    variants: matrix({ Colour: ["Yellow", "Black"] }, 8900, [5, 8]),
  },
  {
    slug: "ultralight-40l-backpack",
    name: "Ultralight 40L Backpack",
    brand: brands.summitline,
    category: "backpacks",
    description:
      "A frameless pack for thru-hikers with a big mesh front pocket and a removable foam back pad. Carries up to 11 kg. At 620 g it is one of the lightest 40-litre packs we have tested.",
    specs: [
      ["Volume", "40 L"],
      ["Frame", "Frameless, removable foam pad"],
      ["Max load", "11 kg"],
      ["Fabric", "Ultra 200"],
      ["Weight", "620 g"],
    ],
    variants: matrix({ Colour: ["White"] }, 26500, [2]),
  },
  {
    slug: "kids-adventure-backpack",
    name: "Kids' Adventure Backpack",
    brand: brands.kestrel,
    category: "backpacks",
    description:
      "A small, tough backpack sized for ages 4 to 9, with a chest strap that keeps it from sliding around. A whistle on the sternum strap and a name label inside. Bright colours to spot on the trail.",
    specs: [
      ["Volume", "12 L"],
      ["Ages", "4–9"],
      ["Chest strap", "With safety whistle"],
      ["Fabric", "Recycled polyester"],
    ],
    variants: matrix({ Colour: ["Orange", "Teal"] }, 3900, [11, 6]),
  },
  {
    slug: "canvas-rucksack",
    name: "Canvas Rucksack",
    brand: brands.hartwell,
    category: "backpacks",
    description:
      "A heritage rucksack in waxed canvas with leather straps and solid brass buckles. One big compartment under a flap, with two outside pockets. It will look better in ten years than it does today.",
    specs: [
      ["Volume", "20 L"],
      ["Fabric", "18 oz waxed canvas"],
      ["Straps", "Vegetable-tanned leather"],
      ["Hardware", "Solid brass"],
    ],
    variants: matrix({ Colour: ["Tan", "Olive"] }, 17900, [3, 2]),
  },
];
