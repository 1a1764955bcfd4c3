import type { HighlightSegment } from "@/lib/search";

// Matched words in a <mark>: screen readers announce marked text where supported, and the
// text itself is always rendered by React (never as HTML), so a name cannot inject markup.
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
