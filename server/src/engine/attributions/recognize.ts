// Who said or reported what, and through whom.
import type { Attribution, EntityMention, PreparedText } from '../types';

export function recognizeAttributions(_prepared: PreparedText, _entities: EntityMention[]): Attribution[] {
  return [];
}
