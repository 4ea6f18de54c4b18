import { encode } from "uqr";

/**
 * A QR code as one SVG path (decision 0198: uqr, pinned). Error correction M survives a scratched phone screen; the
 * quiet zone of 4 modules is what scanners expect. Scales to its box: crisp at any size, no canvas, no image URL.
 */
export function QrCode({ text, label, className = "" }: { text: string; label: string; className?: string }) {
  const qr = encode(text, { ecc: "M", border: 4 });
  let d = "";
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shapeRendering="crispEdges" className={`block aspect-square w-full bg-white ${className}`} data-token={text}>
      <path d={d} fill="#000" />
    </svg>
  );
}
