import type { Metadata } from "next";
import { ActionButton } from "@/components/account/action-button";
import { ShopMain } from "@/components/shop-main";
import { isOptOutToken } from "@/lib/review-requests";
import { stopReviewRequestsAction } from "./actions";

export const metadata: Metadata = { title: "Stop review requests", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export function generateStaticParams() {
  return [{ token: "-" }];
}

// The link in a review request. The page is the same for every valid link (it names no
// address), so it can be cached; the button posts the signed token, which records the opt-out.
export default async function StopReviewRequestsPage({ params }: Props) {
  const { token } = await params;
  const valid = isOptOutToken(token);
  return (
    <ShopMain>
      <div className="mx-auto max-w-lg py-10">
        <h1 className="text-2xl font-bold tracking-tight text-gray-950">Stop review requests</h1>
        {valid ? (
          <>
            <p className="mt-4 text-gray-800">
              After an order is delivered we send one email asking how it went. Press the button and this address gets
              no more of them. Order and shipping emails are not affected.
            </p>
            <div className="mt-6">
              <ActionButton
                action={stopReviewRequestsAction}
                fields={{ token }}
                label="Stop review requests"
                variant="primary"
              />
            </div>
          </>
        ) : (
          <p role="alert" className="mt-4 text-gray-800">
            This link is not valid. Copy the whole link from the email and try again.
          </p>
        )}
      </div>
    </ShopMain>
  );
}
