import * as z from 'zod/mini';
import { countryCodeSchema } from './schema';

/**
 * A narrative profile as a safe tree of text nodes: the panel renders it as React elements,
 * so nothing in a profile can ever reach the DOM as HTML.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export const inlineSchema: z.ZodMiniType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('strong'), children: z.array(inlineSchema) }),
    z.object({ type: z.literal('emphasis'), children: z.array(inlineSchema) }),
    z.object({
      type: z.literal('link'),
      href: z.string().check(z.regex(/^https?:\/\//, 'an http(s) link')),
      children: z.array(inlineSchema),
    }),
  ]),
);

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: z.array(inlineSchema) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inlineSchema)) }),
]);

export const PROFILE_SECTIONS = [
  'Health system',
  'eHealth strategy and bodies',
  'Key national eHealth services',
  'Legal framework',
  'In epSOS',
  'Sources',
] as const;

export const profileSchema = z.object({
  schemaVersion: z.literal(1),
  country: countryCodeSchema,
  name: z.string().check(z.minLength(1)),
  wordCount: z.int().check(z.gte(0)),
  sections: z.array(
    z.object({ id: z.string(), title: z.enum(PROFILE_SECTIONS), blocks: z.array(blockSchema) }),
  ),
});

export type Block = z.infer<typeof blockSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileSection = Profile['sections'][number];
