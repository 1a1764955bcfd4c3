import { brands } from "./brands";
import { matrix, sale, single, variant, type SeedProduct } from "./types";

export const tents: SeedProduct[] = [
  {
    slug: "basecamp-backpacking-tent",
    name: "Basecamp Backpacking Tent",
    brand: brands.summitline,
    category: "tents",
    featured: true,
    description:
      "A freestanding, double-wall backpacking tent that pitches in three minutes with colour-coded clips. Two doors and two vestibules mean nobody climbs over anybody at 3 a.m. Proven in wind and rain on thousands of trips.",
    specs: [
      ["Seasons", "3-season"],
      ["Structure", "Freestanding, double wall"],
      ["Doors", "2, with vestibules"],
      ["Poles", "Aluminium DAC"],
      ["Fly", "20D silnylon, 1,500 mm"],
      ["Packed weight", "1.6 kg (2-person)"],
    ],
    variants: [variant({ Capacity: "2-Person" }, 34900, 6), variant({ Capacity: "3-Person" }, 42900, 3)],
  },
  {
    slug: "ultralight-one-person-tent",
    name: "Ultralight 1-Person Tent",
    brand: brands.summitline,
    category: "tents",
    description:
      "A single-wall shelter that pitches with your trekking poles and weighs less than a litre of water. Made from Dyneema composite fabric that doesn't sag when wet. For experienced hikers counting every gram.",
    specs: [
      ["Seasons", "3-season"],
      ["Structure", "Trekking pole, single wall"],
      ["Fabric", "Dyneema composite"],
      ["Packed weight", "540 g"],
      ["Floor area", "1.9 m²"],
    ],
    variants: single(sale(52900, 59900), 2),
  },
  {
    slug: "family-cabin-tent",
    name: "Family Cabin Tent",
    brand: brands.kestrel,
    category: "tents",
    description:
      "A tall cabin tent you can stand up in, with a divider that makes two bedrooms. Large mesh windows keep summer nights cool, and the taped floor stays dry in a downpour. Car camping, upgraded.",
    specs: [
      ["Seasons", "3-season"],
      ["Sleeps", "6"],
      ["Peak height", "2 m"],
      ["Rooms", "2, with removable divider"],
      ["Packed weight", "11.5 kg"],
    ],
    variants: matrix({ Colour: ["Forest Green", "Sand"] }, 45900, [4, 2]),
  },
  {
    slug: "four-season-expedition-tent",
    name: "Four-Season Expedition Tent",
    brand: brands.summitline,
    category: "tents",
    description:
      "A geodesic dome built for high winds and snow loading on expeditions. Snow flaps, a vestibule for cooking and a bombproof pole structure. The next batch is in production.",
    specs: [
      ["Seasons", "4-season"],
      ["Structure", "Geodesic dome, 4 poles"],
      ["Sleeps", "2"],
      ["Fly", "40D nylon, 3,000 mm"],
      ["Packed weight", "3.9 kg"],
    ],
    variants: single(79900, 0),
  },
  {
    slug: "pop-up-beach-shelter",
    name: "Pop-Up Beach Shelter",
    brand: brands.kestrel,
    category: "tents",
    description:
      "A sun shelter that springs open in seconds and folds flat into a round bag. UPF 50+ fabric and sand pockets keep it shaded and put. Room for two adults and a cool box.",
    specs: [
      ["UV protection", "UPF 50+"],
      ["Setup", "Pop-up"],
      ["Anchoring", "Sand pockets and pegs"],
      ["Packed size", "75 cm diameter, flat"],
      ["Weight", "1.8 kg"],
    ],
    variants: matrix({ Colour: ["Blue", "Coral"] }, 6900, [10, 7]),
  },
  {
    slug: "classic-a-frame-tent",
    name: "Classic A-Frame Tent",
    brand: brands.kestrel,
    category: "tents",
    status: "archived",
    description: "A cotton-canvas ridge tent from our first catalogue. Discontinued; listed for past orders only.",
    specs: [
      ["Seasons", "3-season"],
      ["Fabric", "Cotton canvas"],
      ["Sleeps", "2"],
      ["Packed weight", "6 kg"],
    ],
    variants: single(24900, 0),
  },
];
