// What a figure counts and what happened to it: a unit synonym table and an event lexicon over the clause's words.
import { BoundedMemo } from '../text/boundedMemo';
import { DEMONYMS, PEOPLE_PLURALS } from '../entities/countries';
import { DISEASE_NAMES, STREET_NOUNS } from '../entities/cues';
import { CROWD_VERBS, PEOPLE_ADJECTIVES, PEOPLE_PARTICLE_VERBS, REMAINS_NOUNS } from '../quantities/people';
import { OPEN_CEILING_HEDGES, type Hedge, type Quantity, type Token } from '../types';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { ROLE_NOUNS } from './roles';
import { SUBGROUP_NOUNS, SUBGROUP_SYNONYM_NOUNS } from './frame';
import { hedgeStart, CHANGE_VERBS as MOVE_VERBS } from '../quantities/hedges';
import { ADDED_COUNT } from '../quantities/elided';
import { TALLIES } from '../text/yardsticks';
import { PARTITIVE_DET } from '../quantities/fractions';
import { CURRENCY_PREFIX, CURRENCY_WORDS, DOLLAR_PREFIX, LENGTH_UNITS, NAMED_CURRENCY, PERCENT_ENDINGS } from '../quantities/units';
import { ARTICLES, INDEFINITE, NOUN_DETERMINERS, BE_OR_HAVE, CARRIER_NOUNS, FINITE_BE_HAVE, negatedVerb, ownPredicateAfter } from './claimWords';
import { phraseWords } from './phraseWords';
import { hasOrPlural, verbForms } from '../text/inflection';
import { GROW_FORMS, SHRINK_NOUN } from './growthWords';
import { isPossessiveEnding } from '../text/possessive';
import { WEEKDAYS } from '../dates/lexicon';
import { FINITE_BE, PAST_FINITE_BE } from '../text/beVerbs';
import { GLUED_MULTIPLIERS, MULTIPLIERS, WORD_SCALES } from '../quantities/numbers';
import { CONTRAST_JOINS, OWN_SUBJECT_OPENERS } from '../text/subordinators';
import { BEARINGS } from './distanceOrigin';
import { inOtherRelative } from './relativeAside';

/** Counted nouns that are the same thing when reports count them ("troops" ≈ "soldiers"). Singular, lower case. */
const UNIT_CLASS = new Map<string, string>();
function unitClass(cls: string, words: string): void {
  for (const w of words.split(/\s+/)) if (w) UNIT_CLASS.set(w, cls);
}
// A noun of two words is written with a hyphen and read with or without it ("service members", "servicemembers").
// "Jawan", the Indian English word for a soldier or a paramilitary trooper, is a soldier (round 42). Peacekeepers
// stay people with the role "peacekeeper" (rounds 13 and 32 chose that; round 44's try is written up in docs/claims.md).
unitClass('soldier', `soldier troop serviceman servicemen servicemember service-member invader man men fighter personnel military
  trooper combatant mercenary marine paratrooper infantryman conscript recruit reservist guardsman sailor airman jawan`);
// The irregular side of a fight is no one's troops: "50 militants were killed" and "47 soldiers died" are the two
// sides' dead, not rival counts of one (round 38). "Fighters", "combatants" stay soldiers: either side's.
unitClass('militant', 'militant insurgent rebel jihadist guerrilla guerilla');
unitClass('person', `person people civilian resident inhabitant citizen individual child adult victim passenger migrant
  refugee villager pedestrian tourist national life soul traveller traveler ${ROLE_NOUNS.join(' ')} ${SUBGROUP_NOUNS.join(' ')}
  ${SUBGROUP_SYNONYM_NOUNS.join(' ')}`);
unitClass('death', 'death fatality dead');
unitClass('casualty', 'casualty loss');
// The dead counted by their remains, however named: "43 corpses were buried" and "43 bodies were buried" (round 43).
unitClass('body', REMAINS_NOUNS.join(' '));
unitClass('clash', 'clash conflict engagement battle firefight skirmish combat fight confrontation');
unitClass('attack', 'attack assault strike raid shelling bombardment');
unitClass('case', 'case infection');
// A company's own name for its staff counts its workforce too: Starbucks' "baristas", a retailer's or an outsourcer's
// "associates" (round 22).
unitClass('job', 'job worker employee staff position role layoff redundancy staffer barista associate');
unitClass('km2', 'km2 sq-km square-kilometer square-kilometre');
unitClass('km', 'km kilometer kilometre');
unitClass('home', 'home house building dwelling household');
unitClass('vote', 'vote ballot');
unitClass('vehicle', 'vehicle car automobile carriage railcar wagon');
// Fixed-wing aircraft, however a report names them: "two aircraft crossed", "a dozen jets", "45 chartered planes" (round 42).
// Helicopters stay their own count: tallies of a war's losses list them beside the aircraft.
unitClass('aircraft', 'aircraft jet plane warplane airliner jetliner airplane aeroplane');
// "a six-storey building", "a 7-story factory": a building's floors, in either spelling.
unitClass('story', 'story storey');
unitClass('shop', 'shop store');
// Gatherings counted as events ("26 protests at its stores", "1,000 demonstrations were held"): one count, however named
// (round 24); the people in them are the crowd (UNIT_EVENT).
unitClass('protest', 'protest demonstration rally');
// Those a utility or a service counts: "3 million users", "customers", "subscribers" of one outage.
unitClass('customer', 'customer subscriber user');
// Places struck or counted as points on a map: "nine sites", "six locations", "24 targets".
unitClass('site', 'site location target facility');
unitClass('magnitude', 'magnitude richter');
unitClass('mw', 'mw megawatt');
unitClass('gw', 'gw gigawatt');

/** Counted nouns that carry their own event ("deaths" are people killed). */
const UNIT_EVENT = new Map<string, [string, string]>([
  ['death', ['person', 'killed']],
  // "the death toll rose to 153", "12 fatalities", "40 injuries": counts of people by what befell them.
  ['toll', ['person', 'killed']],
  ['fatality', ['person', 'killed']],
  // "mortalities rose to 412": deaths counted one by one, as fatalities are (round 43).
  ['mortality', ['person', 'killed']],
  ['injury', ['person', 'wounded']],
  // People named by what befell them: "20,000 evacuees", "90 detainees".
  ['evacuee', ['person', 'evacuated']],
  ['detainee', ['person', 'arrested']],
  // "eight known survivors", "located nine survivors": people who lived through it (round 22).
  ['survivor', ['person', 'survived']],
  // "92 of the dead", "40 of the injured": the adjective heads the counted whole.
  ...[...PEOPLE_ADJECTIVES].map(([word, event]): [string, [string, string]] => [word, ['person', event]]),
  // The people of a crowd, however named, are its participants: "demonstrators", "marchers" and "people marched" are one count.
  // "rally-goers", "concert-goers": a goer is one of an event's crowd.
  // "350,000 attendees": those who attended a gathering are its crowd (the role table still reads them as `role:fan`).
  ...['crowd', 'demonstrator', 'protester', 'protestor', 'marcher', 'participant', 'rallygoer', 'demonstrant', 'goer', 'attendee']
    .map((w): [string, [string, string]] => [w, ['person', 'crowd']]),
  ['casualty', ['person', 'losses']],
  // Nouns of the event itself count what it befell: "450 arrests", "2,500 cancellations", "a 19,500-strong workforce".
  ['arrest', ['person', 'arrested']],
  ['murder', ['person', 'killed']],
  ['homicide', ['person', 'killed']],
  ['killing', ['person', 'killed']],
  ['detention', ['person', 'arrested']],
  // "106 hospitalizations", "40 admissions": each stay in hospital is a person hospitalized (round 24).
  ['hospitalization', ['person', 'hospitalized']],
  ['hospitalisation', ['person', 'hospitalized']],
  ['admission', ['person', 'hospitalized']],
  ['evacuation', ['person', 'evacuated']],
  ['cancellation', ['flight', 'cancelled']],
  ['layoff', ['job', 'cut']],
  ['redundancy', ['job', 'cut']],
  ['workforce', ['job', 'employed']],
  ['headcount', ['job', 'employed']],
  // "the company's global strength stands at 500,000": a body's strength is the number of its members at work.
  ['strength', ['job', 'employed']],
  // "2,418,906 registered voters": the voters on the roll are the electorate, a count of its own, not who voted.
  ['registered-voter', ['voter', 'electorate']],
]);

const IRREGULAR_PLURALS = new Map([['men', 'man'], ['people', 'people'], ['children', 'child'], ['personnel', 'personnel'],
  ['casualties', 'casualty'], ['fatalities', 'fatality'], ['redundancies', 'redundancy'], ['servicemen', 'serviceman'],
  ['crewmen', 'crewman']]);

export function singular(w: string): string {
  const irr = IRREGULAR_PLURALS.get(w);
  if (irr) return irr;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * What befalls people, whoever they are: a crowd's own noun names who took part, not what befell them; a survivor's, who
 * lived ("60 survivors were rescued" counts the rescued, round 22).
 */
const BEFALLS = new Set(['killed', 'wounded', 'losses', 'missing', 'captured', 'arrested', 'hospitalized', 'evacuated',
  'displaced', 'rescued', 'infected']);

/**
 * The event a counted noun's own event yields to: "15 protesters were killed", "police detained 200 demonstrators" count
 * the dead and the arrested, not the crowd. The clause's event when it says what befell the crowd's people, else null.
 */
export function yieldsTo(nounEvent: string | null, clauseEvent: string): string | null {
  return (nounEvent === 'crowd' || nounEvent === 'survived') && BEFALLS.has(clauseEvent) ? clauseEvent : null;
}

/** A whole's standing state that what befalls a part of it replaces ("3,000 of its workforce were cut" are jobs cut). */
const PART_BEFALLS = new Map<string, ReadonlySet<string>>([['employed', new Set(['cut'])]]);

/**
 * The event a partitive's part takes over its whole's noun event: "2,000 of the firm's 9,000-person workforce were cut"
 * counts jobs cut, not a part of those employed. The clause's event when it befalls the part, else null.
 */
export function partYieldsTo(nounEvent: string, clauseEvent: string): string | null {
  return PART_BEFALLS.get(nounEvent)?.has(clauseEvent) ? clauseEvent : null;
}

/** Normalizes a quantity's unit to a class: "troop" -> soldier, "armed clash" -> clash, "attack/day" stays. */
/** What befell the people a one-word counted noun names ("dead" → killed, "injured" → wounded), or null. */
export function eventOfPeopleWord(word: string): string | null {
  const ev = UNIT_EVENT.get(word.toLowerCase());
  return ev && ev[0] === 'person' ? ev[1] : null;
}

/** normalizeUnit's answers by unit as written: a report names a few units again and again. Read-only results. */
const MAX_NORMALIZED = 10000;
const NORMALIZED = new BoundedMemo<string, Readonly<{ unit: string; event: string | null }>>(MAX_NORMALIZED, computeUnit);

export function normalizeUnit(unit: string): Readonly<{ unit: string; event: string | null }> {
  return NORMALIZED.get(unit);
}

function computeUnit(unit: string): { unit: string; event: string | null } {
  const u = unit.toLowerCase().trim();
  if (!u) return { unit: '', event: null };
  if (u.includes('/')) return { unit: u, event: null };
  const joined = u.replace(/\s+/g, '-');
  const evented = UNIT_EVENT.get(joined) ?? (joined.includes('-') ? UNIT_EVENT.get(singular(joined)) : undefined);
  if (evented) return { unit: evented[0], event: evented[1] };
  // A plural noun of two words the table holds whole ("service members" → "service-member").
  const direct = UNIT_CLASS.get(joined) ?? (joined.includes('-') ? UNIT_CLASS.get(singular(joined)) : undefined);
  if (direct) return { unit: direct, event: null };
  const words = u.split(/[\s-]+/);
  const head = singular(words[words.length - 1]);
  const compound = compoundUnit(words);
  if (compound) return compound;
  const ev = UNIT_EVENT.get(head);
  if (ev) return { unit: ev[0], event: ev[1] };
  return { unit: UNIT_CLASS.get(head) ?? (isDemonym(head) || (words.length > 1 && isDemonym(`${words[words.length - 2]} ${head}`)) ? 'person' : head), event: null };
}

/**
 * "2,000 job cuts", "job losses", "800 flight cancellations": a counted noun modifying a noun of what befell it counts
 * the modifier's thing with the head's event (the head alone, "cuts" or "losses", may count anything). Null otherwise.
 */
function compoundUnit(words: readonly string[]): { unit: string; event: string } | null {
  if (words.length < 2) return null;
  const modifier = singular(words[words.length - 2]);
  const cls = UNIT_CLASS.get(modifier) ?? (LEX.has(modifier) ? modifier : null);
  if (!cls) return null;
  // "worker deaths" count people killed, not jobs: the head's own event counts the modifier only when it is of its class.
  const head = words[words.length - 1];
  const own = UNIT_EVENT.get(singular(head));
  const event = LEX.get(cls)?.get(head) ?? (own?.[0] === cls ? own[1] : undefined);
  return event ? { unit: cls, event } : null;
}

/** Bodies whose members are soldiers: "members of the security forces", "of the army". */
const ARMED_BODIES = new Set(['force', 'forces', 'army', 'military', 'militia', 'guard']);
/** Words between "members of" and the body's noun: "of the (Afghan) (security) forces". */
const MEMBER_BODY_REACH = 4;

/**
 * "32 members of the security forces", "60 members of the army": members counted by the body they belong to are that
 * body's kind (soldiers); null for any other body ("members of parliament", "of the union"). `at` is the token after
 * the counted noun.
 */
export function memberBody(tokens: readonly Token[], at: number): string | null {
  if (tokens[at]?.lower !== 'of') return null;
  for (let i = at + 1; i < Math.min(tokens.length, at + 1 + MEMBER_BODY_REACH); i++) {
    const t = tokens[i];
    if (t.type !== 'word') return null;
    if (ARMED_BODIES.has(t.lower) || UNIT_CLASS.get(singular(t.lower)) === 'soldier') {
      // The head ends the noun phrase: "the security forces' commanders" counts commanders, "forces of" goes on.
      const next = tokens[i + 1]?.lower ?? '';
      return isPossessiveEnding(next) || next === "'" ? null : 'soldier';
    }
  }
  return null;
}

/**
 * "25 Indians", "40 Nepalis": a people's name counts persons (their nationality is the claim's scope, not its unit).
 * Only demonyms in -n and -i, whose plural adds "s" ("poles" may be wooden); the other peoples count persons only as
 * written, capitalized (writtenPeople).
 */
function isDemonym(word: string): boolean {
  // "south african" → "South Africans": a people's name in two words is title-cased word by word.
  const title = word.replace(/(^|\s)([a-z])/g, (_, sp: string, c: string) => sp + c.toUpperCase());
  return /[ni]$/.test(word) && DEMONYMS.has(`${title}s`);
}

/**
 * "12,000 Greeks", "Czechs", "Filipinos": a noun whose last word is a people of PEOPLE_PLURALS as written, capitalized,
 * counts persons (round 32); "40 poles" stays poles.
 */
export function writtenPeople(noun: string): boolean {
  const last = noun.slice(noun.lastIndexOf(' ') + 1);
  return last.charCodeAt(0) >= 65 && last.charCodeAt(0) <= 90 && PEOPLE_PLURALS.has(last);
}

/**
 * Event lexicon: a word form -> event, per unit class ('*' for any class). A word may mean different things for different
 * counts: "lost" soldiers are losses, "lost" territory changed hands, "lost" jobs were cut.
 */
type Lexicon = Map<string, string>;
const LEX = new Map<string, Lexicon>();
function ev(classes: string, event: string, words: string): void {
  for (const cls of classes.split(' ')) {
    let m = LEX.get(cls);
    if (!m) LEX.set(cls, (m = new Map()));
    for (const w of words.split(/\s+/)) if (w) m.set(w, event);
  }
}

const PEOPLE = 'soldier militant person';

/** A word of [from, to) names the event for people of the unit: "died", "deaths" name `killed` (the lexicon's own words). */
export function namesPeopleEvent(tokens: readonly Token[], from: number, to: number, event: string): boolean {
  const lexicon = LEX.get('person');
  for (let i = from; i < to; i++) if (lexicon?.get(tokens[i].lower) === event) return true;
  return false;
}

/** Classes of counted people: a figure of one joined to another kind of people ("militants and troops") counts both. */
export const PEOPLE_CLASSES: ReadonlySet<string> = new Set(PEOPLE.split(' '));
/** Words between "and" and the other kind of people: "and government troops", "or local police officers". */
const JOINED_WORDS = new Set(['ADJ', 'NOUN', 'PROPN']);
const JOINED_REACH = 3;

/** Nouns the soldier class reads as fighters only for want of a word saying who they are ("300 men"). */
const MEN = new Set(['man']);

/**
 * "an estimated 300 civilian men", "40 village men": men a person noun describes are those people, not fighters (round
 * 24). The figure's noun phrase as written.
 */
export function describedMen(noun: string): boolean {
  const words = phraseWords(noun);
  return words.length > 1 && MEN.has(singular(words[words.length - 1])) &&
    UNIT_CLASS.get(singular(words[words.length - 2])) === 'person';
}

/**
 * "Around 250 militants and government troops have died", "killing more than 50 militants and civilians": the figure's
 * people noun (ending before token `after`) joined by "and"/"or" to another kind of people counts them together, so the
 * figure counts people, no rival of a count of either kind ("47 soldiers"). A figure after the "and" ("20 Indian and 45
 * Chinese soldiers", "12 soldiers and 3 tanks") or a verb ("killed 12 soldiers and wounded 30") joins no noun.
 */
export function joinsOtherPeople(tokens: readonly Token[], after: number, unit: string, noun: string): boolean {
  if (!PEOPLE_CLASSES.has(unit) || (tokens[after]?.lower !== 'and' && tokens[after]?.lower !== 'or')) return false;
  const own = singular(noun.toLowerCase());
  for (let i = after + 1; i <= after + JOINED_REACH && i < tokens.length && JOINED_WORDS.has(tokens[i].pos); i++) {
    const word = singular(tokens[i].lower);
    if (word !== own && PEOPLE_CLASSES.has(UNIT_CLASS.get(word) ?? '')) return true;
  }
  return false;
}

// People a landslide or a flood "swallowed" or "engulfed" are counted as its dead ("up to 1,500 may have been swallowed
// up", round 24). Soldiers "martyred" or who "embraced martyrdom" are the dead of their side (round 28 probe).
ev(PEOPLE, 'killed', `killed kill kills killing dead died die dies dying death deaths fatalities perished drowned slain lives toll
  succumbed swallowed engulfed martyred martyrdom martyrs martyr
  murdered murder murders massacred massacre massacres slaughtered executed assassinated`);
ev(PEOPLE, 'wounded', 'wounded wounding injured injuring injuries injury hurt');
ev(PEOPLE, 'losses', 'casualties losses lost lose loses losing');

/** The words of `event` for people in the lexicon whose noun (singular) counts `cls` in the unit table. */
function peopleNounsOf(event: string, cls: string): ReadonlySet<string> {
  const words = [...(LEX.get('person') ?? new Map<string, string>())].filter(([w, e]) => e === event && UNIT_CLASS.get(singular(w)) === cls);
  return new Set(words.map(([w]) => w));
}
/**
 * The dead as the lexicon writes them, nouns and the people adjective ("deaths", "fatalities", "the dead"): the words
 * of the killed row whose noun counts deaths. Readers of a toll's words derive theirs from here, not a list of their own.
 */
export const DEATH_WORDS: ReadonlySet<string> = peopleNounsOf('killed', 'death');
/** The death words that are nouns ("deaths", "fatalities"), not the adjective a people noun heads ("the dead"). */
export const DEATH_NOUNS: ReadonlySet<string> = new Set([...DEATH_WORDS].filter((w) => !PEOPLE_ADJECTIVES.has(w)));
/** The casualty nouns of the losses row ("casualties", "losses"). */
export const CASUALTY_NOUNS: ReadonlySet<string> = peopleNounsOf('losses', 'casualty');
ev(PEOPLE, 'missing', 'missing unaccounted untraced');
// People "still trapped" under rubble or in a mine are a count of their own: neither dead nor missing yet (round 33).
ev(PEOPLE, 'trapped', 'trapped');
ev(PEOPLE, 'captured', 'captured prisoner prisoners pow pows surrendered detained');
ev('person', 'evacuated', 'evacuated evacuate evacuation evacuations relocated');
// "the displacement of 9,000 residents": the event's noun names what befell them, as "the evacuation of" does.
ev('person', 'displaced', 'displaced homeless fled flee fleeing uprooted displacement');
ev('person', 'rescued', 'rescued rescue saved');
// People "admitted" are patients taken into hospital ("47 have been admitted"); "admitted that 300 died" keeps the
// nearer "died".
ev('person', 'hospitalized', 'hospitalized hospitalised hospital treated admitted admissions hospitalizations hospitalisations');
// Patients still "undergoing treatment" are a count of the day, not everyone treated so far.
ev('person', 'in treatment', 'treatment');
// Patients who got well are no count of the sick ("60 have recovered while 82 are undergoing treatment").
ev('person', 'recovered', 'recovered discharged');
// People given care where they fell are no hospital admissions ("440 needed medical care: 65 were hospitalised", round 23);
// the lexicon word is the phrases' own, no word of a text.
ev('person', 'medical care', 'medical_care');
ev('person', 'critical', 'critical_condition');
// People kept apart for fear of an infection are neither its cases nor its dead ("90 are in quarantine", "two are under
// observation", round 23).
ev('person', 'quarantined', 'quarantine quarantined quarantines');
ev('person', 'arrested', 'arrested arrests detained apprehended');
// People who caught an illness are its cases ("900 people tested positive", "were infected"): MEASURE_SAME folds them.
ev('person', 'infected', 'infected sickened contracted diagnosed contaminated poisoned');
// "affecting some 7,400 travellers", "could affect up to 260,000 people": the people a verb of affecting takes are those
// affected, as "affected" people are (round 40).
ev('person', 'affected', verbForms('affect'));
ev('person', 'voted', 'voted turnout');
// Voters who took part in a vote are its turnout as a count ("8 million of the 19.4 million voters took part"), the people
// who voted (MEASURE_SAME folds the two, round 21).
ev('voter', 'turnout', 'voted participated participation turnout');
/** The lexicon word of the roll's phrases ("registered to vote", "eligible to vote"): the electorate (PHRASES). */
const ROLL_PHRASE = 'registered_to_vote';
// Voters on the roll are the electorate: "3.4 million people registered to vote", "2 million voters registered" (round 32);
// the people who registered to vote are voters (MEASURE_SAME).
ev('voter', 'electorate', `registered registration ${ROLL_PHRASE}`);
ev('person', 'electorate', ROLL_PHRASE);
// Movement across a border and registration are different counts: arrivals are not registrations.
ev('person', 'arrived', `arrived arrive arrives arriving arrivals crossed cross crosses crossing entered enter enters entering
  landed`);
ev('person', 'registered', 'registered register registration registrations');
// A crowd is an estimate by nature; its figures are compared, but never as a clear contradiction.
// People a rally "attracted" are its crowd (round 24). "drew an audience of 300,000 people": those an act drew as its
// audience are its crowd (round 31).
ev('person', 'crowd', `audience audiences marched march marches marching rallied rally rallies protested protest protests protesting
  demonstrated demonstration demonstrations crowd crowds attend attends attending attended attendance participated participating
  participation mobilisation mobilization gathered gather gathers gathering ${CROWD_VERBS.join(' ')}
  attracted attract attracts attracting`);
// Travellers left abroad by a collapse or a storm, and those flown home: two counts. A carrier's or a tour operator's
// customers are travellers too ("12,000 customers stranded"; MEASURE_SAME folds them into people, round 46).
ev('person customer', 'stranded', 'stranded stuck');
ev('person customer', 'repatriated', 'repatriated repatriate repatriating repatriation repatriations');
// (A "survivor" names the event itself, UNIT_EVENT, and yields to what befell the survivors: "60 survivors were rescued".)
ev('person', 'survived', 'survived survive');
ev('person', 'abducted', `abducted abduct abducting abduction kidnapped kidnap kidnapping kidnappings hostage hostages
  ${verbForms('seize')}`);
ev('person', 'vaccinated', 'vaccinated vaccine vaccines vaccination vaccinations inoculated jabbed');
// "40,000 workers went on strike", "joined the walkout": workers who struck, neither cut nor employed (people who struck
// and marched are the crowd).
// Staff who "participated in the walkouts" are its strikers too (round 22), not a crowd of people.
ev('job', 'striking', 'strike strikes striking struck strikers walkout walkouts walked participated participating');
// "its manifest listed 198 passengers and crew": those a passenger manifest lists are the people aboard (round 22).
ev('person', 'aboard', 'aboard board onboard carrying carried carry carries manifest manifests');
ev('soldier', 'deployed', `deployed deploy deploys deploying deployment stationed station mobilized mobilised mobilize mobilise
  mobilizing sent send sends sending amassed massed concentrated based gathered dispatched dispatch transferred contingent
  garrison reinforcements`);
ev('soldier', 'assault', 'attack attacked attacking launched launch stormed storm storming assault assaulted charged');
ev('clash', 'recorded', 'recorded record reported registered counted known logged occurred took documented confirmed');
ev('clash', 'ongoing', 'ongoing continuing continue continues still underway');
ev('clash', 'resolved', 'resolved repelled repulsed ended over stopped halted completed finished');
ev('attack', 'recorded', 'recorded reported registered counted launched carried carried_out conducted');
ev('attack', 'repelled', 'repelled repulsed thwarted');
ev('attack', 'intercepted', 'intercepted downed downing shot shooting destroyed');
ev('km2 ha', 'captured', `captured capture capturing seized seize seizing took taken occupied occupy gained gaining advanced
  advances advance recaptured reclaimed liberated retook lost lose losing losses lost`);
ev('km2 ha', 'held', 'held hold holds holding controls control controlled retains retain');
ev('km2 ha', 'flooded', 'flooded inundated submerged underwater');
ev('km2 ha', 'burned', 'burned burnt scorched burning blackened charred');
ev('case', 'recorded', 'recorded reported registered confirmed infected infections detected diagnosed tested counted');
ev('case', 'new', 'new');
ev('case', 'active', 'active');
ev('case', 'recovered', 'recovered recoveries');
// "seven of them were fatal": fatal cases are deaths (claims count them as people killed).
ev('case', 'fatal', 'fatal fatalities died deaths dead killed');
/**
 * The verb of a job cut that says another thing of people: patients or hostages "released" are freed, and a report
 * "released on Monday" names no count (round 38). Written once; `isPeopleSense` reads its forms.
 */
const FREED = 'release';
const FREED_FORMS: ReadonlySet<string> = new Set(verbForms(FREED).split(' '));
/**
 * A word of a job cut that, found for a count of people, means something else: "released" (freed, or a report made
 * public), "cut off" (places isolated). People read as jobs only through a word that cuts jobs (round 38).
 */
export function isPeopleSense(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.lower ?? '';
  return FREED_FORMS.has(w) || (w === 'cut' && tokens[at + 1]?.lower === 'off');
}
ev('job', 'cut', `cut cuts cutting slash slashed slashing eliminate eliminated eliminating lay laid laying layoffs shed shedding
  axe axed axing redundant redundancies lose lost losing loss losses sacked sacking dismissed cost costing
  ${verbForms(`reduce ${FREED}`)} reduction reductions`);
ev('job', 'hired', 'hired hire hiring add added adding create created creating');
// "a business employing 7,000 people" counts its workforce as "employs" does (round 40): every form of the verb.
ev('job', 'employed', `${verbForms('employ')} workforce headcount`);
// "cuts were needed to save about 2,000 other jobs": jobs kept are no jobs cut.
ev('job', 'saved', 'save saved saving saves preserve preserved protect protected safeguard safeguarded');
// What befalls buildings and things, one table for homes, sites and things without a table of their own: each word of
// an event written once. Counted things of one kind fold in the unit table (a car is a vehicle, a store a shop).
const THINGS = 'generic shop vehicle';
const BUILT = `home site ${THINGS}`;
// The act's own noun counts what it befell, as "arrests" do: "announced the destruction of 31 tanks" (round 26).
ev(BUILT, 'destroyed', `${verbForms('destroy raze flatten gut demolish collapse')} levelled leveled burned burnt rubble ashes
  destruction`);
ev(BUILT, 'damaged', verbForms('damage'));
// "60 tons of ammonium nitrate exploded": what blew up, not what the blast then destroyed ("exploded, destroying the area").
ev(THINGS, 'exploded', verbForms('explode detonate'));
ev('home site generic', 'flooded', 'flooded inundated submerged underwater');
ev(`site ${THINGS}`, 'closed', `${verbForms('close')} shut shuts shutting closure closures`);
ev(`site ${THINGS}`, 'opened', verbForms('open'));
ev(THINGS, 'recalled', `${verbForms('recall')} recalls`);
// A train's cars that left the rails, however told ("five derailed cars", the phrases of PHRASES): round 44.
ev('vehicle', 'derailed', `${verbForms('derail')} derailment`);
ev('home', 'evacuated', 'evacuated');
// The dead's remains found: "270 bodies recovered", "pulled 688 bodies", "three dozen bodies located" (round 20).
ev('body', 'recovered', `${verbForms('recover retrieve exhume unearth locate')} pulled pulling found finding`);
// The dead not yet named are one count, told of bodies or of victims: "291 unidentified bodies", "DNA from 322
// unrecognisable bodies", "11 of the victims yet to be identified" (round 23; MEASURE_SAME folds bodies into people).
// Those identified stay the verb's own measure ("177 have been identified": `~identify`).
ev('person body', 'unidentified', 'unidentified unrecognisable unrecognizable unrecognised unrecognized');
ev('home customer', 'powerless', 'power electricity outage outages blackout blackouts');
ev('customer', 'affected', 'affected impacted hit disrupted');
// Supply brought back is no outage: "power was restored to 400,000 homes".
ev('home customer', 'restored', verbForms('restore reconnect'));
// "the quake measured 7.5", "a magnitude 7.8 earthquake": one quake's strength; an aftershock is another quake.
ev('magnitude', 'aftershock', 'aftershock aftershocks');
// "the outage lasted five hours": how long something went on, in the unit the report gives.
ev('hour minute day week', 'lasted', 'lasted lasting lasts last outage offline waits wait');
// "ruled for 41 years", "ran the country for 42 years", "in power for two decades": how long someone held power.
ev('year decade', 'ruled', 'ruled rule rules ruling reigned reign governed govern ran power office');
// Money by what it is: what something cost, a loss.
ev('money', 'cost', 'cost costs costing');
// A shortfall of money is a deficit (of people, "the firm employs 20,000 ... a pension shortfall", it says nothing).
ev('money', 'net_loss', 'loss losses lost lose loses losing shortfall shortfalls');
ev('money', 'profit', 'earned earn earns');
// What is owed and what a court or a regulator imposes: neither a loss nor a cost.
// Sums a buyer has not paid a supplier are owed too: "dues of $2 million", "arrears", "unpaid bills" (round 34).
ev('money', 'debt', 'debt debts owes owe owed owing liabilities borrowings dues arrears unpaid');
// A sum lent is the loan, its own measure: "a $3 billion loan", "a loan of $3 billion" (round 44). It is neither the whole
// debt a borrower owes ("debt stood at $45 billion") nor aid given, so two reports' figures for one loan meet only each other.
ev('money', 'loan', 'loan loans');
// What a firm holds is no debt it owes: "assets of $639 billion and debt of $613 billion" are two measures (round 23).
ev('money', 'assets', 'assets');
ev('money', 'fine', 'fine fined fines penalty penalties');
// "wiped $40 billion off its market value", "erased $12bn": value a market took away, neither a firm's loss nor a cost
// (round 24).
ev('money', 'value_lost', 'wiped wipes wiping erased erases erasing');
// An economy's size in money is its GDP, a level ("nominal GDP was $509.9bn", "gross domestic product of $384 billion");
// only a percentage of GDP's change is growth ('*' below). Round 19.
ev('money', 'gdp', 'gdp');
// What a company sets aside for a loss it expects ("a 6.5 billion euro provision", "set aside $2 billion"): neither the loss
// nor a cost yet (round 22).
ev('money', 'provision', 'provision provisions provisioned');
// Power: "cut electricity output by 7,000 MW", "put the cut at 5,000 MW" are one reduction; capacity is another count.
ev('mw gw', 'cut', 'cut cuts cutting reduced reducing reduction reductions curtailed lowered slashed lost lose losing shed');
ev('mw gw', 'capacity', 'capacity installed');
ev('vote', 'cast', 'cast counted');
ev('vote', 'won', 'won win wins received secured got garnered');
// A constituency won is a seat won: "won in 148 constituencies" counts the seats won (round 36). Only winning folds so:
// "voting was held in 95 constituencies" holds no seat, and a country's constituencies stay their own total (the
// polls held or declared in them are no count of seats).
const SEAT_NOUNS = 'seat constituency';
ev(SEAT_NOUNS, 'won', 'won win wins secured took gained');
// The seats a vote is for are all of them, none yet won: "running for 186 seats", "vying for 210 seats", "the 90
// available seats" (round 36). Seats "still being contested" are undecided, no total.
ev(SEAT_NOUNS, 'total', 'vying running available');
// Seats a party holds are its standing in a chamber, not what a vote gave it: "had held 90 seats before the
// elections" is the outgoing house (round 23).
ev('seat', 'held', 'held hold holds holding');
// Flights: cancelled, delayed and flown are different counts of one schedule.
// Bookings are cancelled as flights are: "300,000 future bookings cancelled" (round 44).
ev('flight booking', 'cancelled', `cancel cancels canceled cancelled canceling cancelling cancellations cancellation scrubbed grounded axed scrapped
  ${verbForms('suspend')}`);
ev('flight', 'delayed', 'delayed delays delay');
ev('flight', 'operated', 'operated operate operates scheduled schedule flew');
// Sites by what befell them: struck ("hit five locations", "six locations were targeted", "a strike on nine sites").
ev('site', 'struck', `struck strike strikes striking hit hits targeted target targets targeting attacked attack attacks
  bombed bombing shelled shelling`);
/** The measure of how far one place lies from another (its unit is km, whatever unit the words give). */
export const DISTANCE_EVENT = 'distance';
ev('km', DISTANCE_EVENT, `from away ${BEARINGS.join(' ')} outside`);
ev('km', 'advanced', 'advanced advance pushed');
ev('attack/day', 'rate', 'average daily per');
// A speed or a length is measured; nothing befalls it (round 25): "neighbourhoods leveled by the storm's 183 mph winds"
// is no speed destroyed. Such units read only their dimension's words (DIMENSION_UNITS): a storm's winds and gusts are
// its wind speed, however the clause's verb runs ("winds reaching 185 mph", "packing winds of 270 km/h").
ev('speed', 'wind', 'wind winds gust gusts gusting');
ev('length', 'height', 'height tall');
// How far something fell or lies below: "fell 30 feet into a gorge", "a 45-foot-deep ravine", "a valley 10 metres
// below" (round 34 probe); one depth, however the clause tells it.
ev('length', 'depth', 'deep depth below fell fall falls falling plunged plunge plunges dropped nosedived tumbled');
/** Units of a physical dimension and the lexicon of what they measure (no lexicon of things befallen, round 25). */
/** Kilometres measure distances ("15 km from the border", the distance measure), not a thing's length or height. */
const DISTANCE_UNIT = 'km';
const DIMENSION_UNITS: ReadonlyMap<string, string> = new Map([['km/h', 'speed'],
  ...[...LENGTH_UNITS].filter(u => u !== DISTANCE_UNIT).map(u => [u, 'length'] as const)]);

// "the index closed at 16,644": the level a named index ended a session at.
ev('index', 'level', 'closed close closes closing ended ends finished finishes stood stands settled');
// Things counted without a table of their own: vehicles, drones, buildings hit.
ev(THINGS, 'captured', 'captured seized capture seizure');
ev(THINGS, 'intercepted', 'intercepted downed downing shot shooting');
ev(THINGS, 'launched', 'launched launch launches fired');
ev(THINGS, 'delivered', 'delivered supplied donated shipped');
// Goods handed over, however a maker counts them: "delivered 90,000 vehicles", "sold 90,000", "deliveries of 90,000"
// (round 25: sales and deliveries of one quarter are one count). Shops sold are sold off, no goods: not theirs.
ev('generic vehicle', 'delivered', `deliveries shipments ${verbForms('sell')} sold sales`);
// A share of a group taking part: "62 percent of teachers joined the strike" is the strike's turnout.
// "with less than one in four voters participating" (round 26).
ev('share', 'turnout', 'turnout participation participated participating');
// "46% of teachers were on strike": a strike rate is a share of one group; it needs that group to be compared.
ev('share', 'strike_rate', 'walked walkout strike striking struck');
// "won with 53.6% of the vote": a candidate's or party's share of the votes cast.
ev('share', 'vote_share', 'vote votes');
// "its shares fell 16 percent", "the share price slid 9%": a share's move is its price's, no count of anything (round 26).
ev('share', 'share_price', 'shares share_price');
// "the 0.5% contraction", "a contraction of 8.4 per cent": an economy's shrinking is its growth, below zero (signed.ts).
ev('share', 'growth', SHRINK_NOUN);
// "raised its main policy rate to 11.25%": a central bank's or lender's rate is its own measure, never a currency's move
// or a share of anything (round 32; the phrases below stand for it).
ev('share', 'interest_rate', 'interest_rate');
// "a 6.7 percent levy on deposits", "a 20 percent tax on imports": a rate levied is its own measure (round 34).
ev('share', 'tax', 'levy levies tax taxes tariff tariffs duty duties');
// "offered a 19% pay rise", "increase the average salary by 12%": a share of a wage is the wage's change (round 34).
ev('share', 'wage', 'wage wages salary salaries');
// Money and percentages count what the sentence names: revenue, profit, turnout, unemployment.
ev('*', 'revenue', 'revenue revenues sales turnover');
ev('*', 'profit', 'profit profits earnings income');
ev('*', 'net_loss', 'deficit');
ev('*', 'turnout', 'turnout');
// Abstention is the share that did not vote: the complement of turnout, its own measure.
ev('*', 'abstention', 'abstention abstentions abstained');
ev('*', 'unemployment', 'unemployment jobless');
ev('*', 'inflation', 'inflation');
// "a 6-point lead", "a lead of almost 11 percentage points", "a 7-point margin": the gap between two contenders in
// points, one measure however named (round 34).
ev('point', 'lead', 'lead leads leading margin margins');
// "the poverty rate was 12%", "31% of its people are poor": the share below a poverty line, its own measure; the
// share below the lower line of extreme poverty (indigence) is another (round 34).
ev('*', 'poverty', 'poverty poor impoverished');
ev('*', 'extreme_poverty', 'indigence indigent destitution destitute');
ev('*', 'growth', 'growth gdp');
// "budgeted 4.6bn euros", "over the budgeted $2.6 billion": the sum budgeted is the budget (round 24).
ev('*', 'budget', 'budget budgets budgeted budgeting funding aid assistance');
ev('*', 'damage', 'damage damages');

/**
 * Events news names in several words: "lost their lives" is killed, not losses; "forced from their homes" is displaced;
 * "took to the streets" is a crowd; "tested positive" are cases. Each phrase stands for one lexicon word (its first word),
 * read where the phrase's first word stands; '*' is one possessive or article ("their", "his", "the").
 */
const PHRASES = new Map<string, { rest: readonly string[]; as: string }[]>();
/** Tokens from a roll phrase's first word to its "vote" ("eligible to vote"). */
const ROLL_VOTE_OFFSET = 2;
function phrase(as: string, texts: string): void {
  for (const text of texts.split(/\s*,\s*/)) {
    const [first, ...rest] = text.trim().split(/\s+/);
    if (!first) continue;
    let list = PHRASES.get(first);
    if (!list) PHRASES.set(first, (list = []));
    list.push({ rest, as });
  }
}
phrase('killed', 'lost * lives, lost * life, lose * lives, losing * lives, lost lives, claimed * lives');
phrase('displaced', `forced from * homes, forced out of * homes, driven from * homes, driven out of * homes, forced to leave * homes,
  fled * homes, uprooted from * homes`);
phrase('marched', `took to the streets, take to the streets, taking to the streets, taken to the streets, takes to the streets,
  poured into the streets, filled the streets,
  took to the street, poured into the street, went out into the street, went out into the streets, went into the streets,
  went out onto the streets, went onto the streets, came out onto the streets, came out into the streets, poured onto the streets,
  poured out onto the streets, thronged the streets, packed the streets,
  in the streets, out in the streets`);
// "took to downtown streets", "poured into central streets": the streets may be named by one word of their place
// ('~', STREET_MODIFIER_POS) where the phrases above hold their article.
phrase('marched', `took to ~ streets, take to ~ streets, taking to ~ streets, taken to ~ streets, takes to ~ streets,
  poured into ~ streets, filled ~ streets`);
// (round 21) "1.3 million "yellow vests" in the streets": people in the streets, no verb of their own, are a crowd.
// "five children are being treated", "receiving treatment": patients treated now are a count of the day, as "undergoing
// treatment" is ("treated" alone may count everyone treated so far).
phrase('treatment', 'being treated, receiving treatment, under treatment, still treated');
// "Seven people were in critical condition": patients in a grave state are a count of the day, told by the phrase only
// (round 29; the lexicon word is the phrases' own).
phrase('critical_condition', 'in critical condition, in a critical condition, in serious condition, in a serious condition');
// "3.4 million people registered to vote": the electorate, not a promise or a registration of any kind (round 32).
// People "eligible to vote" or "entitled to vote" are the roll too, however the electorate is named (round 36).
phrase(ROLL_PHRASE, `registered to vote, register to vote, registering to vote, enrolled to vote, eligible to vote,
  entitled to vote`);
phrase('medical_care', 'medical care, medical assistance, medical attention, medical help, medical aid, first aid');
phrase('quarantine', 'under observation, in isolation, under medical observation, kept in isolation');
phrase('infected', 'tested positive, test positive, testing positive, fell ill, fallen ill');
// People who "had HIV" or "have cholera" carry the illness: its cases, as those who tested positive ('%' a disease's name).
phrase('infected', 'had %, has %, have %, having %');
phrase('evacuated', 'moved to safety, ordered to leave, ordered out');
// "about 140 demonstrators were behind bars", "are still in custody": the held are those arrested (round 33).
phrase('arrested', `taken into custody, placed under arrest, rounded up, round up, rounding up, rounds up, behind bars, in custody,
  in detention, under arrest`);
phrase('cancelled', 'called off, calling off');
phrase('cut', 'let go, letting go, laid off, made redundant, lost * jobs, lose * jobs, losing * jobs, lost * job');
// "2,100 employees have been left without jobs", "left 3,000 staff out of work", "the final day on the job for 640
// workers": a workforce put out of work lost its jobs (round 43).
phrase('cut', `without jobs, without a job, without work, without employment, out of work, out of a job, out of jobs,
  last day on the job, last day at work`);
phrase('displaced', 'lost * homes, lost * home, losing * homes, without homes, without a home, without shelter');
phrase('striking', 'walked off the job, walked out, went on strike, downed tools');
// "only 40,000 exist on the rolls", "9,000 on its payroll": staff on a firm's books are its workforce.
phrase('employed', 'on the rolls, on its rolls, on their rolls, on the payroll, on its payroll, on their payroll, on the books, on its books');
// "the economy grew 2.1%": the economy's change is its growth ("the economy lost steam" says nothing of it).
phrase('growth', 'economy grew, economy grows, economy expanded, economy expands, economy contracted, economy shrank');
// "62% of voters cast ballots", "went to the polls": the share that voted is the turnout (a person count: voted).
phrase('gdp', 'gross domestic product');
phrase('share_price', 'share price, share prices, stock price, stock prices, share value');
// "set aside 6.5 billion euros", "is setting aside": money put by for a loss, a provision (round 22).
phrase('provision', 'set aside, sets aside, setting aside, put aside, puts aside, putting aside');
// "87 percent of registered voters had cast their vote": the share that cast a vote or ballot voted (round 27).
phrase('turnout', `cast ballots, cast * ballots, cast * ballot, cast a ballot, cast * vote, cast a vote, cast * votes, went to the polls,
  turned out to vote`);
phrase('power', 'without power, without electricity, lost power, lost electricity, in the dark, knocked out power');
phrase('restored', 'power restored, electricity restored, restored power, restored electricity, power back');
phrase('flooded', 'under water');
// "put the crowd at 18,000 after carrying out a head count": to carry out is to conduct, no load carried (round 34); attacks
// carried out are still those recorded.
phrase('carried_out', 'carrying out, carried out, carry out, carries out');
phrase('interest_rate', `interest rate, interest rates, policy rate, policy rates, benchmark rate, key rate, lending rate,
  lending rates, deposit rate, deposit rates, operating rate, repo rate, discount rate, overnight rate, refinancing rate,
  base rate, prime rate, bank rate`);
// "nine bodies still had to be identified", "187 are yet to be identified", "112 bodies ... still remaining unnamed".
phrase('unidentified', `yet to be identified, still to be identified, waiting to be identified, had to be identified,
  not been identified, not yet identified, remain unnamed, remains unnamed, remaining unnamed`);
phrase('destroyed', 'swept away, washed away');
// "two cars left the tracks", "six coaches were thrown from the tracks", "jumped the rails": a train's cars derailed.
phrase('derailed', `left the tracks, leave the tracks, leaving the tracks, thrown from the tracks, thrown off the tracks,
  jumped the tracks, jumped the rails, came off the tracks, came off the rails`);
// "41 may be lost at sea": people lost at sea are the missing of a sinking, not a side's losses (dev25m).
phrase('missing', 'lost at sea, lost overboard, missing at sea');
// "the number of people whom officials have not been able to contact", "residents who could not be reached": people no
// one can reach after a disaster are its unaccounted, the missing (round 46), whatever verb then moves their tally.
phrase('missing', `not been able to contact, not been able to reach, could not be contacted, could not be reached,
  could not contact, unable to contact, unable to reach, cannot be contacted, cannot be reached, yet to be contacted`);
// "the fiscal gap widened to 11% of GDP", "a trade gap of $30 billion": a fiscal or trade gap is the deficit (round 34).
phrase('deficit', 'fiscal gap, trade gap, budget gap, budgetary gap, fiscal gaps, trade gaps, budget gaps');
// People named with an event the one-word tables lack (round 34): "65 people had been taken to hospitals", "150,000
// tourists are being brought home", "500 people are still awaiting rescue", "8,000 people had taken refuge".
phrase('hospital', `taken to hospitals, transported to hospital, transported to hospitals, transported to the hospital,
  rushed to hospitals, admitted to hospitals`);
phrase('repatriated', 'brought home, bring home, bringing home, brings home, flown home, flew home, fly home, flying home');
// People "pulled alive from a collapsed school", "pulled out alive", "found alive under a fallen roof" are the rescued
// (round 35): the word of life says no body was recovered ("pulled nine bodies", "found dead" keep their readings).
phrase('rescued', 'pulled alive, pulled out alive, found alive');
phrase('stranded', 'awaiting rescue, await rescue, waiting to be rescued, waiting for rescue, awaiting evacuation');
phrase('displaced', 'taken refuge, took refuge, taking refuge, sought refuge, seeking refuge, take refuge');
const PHRASE_SLOTS = new Set(['their', 'his', 'her', 'its', 'the', 'our', 'your']);
/** A phrase's '~' slot: one word that names a place's part or kind ("downtown streets", "central streets"). */
const STREET_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const REPATRIATED = 'repatriated';
/** Verbs that take travellers back: "bring 180 guests back", "flew 900 customers back" (irregular, so written out). */
const RETURN_VERBS = ['bring', 'brings', 'brought', 'bringing', 'fly', 'flies', 'flew', 'flown', 'flying'];
/** Nouns of a traveller's own country after "back to": "back to their countries", "back to their homeland". */
const HOME_NOUNS = new Set(['country', 'countries', 'homeland', 'homelands', 'home', 'homes']);
/** Determiners read through between "back to" and the destination: "back to the UK", "back to their countries". */
const DESTINATION_DETS = new Set(['the', 'their', 'his', 'her', 'its', 'our']);
/**
 * Does "back" at i say a return home? "back home", "back to Spain", "back to the UK", "back to their countries"; not
 * "back to work" or "back to the office" (people rehired or recalled, no travellers).
 */
function returnsHome(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.lower === 'home') return true;
  if (next?.lower !== 'to') return false;
  let k = i + 2;
  if (DESTINATION_DETS.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return !!t && (t.pos === 'PROPN' || HOME_NOUNS.has(t.lower));
}
/**
 * Phrasal verbs whose object, the figure, stands between the verb and its particle: "let 1,200 staff go", "laid 300
 * workers off". Verb -> particle -> the lexicon word the phrase stands for.
 */
const SPLIT_PHRASES = new Map<string, Map<string, string>>([
  ['let', new Map([['go', 'cut']])],
  ['letting', new Map([['go', 'cut']])],
  ['laid', new Map([['off', 'cut']])],
  ['lay', new Map([['off', 'cut']])],
  ['laying', new Map([['off', 'cut']])],
  // "bring 180 guests back to Spain", "flew 900 customers back home": travellers taken back to where they live are
  // repatriated, read only with such a destination (returnsHome), since "bring 300 staff back to work" rehires them.
  ...RETURN_VERBS.map((v) => [v, new Map([['back', REPATRIATED]])] as const),
]);

/** Auxiliaries read through after a phrase's first word: "the economy had contracted", "power has been restored". */
const PHRASE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'being']);
/** Most auxiliaries read through: "has been". */
const MAX_PHRASE_AUX = 2;

/** The lexicon word a phrase starting at token i stands for ("lost their lives" → "killed"), or null. */
function phraseAt(tokens: readonly Token[], i: number): string | null {
  const list = PHRASES.get(tokens[i].lower);
  if (!list) return null;
  // A subject noun and its verb may have auxiliaries between them ("economy grew", "economy had contracted").
  let from = i + 1;
  while (from < i + 1 + MAX_PHRASE_AUX && PHRASE_AUX.has(tokens[from]?.lower ?? '')) from++;
  for (const { rest, as } of list) {
    for (const at of from > i + 1 ? [i + 1, from] : [i + 1]) {
      let k = 0;
      while (k < rest.length && slotHolds(rest[k], tokens[at + k])) k++;
      if (k === rest.length) return as;
    }
  }
  return null;
}

/** Does the token fill the phrase's word or slot ('*' a determiner, '~' a street's modifier, '%' a disease's name)? */
function slotHolds(word: string, t: Token | undefined): boolean {
  if (!t) return false;
  if (word === '*') return PHRASE_SLOTS.has(t.lower);
  if (word === '%') return DISEASE_NAMES.has(t.lower);
  if (word === '~') return t.type === 'word' && STREET_MODIFIER_POS.has(t.pos);
  return t.lower === word;
}

/**
 * One measure named by two units: people infected are cases ("900 people tested positive" vs "400 new cases"); fatal cases
 * are the dead ("97 cases, seven of them fatal" → seven people killed). unit|event → the unit and event it is counted as.
 */
const MEASURE_SAME = new Map<string, { unit: string; event: string }>([
  ['person|infected', { unit: 'case', event: 'recorded' }],
  // "6.5 million voters cast ballots", "turned out to vote" and "3.7 million people had voted": one count of who voted.
  ['voter|turnout', { unit: 'person', event: 'voted' }],
  ['person|electorate', { unit: 'voter', event: 'electorate' }],
  ['person|won', { unit: 'vote', event: 'won' }],
  ['voter|won', { unit: 'vote', event: 'won' }],
  ['case|fatal', { unit: 'person', event: 'killed' }],
  // "270 bodies recovered", "pulled 688 bodies from the rubble": the bodies found so far are the dead counted so far
  // (round 20); bodies identified, handed over or kept are some of them, and stay bodies.
  ['body|recovered', { unit: 'person', event: 'killed' }],
  // "nine bodies still had to be identified" and "11 of the victims yet to be identified": one count (round 23).
  ['body|unidentified', { unit: 'person', event: 'unidentified' }],
  // A constituency won is a seat won (round 36; SEAT_NOUNS).
  ['constituency|won', { unit: 'seat', event: 'won' }],
  // Customers stranded abroad or flown home are a carrier's travellers, the people it strands or repatriates (round 46);
  // a utility's customers are never either.
  ['customer|stranded', { unit: 'person', event: 'stranded' }],
  ['customer|repatriated', { unit: 'person', event: 'repatriated' }],
]);

/** Remains found, "270 bodies recovered", "pulled 688 bodies": the dead found so far, a lower bound on the dead. */
export function isRemainsFound(unit: string, event: string): boolean {
  return unit === 'body' && event === 'recovered';
}

/** A figure's values as a lower bound: "270 bodies recovered" is at least 270 dead ("up to 50 bodies" stays as stated). */
export function atLeast<Q extends { low: number | null; high: number | null; value: number | null; hedge: Hedge }>(q: Q):
  { low: number | null; high: number | null; value: number | null; hedge: Hedge } {
  if (OPEN_CEILING_HEDGES.has(q.hedge)) return { low: q.low, high: q.high, value: q.value, hedge: q.hedge };
  return { low: q.low ?? q.value, high: null, value: q.value, hedge: 'at_least' };
}

/** The unit and event a measure is counted as (MEASURE_SAME), or the same when it is its own. */
export function sameMeasure(unit: string, event: string): { unit: string; event: string } {
  // "the economy expanded to 80 trillion naira": an economy's growth told in money is its size, its GDP (round 22).
  if (event === 'growth' && isMoney(unit)) return { unit, event: 'gdp' };
  return MEASURE_SAME.get(`${unit}|${event}`) ?? { unit, event };
}

/** Counts that are their measure when no word says otherwise: "2.75 million votes for Maduro", "97 cases". */
// A building's floors are its height: nothing befalls them for the count to be read (round 23).
// Gatherings counted are those held: "26 protests", "1,000 protests were held" (round 24).
// A country's islands and constituencies with nothing befalling them are how many it has, its total: "a country of 83
// islands", "spread over 65 islands", "the nation's 80-plus islands", "four of 290 constituencies" (round 25).
const DEFAULT_EVENT = new Map([['vote', 'won'], ['seat', 'won'], ['case', 'recorded'], ['magnitude', 'measured'], ['story', 'measured'],
  ['protest', 'held'], ['island', 'total'], ['constituency', 'total']]);

/**
 * Volumes whose rate over time is a flow ("1,000 barrels a day were leaking", "pumped 500 gallons per minute", "9.8
 * million bpd"): what such a rate measures is how fast the substance flows, leaked, pumped or produced, whatever verb
 * the clause uses (round 19: a rate's subject is the substance itself, so no event word is needed to compare two).
 */
const FLOW_VOLUMES = new Set(['barrel', 'gallon', 'litre', 'liter', 'cubic metre', 'cubic meter', 'm3']);
/** Time units a flow is given per (RATE_PERIODS' names, without "capita" and "night"). */
const FLOW_PERIODS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * Units of goods money is paid per: "$2.85 per litre", "$1,300 an ounce", "$300 a tonne" are prices whatever the verb
 * (round 34: "a price of $2.85 per liter" and "$3.90 per litre for diesel" read no event and never met).
 */
const PRICED_GOODS = new Set([...FLOW_VOLUMES, 'gallon', 'oz', 'ounce', 'tonne', 'ton', 'kg', 'g', 'gram', 'lb', 'kwh', 'mwh',
  'mmbtu', 'bushel']);
/** Degrees with no word of what they measure are a temperature ("temperatures hit 42 degrees Celsius", round 34). */
const TEMPERATURE_UNIT = 'degree';

/** The event a unit's count has when its clause names none, or null. */
export function defaultEvent(unit: string): string | null {
  const slash = unit.indexOf('/');
  if (slash > 0 && FLOW_VOLUMES.has(unit.slice(0, slash)) && FLOW_PERIODS.has(unit.slice(slash + 1))) return 'flow';
  if (slash > 0 && isMoney(unit.slice(0, slash)) && PRICED_GOODS.has(unit.slice(slash + 1))) return 'price';
  if (unit === TEMPERATURE_UNIT) return 'temperature';
  return DEFAULT_EVENT.get(unit) ?? null;
}

/** Units whose event is only set by a metric word (revenue, turnout), never by an action verb. */
const METRIC_UNITS = new Set(['percent', 'usd', 'eur', 'gbp', 'dollar', 'euro', 'pound', 'money', 'percentage point', 'point',
  // Every currency the recognizer names is money ("80 trillion naira", "Rs 250 crore"), round 19.
  ...CURRENCY_PREFIX.values(), ...DOLLAR_PREFIX.values(), ...CURRENCY_WORDS.values(), ...NAMED_CURRENCY.values()]);

/** Events that change what is measured rather than counting: "rose by 12" is a change, not a level. */
const CHANGE_VERBS = new Set(`rose rise rises risen increased increase increases ${GROW_FORMS.join(' ')} jumped climbed fell
  fall falls fallen dropped drop drops declined decline declines decreased decrease shrank surged soared plunged slipped`
  .split(/\s+/));

// Verbs before "part", "out" and "up" whose people took part: one table with the recognizer's (quantities/people.ts).
const NO_VERBS: ReadonlySet<string> = new Set();
const TAKE = PEOPLE_PARTICLE_VERBS.get('part') ?? NO_VERBS;
const TURN = PEOPLE_PARTICLE_VERBS.get('out') ?? NO_VERBS;
/** Verbs before "up" whose people are a crowd: "10,000 turned up", "hundreds more showed up" (round 23). */
const UP_CROWD = PEOPLE_PARTICLE_VERBS.get('up') ?? NO_VERBS;

/**
 * Every word any lexicon knows, "part" ("took part"), "out" ("turned out"), "up" ("showed up") and "voting" (a share
 * voting for a choice): findEvent's clause scan jumps from one to the next.
 */
const EVENT_WORDS = new Set(['part', 'out', 'up', 'voting', ...PHRASES.keys(), ...[...LEX.values()].flatMap(l => [...l.keys()])]);

/**
 * Verbs that say nothing of what befell a count: speech, being, having, modals, and the verbs of a level or a change
 * ("reached", "rose"). A figure they govern keeps no verb's event.
 */
const EMPTY_VERBS = new Set(`said say says saying told tell tells reported report reports according added is are was were be been
  being am has have had having do does did done will would shall should can could may might must get gets got gotten become
  became remain remains remained stand stands stood put puts estimated estimate estimates counted count counts totalled
  totaled total totals numbered number reach reaches reached hit hits top tops topped exceed exceeded exceeds include
  includes included including involve involved see saw seen show shows showed shown make makes made take takes took taken
  give gives gave given bring brings brought leave leaves left find finds found expect expected name names named
  claimed claim claims claiming alleged allege alleges announced announce announces stated insisted ranged range ranges
  ranging`.split(/\s+/)
  .concat([...CHANGE_VERBS]));
/** Forms of "be" before a passive participle: "300 trees were (reportedly) uprooted". */
const PASSIVE_BE = new Set([...FINITE_BE, 'be', 'been']);

/**
 * A verb the lexicon does not know that governs a figure, as the measure its word names ("uprooted 300 trees", "300 trees
 * were uprooted" → `~uproot`): two reports using the word count the same thing; other words stay apart. Only the verb
 * right before the figure (past its hedges) or a passive participle right after its noun phrase. Never for percentages,
 * money or points, whose verbs are changes of a level, not events. Null when there is none.
 */
export function verbEvent(tokens: readonly Token[], unit: string, qa: number, qb: number, ca: number, cb: number): string | null {
  if (!unit || unit === 'percent' || METRIC_UNITS.has(unit) || unit.startsWith('$') || unit.includes('/')
    || DIMENSION_UNITS.has(unit)) return null;
  const i = indexBefore(tokens, qa, ca);
  let verb = i >= ca && isVerbLike(tokens[i]) ? tokens[i] : null;
  if (!verb) {
    let j = qb;
    while (j < cb && (tokens[j].pos === 'AUX' || PASSIVE_BE.has(tokens[j].lower) || tokens[j].pos === 'ADV')) j++;
    if (j > qb && j < cb && isVerbLike(tokens[j]) && PASSIVE_BE.has(tokens[j - 1].lower)) verb = tokens[j];
  }
  if (!verb || !/^[a-z]+$/.test(verb.lower) || EMPTY_VERBS.has(verb.lower)) return null;
  return `~${stem(verb.lower)}`;
}

/** A verb the lexicon does not know, as its own measure: "identified" → `~identify` (see verbEvent). */
export function participleEvent(verb: Token): string | null {
  return /^[a-z]+$/.test(verb.lower) && !EMPTY_VERBS.has(verb.lower) ? `~${stem(verb.lower)}` : null;
}

/** A verb, or a past participle the tagger read as an adjective ("looted 40 shops", "were looted"). */
function isVerbLike(t: Token): boolean {
  return t.pos === 'VERB' || (t.pos === 'ADJ' && /[a-z]{3}ed$/.test(t.lower));
}

/** A crude stem that folds a verb's forms onto one key: "uprooted", "uproots", "uprooting" → "uproot"; "closed" → "clos". */
function stem(w: string): string {
  let s = w.replace(/ies$|ied$/, 'y').replace(/(ing|ed|es|s)$/, '');
  if (s.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s || w;
}

/** Event words that are also verbs of speech: "added 200 jobs" is an event, "..., it added." a quote's tag. */
const SAID_TOO = new Set(['add', 'added', 'adds']);
/** Words after such a verb that make it speech: the clause ends, or a quote or a that-clause follows. */
const AFTER_SPEECH = new Set(['.', ',', ';', ':', '"', '”', 'that']);

/** "six of them seriously, it added": the verb tags what was said and names no event. */
function isSpeechUse(tokens: readonly Token[], i: number): boolean {
  return SAID_TOO.has(tokens[i].lower) && (i + 1 >= tokens.length || AFTER_SPEECH.has(tokens[i + 1].lower));
}

export interface MeasureHit {
  event: string;
  word: string | null;
  /** Token index of the word that set the event, or -1. */
  at: number;
}

/** Metric units that are no sum of money. */
const NOT_MONEY = new Set(['percent', 'point', 'percentage point']);
/** A sum of money in any currency the recognizer names ("usd", "ngn", "$ca"). */
export function isMoney(unit: string): boolean {
  return (METRIC_UNITS.has(unit) || unit.startsWith('$')) && !NOT_MONEY.has(unit);
}

/** A unit that prices one currency in another ("mwk/usd", quantities' `withRate`/`exchangeRate`). */
function isCurrencyPair(unit: string): boolean {
  const slash = unit.indexOf('/');
  return slash > 0 && isMoney(unit.slice(0, slash)) && isMoney(unit.slice(slash + 1));
}

function lexiconFor(unit: string): Lexicon[] {
  const own = LEX.get(unit);
  const any = LEX.get('*')!;
  const dimension = DIMENSION_UNITS.get(unit);
  if (dimension) return [LEX.get(dimension)!, any];
  // A quake's magnitude is measured, never a sum of damage or revenue: it reads its own words only (round 34).
  if (unit === 'magnitude') return [own!];
  if (unit === 'percent') return [any, LEX.get('share')!];
  // Money's own words first: its GDP is a level, the growth of '*' a rate.
  if (unit === 'point' || unit === 'percentage point') return [LEX.get('point')!, any];
  if (METRIC_UNITS.has(unit) || unit.startsWith('$')) return unit === 'percent' ? [any] : [LEX.get('money')!, any];
  if (unit === 'death' || unit === 'casualty') return [LEX.get('person')!, any];
  // "gutted the 11-story building": what befalls a building is no event of its height in floors (round 23).
  if (unit === 'story') return [any];
  return own ? [own, any] : [LEX.get('generic')!, any];
}

/** Words of the living that, joined to a word of death by "or", leave the fate open: "found alive or dead". */
const ALIVE = new Set(['alive', 'living', 'survivors', 'survived']);

/**
 * "101 cases had been found either alive or dead", "dead or alive": a fate joined by "or" to its opposite says no one
 * died; the figure counts people traced, not the dead (round 21).
 */
function eitherFate(tokens: readonly Token[], i: number): boolean {
  return (tokens[i - 1]?.lower === 'or' && ALIVE.has(tokens[i - 2]?.lower ?? ''))
    || (tokens[i + 1]?.lower === 'or' && ALIVE.has(tokens[i + 2]?.lower ?? ''));
}

/** Words that look back from now over a span: "in the last 24 hours", "over the past day". */
const LOOKING_BACK = new Set(['last', 'past', 'previous', 'preceding']);

/** Nouns of an authority's periodic count: "since its Tuesday update", "since the last bulletin". */
const UPDATE_NOUNS: ReadonlySet<string> = new Set(['update', 'bulletin', 'briefing']);
/** Words between "since" and an update noun that keep it the latest one ("the last", "its Tuesday"); "first" does not. */
const LAST_UPDATE_WORDS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, 'latest', ...LOOKING_BACK,
  ...WEEKDAYS.keys()]);
/** Words before "since" that say a level has held since then: "a figure unchanged since yesterday". */
const HELD_WORDS: ReadonlySet<string> = new Set(['unchanged', 'steady', 'stable', 'same', 'flat']);
/** Most tokens between "since" and its update noun: "since its last Tuesday update". */
const UPDATE_REACH = 3;

/**
 * "since yesterday", "since its Tuesday update", "since the last bulletin": what was counted since the day before or since
 * the authority's latest count is that day's growth, as "in the past 24 hours" is (round 37, fa37). "Since the first
 * report" or "since the outbreak began" reaches back to the start: the running count itself.
 */
function sinceLastCount(tokens: readonly Token[], i: number): boolean {
  // "seven of them were fatal, a figure unchanged since yesterday": the level has held since, no growth.
  if (HELD_WORDS.has(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k <= i + 1 + UPDATE_REACH && k < tokens.length; k++) {
    const t = tokens[k];
    if (UPDATE_NOUNS.has(t.lower)) return true;
    if (!LAST_UPDATE_WORDS.has(t.lower) && !isPossessiveEnding(t.lower)) return false;
  }
  return false;
}

/**
 * A sentence opening on "Since yesterday," or "Since the last update," (after any opening quote): the span it names covers
 * each clause of the sentence, which the clause reading alone does not reach ("Since yesterday, 210 new cases were
 * recorded and six people died").
 */
export function opensSinceLastCount(tokens: readonly Token[], sentenceStart: number): boolean {
  let i = sentenceStart;
  while (i < tokens.length && tokens[i].type === 'punctuation') i++;
  return tokens[i]?.lower === 'since' && sinceLastCount(tokens, i);
}

/**
 * The clause [ca, cb) names the last day as its span: "in the last 24 hours", "over the past day", "overnight", "since
 * yesterday", "since its last update".
 */
export function lastDayIn(tokens: readonly Token[], ca: number, cb: number, overnight = true): boolean {
  for (let i = ca; i < cb; i++) {
    if (tokens[i].lower === 'overnight') {
      if (overnight) return true;
      continue;
    }
    if (tokens[i].lower === 'since' && sinceLastCount(tokens, i)) return true;
    if (!LOOKING_BACK.has(tokens[i].lower)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'day' || ((next === '24' || next === 'twenty-four') && tokens[i + 2]?.lower === 'hours')) return true;
  }
  return false;
}

/** What findEvent's steps share for one figure: the figure [qa, qb), its clause [ca, cb), its unit and lexicons. */
interface EventScan {
  tokens: readonly Token[];
  unit: string;
  lexes: Lexicon[];
  qa: number;
  qb: number;
  ca: number;
  cb: number;
  /** Lazily found subordinator before the figure and subordinate figure after it; -2 until looked up. */
  sub: number;
  later: number;
  /** Lazily found: the figure a verb after this one governs (governedAfter), -1 when none. */
  governed?: number;
  /** Lazily found: the figure heads a clause of its own after "and" (opensOwnClause). */
  own?: boolean;
}

/** The event the word at i names for the figure, by the rules of its unit first, then its lexicons. */
function lookEvent(s: EventScan, i: number): string | undefined {
  const { tokens, unit, qa, qb, ca, cb } = s;
  // "took part": the share that took part is the turnout, and so are voters who took part (round 21).
  if ((unit === 'percent' || unit === 'voter') && tokens[i].lower === 'part' && TAKE.has(tokens[i - 1]?.lower ?? '')) return 'turnout';
  // "38% of the electorate voted" is the turnout, "60% voted for independence" a share of the vote.
  if (unit === 'percent' && tokens[i].lower === 'voted') return votedShare(tokens, i);
  // "9% of those entitled to vote turned out": a share that turned out is the turnout, as one that took part is (round
  // 36).
  if ((unit === 'percent' || unit === 'voter') && tokens[i].lower === 'out' && turnedOut(tokens, i)) return 'turnout';
  // "of those entitled to vote": the vote of the roll's phrase says who may vote, not the votes a share was given.
  if (unit === 'percent' && i >= ROLL_VOTE_OFFSET && phraseAt(tokens, i - ROLL_VOTE_OFFSET) === ROLL_PHRASE) return undefined;
  // "5,320,000 voted for Tebboune": people who voted for a choice are its votes, no turnout (round 21).
  if ((unit === 'person' || unit === 'voter') && tokens[i].lower === 'voted' && votedShare(tokens, i) === 'vote_share') return 'won';
  // "15% voting in favour": "voting" only with a choice that is no election's name ("early voting for Sunday's election").
  if (unit === 'percent' && tokens[i].lower === 'voting') return votingChoice(tokens, i) ? 'vote_share' : undefined;
  // "two million people took part": people who took part are a crowd, as a bare "750,000 took part" is.
  if (unit === 'person' && tokens[i].lower === 'part' && TAKE.has(tokens[i - 1]?.lower ?? '')) return 'crowd';
  // "two million people turned out": people who turned out are a crowd.
  if (unit === 'person' && tokens[i].lower === 'out' && TURN.has(tokens[i - 1]?.lower ?? '') && !phraseAt(tokens, i - 1)) return 'crowd';
  if (unit === 'person' && tokens[i].lower === 'up' && UP_CROWD.has(tokens[i - 1]?.lower ?? '') && !phraseAt(tokens, i - 1)) return 'crowd';
  // "reducing its workforce by 15,000 employees", "a workforce reduction": the workforce cut, not the one employed.
  if (unit === 'job' && WORKFORCE_OBJECTS.has(tokens[i].lower) && workforceCut(tokens, i, ca, cb)) return 'cut';
  // "the extreme poverty rate", "extreme-poverty rate": the lower line's share, no rival of the poverty rate.
  if (tokens[i].lower === 'poverty' && extremeBefore(tokens, i)) return 'extreme_poverty';
  // A phrase is read whole: "lost power" is no loss of people, whatever its first word alone would mean; a phrasal
  // verb around the figure ("let 1,200 staff go") too.
  const as = phraseAt(tokens, i) ?? splitPhraseAt(tokens, i, qa, qb);
  if (as === 'rescued' && tokens[i].lower === 'found' && missingListBefore(tokens, i)) return 'traced';
  const e = lexiconEvent(s.lexes, as || tokens[i].lower);
  // "nobody won in 37 constituencies", "failed to win the 50% needed": a negated win is no win (round 37).
  if (e && WON_EVENTS.has(e) && negatedVerb(tokens, i, ca)) return NOT_WON;
  // "500 victims of an air strike": a strike by a weapon is an attack, no walkout.
  return e === 'striking' && WEAPON_STRIKES.has(tokens[i - 1]?.lower ?? '') ? undefined : e;
}

/** The lexicon word of a phrasal verb around the figure [qa, qb) whose verb is at i ("let 1,200 staff go"), or null. */
function splitPhraseAt(tokens: readonly Token[], i: number, qa: number, qb: number): string | null {
  if (i >= qa) return null;
  const as = SPLIT_PHRASES.get(tokens[i].lower)?.get(tokens[qb]?.lower ?? '') ?? null;
  return as === REPATRIATED && !returnsHome(tokens, qb) ? null : as;
}

/** Nouns of a list of the missing: "the list of the missing fell", "the missing-persons register". */
const MISSING_LIST = new Set(['list', 'missing', 'register', 'registry', 'entries', 'names']);
/** Tokens back from "found alive" within which the list it shortens may stand. */
const MISSING_LIST_REACH = 16;
/**
 * "the list had reached 80 names, but it fell after 21 people were found alive" (round 45): people found alive from a
 * list of the missing were traced, not rescued ("found alive under the rubble" keeps round 35's reading). Read only
 * where "found alive" stands, back to the sentence's start.
 */
function missingListBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MISSING_LIST_REACH); k--) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '\n') return false;
    if (MISSING_LIST.has(t.lower)) return true;
  }
  return false;
}

/** The events of a win a negation undoes: seats or votes won, a share of the vote won. */
const WON_EVENTS: ReadonlySet<string> = new Set(['won', 'vote_share']);
/**
 * What a negated win counts: seats nobody won are undecided, a share a candidate failed to win is a threshold. Its own
 * measure, so it meets neither the seats won nor a share of the vote (round 37), and the seat's default ('won') is not
 * taken in its place.
 */
const NOT_WON = 'not_won';
/**
 * "turned out at the polls", "turned out on Sunday", "turned out to vote", "turned out.": people who came out (the "out"
 * at i). "turned out far higher", "turned out to be wrong" say what something proved to be, and name no one.
 */
function turnedOut(tokens: readonly Token[], i: number): boolean {
  if (!TURN.has(tokens[i - 1]?.lower ?? '')) return false;
  const next = tokens[i + 1];
  if (!next || next.type === 'punctuation') return true;
  if (next.lower === 'to') return tokens[i + 2]?.lower === 'vote';
  return next.pos === 'ADP';
}

/** "extreme poverty", "extreme-poverty": the word before "poverty", past one hyphen. */
function extremeBefore(tokens: readonly Token[], i: number): boolean {
  const j = tokens[i - 1]?.lower === '-' ? i - 2 : i - 1;
  return tokens[j]?.lower === 'extreme';
}

/** Words before "strike(s)" that make it an attack: "air strike", "drone strikes", "missile strike". */
const WEAPON_STRIKES = new Set(['air', 'aerial', 'drone', 'missile', 'rocket', 'artillery', 'naval', 'military', 'nuclear',
  'bomb', 'bombing', 'precision', 'retaliatory', 'preemptive', 'pre-emptive']);

/** The event the first lexicon that knows the word gives it. */
function lexiconEvent(lexes: readonly Lexicon[], word: string): string | undefined {
  for (const l of lexes) {
    const e = l.get(word);
    if (e) return e;
  }
  return undefined;
}

/** The event word at i says nothing of what befell the figure: a date, speech, another figure's or clause's event. */
function skipsWord(s: EventScan, i: number): boolean {
  const { tokens, unit, qa, qb, ca, cb } = s;
  if (i >= qa && i < qb) {
    // Words inside the figure's own noun phrase count too ("35 resolved clashes"), but not its digits.
    if (tokens[i].type === 'number') return true;
  }
  if (isMonthName(tokens, i, ca)) return true;
  if (isSpeechUse(tokens, i)) return true;
  if (eitherFate(tokens, i)) return true;
  // "300 South Africans were visiting a church where a wing collapsed, killing more than 60 people": a verb after the
  // figure whose object is another figure says what befell that one.
  if (i >= qb && governsFigure(tokens, i, cb, qb)) return true;
  // "figures from 267 constituencies show 6.5 million Kenyans turned out": a verb after a figure that a verb after this
  // one governs is that figure's (round 26).
  if (i > qb && i > (s.governed === undefined ? (s.governed = governedAfter(tokens, qb, cb)) : s.governed) && s.governed >= 0) return true;
  // "500 people, who are still awaiting rescue": an event still awaited has not befallen them.
  if ((unit === 'person' || unit === 'body') && isAwaited(tokens, i)) return true;
  // "355 people had died after around 3,600 patients flooded into hospitals": an event before a subordinator that
  // opens the figure's own clause is another subject's.
  if (i < qa && unit === 'person' && i < (s.sub === -2 ? (s.sub = subordinatorBefore(tokens, qa, ca)) : s.sub)) return true;
  // "Up to 3 million marchers flooded the streets after 17 people were killed": an event after a subordinator whose
  // clause has a figure of its own as subject befell that figure (round 20).
  // "a deficit of 6 percent of GDP": the output a share is taken of is its base, not its measure (round 20).
  if (unit === 'percent' && i >= qb && isRatioBase(tokens, i, qb)) return true;
  // "revised the deficit from 1.2% of GDP to 0.7%": a base another share names is no figure's measure (round 27).
  if (unit === 'percent' && i < qa && isShareBase(tokens, i)) return true;
  if (i >= qb && i > (s.later === -2 ? (s.later = subordinateFigureAfter(tokens, qb, cb)) : s.later) && s.later >= 0) return true;
  // "10 have died and two are under observation": a figure after "and" with a verb of its own heads its own clause;
  // the event before the "and" befell the first figure's people, not these (round 23).
  if (i < qa && (s.own === undefined ? (s.own = opensOwnClause(tokens, qa, qb, ca)) : s.own)) return true;
  // "further deaths among the 2 million people believed to be homeless", "cases among 3,000 workers": an event noun
  // before "among" befell some of those the figure counts, not all of them (round 24).
  if (i < qa && isAmongGroup(tokens, i, qa)) return true;
  // "the number of children who died after drinking the contaminated syrup has reached 19": a participle between an
  // article and a noun that names no people describes that noun, and befell no one the figure counts (round 22).
  if ((i < qa || i >= qb) && modifiesOtherNoun(tokens, i, qa)) return true;
  // "The attack, in which eight people died, drew 5,000 marchers": a relative clause on another noun tells of that
  // noun, not of the figure (round 43).
  if ((i < qa || i >= qb) && inOtherRelative(tokens, i, qa, qb, ca, cb)) return true;
  return false;
}

/** Most words between "among" and the figure it names: "among the", "among some of the" (hedges aside). */
const AMONG_REACH = 3;
/** The event word at i is followed by "among" and the figure at qa, past its hedges and a few determiners only. */
function isAmongGroup(tokens: readonly Token[], i: number, qa: number): boolean {
  if (tokens[i + 1]?.lower !== 'among') return false;
  const start = hedgeStart(tokens, qa, i + 2, true);
  if (start - (i + 2) > AMONG_REACH) return false;
  for (let k = i + 2; k < start; k++) if (tokens[k].pos !== 'DET' && tokens[k].lower !== 'of') return false;
  return true;
}

/** Prepositions that open a phrase saying which people a figure counts: "participants in the march", "people at the rally". */
const WHICH_PEOPLE = new Set(['in', 'at', 'during', 'from']);
/** Words a crowd word may stand after in such a phrase: "in the large anti-government demonstration". */
const WHICH_REACH = 5;

/** The crowd word at i ends a prepositional phrase right after the figure (qb), of determiners, names and modifiers. */
function crowdModifier(tokens: readonly Token[], i: number, qb: number): boolean {
  if (!WHICH_PEOPLE.has(tokens[qb]?.lower ?? '') || i - qb > WHICH_REACH || tokens[i].pos !== 'NOUN') return false;
  for (let k = qb + 1; k < i; k++) {
    const t = tokens[k];
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.text === '-')) return false;
  }
  return true;
}

/** Verbs whose object is a crowd someone acts on: "moved in to disperse the crowd", "surrounded the march". */
const ACTING_ON_CROWD = new Set(['disperse', 'dispersed', 'disperses', 'dispersing', 'contain', 'contained', 'containing',
  'surround', 'surrounded', 'surrounding', 'confront', 'confronted', 'confronting', 'guard', 'guarded', 'guarding',
  'block', 'blocked', 'blocking', 'break', 'broke']);
/** Tokens before a crowd word where such a verb may stand: "disperse the crowd gathered". */
const ACTING_REACH = 4;

/** A verb acting on a crowd stands just before the crowd word at i, after the figure (qb). */
function actedOnCrowd(tokens: readonly Token[], i: number, qb: number): boolean {
  for (let k = i - 1; k >= Math.max(qb, i - ACTING_REACH); k--) if (ACTING_ON_CROWD.has(tokens[k].lower)) return true;
  return false;
}

/** How near a noun joined to the figure by "of" stands: nearer than any word but the one right after the figure. */
const OF_NOUN_DIST = 1.25;

/** Most tokens from "including" to the included figure's word: "including 88 deaths", "including at least 88 deaths". */
const INCLUDED_REACH = 4;

/** The event word at `i` follows "including" and a figure after the figure ending at `qb`: it names the included part. */
function includedPartWord(tokens: readonly Token[], qb: number, i: number): boolean {
  let number = false;
  for (let k = i - 1; k >= Math.max(qb, i - INCLUDED_REACH); k--) {
    if (tokens[k].type === 'number') number = true;
    else if (tokens[k].lower === 'including') return number;
  }
  return false;
}

/** Measures whose growth a noun before "growth" names: "sales growth", "profit growth", "wage growth". */
const GROWTH_OWNERS: ReadonlySet<string> = new Set(['revenue', 'profit', 'wage']);

/**
 * "sales growth of 12 percent", "wage growth of 4.4%": the word before "growth" says whose growth it is, the
 * measure "sales grew 12 percent" reads; growth alone is the economy's (round 45).
 */
function growthOwner(s: EventScan, i: number): string | undefined {
  if (s.tokens[i].lower !== 'growth' || i - 1 < s.ca) return undefined;
  const owner = lookEvent(s, i - 1);
  return owner && GROWTH_OWNERS.has(owner) ? owner : undefined;
}

/** The nearest event word of the clause, and the last crowd word seen (-1 when none). */
function nearestEvent(s: EventScan): { best: MeasureHit; crowdWord: number } {
  const { tokens, qa, qb, ca, cb } = s;
  let best: MeasureHit = { event: 'unspecified', word: null, at: -1 };
  let bestDist = Infinity;
  let crowdWord = -1;
  const { next } = wordClassIndex(tokens, EVENT_WORDS);
  for (let i = next[ca]; i < cb; i = next[i + 1]) {
    if (skipsWord(s, i)) continue;
    const e = growthOwner(s, i) ?? lookEvent(s, i);
    if (!e) continue;
    // "19 died at the private Kejriwal Hospital": a place's own name ending in the word is where, not an admission.
    if (NAMED_PLACE_EVENTS.has(e) && endsName(tokens, i, ca)) continue;
    if (e === 'crowd') {
      // "a vigil at every demonstration for the 15 victims": people harmed are remembered by a crowd, not part of it.
      if (namesHarmed(tokens, qa, qb)) continue;
      crowdWord = i;
    }
    // "saved 300 lives": the verb right before the figure says what its lives are; "claimed 300 lives" has none.
    let dist = i < qa ? qa - i + 0.5 : i >= qb ? i - qb + 1 : tokens[i].lower === 'lives' ? 1.75 : 0;
    // "killed 241 passengers on board", "one of the 242 on board survived": "on board" after the noun only says which
    // people; any other event of the clause is what befell them.
    if (e === 'aboard' && isAboardModifier(tokens, i, qa, qb, ca)) dist += MODIFIER_PENALTY;
    // "440 participants in the demonstration received medical care": a crowd word after a preposition right after the
    // figure says which people; "police moved in to disperse the crowd" acts on other people (round 23).
    if (e === 'crowd' && i >= qb && actedOnCrowd(tokens, i, qb)) continue;
    if (e === 'crowd' && i >= qb && crowdModifier(tokens, i, qb)) dist += MODIFIER_PENALTY;
    // "6 million of the 15.2 million registered voters took part": the roll names the whole; the part's verb says what
    // the part did (round 32).
    if (ROLL_EVENTS.has(e) && namesWholeAfterOf(tokens, qa, i)) continue;
    // "assets of $639 billion and debt of $613 billion": a noun joined to the figure by "of" names it, before a word
    // of the next figure two words on (round 23).
    if (i === qa - 2 && tokens[qa - 1].lower === 'of') dist = OF_NOUN_DIST;
    // "earned $25.2 billion in revenue": the noun a sum takes by "in" names what the sum is, before the verb (round 29).
    else if (i === qb + 1 && tokens[qb].lower === 'in' && isMoney(s.unit)) dist = OF_NOUN_DIST;
    // "revenue grew 3.5% to $25.2bn and operating profit dropped": a subject after "and" with a verb of its own opens the
    // next clause, whose word is not this figure's (round 29).
    else if (i > qb && opensNextClause(tokens, qb, i)) dist += MODIFIER_PENALTY;
    // "registered a magnitude of 6.3 and was followed by several aftershocks": what followed is another thing (round 30).
    else if (i > qb && afterFollowedBy(tokens, qb, i)) continue;
    // "4,120 cases including 88 deaths were reported": the word after the included figure says what the part is (round 44).
    else if (i > qb && includedPartWord(tokens, qb, i)) continue;
    if (dist < bestDist) {
      bestDist = dist;
      best = { event: e, word: tokens[i].lower, at: i };
    }
  }
  return { best, crowdWord };
}

/** Events a word names as a standing membership (on the roll), no act of a part of its members. */
const ROLL_EVENTS: ReadonlySet<string> = new Set(['electorate']);

/** Most words from a part's "of the" to a word of its whole: "of the country's 15.2 million registered voters". */
const WHOLE_REACH = 6;

/** Word i lies in the whole a part is taken from: "<part> of the [N] ... <word>", the part starting at qa. */
function namesWholeAfterOf(tokens: readonly Token[], qa: number, i: number): boolean {
  for (let k = i - 2; k > qa && k >= i - WHOLE_REACH; k--) {
    if (tokens[k].lower === 'of' && PARTITIVE_DET.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/** Most words from "followed by" to the event word it introduces: "followed by several strong aftershocks". */
const FOLLOWED_REACH = 4;

/**
 * The event word at i stands in a "followed by" phrase after the figure (ending before qb): it names what came after the
 * figure's thing, "the quake measured 6.3 and was followed by aftershocks", so it is not what the figure counts.
 */
function afterFollowedBy(tokens: readonly Token[], qb: number, i: number): boolean {
  for (let k = i - 1; k > Math.max(qb, i - FOLLOWED_REACH - 1); k--) {
    if (tokens[k].lower === 'by') return tokens[k - 1]?.lower === 'followed';
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** Conjunctions that may open the next clause inside a sentence: "... to $25.2bn and operating profit dropped". */
const NEXT_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
/** Most words between such a conjunction and the subject's head: "and operating profit", "but its net profit". */
const NEXT_SUBJECT_REACH = 3;

/**
 * The event word at i, after the figure ending before qb, heads the subject of a next clause: a conjunction stands at
 * most NEXT_SUBJECT_REACH words before it (only words between, none of them the figure's) and a verb right after it.
 */
function opensNextClause(tokens: readonly Token[], qb: number, i: number): boolean {
  if (tokens[i + 1]?.pos !== 'VERB' || tokens[i].pos !== 'NOUN') return false;
  for (let k = i - 1; k >= Math.max(qb, i - NEXT_SUBJECT_REACH); k--) {
    if (NEXT_CLAUSE_CONJUNCTIONS.has(tokens[k].lower)) return k > qb - 1;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** The event the clause around the figure sets when its nearest word alone does not say it; null to keep the word's. */
/** Does a word of a crowd's gathering stand in tokens ca..cb, for people counted at qa..qb ("joined the march")? */
export function namesCrowd(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  const s: EventScan = { tokens, unit: 'person', lexes: lexiconFor('person'), qa, qb, ca, cb, sub: -2, later: -2 };
  const { next } = wordClassIndex(tokens, EVENT_WORDS);
  for (let i = next[ca]; i < cb; i = next[i + 1]) if (lookEvent(s, i) === 'crowd' && !(i >= qa && i < qb)) return true;
  return false;
}

/** Things a holder has a stock of: counted after "has", "with" or a possessive, they are its total. */
const HELD_STOCK = new Set(['shop', 'space']);
const BALLOTS = new Set(['ballot', 'ballots']);
/** Words between a share's "of" and its ballots: "of the valid ballots". */
const BALLOT_MODIFIERS = new Set(['the', 'valid', 'all']);
/** Tokens after the ballots where the choice they went to is named: "were cast for independence". */
const BALLOT_CHOICE_REACH = 4;

/**
 * The share right before `qb` is one "of (the valid) ballots" cast for a choice ("were cast for independence"): not the
 * ballots counted so far, nor those spoiled.
 */
function ballotsShare(tokens: readonly Token[], qb: number, cb: number): boolean {
  if (tokens[qb]?.lower !== 'of') return false;
  let i = qb + 1;
  while (i < cb && BALLOT_MODIFIERS.has(tokens[i].lower)) i++;
  if (i >= cb || !BALLOTS.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < Math.min(cb, i + 1 + BALLOT_CHOICE_REACH); k++) if (tokens[k].lower === 'for') return true;
  return false;
}

function contextEvent(s: EventScan, best: MeasureHit, crowdWord: number): MeasureHit | null {
  const { tokens, unit, qa, qb, ca, cb } = s;
  // "37 confirmed cases have recovered": "confirmed" inside the figure's words says which cases; the verb after them
  // says what befell them (round 32).
  if (best.event === 'recorded' && best.at >= qa && best.at < qb) {
    const verb = predicateEvent(s);
    if (verb) return verb;
  }
  // "cut more than 15% of its workforce", "a 15% head count cut": a share of the workforce cut is a measure of its own.
  if (best.event === 'unspecified' && unit === 'percent') {
    const cut = workforceCutIn(tokens, ca, cb);
    if (cut >= 0) return { event: 'cut', word: tokens[cut].lower, at: cut };
  }
  // "the peso fell 12 percent against the dollar", "knocked 23% off the currency's value": a currency's move (round 25).
  if (best.event === 'unspecified' && unit === 'percent') {
    const move = currencyMoveIn(tokens, qa, ca, cb);
    if (move >= 0) return { event: 'exchange_rate', word: tokens[move].lower, at: move };
  }
  // "51.2 per cent of valid ballots were cast for the proposal": a share of the ballots is a vote share (round 34).
  if (best.event === 'unspecified' && unit === 'percent' && ballotsShare(tokens, qb, cb)) return { event: 'vote_share', word: null, at: -1 };
  // "K410 per US dollar", "152 tenge to the dollar": a price of one currency in another is its exchange rate (round 32).
  if (best.event === 'unspecified' && isCurrencyPair(unit)) return { event: 'exchange_rate', word: null, at: -1 };
  // "the dollar fetched a record 18 krell", "$1=K18.50": a sum priced against another currency named before it (round 44).
  if (best.event === 'unspecified' && isMoney(unit) && pricedAgainstBefore(tokens, unit, qa, qb, ca)) {
    return { event: 'exchange_rate', word: null, at: -1 };
  }
  // "the economy grew to $453 billion ... further expansion to $510 billion": a sum an expansion reaches, the economy
  // named just before, is the economy's size (round 27).
  if (best.event === 'unspecified' && isMoney(unit) && economyReaches(tokens, qa, ca)) return { event: 'gdp', word: null, at: -1 };
  // "the metro moved 470,000 passengers before the march": trips on a network are its ridership, no crowd (round 28).
  if (best.event === 'crowd' && unit === 'person' && countsRiders(tokens, qa, qb, ca, cb)) return { event: 'ridership', word: null, at: -1 };
  // "the passengers included 37 Dorvelian citizens": people a carried group includes were aboard (round 25).
  if (best.event === 'unspecified' && unit === 'person' && carriedIncludes(tokens, qa, ca)) return { event: 'aboard', word: null, at: -1 };
  // "198 cases reported in the last 24 hours": cases of the last day are its new cases, not the count so far (round 22).
  if (unit === 'case' && best.event === 'recorded' && lastDayIn(tokens, ca, cb)) return { event: 'new', word: best.word, at: best.at };
  // "organizers of the rally put the turnout at 800,000": a turnout beside a crowd's word is the crowd, not a vote.
  if (best.word === 'turnout' && best.event === 'voted' && crowdWord >= 0) return { event: 'crowd', word: best.word, at: best.at };
  // "Police said 18,000 people took part, while Reuters said the turnout was 30,000": a turnout set against a crowd of
  // the sentence's earlier clause is that crowd's rival count, no vote (round 26).
  if (best.word === 'turnout' && best.event === 'voted' && crowdEarlierInSentence(s)) return { event: 'crowd', word: best.word, at: best.at };
  // "organisers put the turnout at 510,000, while police said 92,000 started the march": a head count the sentence's later
  // clause sets against a crowd is that crowd's rival count too (round 31). A share is never a crowd.
  if (best.word === 'turnout' && best.event === 'voted' && unit === 'person' && crowdLaterInSentence(s)) return { event: 'crowd', word: best.word, at: best.at };
  // "there were 88,000 people", "88,000 people were there": thousands present at once are a crowd ("there were 12
  // people in the car" is not).
  // "about 3,500 workers were inside when it came down", "around 500 people were on the bridge": people counted where
  // they were at the time (round 19).
  // "there were 53,000 employees in the company": staff that are there are the workforce, no crowd (round 19).
  // The figure's own noun must name staff: "people" are read as jobs too, and "there were 12 people" is no workforce.
  if (best.event === 'unspecified' && unit === 'job' && presenceOf(tokens, qa, qb) === 'there' && namesClass(tokens, qa, qb, 'job')) {
    return { event: 'employed', word: null, at: -1 };
  }
  if (best.event === 'unspecified' && unit === 'person') {
    const presence = presenceOf(tokens, qa, qb);
    // "1,462 passengers were on the train", "there were 300 people on the ferry": those aboard, no crowd (round 30).
    if (presence === 'aboard') return { event: 'aboard', word: null, at: -1 };
    if (presence === 'there' && inThousands(tokens, qa, qb)) return { event: 'crowd', word: null, at: -1 };
    // "Over 20,000 people on the main square", "thousands in the streets": people in their thousands placed on a
    // square or street with no verb of their own are a crowd (round 32).
    if (onStreet(tokens, qb) && inThousands(tokens, qa, qb)) return { event: 'crowd', word: null, at: -1 };
    if (presence === 'located') return { event: 'present', word: null, at: -1 };
  }
  // "Acme has 35,000 employees", "a firm with 900 staff": jobs a holder has are its workforce ("with three workers
  // injured" counts people).
  if (best.event === 'unspecified' && unit === 'job' && HAVING.has(wordBefore(tokens, qa, ca)) && namesClass(tokens, qa, qb, 'job')
    && findEvent(tokens, 'person', qa, qb, ca, cb).event === 'unspecified') return { event: 'employed', word: null, at: -1 };
  // "the chain's 535 stores", "a car park with 5,700 spaces": shops or spaces a holder has, with nothing befalling them,
  // are how many it has (round 34).
  if (best.event === 'unspecified' && HELD_STOCK.has(unit) && (HAVING.has(wordBefore(tokens, qa, ca)) || POSSESSORS.has(wordBefore(tokens, qa, ca)))) {
    return { event: 'total', word: null, at: -1 };
  }
  // "the plant's 2,500 workers will move", "its 900 staff": a holder's staff, counted with no event, are its workforce
  // (round 24).
  if (best.event === 'unspecified' && unit === 'job' && POSSESSORS.has(wordBefore(tokens, qa, ca)) && namesClass(tokens, qa, qb, 'job')
    && findEvent(tokens, 'person', qa, qb, ca, cb).event === 'unspecified') return { event: 'employed', word: null, at: -1 };
  return null;
}

/** Auxiliaries between a figure's noun and its verb: "have recovered", "had since died". */
const PREDICATE_AUX = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'now', 'since', 'already', 'later']);
/** Most auxiliaries skipped before the verb right after the figure. */
const PREDICATE_AUX_REACH = 3;

/** The event of the verb right after the figure's words (past auxiliaries), when it is one other than 'recorded'. */
function predicateEvent(s: EventScan): MeasureHit | null {
  const { tokens, qb, cb } = s;
  let j = qb;
  while (j < cb && j < qb + PREDICATE_AUX_REACH && PREDICATE_AUX.has(tokens[j].lower)) j++;
  if (j >= cb || tokens[j].pos !== 'VERB') return null;
  const e = lookEvent(s, j);
  return e && e !== 'recorded' ? { event: e, word: tokens[j].lower, at: j } : null;
}

/** Words of growth before "to" and a sum: "further expansion to $510 billion", "expanded to", "grew to". */
const EXPANDING = new Set(['expansion', ...verbForms('expand').split(' '), ...GROW_FORMS, 'growing', 'growth']);
/** Words naming an economy's size. */
const ECONOMY_WORDS = new Set(['economy', 'economies', 'gdp']);
/** Most tokens back from the figure to the economy's word (its sentence or the one before). */
const ECONOMY_REACH = 40;

/**
 * The sum at qa is what an expansion reached ("expansion to", past the figure's hedges), and the economy or its GDP is
 * named within ECONOMY_REACH tokens before it: "Estimates for 2013 showed further expansion to USD 510 billion" after
 * "the economy grew to USD 453 billion". A firm's "expansion to $2 billion" names no economy.
 */
function economyReaches(tokens: readonly Token[], qa: number, ca: number): boolean {
  // The economy's word by its index first (wordClass.ts): most sums read no token here.
  const economy = wordClassIndex(tokens, ECONOMY_WORDS).prev[qa];
  if (economy < 0 || economy < qa - ECONOMY_REACH) return false;
  const lead = hedgeStart(tokens, qa, ca, true);
  return tokens[lead - 1]?.lower === 'to' && EXPANDING.has(tokens[lead - 2]?.lower ?? '') && economy < lead - 2;
}

/** Most tokens back from a clause to a crowd word of its sentence's earlier clauses. */
const EARLIER_CROWD_REACH = 30;

/** A crowd's word in the clauses of the sentence before the figure's clause (a sentence end stops the walk). */
function crowdEarlierInSentence(s: EventScan): boolean {
  for (let j = s.ca - 1; j >= Math.max(0, s.ca - EARLIER_CROWD_REACH); j--) {
    const t = s.tokens[j];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?') return false;
    if (t.type === 'word' && lookEvent(s, j) === 'crowd') return true;
  }
  return false;
}

/** A crowd's word in the clauses after the figure's, within its sentence (round 31). */
function crowdLaterInSentence(s: EventScan): boolean {
  for (let j = s.cb; j < Math.min(s.tokens.length, s.cb + EARLIER_CROWD_REACH); j++) {
    const t = s.tokens[j];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?') return false;
    if (t.type === 'word' && lookEvent(s, j) === 'crowd') return true;
  }
  return false;
}

/** Two events joined by "or"/"and" two words apart count together; null when the event stands alone. */
function pairedEvent(s: EventScan, best: MeasureHit): MeasureHit | null {
  const { tokens, ca, cb } = s;
  // "killed or wounded", "dead and injured": both together are losses.
  if ((best.event === 'killed' || best.event === 'wounded') && best.at >= 0) {
    const other = best.event === 'killed' ? 'wounded' : 'killed';
    for (const j of [best.at + 2, best.at - 2]) {
      if (j < ca || j >= cb) continue;
      const mid = tokens[(j + best.at) >> 1].lower;
      if ((mid === 'or' || mid === 'and' || mid === '/') && lookEvent(s, j) === other) return { event: 'losses', word: best.word, at: best.at };
    }
  }
  // "cancelled or delayed", "destroyed or damaged": two events together are a count of their own, no rival of either.
  if (best.at >= 0 && best.event !== 'unspecified') {
    for (const j of [best.at + 2, best.at - 2]) {
      if (j < ca || j >= cb) continue;
      const mid = tokens[(j + best.at) >> 1].lower;
      const other = mid === 'or' || mid === 'and' ? lookEvent(s, j) : undefined;
      if (other && other !== best.event) return { event: [best.event, other].sort().join('_or_'), word: best.word, at: best.at };
    }
  }
  return null;
}

/** Nouns of the people a transit network counts by trips, and of the count itself. */
const RIDER_NOUNS: ReadonlySet<string> = new Set(['passenger', 'rider', 'commuter']);
const RIDERSHIP_WORDS = new Set(['ridership', 'riderships']);

/**
 * People a network carried, counted as riders ("470,000 passengers", "1.2 million riders") or in a clause that names
 * ridership: trips taken over a day, not people present at once. Only asked of a crowd's reading (round 28).
 */
function countsRiders(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  for (let i = qa; i < qb; i++) if (hasOrPlural(RIDER_NOUNS, tokens[i].lower)) return true;
  return firstIn(wordClassIndex(tokens, RIDERSHIP_WORDS), ca, cb) >= 0;
}

/**
 * The event of a figure at tokens [qa, qb): the lexicon word nearest to it in the clause [ca, cb), after the figure winning
 * ties (English puts the verb of a relative clause after its noun: "60,000 soldiers that ... has stationed").
 */
export function findEvent(tokens: readonly Token[], unit: string, qa: number, qb: number, ca: number, cb: number): MeasureHit {
  // "the 120-seat parliament": a chamber's size is all its seats, none won (round 37).
  if (unit === 'seat' && chamberSize(tokens, qb, cb)) return { event: 'total', word: null, at: -1 };
  // "two million of the city's seven million people turned out": the whole is a total; the verb tells what its part did.
  if (isPartitiveWhole(tokens, qa, ca)) return { event: 'total', word: null, at: -1 };
  // "contributed 30 percent of world economic growth": a share of growth is a contribution, no growth rate (round 27).
  if (unit === 'percent' && shareOfGrowth(tokens, qb, cb)) return { event: 'unspecified', word: null, at: -1 };
  // "agriculture's contribution to growth was 19.9 per cent", "manufacturing contributed 11.4 per cent": a sector's
  // share of growth, no growth rate (round 30).
  if (unit === 'percent' && contributionBefore(tokens, qa, ca)) return { event: 'unspecified', word: null, at: -1 };
  // "an 8.2% operating margin": a ratio of profit to revenue, no growth of profit (round 29).
  if (unit === 'percent' && PROFIT_MARGIN_KINDS.has(tokens[qb]?.lower ?? '') && qb + 1 < cb && MARGIN_NOUNS.has(tokens[qb + 1].lower)) {
    return { event: 'margin', word: tokens[qb + 1].lower, at: qb + 1 };
  }
  const s: EventScan = { tokens, unit, lexes: lexiconFor(unit), qa, qb, ca, cb, sub: -2, later: -2 };
  const { best, crowdWord } = nearestEvent(s);
  const hit = profitKind(tokens, contextEvent(s, best, crowdWord) ?? pairedEvent(s, best) ?? best);
  // "65,427 cases of infection with the new coronavirus": "new" naming the disease after the figure's noun is no count of
  // new cases; the clause before it says what the figure counts (round 29).
  if (hit.event === 'new' && unit === 'case' && hit.at >= qb && tokens[hit.at].lower === 'new' && !NEW_CASE_NOUNS.has(tokens[hit.at + 1]?.lower ?? '')) {
    return findEvent(tokens, unit, qa, qb, ca, hit.at);
  }
  return hit;
}

/** A legislature's chamber, named after an "N-seat" compound: "the 120-seat parliament", "the 500-seat Lower House". */
const CHAMBER_NOUNS: ReadonlySet<string> = new Set(['parliament', 'house', 'chamber', 'assembly', 'legislature', 'senate',
  'congress', 'council']);
/** Most modifiers between the compound and its chamber: "the 110-seat national lower house". */
const CHAMBER_REACH = 3;

/**
 * The figure ending at qb is an "N-seat" compound ("120", "-", "seat") before a chamber, past a few modifiers: it tells
 * the chamber's size, the seats' total, whatever verb its clause has ("won 70 seats in the 120-seat parliament").
 */
function chamberSize(tokens: readonly Token[], qb: number, cb: number): boolean {
  if (tokens[qb - 1]?.lower !== 'seat' || tokens[qb - 2]?.text !== '-') return false;
  for (let j = qb; j < cb && j < qb + CHAMBER_REACH; j++) {
    if (CHAMBER_NOUNS.has(tokens[j].lower)) return true;
    if (!(tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN')) return false;
  }
  return false;
}

/** Nouns "new" may count after a figure's own noun: "1,000 of them new cases", "a rise in new infections". */
const NEW_CASE_NOUNS: ReadonlySet<string> = new Set(['case', 'cases', 'infection', 'infections', 'diagnoses', 'patients']);

/** Kinds of profit other than the bottom line, named right before the profit word: "operating income", "gross profit". */
const PROFIT_KINDS: ReadonlyMap<string, string> = new Map([['operating', 'operating_profit'], ['gross', 'gross_profit']]);

/**
 * "operating income decreased to $2.1 billion", "gross profit of $500 million": a profit before costs the net profit
 * still bears is a measure of its own, no rival of the net income (round 29).
 */
function profitKind(tokens: readonly Token[], hit: MeasureHit): MeasureHit {
  if (hit.event !== 'profit' || hit.at < 1) return hit;
  const kind = PROFIT_KINDS.get(tokens[hit.at - 1].lower);
  return kind ? { ...hit, event: kind } : hit;
}

/** Words naming a profit margin's kind right before "margin": "an 8.2% operating margin", "a 40% gross margin". */
const PROFIT_MARGIN_KINDS: ReadonlySet<string> = new Set(['operating', 'profit', 'gross', 'net', 'pretax', 'pre-tax', 'ebitda',
  'ebit', 'trading']);
const MARGIN_NOUNS: ReadonlySet<string> = new Set(['margin', 'margins']);

/**
 * The event word found for a figure belongs to another figure, and the figure has a word of its own the lexicon does not
 * know: "the virus has killed 421 people and sickened 8,450" (a verb right before the figure), "debts of £1.15 billion
 * and a pension shortfall of over half a billion" (a noun and "of"). The event word stands before another figure, which
 * it governs; the figure's own word says what it counts, so it takes no event from its neighbour.
 */
export function hasOwnGovernor(tokens: readonly Token[], unit: string, qa: number, qb: number, eventAt: number): boolean {
  // A percentage takes its metric from words before it by design ("inflation ... For 2014, the state acknowledged 9.7%").
  if (eventAt < 0 || eventAt >= qa || unit === 'percent') return false;
  let g = qa - 1;
  if (tokens[g]?.lower === 'of' && tokens[g - 1]?.pos === 'NOUN') g--;
  else if (tokens[g]?.pos !== 'VERB') return false;
  const w = tokens[g];
  if (g <= eventAt || w.type !== 'word' || w.text[0] !== w.lower[0]) return false;
  let between = false;
  for (let i = g - 1; i > eventAt && !between; i--) between = tokens[i].type === 'number';
  // The figure's own word is known to the lexicon: findEvent would have chosen it (it is nearer).
  return between && findEvent(tokens, unit, qa, qb, g, g + 1).event === 'unspecified';
}

/** Words between a partitive's "of" and its whole's figure: a determiner or a possessor ("of the", "of Lagos's"). */
const WHOLE_OPENERS = new Set(['the', 'its', 'their', "'s", '’s']);
/**
 * Is the figure at `qa` the whole of a partitive ("four of the 19 rescuers", "two million of the city's seven million
 * people")? A figure, then "of", then at most four words ending in a determiner or possessive, right before it.
 */
function isPartitiveWhole(tokens: readonly Token[], qa: number, ca: number): boolean {
  if (qa - 3 < ca || !WHOLE_OPENERS.has(tokens[qa - 1].lower)) return false;
  for (let j = qa - 2; j >= ca && j >= qa - 6; j--) {
    if (tokens[j].lower !== 'of') continue;
    const before = tokens[j - 1];
    return j - 1 >= ca && (before.type === 'number' || WORD_SCALES.has(before.lower) || before.pos === 'NUM');
  }
  return false;
}

/** Does the figure at [qa, qb) name a counted noun of the class ("35,000 employees" names jobs)? */
function namesClass(tokens: readonly Token[], qa: number, qb: number, cls: string): boolean {
  for (let i = qa; i < qb; i++) if (UNIT_CLASS.get(singular(tokens[i].lower)) === cls) return true;
  return false;
}

/** Verbs and prepositions of having: "has 35,000 employees", "with 900 staff". */
const HAVING = new Set(['has', 'have', 'had', 'having', 'with']);
/** Possessives before a figure that name its holder: "Acme's 2,500 workers", "its 900 staff". */
const POSSESSORS = new Set(["'s", '’s', 'its', 'their']);
/** The token before a figure and its hedges ("has about 35,000", "uprooted an estimated 300"), within its clause (below `ca` when none). */
function indexBefore(tokens: readonly Token[], qa: number, ca: number): number {
  return hedgeStart(tokens, qa, ca, true) - 1;
}
/** The word before a figure and its hedges, within its clause, lower case ('' when none). */
function wordBefore(tokens: readonly Token[], qa: number, ca: number): string {
  const i = indexBefore(tokens, qa, ca);
  return i >= ca ? tokens[i].lower : '';
}

/** Tokens after a verb looked at for the figure it governs: "killing more than 60". */
const GOVERNED_REACH = 4;
/** Words that leave an event still to come: "awaiting rescue", "yet to be rescued", "waiting to be evacuated". */
const AWAITING = new Set(['awaiting', 'await', 'awaits', 'awaited']);
/** The event word at i is still awaited: "awaiting rescue", "yet to be rescued", "still to be evacuated". */
function isAwaited(tokens: readonly Token[], i: number): boolean {
  if (AWAITING.has(tokens[i - 1]?.lower ?? '')) return true;
  if (tokens[i - 1]?.lower !== 'be' || tokens[i - 2]?.lower !== 'to') return false;
  const w = tokens[i - 3]?.lower;
  return w === 'yet' || w === 'still' || w === 'waiting';
}

/**
 * Is the word at i a participle ("-ed") between an article and a noun of no people ("the contaminated syrup")? It says
 * what that noun is, no event of a count of people ("the injured passengers" names people, and stays an event). A
 * word the figure at qa starts with is none: "the budgeted US$2.6 billion" (a currency's prefix word) is that sum's
 * budget (round 25).
 */
function modifiesOtherNoun(tokens: readonly Token[], i: number, qa: number): boolean {
  const t = tokens[i];
  const noun = tokens[i + 1];
  if (i + 1 === qa || !t.lower.endsWith('ed') || !ARTICLES.has(tokens[i - 1]?.lower ?? '') || noun?.pos !== 'NOUN') return false;
  const cls = UNIT_CLASS.get(singular(noun.lower));
  return !PEOPLE_CLASSES.has(cls ?? '') && !UNIT_EVENT.has(singular(noun.lower));
}

/** Subordinators that open a clause of their own, with its own subject: "died after 3,600 patients flooded in". */
const SUBORDINATORS: ReadonlySet<string> = new Set(OWN_SUBJECT_OPENERS);
/** The index of a subordinator right before the figure and its hedges (the figure is its clause's subject), or -1. */
function subordinatorBefore(tokens: readonly Token[], qa: number, ca: number): number {
  const b = indexBefore(tokens, qa, ca);
  return b >= ca && SUBORDINATORS.has(tokens[b].lower) ? b : -1;
}

/**
 * Is the word at i the noun of another figure than [qa, qb): right after a number, or a number and its scale word ("ten
 * deaths", "2 million dead"), with a noun's part of speech? Verbs after a bare figure ("300 killed") are the event of
 * the clause and stay.
 */
function nounOfOtherFigure(tokens: readonly Token[], i: number, qa: number, qb: number): boolean {
  let k = i - 1;
  if (WORD_SCALES.has(tokens[k]?.lower ?? '')) k--;
  if (k < 0 || (k >= qa && k < qb) || !(tokens[k].type === 'number' || tokens[k].pos === 'NUM')) return false;
  return tokens[i].pos === 'NOUN';
}

/**
 * Words for the whole a share is taken of: "3% of GDP", "of gross domestic product" (the phrase's lexicon word); "12% of
 * its shares" is a stake, no move of their price (round 26).
 */
const RATIO_BASES = new Set(['gdp', 'shares']);
/** Words between a share's "of" and its base: "of the country's GDP", "of Greece's gross domestic product". */
const BASE_GAP = 4;
/** Is the word at i the base of the share ending at qb: "of", then at most BASE_GAP determiners, names or possessives? */
function isRatioBase(tokens: readonly Token[], i: number, qb: number): boolean {
  if (!RATIO_BASES.has(phraseAt(tokens, i) ?? tokens[i].lower) || tokens[qb]?.lower !== 'of' || i - qb - 1 > BASE_GAP) return false;
  for (let k = qb + 1; k < i; k++) {
    const t = tokens[k];
    if (!(t.lower === 'the' || isPossessiveEnding(t.lower) || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'PRON')) return false;
  }
  return true;
}

/** Words that may stand between a share's "of" and its base: "of world economic growth", "of the country's GDP". */
function baseGapWord(t: Token): boolean {
  return t.lower === 'the' || isPossessiveEnding(t.lower) || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'PRON'
    || t.pos === 'ADJ' || t.pos === 'NOUN';
}
/** The base word at i ("GDP", "growth") follows "of" right after a percentage, past at most BASE_GAP modifiers. */
function isShareBase(tokens: readonly Token[], i: number): boolean {
  const word = phraseAt(tokens, i) ?? tokens[i].lower;
  if (word !== 'gdp' && word !== 'growth') return false;
  for (let k = i - 1; k >= 1 && k >= i - 1 - BASE_GAP; k--) {
    if (tokens[k].lower === 'of') return PERCENT_ENDINGS.has(tokens[k - 1].lower);
    if (!baseGapWord(tokens[k])) return false;
  }
  return false;
}
/** The figure ending at qb is a share of growth: "of", modifiers, then "growth" ("30 percent of world economic growth"). */
function shareOfGrowth(tokens: readonly Token[], qb: number, cb: number): boolean {
  if (tokens[qb]?.lower !== 'of') return false;
  for (let k = qb + 1; k < cb && k <= qb + 1 + BASE_GAP; k++) {
    if (tokens[k].lower === 'growth') return true;
    if (!baseGapWord(tokens[k])) return false;
  }
  return false;
}

/** Words of a part's contribution to a whole: a percentage they govern is a share, no rate of the whole. */
const CONTRIBUTION_WORDS: ReadonlySet<string> = new Set(['contribution', 'contributions', 'contribute', 'contributes',
  'contributed', 'contributing']);
/** How far before a percentage a contribution word may stand in its clause. */
const CONTRIBUTION_REACH = 12;

/**
 * A contribution word stands before the percentage at qa in its clause (from ca), and the figure is no rate named
 * right before it ("contributed to growth of 5 percent" stays growth).
 */
function contributionBefore(tokens: readonly Token[], qa: number, ca: number): boolean {
  if (tokens[qa - 1]?.lower === 'of') return false;
  for (let k = qa - 1; k >= ca && k >= qa - CONTRIBUTION_REACH; k--) if (CONTRIBUTION_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Tokens from a subordinator to the figure that opens its clause: "after 17 people", "because some 300 more". */
const SUBORDINATE_SUBJECT_REACH = 4;
/**
 * The index of a figure that is the subject of a clause a subordinator opens after the figure ending at `qb` ("... after 17
 * people were killed"), or -1. Only the first subordinator after the figure is looked at.
 */
function subordinateFigureAfter(tokens: readonly Token[], qb: number, cb: number): number {
  for (let k = qb; k < cb; k++) {
    if (!SUBORDINATORS.has(tokens[k].lower)) continue;
    for (let j = k + 1; j < Math.min(cb, k + 1 + SUBORDINATE_SUBJECT_REACH); j++) {
      const from = tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
      if (tokens[j].type === 'number') return hedgeStart(tokens, j, from) === from ? j : -1;
    }
    return -1;
  }
  return -1;
}

/** Words joining a clause whose subject is a figure to the one before: "10 have died and two are in hospital". */
const COORDINATORS = new Set(['and', 'but', ...CONTRAST_JOINS]);
/** Verbs of being, having or staying that open a figure's own predicate: "two are under observation", "90 remain". */
const OWN_PREDICATE = new Set([...FINITE_BE_HAVE, 'remain', 'remains', 'remained']);

/**
 * The figure [qa, qb) follows a coordinator inside its clause and its own verb of being follows it. Round 30: past the
 * figure's hedges; and a list's comma coordinates too when a predicate word follows ("at least 12 people have been
 * killed, at least 78 have been shot"), not a kind ("Of the recorded deaths, 31 were infants" shares the deaths).
 */
function opensOwnClause(tokens: readonly Token[], qa: number, qb: number, ca: number): boolean {
  if (!OWN_PREDICATE.has(tokens[qb]?.lower ?? '')) return false;
  const at = hedgeStart(tokens, qa, ca);
  if (at - 1 <= ca) return false;
  return COORDINATORS.has(tokens[at - 1].lower) || (tokens[at - 1].text === ',' && ownPredicateAfter(tokens, qb, tokens.length));
}

/** Added to the distance of an event word that only modifies the counted noun: any other event word wins. */
const MODIFIER_PENALTY = 1000;
const ON_BOARD = new Set(['board', 'aboard', 'onboard']);
/** Verbs and prepositions whose object is the load itself: "with 242 people on board", "carrying 150 passengers". */
const LOADING = new Set(['with', 'had', 'has', 'have', 'carrying', 'carried', 'carries']);
/**
 * "on board"/"aboard" at i right after the figure's noun phrase [qa, qb) or after the whole of its partitive ("241 of the
 * 242 on board"), with no verb of loading before the figure: a post-modifier saying which people, no event of its own.
 */
function isAboardModifier(tokens: readonly Token[], i: number, qa: number, qb: number, ca: number): boolean {
  if (!ON_BOARD.has(tokens[i].lower)) return false;
  let head = tokens[i].lower === 'board' && tokens[i - 1]?.lower === 'on' ? i - 1 : i;
  // "241 of the 242 [people] on board": step back over the partitive's whole.
  if (head > qb && tokens[qb]?.lower === 'of') {
    let j = qb + 1;
    if (WHOLE_OPENERS.has(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.type !== 'number') return false;
    j++;
    if (j < head && tokens[j].pos === 'NOUN') j++;
    if (j !== head) return false;
  } else if (head !== qb) return false;
  return !LOADING.has(wordBefore(tokens, qa, ca));
}

/** Tokens after a figure where its "on board" may stand: "241 of the 242 people on board" (six). */
const ON_BOARD_REACH = 7;
/**
 * The people counted at [qa, qb) are those on board, named by a post-modifier ("241 passengers on board", "241 of the
 * 242 on board"): a role of everyone aboard, apart from a count that names another ("33 non-passengers").
 */
export function namesAboard(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  // Jumps between the event words (the class findEvent already indexed), of which "on board" is one.
  const ix = wordClassIndex(tokens, EVENT_WORDS);
  const to = Math.min(cb, qb + ON_BOARD_REACH);
  for (let i = firstIn(ix, qb, to); i >= 0; i = firstIn(ix, i + 1, to)) if (isAboardModifier(tokens, i, qa, qb, ca)) return true;
  return false;
}

/** Words between a metric noun and the figure it names: "turnout 83 percent", "turnout of 83%", "turnout at 83%". */
const NOUN_LINKS = new Set(['of', 'at', 'was', 'is', 'stood', ':']);
/**
 * The verb at i governs a figure right after it, past that figure's hedges ("killing more than 60"), within [i, cb); so
 * does a noun after a comma that names the next figure of a list ("97% for annexation, turnout 83 percent": the
 * turnout is the second figure's, not the first's).
 */
function governsFigure(tokens: readonly Token[], i: number, cb: number, qb: number): boolean {
  if (tokens[i].pos === 'NOUN') {
    if (tokens[i - 1]?.text !== ',' || i - 1 < qb) return false;
    const k = NOUN_LINKS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const n = numberAt(tokens, k, cb);
    return n >= 0 && hedgeStart(tokens, n, k) === k;
  }
  if (tokens[i].pos !== 'VERB') return false;
  for (let k = i + 1; k < Math.min(cb, i + 1 + GOVERNED_REACH); k++) {
    if (tokens[k].type === 'number') return hedgeStart(tokens, k, i + 1) === i + 1;
  }
  return false;
}

/** Verbs of showing a figure, which the tagger may take for nouns after a plural ("267 constituencies show"). */
const SHOWING = new Set(['show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated']);
/** The verb at k has a figure as its object, right after it or after its hedges ("show about 6.5 million"). */
function governsVerbFigure(tokens: readonly Token[], k: number, cb: number): boolean {
  for (let j = k + 1; j < Math.min(cb, k + 1 + GOVERNED_REACH); j++) {
    if (tokens[j].type === 'number') return hedgeStart(tokens, j, k + 1) === k + 1;
  }
  return false;
}
/** Tokens after a figure looked at for a verb that governs another figure ("267 constituencies show 6.5 million"). */
const GOVERNING_REACH = 4;
/**
 * The number token of the figure a verb within GOVERNING_REACH after the figure ending at qb governs as its object, or
 * -1: the words after that figure tell of it, not of the figure before the verb.
 */
function governedAfter(tokens: readonly Token[], qb: number, cb: number): number {
  for (let k = qb; k < Math.min(cb, qb + GOVERNING_REACH); k++) {
    // "200 people, including 170 of the 180 on board, were killed": a participle opens a part of the figure, no clause.
    if (!(tokens[k].pos === 'VERB' || SHOWING.has(tokens[k].lower)) || tokens[k].lower.endsWith('ing')) continue;
    if (!governsVerbFigure(tokens, k, cb)) continue;
    return numberAt(tokens, k + 1, cb);
  }
  return -1;
}

/** The first number token within GOVERNED_REACH from k (inside [k, cb)), or -1. */
function numberAt(tokens: readonly Token[], k: number, cb: number): number {
  for (let j = k; j < Math.min(cb, k + GOVERNED_REACH); j++) if (tokens[j].type === 'number') return j;
  return -1;
}

/** Nouns of a holder's whole workforce, as the object of a cut: "reduce its workforce", "a headcount reduction". */
const WORKFORCE_OBJECTS = new Set(['workforce', 'headcount']);
/** Nouns a share of the workforce is taken of: "cut 10% of its staff", "a 15% head count cut" ("count" after "head"). */
const WORKFORCE_NOUNS = new Set(['workforce', 'headcount', 'staff', 'employees', 'payroll']);
/** Words between a cut verb and the workforce it cuts: "reduce its global workforce", "a reduction in headcount". */
const CUT_OBJECT_REACH = 3;

/**
 * A workforce noun heading its phrase at i ("its staff", "head count", "a head count cut"), not modifying another
 * noun ("staff costs").
 */
function isWorkforceHead(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (!WORKFORCE_NOUNS.has(w) && !(w === 'count' && tokens[i - 1]?.lower === 'head')) return false;
  return tokens[i + 1]?.pos !== 'NOUN' || isJobCut(tokens[i + 1]);
}

function isJobCut(t: Token | undefined): boolean {
  return !!t && LEX.get('job')!.get(t.lower) === 'cut';
}

/**
 * The workforce noun at i is what a cut word just before it, right after it ("workforce reduction") or after a passive
 * "be" ("its workforce was cut") cuts.
 */
function workforceCut(tokens: readonly Token[], i: number, ca: number, cb: number): boolean {
  if (i + 1 < cb && isJobCut(tokens[i + 1])) return true;
  if (i + 2 < cb && PASSIVE_BE.has(tokens[i + 1].lower) && isJobCut(tokens[i + 2])) return true;
  for (let j = i - 1; j >= Math.max(ca, i - CUT_OBJECT_REACH); j--) if (isJobCut(tokens[j])) return true;
  return false;
}

/** Words between "of" and the workforce noun of a share: "of its global workforce", "of the company's staff". */
const SHARE_OF_REACH = 4;
/** "12% of its workforce", "a tenth of the staff": the figure ending at qb is a share of a workforce. */
export function isShareOfWorkforce(tokens: readonly Token[], qb: number): boolean {
  if (tokens[qb]?.lower !== 'of') return false;
  for (let i = qb + 1; i < Math.min(tokens.length, qb + 1 + SHARE_OF_REACH); i++) {
    if (isWorkforceHead(tokens, i)) return true;
    if (tokens[i].type !== 'word' && !isPossessiveEnding(tokens[i].text)) return false;
  }
  return false;
}

/**
 * "cut its headcount by 1,200", "reduce the workforce by about 900": a bare figure after "by" whose verb's object is the
 * workforce counts jobs. Reads the few words before "by".
 */
export function isWorkforceChange(tokens: readonly Token[], qa: number, ca: number): boolean {
  const by = hedgeStart(tokens, qa, ca, true) - 1;
  if (by <= ca || tokens[by].lower !== 'by') return false;
  for (let i = by - 1; i >= Math.max(ca, by - CUT_OBJECT_REACH); i--) if (WORKFORCE_OBJECTS.has(tokens[i].lower)) return true;
  return false;
}

/** The index of a job-cut word in a clause [ca, cb) that also names the workforce, or -1. One pass. */
function workforceCutIn(tokens: readonly Token[], ca: number, cb: number): number {
  let cut = -1;
  let workforce = false;
  for (let i = ca; i < cb; i++) {
    if (isWorkforceHead(tokens, i)) workforce = true;
    else if (cut < 0 && isJobCut(tokens[i])) cut = i;
  }
  return workforce ? cut : -1;
}

/** Nouns of the people a vehicle carries, whose parts "included" are aboard: "the passengers included 37 citizens". */
const CARRIED_NOUNS = new Set(['passengers', 'passenger', 'crew', 'aboard', 'onboard']);
/** Most words of the crew's noun phrase after its figure: "five crew", "nine crew members", "four cabin crew members". */
const JOINED_CREW_REACH = 3;
/** Most words of the predicate the two counts share: "were on board", "had been on board". */
const SHARED_PREDICATE_REACH = 4;
/**
 * "134 passengers and five crew members were on board", "with 57 passengers and four crew on board": a count of people
 * joined by "and" to a count of the crew says its event once, after the crew's figure; the first count shares it (round
 * 39). The clause of the first figure ends at the "and", so its own reading found nothing, and a verb of another
 * sentence or clause ("killed", "rescued") was lent to it in its place. Only the crew, the people a vehicle carries
 * beside its passengers, join so; the shared predicate must follow the crew's noun at once (a verb of being or having,
 * or "on board"). Null when the figure is not so joined.
 */
export function crewSharedEvent(tokens: readonly Token[], qb: number, end: number): MeasureHit | null {
  const joined = tokens[qb + 1];
  if (tokens[qb]?.lower !== 'and' || !joined || (joined.type !== 'number' && joined.pos !== 'NUM')) return null;
  let k = qb + 2;
  let crew = false;
  while (k < end && k < qb + 2 + JOINED_CREW_REACH && tokens[k].type === 'word' && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')
    && !ON_BOARD.has(tokens[k].lower)) {
    if (CARRIED_NOUNS.has(tokens[k].lower)) crew = true;
    k++;
  }
  if (!crew || k >= end) return null;
  const w = tokens[k].lower;
  if (!(FINITE_BE_HAVE.has(w) || ON_BOARD.has(w) || (w === 'on' && tokens[k + 1]?.lower === 'board'))) return null;
  const hit = findEvent(tokens, 'person', k, k, k, Math.min(end, k + SHARED_PREDICATE_REACH));
  return hit.event === 'unspecified' ? null : hit;
}

/** Verbs naming a part of a group: "included", "including". */
const INCLUDING = new Set(['included', 'include', 'includes', 'including']);

/** The figure (hedges before it skipped) is the object of "included" after a carried noun ("those aboard included"). */
function carriedIncludes(tokens: readonly Token[], qa: number, ca: number): boolean {
  const i = indexBefore(tokens, qa, ca);
  return i > ca && INCLUDING.has(tokens[i].lower) && CARRIED_NOUNS.has(tokens[i - 1].lower);
}

/** Words naming a currency's exchange value itself: a share of it that moves is the currency's move (round 25). */
const CURRENCY_MOVE_WORDS = new Set(['currency', 'currencies', 'exchange', 'devalued', 'devalues', 'devalue', 'devaluation',
  'depreciated', 'depreciation', 'appreciated', 'appreciation', 'greenback']);

/**
 * The token of the clause that says a percent measures a currency against another: a currency word ("currency",
 * "devaluation"), "against" or "per" (an article between) a currency the recognizer names ("against the dollar"), or a
 * currency named as the move's subject or whose value it is ("the krell lost 9%", round 42); -1 if none.
 */
function currencyMoveIn(tokens: readonly Token[], qa: number, ca: number, cb: number): number {
  for (let i = ca; i < cb; i++) {
    const w = tokens[i].lower;
    if (CURRENCY_MOVE_WORDS.has(w)) return i;
    if (ARTICLES.has(w) && (i < qa || VALUE_NOUNS.has(tokens[i - 2]?.lower ?? '')) && currencyNamedAt(tokens, i + 1, cb)) return i + 1;
    if (!PRICED_AGAINST.has(w)) continue;
    const j = ARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (j < cb && (CURRENCY_WORDS.has(tokens[j].lower) || CURRENCY_MOVE_WORDS.has(tokens[j].lower))) return i;
    if (j + 1 < cb && namedCurrencyAt(tokens, j)) return i;
  }
  return -1;
}

/**
 * A currency named as a noun of its own at j, after an article: "the krell has lost a third of its value", "the value of the
 * Swiss franc" (round 42). A currency word that modifies a noun names no currency's value ("the euro zone", "the dollar
 * value of exports"). The caller asks it only of a currency before the figure (the move's subject) or after "value of":
 * a rate raised "to shore up the krell" moves no currency.
 */
function currencyNamedAt(tokens: readonly Token[], j: number, cb: number): boolean {
  if (j >= cb) return false;
  const end = CURRENCY_WORDS.has(tokens[j].lower) ? j + 1 : j + 1 < cb && namedCurrencyAt(tokens, j) ? j + 2 : -1;
  return end > 0 && tokens[end]?.pos !== 'NOUN' && tokens[end]?.pos !== 'PROPN';
}

/**
 * A sum told with a scale of thousands or more ("5 billion pounds", "$13bn"): no price of one unit of a currency, so the
 * dollar named before "a 5 billion pound package" prices nothing.
 */
function scaledSum(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa; i < qb; i++) {
    const w = tokens[i].lower;
    if ((MULTIPLIERS.get(w) ?? 0) >= 1e3) return true;
    const glued = /^[\d.,]+([a-z]+)$/.exec(w);
    if (glued && GLUED_MULTIPLIERS.has(glued[1])) return true;
  }
  return false;
}

/** Most tokens between a "1 =" and the sum it equals: "$1=E£18.50" (a sign and a letter may stand between). */
const EQUALS_REACH = 3;
/** The words a price against another currency is told by: the currency's word, or "=" after its one unit. */
const PRICED_BY = new Set([...CURRENCY_WORDS.keys(), '=']);

/**
 * A sum of one currency priced against another named before it in its clause: the other currency as a noun after an
 * article ("the dollar fetched a record 18 krell", "the value of the dollar fell from 18.25 krell"), or one unit of it
 * set equal to the sum ("$1=K18.50"). A currency of the sum's own unit prices nothing ("the euro fell as the bank lent
 * 10 billion euros"), nor does a scaled sum (`scaledSum`) or a currency word that modifies a noun (`currencyNamedAt`).
 * Read by jumps between the currency words (a price line's clause is not read token by token).
 */
function pricedAgainstBefore(tokens: readonly Token[], unit: string, qa: number, qb: number, ca: number): boolean {
  const prev = wordClassIndex(tokens, PRICED_BY).prev;
  if (prev[qa] < ca) return false;
  // "traded at 155/$1": the unit after the slash is the rate's denominator, no price of its own.
  if (tokens[qa - 1]?.text === '/' || scaledSum(tokens, qa, qb)) return false;
  for (let j = prev[qa]; j >= ca; j = prev[j]) {
    if (tokens[j].lower === '=') {
      if (j >= qa - EQUALS_REACH && tokens[j - 1]?.text === '1') return true;
      continue;
    }
    if (otherCurrencyAt(tokens, j, unit, qa)) return true;
  }
  return false;
}

/** The currency word at j names, after an article (its qualifier between: "the U.S. dollar"), a currency not `unit`. */
function otherCurrencyAt(tokens: readonly Token[], j: number, unit: string, qa: number): boolean {
  const named = j > 0 ? NAMED_CURRENCY.get(`${tokens[j - 1].lower} ${tokens[j].lower}`) : undefined;
  const from = named ? j - 1 : j;
  const code = named ?? CURRENCY_WORDS.get(tokens[j].lower);
  return code !== undefined && code !== unit && ARTICLES.has(tokens[from - 1]?.lower ?? '') && currencyNamedAt(tokens, from, qa);
}

/** Nouns of a currency's worth: "shaved 12% off the value of the krell". */
const VALUE_NOUNS = new Set(['value', 'worth']);

/**
 * Words before the currency another is priced in: "fell 4 percent against the dollar", "set 6 percent lower at 4,200 krell per
 * dollar" (round 42: "per" too). "to" is left out: "exports to the euro zone" names no price.
 */
const PRICED_AGAINST = new Set(['against', 'per']);

/**
 * A currency named by its two words at j: "the U.S. dollar", "the Swiss franc" (round 42). The qualifier alone would read
 * as a place, so a percent "against the U.S. dollar" read no currency before.
 */
function namedCurrencyAt(tokens: readonly Token[], j: number): boolean {
  return NAMED_CURRENCY.has(`${tokens[j].lower} ${tokens[j + 1].lower}`);
}

/** Words after "voted" that name what the votes went to: "voted for", "voted against", "voted in favour", "voted yes". */
const VOTE_CHOICES = new Set(['for', 'against', 'yes', 'no', 'to', 'in']);
/** Relative pronouns before "voted" that make its clause the whole a share is of: "52% of those who voted backed X". */
const VOTED_WHOLE = new Set(['who', 'that', 'which']);

/**
 * What a percentage "voted" at token i measures: the share that voted (turnout) unless the words after it name a choice
 * ("voted for X", "voted Labour": a share of the vote); undefined when "voted" only defines the whole ("of those who voted").
 */
function votedShare(tokens: readonly Token[], i: number): string | undefined {
  // "the 52 percent who voted in 2012": the share itself is who voted; "52% of those who voted" a share of them.
  if (VOTED_WHOLE.has(tokens[i - 1]?.lower ?? '') && !isPercentWord(tokens[i - 2])) return undefined;
  const next = tokens[i + 1];
  if (next && (next.pos === 'PROPN' || (VOTE_CHOICES.has(next.lower) && (next.lower !== 'in' || /^favou?r$/.test(tokens[i + 2]?.lower ?? ''))))) {
    return 'vote_share';
  }
  return 'turnout';
}

/** "voting in favour", "voting against", "voting yes": a choice after "voting" ("voting for" may name the election). */
function votingChoice(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  return next === 'against' || next === 'yes' || next === 'no' || (next === 'in' && /^favou?r$/.test(tokens[i + 2]?.lower ?? ''));
}

/** The last word of a percentage: "52%", "52 percent", "52 per cent". */
function isPercentWord(t: Token | undefined): boolean {
  return !!t && (t.lower === '%' || t.lower === 'percent' || t.lower === 'cent' || /%$/.test(t.lower));
}

/** Counted people whom something befell: never a crowd's participants. */
const HARMED = new Set(['victim', 'victims', 'hostage', 'hostages', 'patient', 'patients', 'prisoner', 'prisoners']);
function namesHarmed(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa; i < qb; i++) if (HARMED.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Forms of "be" that place people somewhere. A live count is told in the present as often as a report of it in the past:
 * "we estimate that there are around a million people", "80,000 people are there" (round 23).
 */
const BE_PLACED = new Set([...PAST_FINITE_BE, 'are']);
/** Postures between "were" and the place: "were standing on the bridge", "were sitting in the hall". */
const POSTURES = new Set(['standing', 'sitting', 'still']);
/** Prepositions of where people were, before a determiner ("on the bridge", "in the building", "at the scene"). */
const LOCATIVES = new Set(['on', 'in', 'at', 'inside']);
const PLACE_DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this']);

/**
 * How the words around a figure say its people were somewhere, reading "were"/"was" right after it once:
 * - 'there': "there were N people" / "N people were there", "were present" or "were on hand" (a crowd when thousands);
 * - 'located': "N people were on the bridge", "were standing in the hall", "were inside" (round 19): at most one
 *   posture word, then "inside" or a preposition and a determiner ("were in critical condition", "were in hospital" name
 *   no place: the lexicon reads those);
 * - null otherwise.
 */
function presenceOf(tokens: readonly Token[], qa: number, qb: number): 'there' | 'located' | 'aboard' | null {
  if (BE_PLACED.has(tokens[qb]?.lower ?? '')) {
    let i = qb + 1;
    const after = tokens[i]?.lower;
    if (after === 'there' || after === 'present' || (after === 'on' && tokens[qb + 2]?.lower === 'hand')) return 'there';
    if (POSTURES.has(after ?? '')) i++;
    const prep = i === qb + 1 ? after : tokens[i]?.lower;
    if (onCarrier(tokens, i)) return 'aboard';
    if (prep === 'inside' || (LOCATIVES.has(prep ?? '') && PLACE_DETERMINERS.has(tokens[i + 1]?.lower ?? ''))) return 'located';
    return null;
  }
  if (qa < 2 || !BE_PLACED.has(tokens[qa - 1].lower)) return null;
  if (tokens[qa - 2].lower !== 'there') return frontedCarrier(tokens, qa) ? 'aboard' : null;
  if (onCarrier(tokens, qb)) return 'aboard';
  // "there are 20,000 people living in the valley": a present count of who lives or works somewhere is no gathering.
  return tokens[qa - 1].lower === 'are' && isLivingThere(tokens[qb]) ? null : 'there';
}

/** Words a street's noun may stand after its determiner: "on the SNP square", "in the old town's main square". */
const STREET_NOUN_REACH = 3;

/** "on the main square", "in the streets" right after the figure's words (STREET_NOUNS, singular or plural). */
function onStreet(tokens: readonly Token[], qb: number): boolean {
  if (!LOCATIVES.has(tokens[qb]?.lower ?? '') || tokens[qb + 1]?.lower !== 'the') return false;
  for (let j = qb + 2; j < qb + 2 + STREET_NOUN_REACH && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (STREET_NOUNS.has(w) || (w.endsWith('s') && STREET_NOUNS.has(w.slice(0, -1)))) return true;
    if (tokens[j].type !== 'word' || tokens[j].pos === 'VERB' || tokens[j].pos === 'ADP') return false;
  }
  return false;
}

/** Words a carrier's noun may stand after its determiner: "on the derailed train", "on the Intercity 152 train". */
const CARRIER_NOUN_REACH = 3;
/** Prepositions of people carried: "on the train", "aboard the ferry", "in the bus". */
const CARRIED_IN = new Set(['on', 'in', 'aboard', 'onboard', 'inside']);

/** "on the train", "aboard the two boats" at i: a carrier's noun (CARRIER_NOUNS) after a determiner, a few words on. */
function onCarrier(tokens: readonly Token[], i: number): boolean {
  if (!CARRIED_IN.has(tokens[i]?.lower ?? '') || !PLACE_DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let j = i + 2; j < i + 2 + CARRIER_NOUN_REACH && j < tokens.length; j++) {
    const t = tokens[j];
    if (isCarrier(t.lower)) return true;
    // A participle may modify the noun ("the derailed train"); another verb or a preposition ends the phrase.
    if (t.type === 'punctuation' || t.pos === 'ADP' || (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower))) return false;
  }
  return false;
}

/**
 * "On the ferry were 140 passengers", "Aboard the two buses were 90 pupils": the carrier's phrase fronted, the figure
 * the subject after its "were". Without it the bare count took a measure its paragraph gives people elsewhere (the
 * next sentence's rescued). The carrier's noun must stand right before the verb (checked first: one read for most
 * figures); its preposition at most CARRIER_NOUN_REACH + 1 tokens before it. The caller has read the "were".
 */
function frontedCarrier(tokens: readonly Token[], qa: number): boolean {
  if (qa < 3 || !isCarrier(tokens[qa - 2].lower)) return false;
  for (let i = qa - 3; i >= 0 && i >= qa - 3 - CARRIER_NOUN_REACH; i--) {
    if (!CARRIED_IN.has(tokens[i].lower)) continue;
    return onCarrier(tokens, i);
  }
  return false;
}

/** A carrier's noun, singular or plural ("boats", "buses", "ferries"). */
function isCarrier(w: string): boolean {
  if (CARRIER_NOUNS.has(w)) return true;
  if (w.endsWith('ies')) return CARRIER_NOUNS.has(`${w.slice(0, -3)}y`);
  return w.endsWith('s') && (CARRIER_NOUNS.has(w.slice(0, -1)) || (w.endsWith('es') && CARRIER_NOUNS.has(w.slice(0, -2))));
}

/** A participle of residence or work after a present count's noun: "living", "working", "staying". */
function isLivingThere(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && t.lower.endsWith('ing');
}

const LARGE_SCALES = new Set(['thousand', 'thousands', 'million', 'millions']);
/** Does the figure at [qa, qb) count a thousand or more ("88,000", "half a million", "tens of thousands")? */
function inThousands(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa; i < qb; i++) {
    const t = tokens[i];
    if (LARGE_SCALES.has(t.lower)) return true;
    if (t.type === 'number' && Number(t.text.replace(/,/g, '')) >= 1000) return true;
  }
  return false;
}

/** Events whose word also ends the names of the places they happen in: "Kejriwal Hospital", "Mercy Hospital". */
const NAMED_PLACE_EVENTS = new Set(['hospitalized']);
/** Words of a name's phrase after its preposition: "at the private Kejriwal Hospital". */
const NAME_PHRASE_REACH = 5;

/**
 * The capitalized word at i ends a name of two words or more that "at" places something in ("88 died at SKMCH and 19 at
 * the private Kejriwal Hospital"): where, not an admission ("taken to Mercy Hospital" is one).
 */
function endsName(tokens: readonly Token[], i: number, ca: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (i - 1 <= ca || t.text[0] === t.lower[0] || prev.type !== 'word' || prev.text[0] === prev.lower[0]) return false;
  for (let j = i - 2; j >= Math.max(ca, i - NAME_PHRASE_REACH); j--) {
    const w = tokens[j];
    if (NAME_PLACERS.has(w.lower)) return true;
    // "Al-Ahli Baptist Hospital": a hyphen inside the name.
    if (w.text === '-') continue;
    if (w.type !== 'word' || (w.text[0] === w.lower[0] && w.lower !== 'the' && w.pos !== 'ADJ')) return false;
  }
  return false;
}
/**
 * Prepositions that make a named hospital a place or a target ("died at Mercy Hospital", "an air strike on Al-Ahli
 * Baptist Hospital", "the bombing of Al-Shifa Hospital"); "taken to Mercy Hospital" stays an admission.
 */
const NAME_PLACERS = new Set(['at', 'on', 'of', 'near', 'outside', 'inside']);

/** Month names that are event words too ("march"): capitalized inside the clause and dated ("since March 3", "in March"). */
function isMonthName(tokens: readonly Token[], i: number, ca: number): boolean {
  const t = tokens[i];
  if (t.text !== 'March' || i <= ca) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return next?.type === 'number' || prev.pos === 'ADP' || prev.pos === 'SCONJ';
}

/**
 * A figure coordinated with an earlier object shares its verb: "holds Sudzha and approximately 500 km2". Looks back a few
 * tokens across "and"/"," from the figure for an event word.
 */
export function findSharedEvent(tokens: readonly Token[], unit: string, qa: number, qb: number, floor: number): MeasureHit | null {
  const lexes = lexiconFor(unit);
  let crossed = false;
  for (let i = qa - 1; i >= Math.max(floor, qa - 10); i--) {
    const w = tokens[i].lower;
    if (w === 'and' || w === ',') { crossed = true; continue; }
    if (!crossed || eitherFate(tokens, i)) continue;
    for (const l of lexes) {
      const e = l.get(w);
      // "Ten deaths and 278 cases": the noun of the figure before names that figure's event, shared by none (round 20).
      // "10 have died and two are under observation": a figure with a verb of its own shares no verb (round 23).
      if (e) return nounOfOtherFigure(tokens, i, qa, qa) || opensOwnClause(tokens, qa, qb, floor) ? null : { event: e, word: w, at: i };
    }
  }
  return null;
}

/**
 * Nouns of a change that are no verbs of the table above (round 22): "a dip of 0.5 per cent", "a jump of 3 points", "a
 * gain of 12 seats". Read only before "of", where they are nouns.
 */
const CHANGE_NOUNS = new Set(['dip', 'dips', 'jump', 'jumps', 'gain', 'gains', 'slide', 'slump', 'reduction', 'reductions',
  'hike', 'hikes', 'uptick', 'downtick', 'easing', 'acceleration', 'deceleration']);

/**
 * "rose by 12 percent", "an increase of 300", "a dip of 0.5 per cent": the figure is a change, not a level. Before "by",
 * a verb of the recognizer's table of moves whose object is a tally counts too (round 24): "lowered the death toll by
 * four", "raised its estimate by 12" give what the tally moved by. "cut its headcount by 1,200" (no tally) is the cut.
 */
/** A rate moved "by" a figure is a tally too: "raised its key rate by 3%" gives the move, not the rate (round 32). */
const RATE_NOUNS: ReadonlySet<string> = new Set(['rate', 'rates']);
/** Most words from "by" back to the verb moving a rate: "raised the overnight benchmark interest rate by". */
const RATE_REACH = 8;

export function isChange(tokens: readonly Token[], qa0: number, ca: number): boolean {
  let qa = qa0;
  let before = tokens[qa - 1];
  if (before?.pos === 'ADJ') {
    qa = pastEvaluative(tokens, before, qa0, ca);
    before = tokens[qa - 1];
  }
  if (!before || (before.lower !== 'by' && before.lower !== 'of')) return false;
  if (before.lower === 'of' && CHANGE_NOUNS.has(tokens[qa - 2]?.lower ?? '')) return true;
  let tally = false;
  let rate = false;
  for (let i = qa - 2; i >= Math.max(ca, qa - (rate ? RATE_REACH : 5)); i--) {
    const w = tokens[i].lower;
    if (CHANGE_VERBS.has(w) || (tally && before.lower === 'by' && tokens[i].pos === 'VERB' && MOVE_VERBS.has(w))) return true;
    // "raised the overnight benchmark interest rate by 2%": a rate's name may run longer than a tally's.
    rate ||= i === qa - 2 && RATE_NOUNS.has(w);
    tally ||= TALLIES.has(w) || rate;
  }
  return false;
}

/**
 * Round 45 (company45): "headcount fell by a massive 20,000", "prices soared by a staggering 48%": an indefinite article
 * and one adjective of degree (`adjective`, the token before the figure) between "by" and the figure leave the figure the
 * size of the change; the start of that article, or `qa`. Read only where the token before the figure is an adjective. "rose by a further 20" adds a count (a difference, read from the added-count table elsewhere).
 */
function pastEvaluative(tokens: readonly Token[], adjective: Token, qa: number, ca: number): number {
  if (qa - 3 < ca || ADDED_COUNT.has(adjective.lower)) return qa;
  return INDEFINITE.has(tokens[qa - 2].lower) && tokens[qa - 3].lower === 'by' ? qa - 2 : qa;
}

/** The unit of a quantity, falling back to its noun and the word after it when the recognizer left it empty. */
/** Quote marks around a counted noun: 4,645 "excess deaths". */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** Words a quoted counted noun may hold: "excess deaths", "so-called missing people". */
const MAX_QUOTED = 4;

/** A number with no noun of its own, a scale word at most: "4,645", "1.3 million". */
const BARE_NUMBER = /^[\d.,]+(?:\s(?:hundred|thousand|million|billion|trillion))?$/i;

/**
 * Does a quote mark open right after the figure ending before token qb (1.3 million "yellow vests")? A mark glued to the
 * word before it closes a title ("the "March of a Million Hearts"") and opens nothing.
 */
export function quotedNounAfter(tokens: readonly Token[], qb: number): boolean {
  const mark = tokens[qb];
  const before = tokens[qb - 1];
  return !!mark && !!before && QUOTE_MARKS.has(mark.text) && mark.start > before.end && tokens[qb + 1]?.start === mark.end;
}

/**
 * The last two words of a noun phrase, lower case ("U.S. service members" → "service members"), or null. A hyphen joins
 * two words as a blank does ("service-members" → "service members", round 40): the hyphenated spelling of a two-word
 * noun the unit table holds whole then counts its class, not the head the recognizer split off at the hyphen.
 */
function lastTwoWords(text: string): string | null {
  const words = phraseWords(text);
  return words.length < 2 ? null : `${words[words.length - 2]} ${words[words.length - 1]}`;
}

export function unitOf(q: Quantity, tokens: readonly Token[], qb: number): string {
  // 4,645 "excess deaths": the counted noun in quotes after a bare number is the last noun before the closing mark; it
  // outranks a unit the number took from the figure before it.
  // A scale word belongs to the number: 1.3 million "yellow vests" (round 21).
  if (!q.noun && QUOTE_MARKS.has(tokens[qb]?.text ?? '') && BARE_NUMBER.test(q.text)) {
    let noun = '';
    for (let i = qb + 1; i <= qb + MAX_QUOTED && i < tokens.length && !QUOTE_MARKS.has(tokens[i].text); i++) {
      if (tokens[i].pos === 'NOUN') noun = tokens[i].lower;
    }
    if (noun) return noun;
  }
  const named = countedAfterName(q, tokens, qb);
  if (named) return named;
  // "2,000 job cuts": the recognizer's unit is the head ("cut"); the noun with its modifier says what is counted.
  if (q.unit && q.noun && compoundUnit(phraseWords(q.noun.text))) return q.noun.text;
  // "12 U.S. service members": a noun of two words the unit table holds whole ("service-member") counts its class, not
  // its head's.
  const pair = q.noun ? lastTwoWords(q.noun.text) : null;
  if (pair && UNIT_CLASS.has(singular(pair.replace(' ', '-')))) return pair;
  // "67 South Africans": a people's name in two words, whose last word alone names no people, counts persons.
  if (q.noun && /^\S+\s\S+$/.test(q.noun.text) && isDemonym(singular(q.noun.text.toLowerCase()))) return q.noun.text;
  // "349 visiting South Africans", "300 travelling fans": a participle the recognizer took for the noun qualifies the
  // noun after it, which is what is counted.
  const taken = q.unit || q.noun?.text || '';
  if (PARTICIPLE.test(taken)) {
    const after = nounRunAt(tokens, qb);
    if (after) return after;
  }
  if (q.unit) return q.unit;
  if (q.noun) return q.noun.text;
  const next = tokens[qb];
  return next && next.pos === 'NOUN' ? next.lower : '';
}

/** A single present participle ("visiting", "striking"). */
const PARTICIPLE = /^[a-z]{3,}ing$/;
/** Most words of a counted noun after a participle. */
const NOUN_RUN = 3;

/** The nouns (common or proper) from token i on, at most NOUN_RUN, as written; '' when none. */
function nounRunAt(tokens: readonly Token[], i: number): string {
  const words: string[] = [];
  for (let k = i; k < tokens.length && words.length < NOUN_RUN && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN'); k++) {
    words.push(tokens[k].text);
  }
  return words.join(' ');
}

/**
 * Verbs a headline puts between the counted noun and its new level ("deaths climb to 230", "toll tops 1,000"), besides
 * the change verbs above.
 */
const LEVEL_VERBS = new Set(`rising climb climbs climbing jump jumps soar soars top tops topped hit hits reach reaches
  reached pass passes passed surpass surpasses surpassed exceed exceeds exceeded near nears neared mount mounts mounted`.split(/\s+/));
const CHANGE_LINKS = new Set(['to', 'past', 'above', 'over', 'at']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'from']);
/** Most words of a place name after the counted noun ("deaths in New South Wales climb to 30"). */
const PLACE_AFTER_NOUN = 4;

/**
 * "Flood deaths climb to 230", "missing has risen to 40": a bare figure after a change verb counts the known counted
 * noun right before the verb. The noun, or '' when there is none.
 */
export function countedBeforeChange(tokens: readonly Token[], qa: number, clauseStart: number): string {
  let i = qa - 1;
  if (CHANGE_LINKS.has(tokens[i]?.lower ?? '')) i--;
  if (i < clauseStart || !(CHANGE_VERBS.has(tokens[i].lower) || LEVEL_VERBS.has(tokens[i].lower))) return '';
  i--;
  while (i >= clauseStart && FINITE_BE_HAVE.has(tokens[i].lower)) i--;
  // "deaths in Valdora climb to 230": past a place named after the noun.
  for (let k = i; k >= Math.max(clauseStart, i - PLACE_AFTER_NOUN); k--) {
    if (!/^[A-Z]/.test(tokens[k].text)) {
      if (PLACE_PREPOSITIONS.has(tokens[k].text) && k < i) i = k - 1;
      break;
    }
  }
  if (i < clauseStart) return '';
  const w = singular(tokens[i].lower);
  return UNIT_EVENT.has(w) || UNIT_CLASS.has(w) ? tokens[i].lower : '';
}

/** Most capitalized words of a name between a figure and its counted noun ("180,000 Thomas Cook holidaymakers"). */
const MAX_NAME_WORDS = 3;

/**
 * "180,000 Thomas Cook holidaymakers", "2,000 Boeing workers": a name that modifies the counted noun is no unit; the
 * known counted noun after it is. Null when the figure's noun is no capitalized name or no known noun follows it.
 */
function countedAfterName(q: Quantity, tokens: readonly Token[], qb: number): string | null {
  const first = tokens[qb];
  if (!q.noun || !first || !/^[A-Z]/.test(q.noun.text) || first.start !== q.noun.start) return null;
  for (let i = qb; i < qb + MAX_NAME_WORDS + 1 && i < tokens.length; i++) {
    const t = tokens[i];
    if (/^[A-Z]/.test(t.text)) continue;
    const w = singular(t.lower);
    return UNIT_CLASS.has(w) || UNIT_EVENT.has(w) ? t.lower : null;
  }
  return null;
}

/**
 * Nouns of groups of people: a count of them is no count of persons ("500 families were displaced" is no rival of
 * "2,000 people were displaced"), so no unknown noun among them falls back to people (personHit).
 */
const COLLECTIVES = new Set(`family couple group team unit battalion brigade regiment division company platoon squad
  village town community tribe clan delegation convoy busload class party crew`.split(/\s+/));
/**
 * Endings of a noun that names a person: a doer (-er, -or, -ist, -ian, -ee after a stem of four letters or more, so
 * "other" is none) or a compound of man, woman or child.
 */
const PERSON_ENDING = /(?:[a-z]{4}(?:er|or|ist|ian|ee)|man|men|woman|women|child|children|folk)$/;

/** A noun the tables lack that names a person by its ending ("farmers", "terrorists"); a cheap gate before any scan. */
export function personByEnding(rawUnit: string): boolean {
  const lemma = unknownLemma(rawUnit);
  return lemma !== null && PERSON_ENDING.test(lemma);
}
/**
 * What befalls only people: whatever noun such a count names, it counts persons ("140 guests were hospitalised"). Not
 * evacuations, displacement or repatriation, whose words befall things too ("evacuated 40 schools", "uprooted 300 trees",
 * "repatriated profits").
 */
const HUMAN_EVENTS = new Set(['arrested', 'abducted', 'hospitalized']);
/**
 * What befalls people, read for a counted noun the tables do not know: BEFALLS and the people's own events, but not
 * infection ("the worm infected 300 computers").
 */
const PERSON_EVENTS = new Set([...[...BEFALLS].filter(e => e !== 'infected'), ...HUMAN_EVENTS]);
/** How far from the figure the event word of an unknown noun read as people may stand, in tokens. */
const PERSON_REACH = 3;
/** Tokens that open a verb's object: the figure before such a verb is its doer ("two gunmen killed 30 people"). */
const OBJECT_POS = new Set(['NUM', 'DET', 'NOUN', 'PRON', 'PROPN']);

/** What befalls jobs, read for a person noun the tables do not know ("laid off 300 engineers", "800 pilots struck"). */
const JOB_EVENTS = new Set(['cut', 'hired', 'employed', 'striking']);

/**
 * A counted noun the tables do not know, as people or jobs: "nine peacekeepers were killed", "80 schoolchildren were
 * kidnapped", "140 guests were hospitalised", "the bank laid off 300 engineers". The noun must name a person by its
 * ending, or the event be one that befalls only people; the event is read with the people's lexicon, then (for a
 * person's ending) the jobs'. An event verb after the figure must be passive or take no object (the figure before
 * "killed 30 people" is who killed). The kind of person is a part of the people counted (extract.ts). Null when the noun
 * is known, or its event is none of these.
 */
export function personHit(tokens: readonly Token[], rawUnit: string, qa: number, qb: number, ca: number, cb: number):
  { unit: string; hit: MeasureHit; kind: string } | null {
  const lemma = unknownLemma(rawUnit);
  if (!lemma || COLLECTIVES.has(lemma)) return null;
  const person = PERSON_ENDING.test(lemma);
  const asPerson = findEvent(tokens, 'person', qa, qb, ca, cb);
  if (PERSON_EVENTS.has(asPerson.event) && (person || HUMAN_EVENTS.has(asPerson.event)) && undergoes(tokens, asPerson.at, qa, qb)) {
    return { unit: 'person', hit: asPerson, kind: lemma };
  }
  if (!person) return null;
  const asJob = findEvent(tokens, 'job', qa, qb, ca, cb);
  return JOB_EVENTS.has(asJob.event) && undergoes(tokens, asJob.at, qa, qb) ? { unit: 'job', hit: asJob, kind: lemma } : null;
}

/** Prepositions that take the places something befell people in or was done to them at, after its verb. */
const SETTING_PREPOSITIONS = new Set(['to', 'into', 'in', 'at', 'across', 'inside', 'throughout']);

/**
 * Does the event word at `at` say what befell the figure at [qa, qb)? It stands by the figure: a verb before it ("killed
 * nine peacekeepers") or, after its noun, a passive ("were killed"), a verb with no object ("died near Lutsa") or a
 * phrase ("lost their jobs").
 */
function undergoes(tokens: readonly Token[], at: number, qa: number, qb: number): boolean {
  if (at < qa - PERSON_REACH || at > qb + PERSON_REACH) return false;
  // "The hospital now has 610 beds": a noun before a verb of having is who has the figure, not what befell it (round 19).
  if (at < qa && tokens[at].pos === 'NOUN') {
    for (let i = at + 1; i < qa; i++) if (HAVING.has(tokens[i].lower)) return false;
  }
  // "were admitted to seven hospitals", "treated in 12 clinics": a figure a preposition takes after the verb counts
  // where it befell them, not who (round 34 probe).
  if (at < qa && SETTING_PREPOSITIONS.has(tokens[hedgeStart(tokens, qa, at + 1) - 1]?.lower ?? '')) return false;
  // A phrase holds its own object: "lost their jobs", "took to the streets".
  if (at < qb || phraseAt(tokens, at)) return true;
  let p = at - 1;
  while (p >= qb && tokens[p].pos === 'ADV') p--;
  const next = tokens[at + 1];
  return (p >= qb && BE_OR_HAVE.has(tokens[p].lower)) || !next || !(next.type === 'number' || OBJECT_POS.has(next.pos));
}

/** Person nouns too general to name a kind of person. */
const ANY_PERSON = new Set(['person', 'people', 'individual', 'human', 'life', 'soul', 'victim', 'adult']);

/**
 * "eight civilian fatalities", "pilgrim deaths": a noun of what befell people, modified by a person noun, counts that
 * kind of person. The modifier's lemma, or null.
 */
export function modifierKind(rawUnit: string): string | null {
  const words = phraseWords(rawUnit);
  if (words.length < 2) return null;
  const head = UNIT_EVENT.get(singular(words[words.length - 1]));
  const modifier = singular(words[words.length - 2]);
  return head?.[0] === 'person' && UNIT_CLASS.get(modifier) === 'person' && !ANY_PERSON.has(modifier) ? modifier : null;
}

/**
 * The lemma of a one-word counted noun no table knows ("peacekeepers" → "peacekeeper"), lower case letters only; null
 * for a known noun, a name, a unit of measurement or a phrase.
 */
export function unknownLemma(rawUnit: string): string | null {
  const word = rawUnit.toLowerCase();
  if (!/^[a-z]{3,}$/.test(word)) return null;
  const lemma = singular(word);
  if (UNIT_CLASS.has(lemma) || UNIT_EVENT.has(lemma) || LEX.has(lemma) || UNIT_CLASS.has(word) || UNIT_EVENT.has(word)) return null;
  if (normalizeUnit(word).unit !== lemma || isDemonym(lemma)) return null;
  return lemma;
}

/** The event without its marks: "killed+part" -> "killed". */
export function baseEvent(event: string): string {
  const plus = event.indexOf('+');
  return plus < 0 ? event : event.slice(0, plus);
}

/**
 * A word the tables know as a counted thing ("people", "deaths", "protesters", "jobs"), normalized, with the event its
 * noun names; null for any other word (a tally noun standing for a figure looks for one, anaphora.ts).
 */
export function knownCounted(word: string): { unit: string; event: string | null } | null {
  const w = singular(word);
  if (!UNIT_EVENT.has(w) && !UNIT_CLASS.has(w) && !UNIT_EVENT.has(word) && !UNIT_CLASS.has(word)) return null;
  return normalizeUnit(word);
}

export function measureKey(unit: string, event: string): string {
  return `${unit}|${event}`;
}

/** Senses inside one event that count slightly different things; words not listed share their event's sense. */
const SENSES = new Map<string, string>();
for (const [sense, words] of [
  ['stationed', 'stationed station based garrison contingent amassed massed concentrated gathered'],
  ['mobilized', 'mobilized mobilised mobilize mobilise mobilizing'],
  ['sent', 'sent send sends sending deployed deploy deploys deploying deployment dispatched dispatch transferred reinforcements'],
] as const) for (const w of words.split(' ')) SENSES.set(w, sense);

export function senseOf(word: string | null): string | null {
  return word ? SENSES.get(word) ?? null : null;
}
