import { brands } from "./brands";
import { matrix, sale, single, type SeedProduct } from "./types";

export const bagsWallets: SeedProduct[] = [
  {
    slug: "leather-bifold-wallet",
    name: "Leather Bifold Wallet",
    brand: brands.hartwell,
    category: "bags-wallets",
    description:
      "A slim bifold in vegetable-tanned leather, hand-stitched with waxed linen thread. Six card slots and a full-length note pocket without the bulk. It darkens to a rich patina with use.",
    specs: [
      ["Leather", "Vegetable-tanned, full grain"],
      ["Stitching", "Hand-stitched, waxed linen"],
      ["Card slots", "6"],
      ["Size", "11 × 9 cm folded"],
    ],
    variants: matrix({ Colour: ["Brown", "Black"] }, 6500, [10, 7]),
  },
  {
    slug: "canvas-tote-bag",
    name: "Canvas Tote Bag",
    brand: brands.mariner,
    category: "bags-wallets",
    description:
      "A heavyweight canvas tote with leather-reinforced handles and an inside zip pocket. Big enough for a week of groceries or a day at the beach. Stands up on its own.",
    specs: [
      ["Fabric", "20 oz cotton canvas"],
      ["Handles", "Leather reinforced"],
      ["Volume", "24 L"],
      ["Pockets", "1 inside zip"],
    ],
    variants: matrix({ Colour: ["Natural", "Navy"] }, 4200, [14, 9]),
  },
  {
    slug: "weekender-duffel-bag",
    name: "Weekender Duffel Bag",
    brand: brands.mariner,
    category: "bags-wallets",
    colour: "Olive",
    description:
      "A 45-litre duffel that fits airline overhead bins and holds three days of clothes. The end pocket keeps shoes away from shirts. Padded, detachable shoulder strap.",
    specs: [
      ["Volume", "45 L"],
      ["Fabric", "Water-resistant waxed canvas"],
      ["Shoe pocket", "Ventilated end pocket"],
      ["Strap", "Padded, detachable"],
      ["Carry-on size", "Yes"],
    ],
    variants: single(sale(13900, 16900), 6),
  },
  {
    slug: "leather-messenger-bag",
    name: "Leather Messenger Bag",
    brand: brands.hartwell,
    category: "bags-wallets",
    colour: "Brown",
    description:
      "A structured messenger in thick bridle leather with a padded sleeve for a 14-inch laptop. Solid brass buckles and hand-painted edges. Made to be used every day for decades.",
    specs: [
      ["Leather", "Bridle leather, 3 mm"],
      ["Laptop", "Up to 14 in"],
      ["Hardware", "Solid brass"],
      ["Size", "38 × 28 × 10 cm"],
    ],
    variants: single(32900, 2),
  },
  {
    slug: "crossbody-sling-bag",
    name: "Crossbody Sling Bag",
    brand: brands.kestrel,
    category: "bags-wallets",
    description:
      "A compact sling for travel days and city walks that swings round to the front for quick access. Hidden back pocket for a passport. Fits a phone, wallet, keys and a small water bottle.",
    specs: [
      ["Volume", "4 L"],
      ["Hidden pocket", "Back panel"],
      ["Strap", "Adjustable, quick release"],
      ["Fabric", "Recycled nylon"],
    ],
    variants: matrix({ Colour: ["Black", "Sand", "Teal"] }, 4500, [12, 0, 6]),
  },
];
