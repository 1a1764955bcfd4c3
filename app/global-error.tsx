"use client";

import { useEffect } from "react";

// Replaces the root layout when it fails, so it brings its own document and inline styles:
// the global stylesheet may be what failed to load.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#111827", background: "#fff" }}>
        <title>Something went wrong</title>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "6rem 1rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.75rem", margin: 0 }}>Something went wrong</h1>
          <p style={{ color: "#374151", marginTop: "1rem" }}>The store could not load. Please try again in a moment.</p>
          <div style={{ display: "flex", gap: "0.75rem", justifyContent: "center", marginTop: "2rem" }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{
                padding: "0.5rem 1rem",
                borderRadius: "0.375rem",
                border: 0,
                background: "#111827",
                color: "#fff",
                font: "inherit",
                cursor: "pointer",
              }}
            >
              Try again
            </button>
            {/* A full page load on purpose: the client router may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ padding: "0.5rem 1rem", color: "#111827" }}>
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
