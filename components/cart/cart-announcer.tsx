"use client";

import { createContext, use, useState } from "react";

// The cart page's one live region for changes whose row disappears (a removal): a region
// inside the removed row would vanish before it was read out.

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function CartAnnouncer({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <AnnounceContext value={setMessage}>
      <p role="status" className="mb-4 min-h-6 text-sm text-gray-800">
        {message}
      </p>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  return use(AnnounceContext);
}
