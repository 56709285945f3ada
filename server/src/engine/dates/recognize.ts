// Date expressions, resolved against the publication date.
import type { DateMention, PreparedText } from '../types';

export function recognizeDates(_prepared: PreparedText, _published: string | null): DateMention[] {
  return [];
}
