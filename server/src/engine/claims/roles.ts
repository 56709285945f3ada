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
