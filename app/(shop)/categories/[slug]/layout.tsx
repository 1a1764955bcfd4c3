import { getCategoryBySlug } from "@/lib/catalog";
import { slugGuardLayout } from "../../slug-guard-layout";

export default slugGuardLayout(getCategoryBySlug);
