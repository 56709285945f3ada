import { COUNTRY_OF } from './countries';
import { slug } from './fold';
import { ORDINAL_WORDS } from '../text/ordinals';

// Military unit words: a number or ordinal before one of these names a unit ("47th Mechanized Brigade").
export const UNIT_WORDS = new Set(['regiment', 'brigade', 'battalion', 'division', 'corps', 'army', 'company', 'squadron',
  'fleet', 'detachment', 'platoon', 'flotilla', 'wing', 'battery', 'group', 'unit', 'guards', 'legion', 'centre', 'center',
  'command', 'task', 'force', 'troop', 'regiments', 'brigades', 'battalions', 'divisions']);

/** "8th", "47th", "1st", "22nd", "3rd". */
export function isOrdinal(w: string): boolean {
  return /^[0-9]{1,4}(?:st|nd|rd|th)$/i.test(w);
}

/** Spelled ordinals, "first" included: the ordinal table counts from "second", a rank starts at "first". */
const SPELLED_ORDINALS: ReadonlySet<string> = new Set(['first', ...ORDINAL_WORDS.keys()]);

/** "Second", "FIRST", "3rd": an ordinal in words or in digits, as a rank before a noun. */
export function isRankWord(w: string): boolean {
  return SPELLED_ORDINALS.has(w.toLowerCase()) || isOrdinal(w);
}

/** Named forces that are units rather than institutions. */
export const NAMED_FORCES = new Set(['special operations forces', 'airborne forces', 'air assault forces', 'unmanned systems forces',
  'territorial defense forces', 'territorial defence forces', 'marine corps', 'naval infantry', 'spetsnaz',
  'national guard', 'border guard service']);

/**
 * Id of a numbered unit: its name words without connectors or the country it belongs to, so "8th Regiment of the Special
 * Operations Forces of Ukraine" and "8th Regiment, Special Operations Forces" are one unit.
 */
export function unitId(words: string[]): string {
  let w = words.filter(x => !['of', 'the', 'and'].includes(x.toLowerCase())).map(x => (x.toLowerCase() === 'defence' ? 'Defense' : x));
  for (let n = Math.min(3, w.length - 2); n >= 1; n--) {
    if (COUNTRY_OF.has(w.slice(w.length - n).join(' ').toLowerCase())) { w = w.slice(0, w.length - n); break; }
  }
  return `military_unit:${slug(w.join(' '))}`;
}
