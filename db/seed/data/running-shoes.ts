import { brands } from "./brands";
import { matrix, sale, type SeedProduct } from "./types";

const sizes = ["US 8", "US 9", "US 10", "US 11", "US 12"];

export const runningShoes: SeedProduct[] = [
  {
    slug: "ridge-trail-running-shoes",
    name: "Ridge Trail Running Shoes",
    brand: brands.trailforge,
    category: "running-shoes",
    featured: true,
    description:
      "Trail running shoes with 5 mm lugs that bite into mud and loose rock, and a rock plate that takes the sting out of sharp stones. The breathable upper drains fast after stream crossings. A gusseted tongue keeps grit out.",
    specs: [
      ["Drop", "6 mm"],
      ["Stack height", "30 mm heel / 24 mm forefoot"],
      ["Lugs", "5 mm multidirectional"],
      ["Rock plate", "Yes"],
      ["Weight", "290 g (US 9)"],
      ["Terrain", "Technical trail"],
    ],
    variants: matrix({ Size: sizes, Colour: ["Orange"] }, 14500, [3, 6, 5, 2, 0]),
  },
  {
    slug: "tempo-road-running-shoes",
    name: "Tempo Road Running Shoes",
    brand: brands.stridewell,
    category: "running-shoes",
    description:
      "Road running shoes for faster days: a lively foam midsole and a light, snug mesh upper. The rubber outsole covers only the high-wear zones to save weight. Great for intervals, tempo runs and 10K races.",
    specs: [
      ["Drop", "8 mm"],
      ["Midsole", "Supercritical EVA foam"],
      ["Upper", "Engineered mesh"],
      ["Weight", "230 g (US 9)"],
      ["Terrain", "Road"],
    ],
    variants: matrix({ Size: sizes, Colour: ["Blue"] }, sale(12900, 15000), [4, 7, 8, 3, 1]),
  },
  {
    slug: "cloudstep-cushioned-running-shoes",
    name: "Cloudstep Cushioned Running Shoes",
    brand: brands.stridewell,
    category: "running-shoes",
    description:
      "Maximum cushioning for long, easy miles and recovery days. The wide base and rocker geometry roll you smoothly from heel to toe. A plush heel collar locks the foot in without pressure points.",
    specs: [
      ["Drop", "5 mm"],
      ["Stack height", "40 mm heel"],
      ["Midsole", "Dual-density foam"],
      ["Weight", "285 g (US 9)"],
      ["Terrain", "Road"],
      ["Best for", "Long runs, recovery"],
    ],
    variants: matrix({ Size: sizes, Colour: ["Grey"] }, 15500, [2, 5, 6, 4, 3]),
  },
  {
    slug: "racer-carbon-plate-shoes",
    name: "Racer Carbon Plate Running Shoes",
    brand: brands.stridewell,
    category: "running-shoes",
    description:
      "Our race-day road shoe: a full-length carbon plate sandwiched in our most responsive foam. It is built for marathon pace and nothing slower. Expect 300–400 km of racing life.",
    specs: [
      ["Drop", "8 mm"],
      ["Plate", "Full-length carbon fibre"],
      ["Midsole", "PEBA foam"],
      ["Weight", "190 g (US 9)"],
      ["Terrain", "Road racing"],
    ],
    variants: matrix({ Size: ["US 8", "US 9", "US 10", "US 11"], Colour: ["White"] }, sale(22500, 25000), [1, 0, 2, 1]),
  },
  {
    slug: "mudline-trail-running-shoes",
    name: "Mudline Trail Running Shoes",
    brand: brands.trailforge,
    category: "running-shoes",
    description:
      "Aggressive 7 mm chevron lugs for fell races and the muddiest winter trails. A low, stable platform keeps you close to the ground on off-camber slopes. Currently sold out in every size.",
    specs: [
      ["Drop", "4 mm"],
      ["Lugs", "7 mm chevron"],
      ["Upper", "Welded TPU over mesh"],
      ["Weight", "260 g (US 9)"],
      ["Terrain", "Soft ground, mud"],
    ],
    variants: matrix({ Size: ["US 9", "US 10", "US 11"], Colour: ["Forest Green"] }, 13500, [0, 0, 0]),
  },
  {
    slug: "daily-trainer-running-shoes",
    name: "Daily Trainer Running Shoes",
    brand: brands.stridewell,
    category: "running-shoes",
    description:
      "The do-everything road shoe for runners who own one pair. Balanced cushioning, a durable outsole rated for 800 km and a roomy toe box. Comfortable enough to walk in all day.",
    specs: [
      ["Drop", "10 mm"],
      ["Midsole", "EVA blend"],
      ["Outsole", "Full-coverage carbon rubber"],
      ["Weight", "270 g (US 9)"],
      ["Terrain", "Road"],
    ],
    variants: matrix({ Size: sizes, Colour: ["Black"] }, 9900, [6, 9, 12, 7, 4]),
  },
  {
    slug: "zero-drop-minimalist-running-shoes",
    name: "Zero-Drop Minimalist Running Shoes",
    brand: brands.trailforge,
    category: "running-shoes",
    description:
      "A flexible, zero-drop shoe with a foot-shaped toe box that lets your toes splay naturally. The thin 8 mm sole gives honest ground feel on road and smooth trail. Transition slowly if you are new to minimal shoes.",
    specs: [
      ["Drop", "0 mm"],
      ["Stack height", "8 mm"],
      ["Toe box", "Wide, foot-shaped"],
      ["Weight", "200 g (US 9)"],
      ["Terrain", "Road and light trail"],
    ],
    variants: matrix({ Size: ["US 8", "US 9", "US 10", "US 11"], Colour: ["Sand"] }, 11000, [2, 3, 0, 2]),
  },
  {
    slug: "lightweight-track-spikes",
    name: "Lightweight Track Spikes",
    brand: brands.stridewell,
    category: "running-shoes",
    description:
      "Middle-distance spikes with a stiff nylon plate and six removable pins. The sock-like upper wraps the foot for a secure, distraction-free fit. Spike wrench and spare pins included.",
    specs: [
      ["Plate", "Nylon, 6 pin receptacles"],
      ["Pins", "6 mm pyramid, removable"],
      ["Weight", "150 g (US 9)"],
      ["Distance", "800 m – 5,000 m"],
    ],
    variants: matrix({ Size: ["US 8", "US 9", "US 10"], Colour: ["Yellow"] }, 8500, [3, 2, 4]),
  },
];
