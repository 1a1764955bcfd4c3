import { brands } from "./brands";
import { sale, single, variant, type SeedProduct } from "./types";

export const sleepingBags: SeedProduct[] = [
  {
    slug: "alpine-15f-down-sleeping-bag",
    name: "Alpine 15°F Down Sleeping Bag",
    brand: brands.summitline,
    category: "sleeping-bags",
    description:
      "A mummy bag filled with 850-fill hydrophobic down, rated to 15 °F (−9 °C) for shoulder-season nights in the mountains. The contoured hood and draft collar seal in warmth. Packs to the size of a loaf of bread.",
    specs: [
      ["Comfort rating", "28 °F / −2 °C"],
      ["Lower limit", "15 °F / −9 °C"],
      ["Fill", "850-fill hydrophobic down"],
      ["Shape", "Mummy"],
      ["Weight", "980 g (Regular)"],
      ["Zip", "Full length, left side"],
    ],
    variants: [variant({ Length: "Regular" }, 42900, 4), variant({ Length: "Long" }, 45900, 2)],
  },
  {
    slug: "three-season-synthetic-sleeping-bag",
    name: "Three-Season Synthetic Sleeping Bag",
    brand: brands.kestrel,
    category: "sleeping-bags",
    description:
      "Synthetic insulation keeps you warm even when it's damp, which makes this bag a safe choice for wet climates and canoe trips. A roomy cut lets side sleepers turn over. Machine washable.",
    specs: [
      ["Comfort rating", "40 °F / 4 °C"],
      ["Lower limit", "30 °F / −1 °C"],
      ["Fill", "Synthetic, continuous filament"],
      ["Shape", "Relaxed mummy"],
      ["Weight", "1.5 kg"],
    ],
    variants: single(15900, 8),
  },
  {
    slug: "summer-camp-sleeping-bag",
    name: "Summer Camp Sleeping Bag",
    brand: brands.kestrel,
    category: "sleeping-bags",
    description:
      "A rectangular bag that unzips fully into a blanket for warm nights and festivals. Two can be zipped together. Cotton-feel lining for comfort.",
    specs: [
      ["Comfort rating", "55 °F / 13 °C"],
      ["Shape", "Rectangular"],
      ["Lining", "Brushed polyester"],
      ["Weight", "1.2 kg"],
      ["Zips together", "Yes, with left and right versions"],
    ],
    variants: [variant({ Zip: "Left" }, sale(4900, 6500), 9), variant({ Zip: "Right" }, sale(4900, 6500), 0)],
  },
  {
    slug: "ultralight-insulated-sleeping-pad",
    name: "Ultralight Insulated Sleeping Pad",
    brand: brands.summitline,
    category: "sleeping-bags",
    colour: "Yellow",
    description:
      "An air pad with reflective baffles that bounce body heat back to you, rated R 4.2 for three-season use. It inflates with the included pump sack in under two minutes. Quiet, not crinkly.",
    specs: [
      ["R-value", "4.2"],
      ["Thickness", "7.5 cm"],
      ["Weight", "430 g (Regular)"],
      ["Packed size", "23 × 10 cm"],
      ["Inflation", "Pump sack included"],
    ],
    variants: [variant({ Length: "Regular" }, 18900, 5), variant({ Length: "Long" }, 20900, 3)],
  },
];
