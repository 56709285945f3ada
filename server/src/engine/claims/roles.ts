// People named by the role they have in the story: pilgrims at a pilgrimage, holidaymakers of a tour operator, fans at a
// match. Such a noun names everyone the event involves, not a part of them: "the crush killed 1,100 pilgrims" and "769
// killed" count the same dead. One table, role noun -> class; nouns of one class name one group ("tourists" and
// "holidaymakers"). Kinds of person that are parts of a count (children among the dead) stay in frame.ts (SUBGROUPS).
import { blankWords } from './phraseWords';

const ROLE_CLASSES = new Map<string, string>();
function role(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) ROLE_CLASSES.set(w, cls);
}
// Travellers may be tourists or passengers: the word names neither role, and pairs with both (measure.ts counts them as people).
role('tourist', 'tourist holidaymaker holiday-maker vacationer vacationist visitor sightseer');
role('pilgrim', 'pilgrim worshipper worshiper hajji devotee churchgoer congregant');
// Everyone on board ("241 of the 242 on board", measure.ts namesAboard) is read with the passengers.
role('passenger', 'passenger commuter rider');
role('fan', 'fan spectator supporter concertgoer festivalgoer attendee');
role('resident', 'resident inhabitant villager townsperson islander dweller');
role('migrant', 'migrant refugee asylum-seeker');

/** Role nouns, for the unit table (measure.ts): each counts persons. */
export const ROLE_NOUNS: readonly string[] = [...ROLE_CLASSES.keys()];

/** The scope id of the role a counted noun names ("role:tourist" for "holidaymakers"), or null. */
export function roleOf(rawUnit: string, singular: (w: string) => string): string | null {
  const words = blankWords(rawUnit);
  const last = words[words.length - 1] ?? '';
  // "33 non-passengers": the people outside a role are a group of their own, apart from those in it.
  const non = /^non-?/.exec(last)?.[0] ?? '';
  const bare = last.slice(non.length);
  const cls = ROLE_CLASSES.get(singular(bare)) ?? ROLE_CLASSES.get(bare);
  return cls ? `role:${non ? 'non-' : ''}${cls}` : null;
}

/** A scope id naming the role of the people counted: named on both sides it must agree; on one side it keeps no pair apart. */
export function isRoleId(id: string): boolean {
  return id.startsWith('role:');
}

// What a mass or volume is of: "2,000 tonnes of copper" and "5,000 tonnes of wheat" weigh different goods (round 34
// probe). One table, material noun -> class; spellings of one material share a class. Named on both sides a material
// must agree (a role id); named on one side it keeps no pair apart.
const MATERIALS = new Map<string, string>();
/** Materials with several spellings, one per line: the class first, then the others. */
const SPELLED_MATERIALS = `aluminium aluminum
soy soybean soybeans soya
explosive explosives
fertilizer fertiliser fertilizers fertilisers
corn maize
petrol gasoline
marijuana cannabis`;
/** Materials written one way, each its own class. */
const MATERIAL_WORDS = `copper steel iron zinc nickel gold silver platinum cobalt lithium uranium coal coke oil crude diesel kerosene
  fuel gas lng cement sand gravel wheat rice barley sorghum sugar cocoa coffee tea cotton wool flour cocaine heroin
  methamphetamine opium ammunition waste garbage plastic paper timber fish beef pork chicken milk water ore scrap`;
for (const line of [...SPELLED_MATERIALS.split('\n'), ...MATERIAL_WORDS.trim().split(/\s+/)]) {
  const [cls, ...others] = line.trim().split(/\s+/);
  for (const w of [cls, ...others]) MATERIALS.set(w, cls);
}
/** Units of mass and volume whose figure weighs or holds a material named after "of". */
const MASS_UNITS = new Set(['tonne', 'kg', 'g', 'lb', 'oz', 'barrel', 'litre', 'ml', 'gallon', 'm3']);
/** Words after "of" read for the material: "of rolled and cast copper goods". */
const MATERIAL_REACH = 5;

/**
 * The role id of the material a mass or volume figure is of ("role:material-copper" for "1,400 tons of copper
 * products"): the first word of the table within MATERIAL_REACH words after the "of" right after the figure, before any
 * other punctuation or number; null when the unit is no mass or volume or no material is named.
 */
export function materialOf(unit: string, words: readonly { lower: string; type: string }[], qb: number, cb: number): string | null {
  if (!MASS_UNITS.has(unit) || words[qb]?.lower !== 'of') return null;
  for (let k = qb + 1; k < Math.min(cb, qb + 1 + MATERIAL_REACH); k++) {
    const w = words[k];
    if (w.type !== 'word') break;
    const cls = MATERIALS.get(w.lower);
    if (cls) return `role:material-${cls}`;
  }
  return null;
}
