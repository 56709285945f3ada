// Custom requests and notifications between the Crosscheck client and server: typed constants plus zod schemas,
// validated at both ends (the server checks params, the client checks results).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
// zod/mini, imported as a namespace so esbuild keeps only what is used: the full zod added 444 KB to the client.
import * as z from 'zod/mini';
import type { CrosscheckBody } from './annotationFile';

const position = z.object({ line: z.int().check(z.nonnegative()), character: z.int().check(z.nonnegative()) });
export const RangeSchema = z.object({ start: position, end: position });
const location = z.object({ uri: z.string(), range: RangeSchema });

export const ClaimInfoSchema = z.object({
  id: z.string(),
  uri: z.string(),
  range: RangeSchema,
  /** The figure as written ("42 armed clashes"). */
  text: z.string(),
  /** The normalized value ("42", "≥ 9", "3,240–3,960 km2"). */
  value: z.string(),
  /** Topic = measure + scope, what matching claims share. */
  topicKey: z.string(),
  topicLabel: z.string(),
  source: z.nullable(z.string()),
  via: z.array(z.string()),
  date: z.nullable(z.string()),
  modality: z.string(),
  entities: z.array(z.object({ id: z.string(), name: z.string() })),
  contradictions: z.int().check(z.nonnegative()),
  /** For claims with agreeing matches: whether they are independent or echo one upstream source. */
  corroboration: z.nullable(z.enum(['independent', 'echo'])),
});
export type ClaimInfo = z.infer<typeof ClaimInfoSchema>;

export const ClaimsParamsSchema = z.object({ onlyContradictions: z._default(z.boolean(), false) });
export const ClaimsResultSchema = z.object({ claims: z.array(ClaimInfoSchema) });
export type ClaimsParams = z.input<typeof ClaimsParamsSchema>;
export type ClaimsResult = z.infer<typeof ClaimsResultSchema>;
export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult, void>('crosscheck/claims');

export const EntityInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  spellings: z.array(z.string()),
  reports: z.int().check(z.nonnegative()),
  mentions: z.array(z.extend(location, { text: z.string() })),
});
export type EntityInfo = z.infer<typeof EntityInfoSchema>;
export const EntitiesResultSchema = z.object({ entities: z.array(EntityInfoSchema) });
export type EntitiesResult = z.infer<typeof EntitiesResultSchema>;
export const EntitiesRequest = new RequestType<Record<string, never>, EntitiesResult, void>('crosscheck/entities');

export const MatchingClaimsParamsSchema = z.object({ uri: z.string(), position });
export const MatchSchema = z.extend(ClaimInfoSchema, {
  relation: z.enum(['agrees', 'contradicts']),
  independence: z.enum(['independent', 'echo']),
});
export const MatchingClaimsResultSchema = z.object({ claim: z.nullable(ClaimInfoSchema), matches: z.array(MatchSchema) });
export type MatchingClaimsParams = z.infer<typeof MatchingClaimsParamsSchema>;
export type MatchingClaimsResult = z.infer<typeof MatchingClaimsResultSchema>;
export const MatchingClaimsRequest = new RequestType<MatchingClaimsParams, MatchingClaimsResult, void>(
  'crosscheck/matchingClaims',
);

export const CheckNowResultSchema = z.object({
  reports: z.int().check(z.nonnegative()),
  contradictions: z.int().check(z.nonnegative()),
  ms: z.number().check(z.nonnegative()),
});
export type CheckNowResult = z.infer<typeof CheckNowResultSchema>;
export const CheckNowRequest = new RequestType<Record<string, never>, CheckNowResult, void>('crosscheck/checkNow');

export const ExportFormatSchema = z.enum(['w3c', 'csv', 'sarif', 'markdown', 'json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const ExportParamsSchema = z.object({ format: ExportFormatSchema });
export const ExportResultSchema = z.object({ content: z.string(), fileName: z.string() });
export type ExportParams = z.infer<typeof ExportParamsSchema>;
export type ExportResult = z.infer<typeof ExportResultSchema>;
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('crosscheck/export');

export const StatusSchema = z.object({
  state: z.enum(['starting', 'indexing', 'checking', 'idle']),
  /** 0-100 while indexing. */
  percent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  reports: z.int().check(z.nonnegative()),
  contradictions: z.int().check(z.nonnegative()),
  lastCheckMs: z.nullable(z.number().check(z.nonnegative())),
  problems: z.array(z.string()),
});
export type Status = z.infer<typeof StatusSchema>;
export const StatusNotification = new NotificationType<Status>('crosscheck/status');

/** Sent by the server when claims or entities changed, so views refresh. */
export const IndexChangedNotification = new NotificationType<{ version: number }>('crosscheck/indexChanged');

// User annotations (stored in .crosscheck/annotations.jsonld; see shared/annotationFile.ts).

/** The server validates the body with the annotation file's schema (shared/annotateParams.ts, full zod). */
export interface AnnotateParams {
  uri: string;
  range: z.infer<typeof RangeSchema>;
  body: CrosscheckBody;
}
export const AnnotateResultSchema = z.object({ id: z.string() });
export const AnnotateRequest = new RequestType<AnnotateParams, z.infer<typeof AnnotateResultSchema>, void>('crosscheck/annotate');

export const RemoveAnnotationParamsSchema = z.object({ id: z.string() });
export const RemoveAnnotationRequest = new RequestType<{ id: string }, { removed: boolean }, void>('crosscheck/removeAnnotation');

export const UserAnnotationInfoSchema = z.object({
  id: z.string(),
  /** Where it is now, or null when it could not be placed (orphaned). */
  uri: z.nullable(z.string()),
  range: z.nullable(RangeSchema),
  source: z.string(),
  quote: z.string(),
  label: z.string(),
  orphaned: z.boolean(),
});
export type UserAnnotationInfo = z.infer<typeof UserAnnotationInfoSchema>;
export const UserAnnotationsResultSchema = z.object({ items: z.array(UserAnnotationInfoSchema), problems: z.array(z.string()) });
export const UserAnnotationsRequest = new RequestType<Record<string, never>, z.infer<typeof UserAnnotationsResultSchema>, void>(
  'crosscheck/userAnnotations',
);
