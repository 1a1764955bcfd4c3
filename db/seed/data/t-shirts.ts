import { brands } from "./brands";
import { matrix, sale, type SeedProduct } from "./types";

export const tShirts: SeedProduct[] = [
  {
    slug: "classic-crew-t-shirt",
    name: "Classic Crew T-Shirt",
    brand: brands.alder,
    category: "t-shirts",
    featured: true,
    description:
      "Our best-selling tee in soft, mid-weight organic cotton jersey with a collar that keeps its shape wash after wash. Side-seamed for a clean drape and pre-shrunk so the fit stays put. The blue is garment-dyed for a lived-in look.",
    specs: [
      ["Fabric", "180 g/m² organic cotton jersey"],
      ["Fit", "Regular"],
      ["Neck", "Ribbed crew, taped seams"],
      ["Dye", "Garment dyed"],
      ["Care", "Machine wash 30 °C"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Blue", "White"] }, 2900, [12, 20, 15, 18, 0, 9]),
  },
  {
    slug: "organic-v-neck-t-shirt",
    name: "Organic V-Neck T-Shirt",
    brand: brands.alder,
    category: "t-shirts",
    description:
      "A lighter-weight V-neck for layering under shirts and knits. The fine-gauge jersey is knitted from long-staple organic cotton, so it stays smooth rather than pilling. Cut slightly longer in the body.",
    specs: [
      ["Fabric", "150 g/m² organic cotton"],
      ["Fit", "Slim"],
      ["Neck", "V-neck"],
      ["Length", "Long body"],
      ["Care", "Machine wash 30 °C"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Heather Grey", "Navy"] }, 2500, [6, 9, 4, 7, 11, 3]),
  },
  {
    slug: "merino-trail-t-shirt",
    name: "Merino Trail T-Shirt",
    brand: brands.kestrel,
    category: "t-shirts",
    description:
      "Merino wool wrapped around a nylon core for a tee that is tough enough for pack straps and still resists odour for days. Flatlock seams won't rub under a hip belt. Ideal for multi-day trips.",
    specs: [
      ["Fabric", "87% merino wool, 13% nylon core"],
      ["Weight", "150 g/m²"],
      ["Seams", "Flatlock"],
      ["Odour control", "Natural (merino)"],
      ["Fit", "Athletic"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Charcoal", "Sage"] }, sale(5900, 6900), [3, 5, 2, 4, 0, 1]),
  },
  {
    slug: "heavyweight-pocket-t-shirt",
    name: "Heavyweight Pocket T-Shirt",
    brand: brands.hartwell,
    category: "t-shirts",
    description:
      "Dense, loop-wheeled cotton with a boxy, workwear cut and a chest pocket. It starts a little stiff and breaks in like good denim. Tubular knit, so there are no side seams to twist.",
    specs: [
      ["Fabric", "260 g/m² loop-wheeled cotton"],
      ["Construction", "Tubular, no side seams"],
      ["Fit", "Boxy"],
      ["Pocket", "Chest pocket"],
      ["Origin", "Knitted in Japan"],
    ],
    variants: matrix({ Size: ["M", "L", "XL"], Colour: ["Natural", "Olive"] }, 4800, [5, 6, 2, 0, 3, 4]),
  },
  {
    slug: "slub-long-sleeve-henley",
    name: "Slub Cotton Long-Sleeve Henley",
    brand: brands.alder,
    category: "t-shirts",
    description:
      "A three-button henley in textured slub jersey that looks good on its own or under an overshirt. Ribbed cuffs hold a push-up sleeve. Enzyme washed for softness.",
    specs: [
      ["Fabric", "Slub cotton jersey"],
      ["Placket", "3 corozo buttons"],
      ["Cuffs", "Ribbed"],
      ["Fit", "Regular"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Burgundy"] }, 3900, [2, 4, 3]),
  },
  {
    slug: "mountain-sunrise-graphic-t-shirt",
    name: "Mountain Sunrise Graphic T-Shirt",
    brand: brands.summitline,
    category: "t-shirts",
    description:
      "A soft tri-blend tee with a water-based print of a sunrise over the Tetons. The print ages with the shirt instead of cracking. Part of every sale goes to trail maintenance.",
    specs: [
      ["Fabric", "Cotton, polyester and rayon tri-blend"],
      ["Print", "Water-based ink"],
      ["Fit", "Regular"],
      ["Care", "Wash inside out, cold"],
    ],
    variants: matrix({ Size: ["S", "M", "L", "XL"], Colour: ["White"] }, sale(2400, 3200), [7, 0, 5, 6]),
  },
  {
    slug: "performance-running-t-shirt",
    name: "Performance Running T-Shirt",
    brand: brands.stridewell,
    category: "t-shirts",
    description:
      "A featherweight mesh tee that dries in minutes and never clings on tempo days. Reflective logos add visibility at dawn and dusk. Seamless shoulders eliminate chafing over long runs.",
    specs: [
      ["Fabric", "Recycled polyester mesh"],
      ["Weight", "95 g"],
      ["Reflective details", "Front and back"],
      ["Shoulders", "Seamless"],
      ["Fit", "Athletic"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Orange", "Black"] }, 3500, [4, 6, 3, 8, 10, 5]),
  },
  {
    slug: "striped-breton-t-shirt",
    name: "Striped Breton T-Shirt",
    brand: brands.mariner,
    category: "t-shirts",
    description:
      "The sailor's classic: a long-sleeve boat-neck top in heavy cotton with woven-in stripes. Dense enough to block a sea breeze. Gets softer every wash.",
    specs: [
      ["Fabric", "Heavy cotton jersey"],
      ["Neck", "Boat neck"],
      ["Stripes", "Yarn-dyed, 21 stripes"],
      ["Sleeves", "Three-quarter"],
      ["Fit", "Relaxed"],
    ],
    variants: matrix({ Size: ["S", "M", "L"], Colour: ["Navy"] }, 4500, [3, 2, 1]),
  },
  {
    slug: "vintage-wash-t-shirt",
    name: "Vintage Wash T-Shirt",
    brand: brands.alder,
    category: "t-shirts",
    status: "archived",
    description:
      "A stone-washed tee from a past season. It has been retired in favour of the Classic Crew. Kept for order history.",
    specs: [
      ["Fabric", "Cotton jersey"],
      ["Wash", "Stone washed"],
      ["Fit", "Regular"],
      ["Care", "Machine wash 30 °C"],
    ],
    variants: matrix({ Size: ["M", "L"], Colour: ["Red"] }, 2200, [0, 1]),
  },
];
