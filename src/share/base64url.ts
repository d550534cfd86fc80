/** base64url (RFC 4648 §5, no padding) of bytes, and back; null when the text is not base64url. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export type Base64Result = { bytes: Uint8Array } | { error: 'not-base64' | 'truncated' };

export function fromBase64Url(text: string): Base64Result {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return { error: 'not-base64' };
  // A length of 4k+1 cannot be base64 of anything: the text was cut.
  if (text.length % 4 === 1) return { error: 'truncated' };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let j = 0;
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (LOOKUP.get(group[k] ?? 'A') ?? 0);
    const count = group.length - 1;
    for (let k = 0; k < count; k++) bytes[j++] = (n >> (16 - 8 * k)) & 255;
  }
  return { bytes };
}
