/**
 * A QR code drawn as SVG from the matrix lean-qr computes (a small, maintained encoder: its "nano" build, byte mode only,
 * about 2 KB gzip against uqr's 3.7; loaded only when a code is shown, so the first screen does not carry it). Error
 * correction M at least and a four-module quiet zone: it scans from a printed A4 sheet and from a screen. Dark modules
 * are one path, so printers draw crisp squares.
 */
import { useEffect, useState } from 'preact/hooks';

type Matrix = { size: number; get(x: number, y: number): boolean };
/** The light border a scanner needs around the code, in modules. */
const QUIET = 4;

/** The code for `text`, or nothing until the encoder has loaded. */
export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const [qr, setQr] = useState<Matrix | null>(null);
  useEffect(() => {
    let live = true;
    void import('lean-qr/nano').then(({ generate, correction }) => live && setQr(generate(text, { minCorrectionLevel: correction.M })));
    return () => void (live = false);
  }, [text]);
  if (!qr) return null;
  const { size } = qr;
  let d = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (qr.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  const side = size + 2 * QUIET;
  return (
    <svg class={`qr ${cls ?? ''}`} viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} role="img" aria-label={label} data-version={(size - 17) / 4} shape-rendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
