// Military unit words: a number or ordinal before one of these names a unit ("47th Mechanized Brigade").
export const UNIT_WORDS = new Set(['regiment', 'brigade', 'battalion', 'division', 'corps', 'army', 'company', 'squadron',
  'fleet', 'detachment', 'platoon', 'flotilla', 'wing', 'battery', 'group', 'unit', 'guards', 'legion', 'centre', 'center',
  'command', 'task', 'force', 'troop', 'regiments', 'brigades', 'battalions', 'divisions']);

/** "8th", "47th", "1st", "22nd", "3rd". */
export function isOrdinal(w: string): boolean {
  return /^[0-9]{1,4}(?:st|nd|rd|th)$/i.test(w);
}

/** Named forces that are units rather than institutions. */
export const NAMED_FORCES = new Set(['special operations forces', 'airborne forces', 'air assault forces', 'unmanned systems forces',
  'territorial defense forces', 'territorial defence forces', 'marine corps', 'naval infantry', 'spetsnaz',
  'national guard', 'border guard service']);
