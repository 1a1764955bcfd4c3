import { addressLines } from "@/lib/checkout";
import type { OrderAddress } from "@/lib/orders";

export function AddressBlock({ address }: { address: OrderAddress }) {
  return (
    <address className="text-sm not-italic leading-6 text-gray-800">
      {addressLines(address).map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
      {address.phone && <span className="block">{address.phone}</span>}
    </address>
  );
}
