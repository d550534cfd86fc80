import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { dpiOf, physChunk, withPngDpi } from '../../src/export/pngDpi';

function chunks(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset);
    out.push({
      type: String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)),
      data: bytes.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return out;
}

describe('withPngDpi (issue 21.6: a PNG that Word places at 16 cm)', () => {
  const image = new PNG({ width: 3, height: 2 });
  image.data.fill(200);
  const png = new Uint8Array(PNG.sync.write(image));

  it('adds a pHYs chunk right after IHDR with the pixels per metre of 300 dpi, and stays a valid PNG', () => {
    const out = withPngDpi(png, 300);
    const list = chunks(out);
    expect(list.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    const phys = list.find((c) => c.type === 'pHYs')?.data ?? new Uint8Array();
    const view = new DataView(phys.buffer, phys.byteOffset, phys.byteLength);
    expect(view.getUint32(0)).toBe(11811); // 300 / 0.0254
    expect(view.getUint32(4)).toBe(11811);
    expect(phys[8]).toBe(1);
    // pngjs checks every chunk's CRC: the file still decodes, with the same pixels.
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(PNG.sync.read(Buffer.from(png)).data))).toBe(true);
  });

  it('replaces an existing resolution instead of adding a second one', () => {
    const twice = withPngDpi(withPngDpi(png, 96), 300);
    expect(chunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(twice.length).toBe(png.length + physChunk(300).length);
  });

  it('leaves bytes that are not a PNG alone, and says 1,890 px across 16 cm is 300 dpi', () => {
    const notPng = new Uint8Array([1, 2, 3]);
    expect(withPngDpi(notPng, 300)).toBe(notPng);
    expect(dpiOf(1890, 160)).toBeCloseTo(300, 0);
  });
});
