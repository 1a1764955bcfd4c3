"use client";

import Image from "next/image";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { formatMoney } from "@/lib/money";
import { MAX_QUERY_LENGTH, type Suggestions } from "@/lib/search/client";
import { HighlightedText } from "./highlighted-text";
import { useSuggestions } from "./use-suggestions";

// The store's search box: a GET form to /search that works without JavaScript, enhanced
// into a WAI-ARIA combobox (list autocomplete) with product and category suggestions. Focus
// stays in the input; arrows move the active option (aria-activedescendant), Enter opens
// it, Escape closes the list and then clears the text.

type Option =
  | { kind: "product"; href: string; product: Suggestions["products"][number] }
  | { kind: "category"; href: string; category: Suggestions["categories"][number] }
  | { kind: "search"; href: string; query: string };

function optionsOf(suggestions: Suggestions | null): Option[] {
  if (!suggestions) return [];
  return [
    ...suggestions.products.map((product): Option => ({ kind: "product", href: product.href, product })),
    ...suggestions.categories.map((category): Option => ({ kind: "category", href: category.href, category })),
    { kind: "search", href: `/search?q=${encodeURIComponent(suggestions.query)}`, query: suggestions.query },
  ];
}

export function SearchBox({
  defaultValue = "",
  label = "Search products",
  className = "",
}: {
  defaultValue?: string;
  /** Names the input and the search landmark; give each box on a page its own. */
  label?: string;
  className?: string;
}) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(value);
  const options = useMemo(() => optionsOf(suggestions), [suggestions]);
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(option: Option) {
    setOpen(false);
    setActive(-1);
    router.push(option.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setOpen(true);
      setActive((current) =>
        !expanded || current < 0 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count,
      );
    } else if (event.key === "Enter" && expanded && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      // A search input clears itself on Escape; the first Escape only closes the list.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setValue("");
      setActive(-1);
    }
  }

  const group = (name: string, kind: Option["kind"]) => {
    const members = options.map((option, index) => ({ option, index })).filter(({ option }) => option.kind === kind);
    if (members.length === 0) return null;
    return (
      <div role="group" aria-label={name} className="py-1">
        {kind !== "search" && (
          <div
            aria-hidden="true"
            className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-gray-600 uppercase"
          >
            {name}
          </div>
        )}
        {members.map(({ option, index }) => (
          <div
            key={option.href}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => choose(option)}
            className={`flex cursor-pointer items-center gap-3 px-3 py-2 text-sm text-gray-900 ${index === active ? "bg-gray-100" : ""}`}
          >
            <OptionContent option={option} />
          </div>
        ))}
      </div>
    );
  };

  return (
    <form
      role="search"
      aria-label={label}
      action="/search"
      method="get"
      onSubmit={() => setOpen(false)}
      className={`relative ${className}`}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {label}
      </label>
      <div className="flex rounded-md border border-gray-300 bg-white shadow-sm focus-within:border-gray-950">
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search products"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 rounded-l-md bg-transparent px-3 py-2 text-sm text-gray-950 placeholder:text-gray-600 focus:outline-none"
        />
        <button type="submit" className="rounded-r-md px-3 text-gray-800 hover:bg-gray-100">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="9" cy="9" r="6" />
            <path d="m14 14 4 4" strokeLinecap="round" />
          </svg>
          <span className="sr-only">Search</span>
        </button>
      </div>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-gray-200 bg-white shadow-lg"
      >
        {group("Products", "product")}
        {group("Categories", "category")}
        {group("Search", "search")}
      </div>
      <p role="status" className="sr-only">
        {expanded ? `${options.length - 1} suggestions. Use the arrow keys to choose.` : ""}
      </p>
    </form>
  );
}

function OptionContent({ option }: { option: Option }) {
  switch (option.kind) {
    case "product":
      return (
        <>
          <span className="relative size-10 shrink-0 overflow-hidden rounded bg-gray-100">
            {option.product.image && (
              <Image src={option.product.image.url} alt="" fill sizes="40px" className="object-cover" />
            )}
          </span>
          <span className="min-w-0 flex-1 truncate">
            <HighlightedText segments={option.product.highlight} />
          </span>
          <span className="shrink-0 text-gray-700">{formatMoney(option.product.price)}</span>
        </>
      );
    case "category":
      return (
        <span>
          {option.category.name}
          {option.category.parentName && <span className="text-gray-600"> in {option.category.parentName}</span>}
        </span>
      );
    case "search":
      return (
        <span>
          Search for <span className="font-semibold">“{option.query}”</span>
        </span>
      );
  }
}
