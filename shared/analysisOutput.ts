// The JSON document `crosscheck analyze|check --format json` prints. A public contract: other tools read these names.
import { z } from 'zod';

const offset = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const span = { start: offset, end: offset };

export const EntityKindSchema = z.enum([
  'person', 'organization', 'outlet', 'military_unit', 'place', 'country', 'nationality', 'other',
]);

export const EntityOutputSchema = z.object({
  ...span, text: z.string(), kind: EntityKindSchema, id: z.string(), name: z.string(),
});
export const QuantityOutputSchema = z.object({
  ...span, text: z.string(), low: z.number().nullable(), high: z.number().nullable(), unit: z.string(),
});
export const DateOutputSchema = z.object({ ...span, text: z.string(), from: day.nullable(), to: day.nullable() });
export const AttributionOutputSchema = z.object({
  source: z.object({ ...span, text: z.string(), id: z.string(), name: z.string() }),
  cue: z.object({ ...span, text: z.string() }),
  content: z.object(span),
  via: z.array(z.string()),
  /** Added in this release: the relays' own reports whose cue is written ("X said, according to CNN"), nearest first. */
  relays: z.array(z.object({
    source: z.object({ ...span, text: z.string(), id: z.string(), name: z.string() }),
    cue: z.object({ ...span, text: z.string() }),
  })).optional(),
});
export const ClaimOutputSchema = z.object({
  id: z.string(),
  ...span,
  text: z.string(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string(),
  event: z.string(),
  scope: z.array(z.string()),
  time: z.object({ from: day.nullable(), to: day.nullable() }),
  modality: z.enum(['asserted', 'conditional', 'forecast', 'possibility', 'rejected', 'bound', 'question']),
  source: z.string().nullable(),
  via: z.array(z.string()),
  /**
   * Added in round 31: only on a claim of an event's day or hour (unit `event-day` or `event-clock`; `event` names the
   * event, "explosion", "sinking"): the day it states, or null for an hour with no day, and for an hour the clock
   * interval it stands for ("HH:MM", "24:00" for midnight at the day's end).
   */
  eventTime: z.object({
    day: day.nullable(),
    clock: z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) }).nullable(),
  }).optional(),
});
export const DocumentOutputSchema = z.object({
  path: z.string(),
  published: day.nullable(),
  /** Added in this release: for a report with no publication date, the date inferred from its text and the words read. */
  publishedInferred: z.object({ date: day, from: z.string() }).nullable().optional(),
  outlet: z.string().nullable(),
  entities: z.array(EntityOutputSchema),
  quantities: z.array(QuantityOutputSchema),
  dates: z.array(DateOutputSchema),
  attributions: z.array(AttributionOutputSchema),
  claims: z.array(ClaimOutputSchema),
  warnings: z.array(z.string()),
});
const ClaimRefSchema = z.object({ path: z.string(), start: offset, end: offset, claim: z.string() });
export const ContradictionOutputSchema = z.object({
  id: z.string(),
  severity: z.enum(['clear', 'possible']),
  kind: z.enum(['value', 'attribution']),
  message: z.string(),
  /** Added in this release: the headline from b's report, and the full account of the finding. */
  messageB: z.string().optional(),
  why: z.string().optional(),
  a: ClaimRefSchema,
  b: ClaimRefSchema,
  /**
   * Added in this release: the conflict a finding is a copy of (findings whose sides state the same two figures share
   * it), and the conflict's other findings as pairs of claims (at most 16).
   */
  conflict: z.string().optional(),
  alsoIn: z.array(z.object({ a: ClaimRefSchema, b: ClaimRefSchema })).optional(),
  /**
   * The same two figures stated again with the same frame, in the same two reports (a headline and a later paragraph)
   * or, since round 18, in other reports, as further pairs of claims, `a` stating a's value and `b` b's (at most 16).
   * One finding stands for all of its pairs; `a` and `b` are its lead (its strongest pair, then the first).
   */
  restated: z.array(z.object({ a: ClaimRefSchema, b: ClaimRefSchema })).optional(),
});
export const AnalysisOutputSchema = z.object({
  documents: z.array(DocumentOutputSchema),
  contradictions: z.array(ContradictionOutputSchema),
});
export type AnalysisOutput = z.infer<typeof AnalysisOutputSchema>;
export type DocumentOutput = z.infer<typeof DocumentOutputSchema>;
