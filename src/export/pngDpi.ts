/**
 * Writes a PNG's physical resolution (a pHYs chunk, pixels per metre) so a word processor places
 * the image at its print size: a 1,890 px PNG at 300 dpi is inserted 16 cm wide (issue 21.6), not
 * at 96 dpi (50 cm, then shrunk to the page). Pure bytes in, bytes out; an existing pHYs is replaced.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The pHYs chunk for `dpi` (length, type, data, CRC). */
export function physChunk(dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/** `png` with its resolution set to `dpi`; the bytes unchanged if they are not a PNG. */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [];
  let offset = 8;
  let inserted = false;
  parts.push(png.subarray(0, 8));
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(offset, end));
    // pHYs goes before the first IDAT, here right after IHDR.
    if (type === 'IHDR' && !inserted) {
      parts.push(physChunk(dpi));
      inserted = true;
    }
    offset = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The dots per inch of a `pixels` wide image printed `widthMm` wide. */
export function dpiOf(pixels: number, widthMm: number): number {
  return (pixels * 25.4) / widthMm;
}
