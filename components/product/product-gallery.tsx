"use client";

import Image from "next/image";
import { imagesForVariant, type ProductImageDetail } from "@/lib/catalog/client";
import { useSelectedVariant } from "./selected-variant";

// The product's photos, the selected variant's own first: a large one and, when there are
// several, a row of thumbnails that are radio buttons. Which photo is large follows the checked radio in CSS alone (:has), so
// the gallery needs no JavaScript to work and none to hydrate; arrow keys move through it.
// Up to MAX_IMAGES photos (the admin's own limit is lower).

const MAX_IMAGES = 12;
// Spelled out so Tailwind sees every class: photo i shows while the i-th radio is checked.
// (Positions, not ids: Next keeps recently seen pages in the document, hidden, and two
// galleries must not answer to each other's ids.)
const shownWhenChecked = [
  "group-has-[li:nth-child(1)_input:checked]:block",
  "group-has-[li:nth-child(2)_input:checked]:block",
  "group-has-[li:nth-child(3)_input:checked]:block",
  "group-has-[li:nth-child(4)_input:checked]:block",
  "group-has-[li:nth-child(5)_input:checked]:block",
  "group-has-[li:nth-child(6)_input:checked]:block",
  "group-has-[li:nth-child(7)_input:checked]:block",
  "group-has-[li:nth-child(8)_input:checked]:block",
  "group-has-[li:nth-child(9)_input:checked]:block",
  "group-has-[li:nth-child(10)_input:checked]:block",
  "group-has-[li:nth-child(11)_input:checked]:block",
  "group-has-[li:nth-child(12)_input:checked]:block",
];

/** `name` groups the radios: one per product, so two galleries in the document stay apart. */
export function ProductGallery({ images, name }: { images: ProductImageDetail[]; name: string }) {
  const { selectedId } = useSelectedVariant();
  const shown = imagesForVariant(images, selectedId).slice(0, MAX_IMAGES);
  const galleryName = `gallery-${name}`;
  if (shown.length === 0) {
    return (
      <div className="grid aspect-square place-items-center rounded-2xl bg-gray-100 text-sm text-gray-600">
        No image available
      </div>
    );
  }

  return (
    // Keyed by the variant: a pick starts again at its first photo.
    <div key={selectedId} className="group flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-gray-100">
        {shown.map((image, index) => (
          <div
            key={`${image.url}-${index}`}
            className={`absolute inset-0 ${index === 0 ? "block group-has-[:checked]:hidden" : "hidden"} ${shownWhenChecked[index]}`}
          >
            <Image
              src={image.url}
              alt={image.alt}
              fill
              // The first photo is the page's largest paint: fetched from the <head>. The
              // others load when their thumbnail is chosen (hidden images are not fetched).
              {...(index === 0 ? { preload: true } : { loading: "lazy" as const })}
              sizes="(min-width: 1024px) 36rem, (min-width: 768px) 50vw, 100vw"
              className="object-cover"
            />
          </div>
        ))}
      </div>
      {shown.length > 1 && (
        <fieldset>
          <legend className="sr-only">Product images</legend>
          <ul className="grid grid-cols-5 gap-2 sm:gap-3">
            {shown.map((image, index) => (
              <li key={`${image.url}-${index}`}>
                <label className="relative block aspect-square w-full cursor-pointer overflow-hidden rounded-lg bg-gray-100 opacity-80 ring-offset-2 hover:opacity-100 has-checked:opacity-100 has-checked:ring-2 has-checked:ring-gray-950 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600">
                  <input
                    type="radio"
                    name={galleryName}
                    defaultChecked={index === 0}
                    aria-label={`Show image ${index + 1} of ${shown.length}${image.alt ? `: ${image.alt}` : ""}`}
                    className="sr-only"
                  />
                  <Image src={image.url} alt="" width={128} height={128} className="size-full object-cover" />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
