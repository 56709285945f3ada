// The annotation file format (.crosscheck/annotations.jsonld), as a zod schema.
// It is a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/); Crosscheck's own
// bodies are typed "crosscheck:*" so other Web Annotation tools can still read the file. See docs/annotations.md.
import { z } from 'zod';

/** The W3C Web Annotation context (version 1 files name only this one). */
export const W3C_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Crosscheck's own terms. A URN, not a web address: nothing has to be fetched to read a file, and no one else's
 *  vocabulary can collide with it. */
export const CROSSCHECK_VOCAB = 'urn:crosscheck:vocab:';

const term = (name: string) => `crosscheck:${name}`;
const list = (name: string) => ({ '@id': term(name), '@container': '@list' });
/** Body fields, each written once; every one gets an IRI of Crosscheck's own so it survives JSON-LD expansion. */
const BODY_TERMS = [
  'kind', 'canonicalName', 'entityId', 'claimId', 'figure', 'unit', 'event', 'low', 'high', 'hedge', 'from', 'to',
  'timeFrom', 'timeTo', 'modality', 'sourceId', 'cue', 'relation', 'other', 'what', 'contradictionId', 'spelling', 'version',
] as const;
/** In claims and attributions, `source`, `via` and `scope` are Crosscheck's (a name, relays, entity ids), not the
 *  W3C terms of the same name (oa:hasSource, oa:via, oa:hasScope, all links): a type-scoped context redefines them. */
const SPEECH_TERMS = { source: term('source'), via: list('via'), scope: list('scope') };

/**
 * The file's JSON-LD context (version 2): the W3C context, then Crosscheck's terms. Expanded by a JSON-LD processor,
 * every field of a Crosscheck body keeps its value. See docs/annotations.md.
 */
export const ANNOTATION_CONTEXT = [
  W3C_ANNOTATION_CONTEXT,
  {
    '@version': 1.1,
    crosscheck: CROSSCHECK_VOCAB,
    ...Object.fromEntries(BODY_TERMS.map(t => [t, term(t)])),
    quotes: list('quotes'),
    sources: list('sources'),
    deleted: term('deletedAt'),
    'crosscheck:Claim': { '@id': term('Claim'), '@context': SPEECH_TERMS },
    'crosscheck:Attribution': { '@id': term('Attribution'), '@context': SPEECH_TERMS },
  },
];
export const ANNOTATION_FILE_VERSION = 2;
/** Versions this build reads: 1 (the W3C context alone) and 2 (with Crosscheck's terms). */
export const READABLE_VERSIONS = [1, 2] as const;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine(s => s.end >= s.start, { message: 'end must not be before start' });
export const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema]);

export const TargetSchema = z.object({
  /** The report's path relative to the workspace folder, with forward slashes. */
  source: z.string().min(1),
  selector: z
    .array(SelectorSchema)
    .min(1)
    .refine(a => a.some(s => s.type === 'TextQuoteSelector'), { message: 'a TextQuoteSelector is required' }),
});

const ENTITY_KINDS = [
  'person',
  'organization',
  'outlet',
  'military_unit',
  'place',
  'country',
  'nationality',
  'other',
] as const;
const nullableNumber = z.number().nullable();

/** "This span names an entity." */
export const EntityBodySchema = z.object({
  type: z.literal('crosscheck:Entity'),
  kind: z.enum(ENTITY_KINDS),
  canonicalName: z.string().min(1),
  entityId: z.string().optional(),
});
/** "This span is a claim" (optionally with the figure as the user reads it). */
export const ClaimBodySchema = z.object({
  type: z.literal('crosscheck:Claim'),
  claimId: z.string().optional(),
  unit: z.string().optional(),
  event: z.string().optional(),
  low: nullableNumber.optional(),
  high: nullableNumber.optional(),
});
/** "These words are said by `source` (through `via`, nearest relay first)." */
export const AttributionBodySchema = z.object({
  type: z.literal('crosscheck:Attribution'),
  source: z.string().min(1),
  sourceId: z.string().optional(),
  via: z.array(z.string()).optional(),
});
/** A free-text note: the standard W3C textual body. */
export const NoteBodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.string().optional(),
  purpose: z.string().optional(),
});
/** Relates the target to another annotation or to an engine claim. */
export const LinkBodySchema = z.object({
  type: z.literal('crosscheck:Link'),
  relation: z.enum(['same', 'supports', 'contradicts']),
  /** Id of the other annotation, or of an engine claim. */
  other: z.string().min(1),
});
/** The engine got it wrong: not an entity / not a figure / not a contradiction. */
export const RejectionBodySchema = z.object({
  type: z.literal('crosscheck:Rejection'),
  what: z.enum(['entity', 'quantity', 'contradiction']),
  /** For a contradiction: its id AND both quoted spans, so the dismissal survives re-analysis. */
  contradictionId: z.string().optional(),
  quotes: z.tuple([z.string(), z.string()]).optional(),
  /** Reports of the two sides (the target is the first side). */
  sources: z.tuple([z.string(), z.string()]).optional(),
  entityId: z.string().optional(),
});
/** Fix an entity's canonical name, or add a spelling ("Godges" is Ben Hodges). */
export const CanonicalNameBodySchema = z.object({
  type: z.literal('crosscheck:CanonicalName'),
  canonicalName: z.string().min(1),
  kind: z.enum(ENTITY_KINDS).optional(),
  entityId: z.string().optional(),
  /** True: the target's spelling is an alias of the entity; false/absent: rename the entity. */
  spelling: z.boolean().optional(),
});
/** Replace the engine's value interval of a figure. */
export const IntervalBodySchema = z.object({
  type: z.literal('crosscheck:Interval'),
  low: nullableNumber,
  high: nullableNumber,
  unit: z.string().optional(),
});

export const CrosscheckBodySchema = z.discriminatedUnion('type', [
  EntityBodySchema,
  ClaimBodySchema,
  AttributionBodySchema,
  NoteBodySchema,
  LinkBodySchema,
  RejectionBodySchema,
  CanonicalNameBodySchema,
  IntervalBodySchema,
]);
/** Bodies of other Web Annotation tools are kept as they are (but a "crosscheck:" body must be one of ours). */
const ForeignBodySchema = z
  .looseObject({ type: z.string() })
  .refine(b => !b.type.startsWith('crosscheck:') && b.type !== 'TextualBody', { message: 'unknown body type' });
export const BodySchema = z.union([CrosscheckBodySchema, ForeignBodySchema]);

export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

const timestamp = z.iso.datetime({ offset: true });

export const AnnotationSchema = z.looseObject({
  id: z.string().min(1),
  type: z.literal('Annotation'),
  motivation: z.enum(MOTIVATIONS),
  created: timestamp,
  modified: timestamp,
  creator: z
    .union([z.string(), z.looseObject({ type: z.string().optional(), name: z.string().optional() })])
    .optional(),
  body: BodySchema,
  target: TargetSchema,
});

/** A deleted annotation, kept so a delete in one window wins over a stale copy in another. */
export const TombstoneSchema = z.object({ id: z.string().min(1), deleted: timestamp });

/** The file's frame. Items are validated one by one (a bad item is reported, the rest still load). */
export const AnnotationFileFrameSchema = z.looseObject({
  '@context': z.union([z.literal(W3C_ANNOTATION_CONTEXT), z.array(z.unknown())]),
  type: z.literal('AnnotationCollection'),
  version: z.union(READABLE_VERSIONS.map(v => z.literal(v))),
  items: z.array(z.unknown()),
  'crosscheck:deleted': z.array(TombstoneSchema).optional(),
});

export const AnnotationFileSchema = AnnotationFileFrameSchema.extend({ items: z.array(AnnotationSchema) });

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type Selector = z.infer<typeof SelectorSchema>;
export type AnnotationTarget = z.infer<typeof TargetSchema>;
export type CrosscheckBody = z.infer<typeof CrosscheckBodySchema>;
export type AnnotationBody = z.infer<typeof BodySchema>;
export type Motivation = (typeof MOTIVATIONS)[number];
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Tombstone = z.infer<typeof TombstoneSchema>;
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;
