// Custom requests and notifications between the Crosscheck client and server: typed constants plus zod schemas,
// validated at both ends (the server checks params, the client checks results).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import { z } from 'zod';
import { CrosscheckBodySchema } from './annotationFile';

const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
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
  source: z.string().nullable(),
  via: z.array(z.string()),
  date: z.string().nullable(),
  modality: z.string(),
  entities: z.array(z.object({ id: z.string(), name: z.string() })),
  contradictions: z.number().int().nonnegative(),
  /** For claims with agreeing matches: whether they are independent or echo one upstream source. */
  corroboration: z.enum(['independent', 'echo']).nullable(),
});
export type ClaimInfo = z.infer<typeof ClaimInfoSchema>;

export const ClaimsParamsSchema = z.object({ onlyContradictions: z.boolean().default(false) });
export const ClaimsResultSchema = z.object({ claims: z.array(ClaimInfoSchema) });
export type ClaimsParams = z.input<typeof ClaimsParamsSchema>;
export type ClaimsResult = z.infer<typeof ClaimsResultSchema>;
export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult, void>('crosscheck/claims');

export const EntityInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  spellings: z.array(z.string()),
  reports: z.number().int().nonnegative(),
  mentions: z.array(location.extend({ text: z.string() })),
});
export type EntityInfo = z.infer<typeof EntityInfoSchema>;
export const EntitiesResultSchema = z.object({ entities: z.array(EntityInfoSchema) });
export type EntitiesResult = z.infer<typeof EntitiesResultSchema>;
export const EntitiesRequest = new RequestType<Record<string, never>, EntitiesResult, void>('crosscheck/entities');

export const MatchingClaimsParamsSchema = z.object({ uri: z.string(), position });
export const MatchSchema = ClaimInfoSchema.extend({
  relation: z.enum(['agrees', 'contradicts']),
  independence: z.enum(['independent', 'echo']),
});
export const MatchingClaimsResultSchema = z.object({ claim: ClaimInfoSchema.nullable(), matches: z.array(MatchSchema) });
export type MatchingClaimsParams = z.infer<typeof MatchingClaimsParamsSchema>;
export type MatchingClaimsResult = z.infer<typeof MatchingClaimsResultSchema>;
export const MatchingClaimsRequest = new RequestType<MatchingClaimsParams, MatchingClaimsResult, void>(
  'crosscheck/matchingClaims',
);

export const CheckNowResultSchema = z.object({
  reports: z.number().int().nonnegative(),
  contradictions: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
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
  percent: z.number().min(0).max(100).nullable(),
  reports: z.number().int().nonnegative(),
  contradictions: z.number().int().nonnegative(),
  lastCheckMs: z.number().nonnegative().nullable(),
  problems: z.array(z.string()),
});
export type Status = z.infer<typeof StatusSchema>;
export const StatusNotification = new NotificationType<Status>('crosscheck/status');

/** Sent by the server when claims or entities changed, so views refresh. */
export const IndexChangedNotification = new NotificationType<{ version: number }>('crosscheck/indexChanged');

// User annotations (stored in .crosscheck/annotations.jsonld; see shared/annotationFile.ts).

export const AnnotateParamsSchema = z.object({ uri: z.string(), range: RangeSchema, body: CrosscheckBodySchema });
export type AnnotateParams = z.infer<typeof AnnotateParamsSchema>;
export const AnnotateResultSchema = z.object({ id: z.string() });
export const AnnotateRequest = new RequestType<AnnotateParams, z.infer<typeof AnnotateResultSchema>, void>('crosscheck/annotate');

export const RemoveAnnotationParamsSchema = z.object({ id: z.string() });
export const RemoveAnnotationRequest = new RequestType<{ id: string }, { removed: boolean }, void>('crosscheck/removeAnnotation');

export const UserAnnotationInfoSchema = z.object({
  id: z.string(),
  /** Where it is now, or null when it could not be placed (orphaned). */
  uri: z.string().nullable(),
  range: RangeSchema.nullable(),
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
