/**
 * A QR code drawn as SVG from the matrix uqr computes (a small, maintained encoder; loaded only when a code is
 * shown, so the first screen does not carry it). Error correction M and a four-module quiet zone: it scans from a
 * printed A4 sheet and from a screen. Dark modules are one path, so printers draw crisp squares.
 */
import { useEffect, useState } from 'preact/hooks';

type Matrix = { size: number; version: number; data: boolean[][] };

/** The code for `text`, or nothing until the encoder has loaded. */
export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const [qr, setQr] = useState<Matrix | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => live && setQr(encode(text, { ecc: 'M', border: 4 })));
    return () => void (live = false);
  }, [text]);
  if (!qr) return null;
  const d = qr.data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <svg class={`qr ${cls ?? ''}`} viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} data-version={qr.version} shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
