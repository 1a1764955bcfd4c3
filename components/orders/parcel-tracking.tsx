/** "UPS tracking number 1Z… · Track the parcel", for an order that has shipped. */
export function ParcelTracking({
  carrier,
  trackingNumber,
  trackingUrl,
  className,
}: {
  carrier: string | null;
  trackingNumber: string;
  trackingUrl: string | null;
  className: string;
}) {
  return (
    <p className={className}>
      {carrier} tracking number <span className="font-mono">{trackingNumber}</span>
      {trackingUrl && (
        <>
          {" · "}
          <a href={trackingUrl} className="font-medium underline" target="_blank" rel="noopener noreferrer">
            Track the parcel<span className="sr-only"> (opens the carrier’s site in a new tab)</span>
          </a>
        </>
      )}
    </p>
  );
}
