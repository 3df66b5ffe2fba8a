// A QR code drawn as an SVG path from qrcode-generator's modules (made in the browser, no network),
// with the four-module quiet zone scanners need, dark on white whatever the theme.
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

const QUIET = 4;

/** The dark modules of a QR code for `text` (UTF-8, error correction M) as one SVG path. */
export function qrPath(text: string): { size: number; path: string } {
  const code = qrcode(0, 'M');
  // The library takes one byte per character: hand it the UTF-8 bytes.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (code.isDark(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
  return { size: count + 2 * QUIET, path: parts.join('') };
}

/** `label` names the code for screen readers; `tooLong` is said instead when the text does not fit in one. */
export function QrCode({
  text,
  pixels,
  label,
  tooLong,
}: {
  text: string;
  pixels: number;
  label: string;
  tooLong: string;
}) {
  const code = useMemo(() => {
    try {
      return qrPath(text);
    } catch {
      return null;
    }
  }, [text]);
  if (!code) return <p role="alert">{tooLong}</p>;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
