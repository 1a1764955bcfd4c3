import { brands } from "./brands";
import { matrix, sale, type SeedProduct } from "./types";

export const hoodies: SeedProduct[] = [
  {
    slug: "heavyweight-pullover-hoodie",
    name: "Heavyweight Pullover Hoodie",
    brand: brands.alder,
    category: "hoodies",
    featured: true,
    description:
      "A 400 g brushed-back fleece hoodie with a double-layer hood that holds its shape. The kangaroo pocket is bar-tacked at the corners so it won't tear. Cut roomy through the body without sagging.",
    specs: [
      ["Fabric", "400 g/m² brushed cotton fleece"],
      ["Hood", "Double layer, no drawcord"],
      ["Pocket", "Kangaroo, bar-tacked"],
      ["Fit", "Relaxed"],
      ["Care", "Machine wash 30 °C"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Heather Grey", "Black"] }, 6900, [4, 8, 6, 5, 0, 7]),
  },
  {
    slug: "everyday-zip-hoodie",
    name: "Everyday Zip Hoodie",
    brand: brands.alder,
    category: "hoodies",
    description:
      "A mid-weight zip hoodie for the commute, the office and the sofa. A metal zip and split pouch pockets keep it looking sharp. The loopback cotton stays breathable.",
    specs: [
      ["Fabric", "320 g/m² loopback cotton"],
      ["Zip", "Two-way metal zip"],
      ["Pockets", "Split pouch"],
      ["Fit", "Regular"],
    ],
    variants: matrix({ Size: ["S", "M", "L", "XL"], Colour: ["Navy"] }, 7400, [2, 5, 4, 1]),
  },
  {
    slug: "loopback-crewneck-sweatshirt",
    name: "Loopback Crewneck Sweatshirt",
    brand: brands.hartwell,
    category: "hoodies",
    description:
      "A vintage-style crewneck with a V-insert at the collar and raglan sleeves for easy movement. Loopback terry breathes better than brushed fleece, so it works all year round. Made in a small mill in Portugal.",
    specs: [
      ["Fabric", "Loopback cotton terry"],
      ["Sleeves", "Raglan"],
      ["Collar", "V-insert"],
      ["Fit", "Regular"],
      ["Origin", "Made in Portugal"],
    ],
    variants: matrix({ Size: ["M", "L"], Colour: ["Oatmeal", "Forest Green"] }, sale(6400, 7900), [3, 2, 4, 0]),
  },
  {
    slug: "merino-quarter-zip",
    name: "Merino Quarter-Zip",
    brand: brands.kestrel,
    category: "hoodies",
    description:
      "A 260 g merino mid-layer that regulates temperature from frosty trailheads to sunny summits. The quarter zip vents quickly and the thumb loops keep the sleeves in place under a shell. Naturally odour resistant.",
    specs: [
      ["Fabric", "100% merino wool, 260 g/m²"],
      ["Zip", "Quarter zip with chin guard"],
      ["Cuffs", "Thumb loops"],
      ["Weight", "310 g"],
      ["Fit", "Athletic"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Charcoal"] }, 9800, [3, 6, 2]),
  },
  {
    slug: "tech-fleece-hoodie",
    name: "Tech Fleece Hoodie",
    brand: brands.stridewell,
    category: "hoodies",
    description:
      "A grid fleece hoodie for cold warm-ups and cool-downs. The grid channels sweat away while keeping a layer of warm air against the skin. Sold out until the autumn run.",
    specs: [
      ["Fabric", "Grid fleece"],
      ["Hood", "Fitted, balaclava style"],
      ["Pockets", "Zip hand pockets"],
      ["Fit", "Athletic"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Black"] }, 8500, [0, 0, 0]),
  },
];
