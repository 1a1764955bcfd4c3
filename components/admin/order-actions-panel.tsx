"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/actions";

// The order page's forms are rendered afresh after each change (a new one-time key, and the
// actions the new status allows), so what was done is said here, where it outlives them.

const ReportContext = createContext<(message: string) => void>(() => {});

/** Forms inside it announce their successes in its status line. */
export function OrderActionsPanel({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <ReportContext value={setMessage}>
      <p role="status" className={message ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" : "sr-only"}>
        {message}
      </p>
      {children}
    </ReportContext>
  );
}

/** Sends a form's success message to the panel; returns the state to show in the form itself (its errors). */
export function useReportSuccess(state: ActionResult<unknown> | null): ActionResult<unknown> | null {
  const report = useContext(ReportContext);
  useEffect(() => {
    if (state?.ok && state.message) report(state.message);
  }, [report, state]);
  return state?.ok ? null : state;
}
