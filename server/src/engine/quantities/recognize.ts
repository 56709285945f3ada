// Numbers with hedge and unit, as value intervals.
import type { DateMention, PreparedText, Quantity } from '../types';

export function recognizeQuantities(_prepared: PreparedText, _dates: DateMention[]): Quantity[] {
  return [];
}
