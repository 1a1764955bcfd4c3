import type { Metadata } from "next";
import { TrackForm } from "@/components/orders/track-form";
import { ShopMain } from "@/components/shop-main";
import { lookUpOrder } from "./actions";

export const metadata: Metadata = {
  title: "Track your order",
  description: "Follow your order with its number and your email.",
};

export default function TrackPage() {
  return (
    <ShopMain>
      <div className="mx-auto max-w-3xl py-8">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950">Track your order</h1>
        <p className="mt-2 text-gray-700">
          Enter the order number from your confirmation email and the email address you ordered with.
        </p>
        <div className="mt-6">
          <TrackForm action={lookUpOrder} />
        </div>
      </div>
    </ShopMain>
  );
}
