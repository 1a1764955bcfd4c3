import { brands } from "./data";

// Building blocks for bulk demo products (`npm run db:seed -- --products N`): enough
// variety that search, facets and pagination have something realistic to chew on. Each
// kind of product lists the features that make sense for it and its price range in
// whole dollars, so a "GaN Cable" or a $250 cable never appears.
type Kind = [features: string[], minPrice: number, maxPrice: number];

export type SyntheticTemplate = {
  category: string;
  kinds: Record<string, Kind>;
  brands: string[];
  /** Option axes; a product picks one to three combinations. */
  axes: Record<string, string[]>;
  specs: Record<string, string[]>;
  useFor: string;
};

export const series = [
  "Ridgeline",
  "Harbor",
  "Juniper",
  "Cascade",
  "Meridian",
  "Granite",
  "Aspen",
  "Tidewater",
  "Redwood",
  "Sierra",
  "Basin",
  "Willow",
  "Canyon",
  "Northstar",
  "Driftwood",
  "Heron",
  "Timberline",
  "Larkspur",
  "Fjord",
  "Coastal",
];

const apparelSizes = ["XS", "S", "M", "L", "XL"];
const shoeSizes = ["US 7", "US 8", "US 9", "US 10", "US 11", "US 12"];
const basics = ["Black", "Navy", "Olive", "Grey", "Sand", "Red", "Blue", "Forest Green"];

export const templates: SyntheticTemplate[] = [
  {
    category: "jackets",
    kinds: {
      Jacket: [["Insulated", "Waterproof", "Softshell", "Quilted"], 99, 349],
      Parka: [["Down", "Insulated", "Waterproof"], 229, 449],
      Shell: [["Waterproof", "Lightweight", "Three-Layer"], 149, 399],
      Vest: [["Down", "Fleece", "Quilted"], 69, 179],
    },
    brands: [brands.kestrel, brands.hartwell, brands.summitline],
    axes: { Size: apparelSizes, Colour: basics },
    specs: {
      Shell: ["Recycled nylon", "Polyester ripstop"],
      Fit: ["Regular", "Relaxed", "Athletic"],
      Weight: ["320 g", "450 g", "610 g"],
      Pockets: ["2 hand, 1 chest", "2 hand"],
      Hood: ["Adjustable", "Stowable", "None"],
    },
    useFor: "cold, wet and windy days",
  },
  {
    category: "t-shirts",
    kinds: {
      "T-Shirt": [["Organic", "Slub", "Heavyweight", "Garment-Dyed"], 19, 49],
      "Pocket Tee": [["Organic", "Heavyweight", "Vintage"], 24, 45],
      "Long-Sleeve Tee": [["Merino", "Organic", "Waffle"], 29, 79],
      "Running Tee": [["Performance", "Lightweight", "Mesh"], 25, 55],
    },
    brands: [brands.alder, brands.stridewell, brands.hartwell],
    axes: { Size: apparelSizes, Colour: [...basics, "White"] },
    specs: {
      Weight: ["150 g/m²", "180 g/m²", "240 g/m²"],
      Fit: ["Regular", "Slim", "Boxy"],
      Neck: ["Crew", "V-neck"],
      Care: ["Machine wash 30 °C", "Machine wash cold"],
    },
    useFor: "everyday wear and easy layering",
  },
  {
    category: "hoodies",
    kinds: {
      Hoodie: [["Fleece", "Heavyweight", "Brushed"], 49, 119],
      "Zip Hoodie": [["Loopback", "Fleece", "Midweight"], 59, 119],
      Crewneck: [["Loopback", "Heavyweight", "Vintage"], 45, 99],
      "Quarter-Zip": [["Merino", "Grid Fleece", "Waffle"], 69, 139],
    },
    brands: [brands.alder, brands.kestrel, brands.hartwell],
    axes: { Size: apparelSizes, Colour: ["Heather Grey", ...basics] },
    specs: {
      Weight: ["320 g/m²", "400 g/m²"],
      Fit: ["Relaxed", "Regular"],
      Pockets: ["Kangaroo", "Split pouch", "Zip hand pockets"],
      Care: ["Machine wash 30 °C"],
    },
    useFor: "cool mornings and lazy weekends",
  },
  {
    category: "running-shoes",
    kinds: {
      "Road Running Shoes": [["Cushioned", "Lightweight", "Stability", "Responsive"], 89, 179],
      "Trail Running Shoes": [["Grippy", "Cushioned", "Rugged", "Waterproof"], 109, 189],
      "Racing Shoes": [["Carbon-Plated", "Lightweight"], 159, 249],
    },
    brands: [brands.stridewell, brands.trailforge],
    axes: { Size: shoeSizes, Colour: ["Black", "Blue", "Orange", "White", "Grey"] },
    specs: {
      Drop: ["4 mm", "6 mm", "8 mm", "10 mm"],
      Midsole: ["EVA foam", "PEBA foam", "Dual-density foam"],
      Weight: ["220 g", "260 g", "290 g"],
      Upper: ["Engineered mesh", "Knit"],
    },
    useFor: "daily miles on road and trail",
  },
  {
    category: "hiking-boots",
    kinds: {
      "Hiking Boots": [["Waterproof", "Leather", "Insulated", "Mid"], 129, 329],
      "Hiking Shoes": [["Lightweight", "Waterproof", "Breathable"], 99, 179],
      "Approach Shoes": [["Sticky-Rubber", "Suede"], 119, 189],
    },
    brands: [brands.trailforge, brands.kestrel],
    axes: { Size: shoeSizes, Colour: ["Brown", "Tan", "Grey", "Black"] },
    specs: {
      Upper: ["Full-grain leather", "Suede and mesh", "Synthetic"],
      Membrane: ["Waterproof breathable", "None"],
      Outsole: ["Lugged rubber", "Sticky rubber"],
      Weight: ["780 g per pair", "1.1 kg per pair", "1.4 kg per pair"],
    },
    useFor: "long days on rough, wet ground",
  },
  {
    category: "tents",
    kinds: {
      "Backpacking Tent": [["Ultralight", "Freestanding", "Quick-Pitch"], 199, 599],
      "Dome Tent": [["Family", "Four-Season", "Freestanding"], 149, 699],
      "Tarp Shelter": [["Ultralight", "Trekking-Pole"], 129, 399],
    },
    brands: [brands.summitline, brands.kestrel],
    axes: { Capacity: ["1-Person", "2-Person", "3-Person", "4-Person"] },
    specs: {
      Seasons: ["3-season", "4-season"],
      Doors: ["1", "2"],
      Poles: ["Aluminium", "Trekking pole"],
      "Packed weight": ["1.1 kg", "1.8 kg", "3.2 kg"],
      Fly: ["20D silnylon", "40D nylon"],
    },
    useFor: "nights out in changeable weather",
  },
  {
    category: "backpacks",
    kinds: {
      Daypack: [["Lightweight", "Ventilated", "Packable"], 49, 149],
      "Trekking Backpack": [["Adjustable", "Load-Carrying"], 169, 299],
      "Commuter Backpack": [["Water-Resistant", "Roll-Top", "Slim"], 69, 179],
      "Travel Pack": [["Carry-On", "Convertible"], 129, 249],
    },
    brands: [brands.kestrel, brands.summitline, brands.mariner],
    axes: { Colour: ["Black", "Teal", "Red", "Olive", "Grey", "Yellow"] },
    specs: {
      Volume: ["18 L", "28 L", "40 L", "55 L"],
      Fabric: ["Recycled nylon", "Waxed canvas", "Coated polyester"],
      "Laptop sleeve": ["15 in", "16 in", "None"],
      Weight: ["600 g", "900 g", "1.6 kg"],
    },
    useFor: "day hikes, commutes and long weekends",
  },
  {
    category: "sleeping-bags",
    kinds: {
      "Sleeping Bag": [["Down", "Synthetic", "Three-Season", "Winter"], 79, 479],
      Quilt: [["Down", "Ultralight"], 179, 399],
      "Sleeping Pad": [["Insulated", "Self-Inflating", "Foam"], 39, 199],
    },
    brands: [brands.summitline, brands.kestrel],
    axes: { Length: ["Regular", "Long"] },
    specs: {
      "Comfort rating": ["−5 °C", "2 °C", "8 °C"],
      Shape: ["Mummy", "Rectangular", "Quilt"],
      Weight: ["700 g", "1.1 kg", "1.6 kg"],
      "Packed size": ["18 × 30 cm", "22 × 38 cm"],
    },
    useFor: "warm, dry nights at camp",
  },
  {
    category: "cookware",
    kinds: {
      Skillet: [["Cast-Iron", "Carbon Steel", "Tri-Ply", "Nonstick"], 39, 149],
      Saucepan: [["Tri-Ply", "Copper-Core", "Enamelled"], 49, 199],
      "Dutch Oven": [["Enamelled", "Cast-Iron"], 99, 299],
      Griddle: [["Cast-Iron", "Carbon Steel"], 49, 129],
    },
    brands: [brands.ironleaf],
    axes: { Size: ["8 in", "10 in", "12 in"] },
    specs: {
      Hob: ["All, including induction"],
      "Oven safe": ["Up to 260 °C", "Any temperature"],
      "Dishwasher safe": ["Yes", "No"],
      Warranty: ["Lifetime", "10 years"],
    },
    useFor: "searing, simmering and baking",
  },
  {
    category: "coffee-tea",
    kinds: {
      Kettle: [["Gooseneck", "Electric", "Stovetop"], 39, 169],
      Grinder: [["Burr", "Hand", "Conical"], 49, 249],
      Mug: [["Stoneware", "Insulated", "Enamel"], 15, 39],
      Teapot: [["Cast-Iron", "Glass", "Ceramic"], 29, 89],
    },
    brands: [brands.emberOak, brands.kestrel],
    axes: { Colour: ["Black", "White", "Copper", "Sand", "Forest Green"] },
    specs: {
      Capacity: ["350 ml", "0.9 L", "1 L"],
      "Dishwasher safe": ["Yes", "No"],
      Warranty: ["2 years", "5 years"],
      Origin: ["Designed in Portland", "Made in Portugal"],
    },
    useFor: "a better cup at home or on the go",
  },
  {
    category: "lighting",
    kinds: {
      "Desk Lamp": [["Brass", "Dimmable", "Articulating"], 59, 229],
      "Floor Lamp": [["Oak", "Linen", "Arc"], 129, 349],
      Lantern: [["Rechargeable", "Solar", "Collapsible"], 29, 89],
      "Wall Light": [["Swing-Arm", "Plug-In", "Dimmable"], 69, 199],
    },
    brands: [brands.lumenRow, brands.kestrel],
    axes: { Finish: ["Brass", "Black", "White", "Walnut"] },
    specs: {
      Bulb: ["E26 LED", "Integrated LED"],
      Brightness: ["450 lm", "800 lm", "1,100 lm"],
      Dimmable: ["Yes", "No"],
      Power: ["2 m fabric cable", "USB-C rechargeable"],
    },
    useFor: "warm, even light where you need it",
  },
  {
    category: "audio",
    kinds: {
      Headphones: [["Wireless", "Noise-Cancelling", "Studio", "Open-Back"], 79, 449],
      Earbuds: [["Wireless", "Noise-Cancelling", "Sport"], 49, 249],
      Speaker: [["Portable", "Waterproof", "Bookshelf"], 59, 399],
    },
    brands: [brands.fathom],
    axes: { Colour: ["Black", "Silver", "White", "Teal", "Coral"] },
    specs: {
      Battery: ["20 h", "30 h", "40 h"],
      Bluetooth: ["5.3", "5.2"],
      "Water resistance": ["IPX4", "IP67", "None"],
      Drivers: ["10 mm", "40 mm", "50 mm"],
    },
    useFor: "music at home, on the move and at camp",
  },
  {
    category: "power",
    kinds: {
      "Power Bank": [["Slim", "Fast-Charge", "Rugged"], 29, 99],
      Charger: [["GaN", "Fast-Charge", "Travel"], 19, 79],
      Cable: [["Braided", "Right-Angle"], 12, 29],
      "Solar Panel": [["Folding", "Rugged"], 69, 249],
    },
    brands: [brands.voltwise],
    axes: { Colour: ["Black", "White", "Grey"] },
    specs: {
      Output: ["20 W", "65 W", "100 W"],
      Connectors: ["USB-C", "USB-C and USB-A"],
      Certification: ["UL listed", "CE, FCC"],
      Warranty: ["18 months", "2 years"],
    },
    useFor: "keeping devices charged anywhere",
  },
  {
    category: "bags-wallets",
    kinds: {
      Wallet: [["Leather", "Slim", "Bifold"], 29, 89],
      Tote: [["Canvas", "Waxed", "Leather"], 35, 149],
      Duffel: [["Weekender", "Waxed Canvas", "Travel"], 99, 299],
      "Messenger Bag": [["Leather", "Waxed Canvas"], 129, 349],
    },
    brands: [brands.hartwell, brands.mariner, brands.kestrel],
    axes: { Colour: ["Brown", "Black", "Tan", "Navy", "Natural"] },
    specs: {
      Hardware: ["Solid brass", "Steel"],
      Closure: ["Zip", "Snap", "Buckle"],
      Size: ["Small", "Medium", "Large"],
      Lining: ["Cotton twill", "Unlined"],
    },
    useFor: "carrying the essentials in style",
  },
  {
    category: "hats-gloves",
    kinds: {
      Beanie: [["Merino", "Cable-Knit", "Fleece-Lined"], 19, 45],
      Cap: [["Waxed", "Five-Panel", "Trucker"], 24, 45],
      Gloves: [["Insulated", "Touchscreen", "Leather"], 29, 99],
      "Sun Hat": [["Packable", "Wide-Brim"], 29, 59],
    },
    brands: [brands.alder, brands.hartwell, brands.kestrel, brands.summitline],
    axes: { Colour: ["Charcoal", "Burgundy", "Orange", "Olive", "Navy", "Sand"] },
    specs: {
      Size: ["One size", "Adjustable"],
      Care: ["Hand wash cold", "Machine wash 30 °C"],
      Origin: ["Made in Scotland", "Made in Portugal"],
      Warranty: ["1 year", "2 years"],
    },
    useFor: "keeping sun, wind and cold at bay",
  },
];
