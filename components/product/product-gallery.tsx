"use client";

import Image from "next/image";
import { useState } from "react";
import type { CatalogImage } from "@/lib/catalog/types";

export function ProductGallery({ images }: { images: CatalogImage[] }) {
  const [active, setActive] = useState(0);
  const main = images[active] ?? images[0];

  if (!main) {
    return (
      <div className="grid aspect-square place-items-center rounded-2xl bg-gray-100 text-sm text-gray-600">
        No image available
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-gray-100">
        <Image
          key={main.url}
          src={main.url}
          alt={main.alt}
          fill
          // The page's largest paint: fetched from the <head>, before scripts and styles.
          preload
          sizes="(min-width: 1024px) 36rem, (min-width: 768px) 50vw, 100vw"
          className="object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul aria-label="Product images" className="grid grid-cols-5 gap-2 sm:gap-3">
          {images.map((image, index) => (
            <li key={`${image.url}-${index}`}>
              <button
                type="button"
                onClick={() => setActive(index)}
                aria-pressed={index === active}
                aria-label={`Show image ${index + 1} of ${images.length}${image.alt ? `: ${image.alt}` : ""}`}
                className={`relative block aspect-square w-full overflow-hidden rounded-lg bg-gray-100 ring-offset-2 ${
                  index === active ? "ring-2 ring-gray-950" : "opacity-80 hover:opacity-100"
                }`}
              >
                <Image src={image.url} alt="" width={128} height={128} className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
