import { getProductBySlug } from "@/lib/catalog";
import { slugGuardLayout } from "../../slug-guard-layout";

// An unknown or unpublished product is a 404: getProductBySlug finds only active products.
export default slugGuardLayout(getProductBySlug);
