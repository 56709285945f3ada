// Entity mentions with canonical ids.
import type { DocumentMeta, EntityMention, PreparedText } from '../types';

export function recognizeEntities(_prepared: PreparedText, _meta: DocumentMeta): EntityMention[] {
  return [];
}
