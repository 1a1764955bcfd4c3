import { audio } from "./audio";
import { backpacks } from "./backpacks";
import { bagsWallets } from "./bags-wallets";
import { coffeeTea } from "./coffee-tea";
import { cookware } from "./cookware";
import { hatsGloves } from "./hats-gloves";
import { hikingBoots } from "./hiking-boots";
import { hoodies } from "./hoodies";
import { jackets } from "./jackets";
import { lighting } from "./lighting";
import { power } from "./power";
import { runningShoes } from "./running-shoes";
import { sleepingBags } from "./sleeping-bags";
import { tShirts } from "./t-shirts";
import { tents } from "./tents";
import type { SeedProduct } from "./types";

export { brands } from "./brands";
export { seedCategories } from "./categories";
export type { SeedCategory, SeedProduct } from "./types";

export const seedProducts: SeedProduct[] = [
  ...jackets,
  ...tShirts,
  ...hoodies,
  ...runningShoes,
  ...hikingBoots,
  ...tents,
  ...backpacks,
  ...sleepingBags,
  ...cookware,
  ...coffeeTea,
  ...lighting,
  ...audio,
  ...power,
  ...bagsWallets,
  ...hatsGloves,
];
