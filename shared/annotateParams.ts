// The Annotate request's parameters as the server validates them: the body with the annotation file's own schema.
// Kept apart from protocol.ts so the client bundle (zod/mini) does not pull in the full zod with that schema.
import { z } from 'zod';
import { CrosscheckBodySchema } from './annotationFile';

const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });

export const AnnotateParamsSchema = z.object({
  uri: z.string(),
  range: z.object({ start: position, end: position }),
  body: CrosscheckBodySchema,
});
