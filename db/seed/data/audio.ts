import { brands } from "./brands";
import { matrix, sale, single, type SeedProduct } from "./types";

export const audio: SeedProduct[] = [
  {
    slug: "wireless-noise-cancelling-headphones",
    name: "Wireless Noise-Cancelling Headphones",
    brand: brands.fathom,
    category: "audio",
    featured: true,
    description:
      "Over-ear wireless headphones with adaptive noise cancelling that quietens planes, trains and open offices. Forty hours of battery life and a ten-minute quick charge for five more. Memory-foam cushions stay comfortable all day.",
    specs: [
      ["Type", "Over-ear, closed back"],
      ["Noise cancelling", "Adaptive, 8 microphones"],
      ["Battery", "40 h (ANC on)"],
      ["Charging", "USB-C, 10 min = 5 h"],
      ["Bluetooth", "5.3, multipoint"],
      ["Codecs", "AAC, LDAC"],
      ["Weight", "255 g"],
    ],
    variants: matrix({ Colour: ["Black", "Silver"] }, sale(27900, 34900), [12, 5]),
  },
  {
    slug: "studio-monitor-headphones",
    name: "Studio Monitor Headphones",
    brand: brands.fathom,
    category: "audio",
    description:
      "Closed-back wired headphones with a flat, honest response for mixing and tracking. Detachable cables and replaceable ear pads keep them in service for years. Folds for the gig bag.",
    specs: [
      ["Type", "Over-ear, closed back"],
      ["Drivers", "45 mm"],
      ["Impedance", "38 Ω"],
      ["Frequency response", "15 Hz – 28 kHz"],
      ["Cables", "Detachable, coiled and straight"],
    ],
    variants: single(14900, 9),
  },
  {
    slug: "open-back-headphones",
    name: "Open-Back Reference Headphones",
    brand: brands.fathom,
    category: "audio",
    colour: "Slate",
    description:
      "Open-back headphones with a wide, natural soundstage for critical listening at home. Velour pads and a suspension headband disappear on the head. Sold out while we source more drivers.",
    specs: [
      ["Type", "Over-ear, open back"],
      ["Drivers", "50 mm dynamic"],
      ["Impedance", "150 Ω"],
      ["Frequency response", "8 Hz – 35 kHz"],
      ["Weight", "320 g"],
    ],
    variants: single(32900, 0),
  },
  {
    slug: "true-wireless-earbuds",
    name: "True Wireless Earbuds",
    brand: brands.fathom,
    category: "audio",
    description:
      "Compact earbuds with active noise cancelling, a transparency mode and a pocket-friendly wireless charging case. Six sizes of ear tips for a secure seal. Sweat resistant for the gym.",
    specs: [
      ["Noise cancelling", "Active, with transparency mode"],
      ["Battery", "8 h buds, 30 h with case"],
      ["Charging", "USB-C and Qi wireless"],
      ["Water resistance", "IPX4"],
      ["Bluetooth", "5.3"],
    ],
    variants: matrix({ Colour: ["White", "Black"] }, 14900, [16, 0]),
  },
  {
    slug: "sport-earbuds",
    name: "Sport Earbuds",
    brand: brands.fathom,
    category: "audio",
    description:
      "Secure-fit earbuds with flexible wing tips that stay put on hill sprints. Fully waterproof, so rinse them off after a sweaty session. Ambient mode lets traffic noise through.",
    specs: [
      ["Fit", "Wing tips, 3 sizes"],
      ["Battery", "10 h buds, 30 h with case"],
      ["Water resistance", "IP67"],
      ["Ambient mode", "Yes"],
    ],
    variants: matrix({ Colour: ["Coral", "Black"] }, sale(9900, 12900), [7, 11]),
  },
  {
    slug: "portable-bluetooth-speaker",
    name: "Portable Bluetooth Speaker",
    brand: brands.fathom,
    category: "audio",
    icon: "speaker",
    description:
      "A rugged, waterproof speaker with surprisingly full bass for its size. It floats, survives drops onto rock and plays for 20 hours. Pair two for stereo at the campsite.",
    specs: [
      ["Output", "20 W"],
      ["Battery", "20 h"],
      ["Water resistance", "IP67, floats"],
      ["Stereo pairing", "Yes"],
      ["Weight", "540 g"],
    ],
    variants: matrix({ Colour: ["Teal", "Black", "Orange"] }, 8900, [9, 13, 4]),
  },
  {
    slug: "bookshelf-speakers-pair",
    name: "Bookshelf Speakers (Pair)",
    brand: brands.fathom,
    category: "audio",
    icon: "speaker",
    description:
      "Powered bookshelf speakers with a built-in amplifier, phono stage and Bluetooth. Connect a turntable, a TV or your phone without extra boxes. Real wood veneer cabinets.",
    specs: [
      ["Output", "2 × 50 W"],
      ["Drivers", "5.25 in woofer, 1 in silk tweeter"],
      ["Inputs", "Phono, line, optical, Bluetooth"],
      ["Cabinet", "Wood veneer"],
      ["Size", "30 × 18 × 24 cm each"],
    ],
    variants: matrix({ Colour: ["Walnut", "Black"] }, 39900, [3, 4]),
  },
  {
    slug: "belt-drive-turntable",
    name: "Belt-Drive Turntable",
    brand: brands.fathom,
    category: "audio",
    icon: "speaker",
    colour: "Walnut",
    description:
      "A belt-drive turntable with a pre-installed cartridge and a switchable phono preamp, so it plugs into powered speakers directly. The heavy platter keeps speed steady. Set up in ten minutes.",
    specs: [
      ["Drive", "Belt"],
      ["Speeds", "33⅓ and 45 rpm"],
      ["Cartridge", "Moving magnet, pre-installed"],
      ["Preamp", "Built in, switchable"],
      ["Platter", "Die-cast aluminium"],
    ],
    variants: single(29900, 2),
  },
  {
    slug: "kids-over-ear-headphones",
    name: "Kids' Over-Ear Headphones",
    brand: brands.fathom,
    category: "audio",
    status: "draft",
    description: "Volume-limited headphones for children, still in safety testing. Not yet on sale.",
    specs: [
      ["Volume limit", "85 dB"],
      ["Type", "Over-ear"],
      ["Cable", "Wired, 1.2 m"],
      ["Ages", "3+"],
    ],
    variants: matrix({ Colour: ["Blue", "Coral"] }, 3900, [0, 0]),
  },
];
