import { ShopMain } from "@/components/shop-main";
import type { PageMessage } from "@/lib/auth";

/** The frame of the login, register and password pages: a heading, a notice, the form. */
export function AuthCard({
  title,
  intro,
  message,
  children,
}: {
  title: string;
  intro?: string;
  message?: PageMessage;
  children: React.ReactNode;
}) {
  return (
    <ShopMain>
      <div className="mx-auto max-w-md py-10">
        <h1 className="text-2xl font-bold tracking-tight text-gray-950">{title}</h1>
        {intro && <p className="mt-2 text-gray-700">{intro}</p>}
        {message && (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={`mt-4 rounded-md px-3 py-2 text-sm ${message.tone === "error" ? "bg-red-50 text-red-800" : "bg-blue-50 text-blue-900"}`}
          >
            {message.text}
          </p>
        )}
        <div className="mt-6">{children}</div>
      </div>
    </ShopMain>
  );
}
