// The annotation file format (.crosscheck/annotations.jsonld), as a zod schema.
import { z } from 'zod';

export const AnnotationFileSchema = z.object({});
