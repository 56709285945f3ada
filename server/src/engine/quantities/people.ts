// Adjectives that stand for people when they head a count ("left 12 dead", "92 of the dead"), with what befell them.
export const PEOPLE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['dead', 'killed'], ['injured', 'wounded'], ['wounded', 'wounded'], ['missing', 'missing'], ['displaced', 'displaced'],
  ['homeless', 'displaced'], ['detained', 'arrested'], ['arrested', 'arrested'], ['evacuated', 'evacuated'],
]);

/**
 * Crowds on the move or filling a place (round 23: "hundreds streamed down the main street", "thousands flocked to the
 * square"; round 24: "5,000 supporters packed the stadium", "crammed into the hall"): the recognizer reads a bare figure
 * before them as people (PEOPLE_VERBS), the claims read them as a crowd (claims/measure.ts), from this one list.
 */
export const CROWD_VERBS: readonly string[] = ['streamed', 'flocked', 'thronged', 'converged', 'assembled', 'packed', 'crammed'];

/**
 * Verbs whose subject is people: a bare figure right before them counts persons ("80,000 marched", "1,200 died",
 * "340 were arrested"). The adjectives above count too after a verb ("45 were injured", "14 remain missing").
 * "counted" is left out: "of the 12,000 ballots cast, 5,000 were counted" counts ballots.
 */
export const PEOPLE_VERBS: ReadonlySet<string> = new Set([
  'died', 'die', 'perished', 'drowned', 'killed', 'hurt', 'rescued', 'hospitalized', 'hospitalised', 'marched',
  'rallied', 'protested', 'demonstrated', 'gathered', 'attended', 'participated', 'joined', 'fled', 'voted', 'trapped',
  'stranded', 'treated', 'jailed', 'deported', 'relocated', 'survived',
  // Done to people in an outbreak: "3,400 have been vaccinated", "1,200 were infected".
  'vaccinated', 'infected', 'sickened', 'quarantined',
  // Patients: "60 have recovered", "12 were discharged".
  'recovered', 'discharged',
  ...CROWD_VERBS,
]);

const TURN = ['turned', 'turn', 'turns', 'turning'];
const SHOW = ['showed', 'show', 'shows', 'showing', 'shown'];
const TAKE = ['took', 'take', 'takes', 'taking', 'taken'];
const COME = ['came', 'come', 'comes', 'coming'];
/**
 * Verbs of two words whose subject is people, by their particle, each verb's forms written once: "70,000 turned out",
 * "3,000 took part", "hundreds more showed up", "the nearly 120,000 who showed up" (round 23: "showed up", "turned up").
 * The recognizer reads a bare figure before them as persons (PEOPLE_PHRASES) and the claims a crowd or a turnout
 * (claims/measure.ts), from this one table (round 24).
 */
export const PEOPLE_PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "more than 150,000 came out to march" (round 27): those who came out are a crowd, as those who turned out.
  ['out', new Set([...TURN, ...COME])], ['up', new Set([...TURN, ...SHOW])], ['part', new Set(TAKE)],
]);

/** PEOPLE_PARTICLE_VERBS read from the verb: its form -> the particles it takes. */
export const PEOPLE_PHRASES: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [particle, verbs] of PEOPLE_PARTICLE_VERBS) {
    for (const v of verbs) out.set(v, [...(out.get(v) ?? []), particle]);
  }
  return out;
})();

/**
 * Verbs whose object is people: a bare figure right after them counts persons ("a crash that killed 14", "the blast
 * injured at least 30", "police arrested 120"). Past tenses and "-ing" forms only: a present-tense headline ("Floods
 * kill 23 in Coimbra") restates the body's counted figure, and the check anchors a claim on its first mention.
 */
export const PEOPLE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'killed', 'killing', 'injured', 'injuring', 'wounded', 'wounding', 'evacuated', 'evacuating', 'rescued', 'rescuing',
  'arrested', 'arresting', 'detained', 'detaining', 'displaced', 'displacing', 'hospitalised', 'hospitalized',
  'sickened', 'infected', 'murdered', 'massacred', 'slaughtered', 'executed',
]);

/** The dead counted by their remains, however named ("43 corpses", "43 bodies"): one count (claims/measure.ts). */
export const REMAINS_NOUNS: readonly string[] = ['body', 'corpse', 'cadaver'];
/**
 * People verbs that remains take too ("40 bodies were recovered and 12 were recovered later", "bodies still trapped"):
 * a bare figure after a count of remains counts remains only with one of these; "and 120 are still missing" counts people.
 */
export const REMAINS_VERBS: ReadonlySet<string> = new Set(['recovered', 'trapped']);

/** Nouns that count people or households: a glued "m" after them is millions ("the population is 8.3m"). */
export const HEADCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'population', 'people', 'residents', 'inhabitants', 'users', 'subscribers', 'customers', 'viewers', 'visitors',
  'passengers', 'voters', 'members', 'employees', 'followers', 'listeners', 'readers', 'households', 'tourists',
  'migrants', 'refugees', 'audience', 'attendance', 'turnout', 'downloads',
]);

/**
 * Where or how only people are, after a verb ("900 remain in hospital", "4,000 are still without power", "300 were taken
 * into custody"): a bare figure before them counts persons.
 */
export const PEOPLE_STATES: ReadonlySet<string> = new Set([
  'in hospital', 'in hospitals', 'in custody', 'in detention', 'in shelters', 'in jail', 'in prison', 'into custody',
  'without power', 'without electricity', 'without shelter', 'without food', 'without water', 'under arrest',
  'in critical', 'in intensive', 'in serious', 'in quarantine', 'in isolation', 'on strike',
  'undergoing treatment', 'receiving treatment', 'under treatment',
]);
