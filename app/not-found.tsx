import { NotFoundMessage } from "@/components/not-found-message";

// Unmatched URLs land here, outside the shop layout: this page is prerendered at build
// time, when the database (and so the category navigation) must not be touched.
export default function NotFound() {
  return (
    <main id="main" className="flex-1 px-4">
      <NotFoundMessage title="Page not found" message="The page you’re looking for doesn’t exist or has moved." />
    </main>
  );
}
