"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { mergeGuestListNow } from "./wishlist-store";

/** On the signed-in wishlist page: a list saved in this browser as a guest joins the account, then the page shows it. */
export function MergeGuestList() {
  const router = useRouter();
  useEffect(() => {
    void mergeGuestListNow()?.then(() => router.refresh());
  }, [router]);
  return null;
}
