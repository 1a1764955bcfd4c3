import { brands } from "./brands";
import { single, variant, type SeedProduct } from "./types";

export const power: SeedProduct[] = [
  {
    slug: "power-bank-20000mah",
    name: "20,000 mAh Power Bank",
    brand: brands.voltwise,
    category: "power",
    description:
      "A slim power bank that charges a laptop, a phone and earbuds at the same time. 65 W USB-C Power Delivery tops up most laptops. Airline-safe capacity for carry-on bags.",
    specs: [
      ["Capacity", "20,000 mAh / 72 Wh"],
      ["Output", "65 W USB-C PD"],
      ["Ports", "2 × USB-C, 1 × USB-A"],
      ["Recharge time", "2 h with a 65 W charger"],
      ["Weight", "390 g"],
    ],
    variants: single(6900, 22),
  },
  {
    slug: "gan-usb-c-charger-65w",
    name: "65W GaN USB-C Charger",
    brand: brands.voltwise,
    category: "power",
    colour: "White",
    description:
      "A gallium-nitride wall charger half the size of a laptop brick that powers a laptop and phone together. Folding prongs slip into a pocket. Automatically shares power between ports.",
    specs: [
      ["Output", "65 W total"],
      ["Ports", "2 × USB-C, 1 × USB-A"],
      ["Technology", "GaN"],
      ["Plug", "US, folding"],
      ["Size", "5 × 5 × 3 cm"],
    ],
    variants: single(4900, 30),
  },
  {
    slug: "folding-solar-panel-charger",
    name: "Folding Solar Panel Charger",
    brand: brands.voltwise,
    category: "power",
    colour: "Charcoal",
    description:
      "A 28 W folding solar panel that charges phones and power banks at camp or on the road. Hang it from a pack or a tent with the corner loops. Auto-restart resumes charging when clouds pass.",
    specs: [
      ["Power", "28 W peak"],
      ["Ports", "2 × USB-A, 1 × USB-C"],
      ["Folded size", "28 × 16 cm"],
      ["Weight", "620 g"],
      ["Water resistance", "IPX4"],
    ],
    variants: single(7900, 5),
  },
  {
    slug: "braided-usb-c-cable",
    name: "Braided USB-C Cable",
    brand: brands.voltwise,
    category: "power",
    colour: "Grey",
    description:
      "A nylon-braided USB-C to USB-C cable rated for 100 W charging and tested to 30,000 bends. Fast enough for 10 Gbps data. Comes with a leather cable tie.",
    specs: [
      ["Connectors", "USB-C to USB-C"],
      ["Power", "100 W"],
      ["Data", "10 Gbps"],
      ["Bend tested", "30,000 cycles"],
    ],
    variants: [variant({ Length: "1 m" }, 1900, 40), variant({ Length: "2 m" }, 2400, 25)],
  },
];
