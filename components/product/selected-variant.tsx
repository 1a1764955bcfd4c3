"use client";

import { createContext, useContext, useState } from "react";

// The variant a shopper picked on a product page, shared by the parts that follow it (the
// picker, the gallery). It starts as the URL's (?variant=), so the server renders the same page
// the browser shows; a pick changes it without a round trip.

type SelectedVariant = { selectedId: number | undefined; select: (id: number) => void };

const Context = createContext<SelectedVariant | null>(null);

export function SelectedVariantProvider({
  initialVariantId,
  children,
}: {
  initialVariantId: number | undefined;
  children: React.ReactNode;
}) {
  const [selectedId, select] = useState(initialVariantId);
  return <Context value={{ selectedId, select }}>{children}</Context>;
}

export function useSelectedVariant(): SelectedVariant {
  const value = useContext(Context);
  if (!value) throw new Error("useSelectedVariant needs a SelectedVariantProvider around it");
  return value;
}
