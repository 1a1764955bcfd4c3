import { getSessionUser } from "@/lib/auth";
import { getPicksForShopper } from "@/lib/recommendations";
import { RecommendationSection } from "./recommendation-section";

/**
 * A signed-in shopper's "Picked for you" on the home page. It reads the session, so it is the
 * page's dynamic hole: render it inside <Suspense> and the rest of the page stays cached for
 * everyone (docs/architecture.md, cached pages). Guests and shoppers without orders get nothing.
 */
export async function PickedForYou() {
  const user = await getSessionUser();
  if (!user) return null;
  const picks = await getPicksForShopper(user.id);
  return <RecommendationSection id="picked-for-you-heading" title="Picked for you" products={picks} />;
}
