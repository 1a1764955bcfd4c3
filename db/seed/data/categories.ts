import type { SeedCategory } from "./types";

// Parents come before their children so one pass can resolve parent ids. Products sit in
// leaf categories; Home › Kitchen › … gives a third level for breadcrumbs and subtree queries.
export const seedCategories: SeedCategory[] = [
  {
    slug: "apparel", name: "Apparel",
    description: "Everyday layers and technical clothing built to be worn hard.",
    icon: "tshirt", colour: "Navy",
  },
  {
    slug: "jackets", name: "Jackets", parent: "apparel",
    description: "Leather, waxed cotton, down and waterproof shells for every season.",
    icon: "jacket", colour: "Navy",
  },
  {
    slug: "t-shirts", name: "T-Shirts", parent: "apparel",
    description: "Crew necks, V-necks and performance tees in cotton and merino.",
    icon: "tshirt", colour: "Blue",
  },
  {
    slug: "hoodies", name: "Hoodies & Sweatshirts", parent: "apparel",
    description: "Heavyweight fleece and loopback cotton for cool mornings.",
    icon: "hoodie", colour: "Heather Grey",
  },

  {
    slug: "footwear", name: "Footwear",
    description: "Shoes and boots for roads, trails and mountains.",
    icon: "shoe", colour: "Orange",
  },
  {
    slug: "running-shoes", name: "Running Shoes", parent: "footwear",
    description: "Road and trail running shoes, from daily trainers to race-day carbon plates.",
    icon: "shoe", colour: "Orange",
  },
  {
    slug: "hiking-boots", name: "Hiking Boots", parent: "footwear",
    description: "Supportive boots and hiking shoes with grippy, durable soles.",
    icon: "boot", colour: "Brown",
  },

  {
    slug: "outdoor", name: "Outdoor",
    description: "Shelter, packs and sleep systems for nights under the sky.",
    icon: "tent", colour: "Forest Green",
  },
  {
    slug: "tents", name: "Tents", parent: "outdoor",
    description: "Backpacking, family and four-season tents.",
    icon: "tent", colour: "Forest Green",
  },
  {
    slug: "backpacks", name: "Backpacks", parent: "outdoor",
    description: "Daypacks, trekking packs and everyday carry.",
    icon: "backpack", colour: "Teal",
  },
  {
    slug: "sleeping-bags", name: "Sleeping Bags & Pads", parent: "outdoor",
    description: "Down and synthetic bags and insulated pads for three and four seasons.",
    icon: "sleeping-bag", colour: "Red",
  },

  {
    slug: "home", name: "Home",
    description: "Well-made things for the kitchen and the living room.",
    icon: "lamp", colour: "Sand",
  },
  {
    slug: "kitchen", name: "Kitchen", parent: "home",
    description: "Cookware, coffee and tea gear that lasts for decades.",
    icon: "pan", colour: "Cast Iron",
  },
  {
    slug: "cookware", name: "Cookware", parent: "kitchen",
    description: "Cast iron, carbon steel, enamel and stainless pans and pots.",
    icon: "pan", colour: "Cast Iron",
  },
  {
    slug: "coffee-tea", name: "Coffee & Tea", parent: "kitchen",
    description: "Grinders, kettles, drippers and mugs for a better cup.",
    icon: "mug", colour: "Cream",
  },
  {
    slug: "lighting", name: "Lighting", parent: "home",
    description: "Desk lamps, floor lamps and lanterns with warm, even light.",
    icon: "lamp", colour: "Brass",
  },

  {
    slug: "electronics", name: "Electronics",
    description: "Audio and power gear for home, commute and camp.",
    icon: "headphones", colour: "Charcoal",
  },
  {
    slug: "audio", name: "Audio", parent: "electronics",
    description: "Headphones, earbuds, speakers and turntables.",
    icon: "headphones", colour: "Charcoal",
  },
  {
    slug: "power", name: "Power & Charging", parent: "electronics",
    description: "Power banks, chargers, cables and solar panels.",
    icon: "battery", colour: "Slate",
  },

  {
    slug: "accessories", name: "Accessories",
    description: "Bags, wallets, hats and gloves to finish the kit.",
    icon: "bag", colour: "Tan",
  },
  {
    slug: "bags-wallets", name: "Bags & Wallets", parent: "accessories",
    description: "Leather wallets, totes, duffels and messenger bags.",
    icon: "bag", colour: "Tan",
  },
  {
    slug: "hats-gloves", name: "Hats & Gloves", parent: "accessories",
    description: "Beanies, caps, sun hats and insulated gloves.",
    icon: "cap", colour: "Olive",
  },
];
