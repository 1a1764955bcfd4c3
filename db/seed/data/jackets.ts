import { brands } from "./brands";
import { matrix, sale, type SeedProduct } from "./types";

export const jackets: SeedProduct[] = [
  {
    slug: "leather-jacket",
    name: "Leather Jacket",
    brand: brands.hartwell,
    category: "jackets",
    featured: true,
    description:
      "A clean-lined rider jacket cut from full-grain lambskin that softens and takes on character with every wear. The cupro lining breathes better than polyester, and the YKK Excella zips run smooth for years. Built to be resoled, repaired and handed down.",
    specs: [
      ["Shell", "Full-grain lambskin leather"],
      ["Lining", "100% cupro"],
      ["Hardware", "YKK Excella brass zips"],
      ["Fit", "Regular, hip length"],
      ["Pockets", "2 zip hand pockets, 1 inside pocket"],
      ["Care", "Specialist leather clean only"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Black", "Brown"] }, 34900, [3, 5, 6, 0, 4, 2]),
  },
  {
    slug: "waxed-cotton-field-jacket",
    name: "Waxed Cotton Field Jacket",
    brand: brands.hartwell,
    category: "jackets",
    description:
      "A four-pocket field jacket in British waxed cotton that shrugs off drizzle and wind. The corduroy collar and tartan lining are a nod to the originals. Re-wax it once a season and it will outlast you.",
    specs: [
      ["Shell", "6 oz waxed cotton"],
      ["Lining", "Cotton tartan"],
      ["Collar", "Corduroy"],
      ["Closure", "Two-way zip with storm flap"],
      ["Fit", "Relaxed"],
    ],
    variants: matrix({ Size: ["M", "L", "XL"], Colour: ["Olive"] }, sale(22900, 26900), [4, 2, 0]),
  },
  {
    slug: "ridgeline-down-puffer-jacket",
    name: "Ridgeline Down Puffer Jacket",
    brand: brands.kestrel,
    category: "jackets",
    description:
      "Responsibly sourced 700-fill goose down in narrow baffles keeps warmth evenly spread and cold spots away. The ripstop shell has a water-repellent finish free of PFCs. It stuffs into its own chest pocket for travel.",
    specs: [
      ["Insulation", "700-fill-power RDS goose down"],
      ["Shell", "20D recycled nylon ripstop"],
      ["Finish", "PFC-free DWR"],
      ["Weight", "410 g (size M)"],
      ["Packability", "Stuffs into chest pocket"],
      ["Fit", "Regular"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Black", "Red"] }, sale(22900, 27900), [2, 7, 3, 1, 4, 0]),
  },
  {
    slug: "stormbreak-rain-shell",
    name: "Stormbreak Rain Shell",
    brand: brands.kestrel,
    category: "jackets",
    description:
      "A three-layer waterproof, breathable shell for days when the forecast is wrong. Pit zips dump heat on steep climbs and the helmet-compatible hood adjusts with one hand. Taped seams throughout.",
    specs: [
      ["Membrane", "3-layer waterproof breathable"],
      ["Waterproofing", "20,000 mm"],
      ["Breathability", "15,000 g/m²/24h"],
      ["Hood", "Helmet compatible, 3-point adjust"],
      ["Vents", "Pit zips"],
      ["Weight", "360 g"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Blue", "Yellow"] }, 18900, [5, 8, 4, 2, 3, 1]),
  },
  {
    slug: "denim-trucker-jacket",
    name: "Denim Trucker Jacket",
    brand: brands.alder,
    category: "jackets",
    description:
      "The classic trucker in 13.5 oz selvedge denim, rinsed once so it fits true to size from day one. Chest pockets with button flaps and adjustable waist tabs. It fades beautifully with wear.",
    specs: [
      ["Fabric", "13.5 oz selvedge denim"],
      ["Wash", "One rinse"],
      ["Buttons", "Copper shank"],
      ["Fit", "Regular, cropped at the waist"],
      ["Origin", "Cut and sewn in Portugal"],
    ],
    variants: matrix({ Size: ["S", "M", "L", "XL"], Colour: ["Indigo"] }, 12900, [3, 6, 5, 2]),
  },
  {
    slug: "highpile-fleece-jacket",
    name: "Highpile Fleece Jacket",
    brand: brands.kestrel,
    category: "jackets",
    description:
      "Shaggy high-pile fleece traps warm air like a shearling, at a fraction of the weight. The nylon yoke and pocket trims handle pack straps and rough rock. Made from recycled bottles.",
    specs: [
      ["Fabric", "Recycled polyester high-pile fleece"],
      ["Trims", "Nylon yoke and pocket flaps"],
      ["Closure", "Full zip"],
      ["Weight", "520 g"],
    ],
    variants: matrix({ Size: ["M", "L"], Colour: ["Cream", "Forest Green"] }, 14900, [4, 3, 0, 5]),
  },
  {
    slug: "packable-windbreaker",
    name: "Packable Windbreaker",
    brand: brands.summitline,
    category: "jackets",
    description:
      "A featherweight wind shirt that blocks a chilly breeze and packs down to the size of an apple. Elastic cuffs and a single chest pocket keep it simple. Restocks with the spring collection.",
    specs: [
      ["Shell", "10D nylon"],
      ["Weight", "95 g"],
      ["Packed size", "10 × 8 cm"],
      ["Fit", "Athletic"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Orange"] }, 7900, [0, 0, 0]),
  },
  {
    slug: "heritage-bomber-jacket",
    name: "Heritage Bomber Jacket",
    brand: brands.hartwell,
    category: "jackets",
    status: "draft",
    description:
      "A flight jacket in horsehide with a shearling collar, planned for next winter. Samples are still being fitted. Not yet for sale.",
    specs: [
      ["Shell", "Horsehide leather"],
      ["Collar", "Detachable shearling"],
      ["Lining", "Quilted cotton"],
      ["Fit", "Regular"],
    ],
    variants: matrix({ Size: ["M", "L"], Colour: ["Brown"] }, 59900, [0, 0]),
  },
];
