/** Eurostat writes EL for Greece and UK for the United Kingdom; we store ISO 3166-1 alpha-2. */
const ALIASES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** Upper-cases a code as typed by a person or a file and maps Eurostat aliases to ISO codes. */
export function normalizeCountryCode(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}
