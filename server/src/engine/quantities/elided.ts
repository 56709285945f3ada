// Figures written without a unit ("80,000 marched", "the crowd was 500,000", "the toll stood at 1,774"): the unit is
// elided and comes from the clause around the figure. Every look here is bounded by a few tokens around the figure.
import type { Token } from '../types';
import { nounPhraseAt } from './nouns';
import { HEADCOUNT_NOUNS, PEOPLE_ADJECTIVES, PEOPLE_OBJECT_VERBS, PEOPLE_PHRASES, PEOPLE_STATES, PEOPLE_VERBS } from './people';
import { singularize } from './units';
import { isMonth, isYearLike } from './exclusions';
import { isReportingForm } from '../attributions/cues';
import { PAST_IRREGULAR } from '../dates/tense';
import { CHANGE_VERBS } from './hedges';
import { TALLY_MOVING_VERBS } from '../text/tallyVerbs';
import { POSSESSIVE_MARKS, isPossessiveEnding } from '../text/possessive';
import { FINITE_BE, FINITE_BE_SET, NONFINITE_BE } from '../text/beVerbs';
import { MEASURE_NOUN_STOPS, MOVED_OBJECT_STOPS, SUBJECT_FOLLOWS } from '../text/subordinators';

/** Nouns that name what a bare figure measures: the unit they give (a generic noun gives the unit of its context). */
const MEASURE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['toll', 'toll'], ['tolls', 'toll'],
  // "a workforce of over 600,000": a company's staff, counted as its jobs.
  ['workforce', 'workforce'], ['headcount', 'headcount'],
  ['crowd', 'crowd'], ['crowds', 'crowd'], ['attendance', 'crowd'],
  ['turnout', 'person'],
  // "the index closed at 16,644": the level of a named index.
  ['index', 'index'],
  ['number', ''], ['count', ''], ['tally', ''], ['figure', ''], ['figures', ''], ['estimate', ''], ['estimates', ''],
  ['total', ''],
  // "the missing list swelled to 3,000": a list's length counts what its modifier names.
  ['list', ''],
]);
/** Is this singular noun one that names what a bare figure measures ("toll", "crowd", "figure")? */
export function isMeasureNoun(word: string): boolean {
  return MEASURE_NOUNS.has(word);
}
/** What a measure noun's figure counts in the units of other figures: a toll counts people, an index's level points. */
const MEASURE_COUNTS: ReadonlyMap<string, string> = new Map([['toll', 'person'], ['index', 'point']]);
export function measureCounts(unit: string): string | undefined {
  return MEASURE_COUNTS.get(unit);
}
/** Words a backward look for a measure noun stops at: another clause or another figure's phrase begins there. */
const CLAUSE_STOPS = new Set([',', ';', ':', '(', ')', '"', '“', '”', ...MEASURE_NOUN_STOPS, 'but', 'said', 'says', 'told', 'and']);
/**
 * How far back a measure noun may stand: "the death toll in the region's three-train crash rose to 275", "the death toll
 * from an air strike on a school in the north of the city has risen to 80" (a toll's "from"/"in" tail runs long).
 */
const MEASURE_WINDOW = 16;
/** Determiners that may open the "of" phrase of "the number of the dead". */
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their']);

/**
 * The unit a measure noun earlier in the clause gives a bare figure: "the toll stood at 1,774" → `toll`, "the crowd
 * was 500,000" → `crowd`, "the number of injured rose to 93" → `person`, "the number of protesters grew to 15,000"
 * → `protester`. A generic noun with no "of" phrase ("the figure was 500,000") gives `fallback` if any, else itself.
 */
export function measureNounBefore(tokens: Token[], figure: number, floor: number, fallback: string | null): string | null {
  // "the confirmed toll (1,234) is expected to rise": a figure in brackets right after its measure noun.
  const start = figure - 1 > floor && tokens[figure - 1].lower === '(' ? figure - 1 : figure;
  // Tokens of a scare-quoted phrase passed over do not count against the window.
  let skipped = 0;
  // A generic noun ("the global figure, according to ..., was") behind an aside is left to the clause's subject reading,
  // which keeps it a tally that restates (claims/counted.ts); a measure noun of its own unit is read through it.
  let passedAside = false;
  for (let k = start - 1; k >= floor && k >= start - MEASURE_WINDOW - skipped; k--) {
    const t = tokens[k];
    // "its figure for deaths, which was 437,000": a relative clause's figure is its antecedent's.
    if (t.lower === ',' && tokens[k + 1]?.lower === 'which') continue;
    // A name's bracketed initials, a place's state between commas, or a participle aside the figure ends: no new clause.
    const aside = asideOpen(tokens, k, start, floor);
    if (aside >= 0) { k = aside; continue; }
    // "the death toll due to the fever, a disease that spreads fast, in Goa has gone up to 14": an apposition's words
    // do not count against the window (round 26).
    const apposed = appositionOpen(tokens, k, floor);
    if (apposed >= 0) { skipped += k - apposed + 1; k = apposed; passedAside = true; continue; }
    if (continuingParticiple(tokens, k, start)) continue;
    // 'the number of deaths could be "several times higher" than the 178 reported': a few scare-quoted words inside
    // the clause are no quotation that ends it (round 25).
    const quoted = scareQuoteOpen(tokens, k, floor);
    if (quoted >= 0) { skipped += k - quoted + 1; k = quoted; continue; }
    // "its figure for deaths since May 1, which was ...": a date's day or year is no other figure.
    if (t.type === 'number' && k - 1 >= floor && (isMonth(tokens[k - 1]) || isYearLike(t))) continue;
    // "the death toll from the worst quake for more than 30 years now stood at 250": a span of time in the measure
    // noun's tail is no other figure (round 26).
    if (t.type === 'number' && k + 1 < start && SPAN_UNITS.has(tokens[k + 1].lower)) continue;
    if (t.type === 'number' || CLAUSE_STOPS.has(t.lower)) return null;
    const unit = MEASURE_NOUNS.get(t.lower);
    if (unit === undefined || t.pos === 'VERB') continue;
    if (unit) return unit;
    if (passedAside) return null;
    return ofNoun(tokens, k + 1, start) ?? countModifier(tokens, k, floor) ?? pluralSubject(tokens, k, start, floor) ??
      modifiedPlural(tokens, k, start) ?? fallback ?? singularize(t.lower);
  }
  return null;
}

/** Particles and words that may stand between a moving verb and its object's measure noun ("revised down the death"). */
const MOVED_OBJECT_WORDS = 4;
/** How far back from "to <figure>" a moved object may stand: its "in"/"of" tail may hold a date, a place, an aside. */
const MOVED_WINDOW = 40;
/** Words that end the look for a moved object: another clause, or a quotation, begins there. */
const MOVED_STOPS = new Set([';', ':', '"', '“', '”', ...MOVED_OBJECT_STOPS, 'but', 'said', 'says', 'told', 'and']);

/**
 * The unit of "to <figure>" whose clause moves a measure noun named as the verb's object, however long the object's tail
 * (which measureNounBefore's window does not reach or another figure in it cuts): "raised the death toll of the 7.8
 * magnitude earthquake that struck ... on April 16 to 660" → `toll`, "raised their death toll in the ... collapse at
 * ..., on the outskirts of Lagos, to 115" → `toll`. Reads the frame verb-object-"to": the nearest measure noun must
 * follow a moving verb within a few words, and no other "to <figure>" stands between it and this one.
 */
export function movedObject(tokens: Token[], start: number, floor: number): string | null {
  if (start - 1 <= floor || tokens[start - 1].lower !== 'to') return null;
  for (let k = start - 2; k >= floor && k >= start - MOVED_WINDOW; k--) {
    const t = tokens[k];
    if (MOVED_STOPS.has(t.lower)) return null;
    if (t.lower === 'to' && tokens[k + 1]?.type === 'number') return null;
    const unit = MEASURE_NOUNS.get(t.lower);
    if (unit === undefined || t.pos === 'VERB') continue;
    if (!movingVerbBefore(tokens, k - 1, floor)) return null;
    if (unit) return unit;
    return ofNoun(tokens, k + 1, start) ?? countModifier(tokens, k, floor);
  }
  return null;
}

/** Tally nouns a sentence may open with as the subject of its figure's verb: "The number of ...", "The total of ...". */
const SUBJECT_TALLIES = new Set(['number', 'numbers', 'count', 'total']);
/** How far a sentence-opening tally may stand before its figure: its "of" tail may name people, an event, places. */
const SUBJECT_WINDOW = 40;

/**
 * "The number of people protesting against the results of the elections on the main square in the capital reached more
 * than 40,000": a "number of" phrase that opens the sentence is the subject of the verb right before the figure, however
 * long its tail (which measureNounBefore's window does not reach). No comma, clause word or other figure between
 * (round 30, probe30c). The counted noun of its "of" phrase, or null.
 */
export function openingTally(tokens: Token[], start: number, floor: number): string | null {
  let v = start - 1;
  if (v > floor && (tokens[v].lower === 'to' || tokens[v].lower === 'at')) v--;
  if (v <= floor || start - floor > SUBJECT_WINDOW) return null;
  if (!LINKING_VERBS.has(tokens[v].lower) && !CHANGE_VERBS.has(tokens[v].lower)) return null;
  const k = tokens[floor].lower === 'the' ? floor + 1 : floor;
  if (!SUBJECT_TALLIES.has(tokens[k]?.lower ?? '')) return null;
  for (let j = k + 1; j < v; j++) if (tokens[j].type === 'number' || CLAUSE_STOPS.has(tokens[j].lower)) return null;
  return ofNoun(tokens, k + 1, v);
}

/** A moving verb within MOVED_OBJECT_WORDS plain words before `k` ("raised their death", "revised down the"). */
function movingVerbBefore(tokens: Token[], k: number, floor: number): boolean {
  for (let j = k; j >= floor && j >= k - MOVED_OBJECT_WORDS; j--) {
    if (TALLY_MOVING_VERBS.has(tokens[j].lower)) return true;
    if (tokens[j].type !== 'word' && !isPossessiveEnding(tokens[j].lower)) return false;
  }
  return false;
}

/** Participles that carry a clause on to its figure after a comma: "the number was revised, ultimately reaching 29". */
const CONTINUING_PARTICIPLES = new Set(['reaching', 'totaling', 'totalling', 'numbering', 'standing', 'hitting', 'topping']);

/** The comma at k opens "<adverbs> <continuing participle>" that runs to the figure at `start`. */
function continuingParticiple(tokens: Token[], k: number, start: number): boolean {
  if (tokens[k].lower !== ',' || start - 1 <= k || !CONTINUING_PARTICIPLES.has(tokens[start - 1].lower)) return false;
  for (let j = k + 1; j < start - 1; j++) if (tokens[j].pos !== 'ADV') return false;
  return true;
}

/** Time units a span in a measure noun's tail counts ("for more than 30 years", "in 10 days"). */
const SPAN_UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'centuries']);

/** Most tokens an apposition between commas may hold ("a disease that infects both humans and animals"). */
const APPOSITION_TOKENS = 12;
/** Articles that open an apposition after a noun. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
/** Words no apposition holds: a clause of saying, another clause or a quotation. */
const APPOSITION_STOPS = new Set([';', ':', '"', '“', '”', '(', ')', 'said', 'says', 'told', 'but', 'while', 'when']);

/**
 * When the comma at k closes an apposition to the noun before its opening comma (", the severe disease that infects
 * both humans and animals,"), the opening comma; else -1. The apposition opens with an article, holds no figure and
 * no clause of saying, and a word stands before it.
 */
function appositionOpen(tokens: Token[], k: number, floor: number): number {
  if (tokens[k].lower !== ',') return -1;
  for (let j = k - 1; j > floor + 1 && j >= k - APPOSITION_TOKENS - 1; j--) {
    const w = tokens[j];
    if (w.type === 'number' || APPOSITION_STOPS.has(w.lower)) return -1;
    if (w.lower !== ',') continue;
    return j < k - 2 && appositionOpener(tokens[j + 1]) && tokens[j - 1].type === 'word' ? j : -1;
  }
  return -1;
}

/**
 * The first word of an aside between commas: an article (", a disease that ...,"), a past participle (", based on
 * information from clinics,") or "according" (", according to the ministry,").
 */
function appositionOpener(t: Token): boolean {
  return APPOSITION_OPENERS.has(t.lower) || t.lower === 'according' || (t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower));
}

/** Most words a scare quote inside a clause holds ("several times higher"). */
const SCARE_QUOTE_WORDS = 4;
const OPENING_QUOTES = new Set(['"', '“']);
const CLOSING_QUOTE_MARKS = new Set(['"', '”']);

/**
 * When the token at k closes a scare quote of a few plain words, none a verb of saying or a clause stop, the opening
 * mark; else -1.
 */
function scareQuoteOpen(tokens: Token[], k: number, floor: number): number {
  if (!CLOSING_QUOTE_MARKS.has(tokens[k].text)) return -1;
  for (let j = k - 1; j >= floor && j >= k - SCARE_QUOTE_WORDS - 1; j--) {
    const w = tokens[j];
    if (OPENING_QUOTES.has(w.text)) return j < k - 1 ? j : -1;
    if (w.type !== 'word' || CLAUSE_STOPS.has(w.lower)) return -1;
  }
  return -1;
}

/** Most tokens inside brackets passed over as a name's initials: "(AES)", "(Bouches-du-Rhône)". */
const BRACKET_WORDS = 3;
/** Words between a participle and the figure it puts a value on: "originally reported at 587". */
const ASIDE_VALUE_LEADS = new Set(['at', 'as']);

/**
 * When the token at k closes an aside that opens no clause of its own, the token where the aside opens (the backward
 * look goes on before it); else -1. Three shapes: bracketed words ("the toll of children with Acute Encephalitis
 * Syndrome (AES) has climbed to 91"); a place's state or country between commas, capitalised on both sides ("the crowd
 * at the march on Washington, D.C., at 300,000"); and a participle aside that the figure itself ends ("the casualty
 * count in Maule, originally reported at 587, included ..."), whose comma stands right before the participle.
 */
function asideOpen(tokens: Token[], k: number, figure: number, floor: number): number {
  const t = tokens[k];
  if (t.lower === ')') {
    for (let j = k - 1; j > floor && j >= k - BRACKET_WORDS - 1; j--) {
      if (tokens[j].lower === '(') return j > k - 2 ? -1 : j;
      if (tokens[j].type !== 'word') return -1;
    }
    return -1;
  }
  if (t.lower !== ',') return -1;
  const capital = (i: number) => i >= floor && tokens[i].type === 'word' && /^[A-Z]/.test(tokens[i].text);
  // ", D.C.,": one or two capitalised words between two commas, a capitalised word before the first.
  if (capital(k - 1)) {
    let j = k - 1;
    while (j > k - 3 && capital(j - 1)) j--;
    if (j - 1 > floor && tokens[j - 1].lower === ',' && capital(j - 2)) return j - 1;
  }
  // ", originally reported at 587": adverbs, one participle and "at"/"as" fill the span from the comma to the figure.
  if (!ASIDE_VALUE_LEADS.has(tokens[figure - 1]?.lower ?? '')) return -1;
  let participles = 0;
  for (let j = k + 1; j < figure - 1; j++) {
    const w = tokens[j];
    if (w.pos === 'VERB' && /(?:ed|en|wn)$/.test(w.lower)) participles++;
    else if (w.pos !== 'ADV') return -1;
  }
  return participles === 1 ? k : -1;
}

/** Nouns that say what a generic measure noun counts when they stand before it: "the death count", "the vote tally". */
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['death', 'casualty', 'fatality', 'injury', 'case', 'vote', 'job',
  'crowd', 'arrest', 'visitor', 'passenger', 'refugee']);

/**
 * "the official death count of 64" → `death`: a counted noun right before the generic one; "the missing list", "the
 * injured tally" → `person`: an adjective standing for people.
 */
function countModifier(tokens: Token[], k: number, floor: number): string | null {
  const before = k - 1 >= floor ? tokens[k - 1].lower : '';
  if (PEOPLE_ADJECTIVES.has(before)) return 'person';
  const word = singularize(before);
  return COUNT_MODIFIERS.has(word) ? word : null;
}

/**
 * "infections total 18.6 million": a plural noun right before a generic measure noun that stands right before the figure
 * is its subject (the measure noun is the verb), and names what the figure counts.
 */
function pluralSubject(tokens: Token[], k: number, start: number, floor: number): string | null {
  if (k !== start - 1 || k - 1 < floor) return null;
  const prev = tokens[k - 1];
  if (prev.type !== 'word' || prev.pos !== 'NOUN') return null;
  const one = singularize(prev.lower);
  return one !== prev.lower ? one : null;
}

/** "Total deaths reached 1,234", "the total cases": a generic measure word before a plural noun modifies it. */
function modifiedPlural(tokens: Token[], k: number, start: number): string | null {
  if (k + 1 >= start || tokens[k + 1].pos !== 'NOUN') return null;
  const one = singularize(tokens[k + 1].lower);
  return one !== tokens[k + 1].lower ? one : null;
}

/** The counted noun of "number of X" / "count of the dead" between `k` and the figure, or null. */
function ofNoun(tokens: Token[], k: number, limit: number): string | null {
  // "the number of the dead", "its figure for deaths".
  if (k >= limit || (tokens[k].lower !== 'of' && tokens[k].lower !== 'for')) return null;
  let m = k + 1;
  if (m < limit && OF_DETERMINERS.has(tokens[m].lower)) m++;
  if (m >= limit) return null;
  // "the number of dead", "the number of injured": an adjective standing for people.
  if (PEOPLE_ADJECTIVES.has(tokens[m].lower)) return 'person';
  // "the number of confirmed or suspected cases": two modifiers joined by "or"/"and" before one noun; the second heads on.
  if (m + 2 < limit && (tokens[m + 1].lower === 'or' || tokens[m + 1].lower === 'and') && describes(tokens[m]) &&
    describes(tokens[m + 2])) m += 2;
  const np = nounPhraseAt(tokens, m, limit);
  return np ? singularize(tokens[np.head].lower) : null;
}

/** An adjective or a participle in "-ed"/"-en" ("confirmed", "suspected", "known"): a word that may modify a noun. */
function describes(t: Token): boolean {
  return t.type === 'word' && (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower)));
}

/** How many words a label before a colon may have ("Deaths:", "Confirmed cases:", "Votes for the mayor:"). */
const LABEL_WORDS = 5;
/** Marks between a label and its figure: a colon, or a dash in a fact box ("Confirmed deaths — 1,234"). */
const LABEL_MARKS = new Set([':', '—', '–']);
/** Plural labels that name who gives the figure, not what it counts ("Police: 12,500. Organisers: 40,000."). */
const LABEL_VOICES = new Set(['organisers', 'organizers', 'officials', 'authorities', 'sources', 'unions', 'estimates',
  'witnesses', 'police', 'media', 'reports']);
/** Marks that open a list item before its label ("- Missing: 23", "• Injured: 140"). */
const ITEM_MARKS = new Set(['-', '–', '—', '•', '*', '·']);

/**
 * The unit a label before a colon (or a dash) gives the figure right after it, in tallies and fact boxes: "Deaths:
 * 1,234" → `death`, "Confirmed cases: 4,512" → `case`, "Killed: 57; Injured: 200" and "- Missing: 23" → `person`. The
 * label is the whole clause before the colon (from the sentence start, a ";", a line's list mark), a few words and no
 * verb phrase; with no mark, a label and its figure fill their line alone ("Deaths 1,234"). It must count: a plural
 * noun, a word for people befallen, or a headcount noun ("Population:").
 */
export function labelUnit(tokens: Token[], start: number, end: number, floor: number): string | null {
  if (start - 1 < floor) return null;
  // With no mark the label and its figure must fill their line alone ("Deaths 1,234" in a fact box).
  const marked = LABEL_MARKS.has(tokens[start - 1].lower);
  const colon = marked ? start - 1 : start;
  if (!marked && end < tokens.length && tokens[end].type !== 'tabCRLF') return null;
  let open = colon;
  while (open - 1 >= floor && tokens[open - 1].type === 'word') open--;
  const lineOpen = open === 0 || tokens[open - 1].type === 'tabCRLF';
  const opensClause = lineOpen || (marked && (open === floor || tokens[open - 1].lower === ';' ||
    tokens[open - 1].lower === '.' || ITEM_MARKS.has(tokens[open - 1].lower)));
  if (!opensClause || open === colon || colon - open > LABEL_WORDS) return null;
  // With no mark a label is a noun phrase: a headline's clause ("Quake toll rises to 2,400") is no label.
  if (!marked && !nounLabel(tokens, open, colon)) return null;
  const last = tokens[colon - 1].lower;
  if (PEOPLE_ADJECTIVES.has(last) || PEOPLE_OBJECT_VERBS.has(last)) return 'person';
  // "The toll: 1,234", "Crowd: 12,500": a measure noun of its own unit labels as it does before a verb (a generic one,
  // "Total:", leaves the figure to the count before it).
  if (MEASURE_NOUNS.get(singularize(last))) return MEASURE_NOUNS.get(singularize(last))!;
  // A capitalised one-word label may be tagged as a name ("Population:"): the word itself is the head then.
  const np = nounPhraseAt(tokens, open, colon);
  const head = tokens[np ? np.head : colon - 1].lower;
  const one = singularize(head);
  if (LABEL_VOICES.has(head)) return null;
  return one !== head || HEADCOUNT_NOUNS.has(head) ? one : null;
}

/** Parts of speech that make a line's words a clause, not a label: "Toll rises to 2,400", "Deaths have reached 90". */
const CLAUSE_POS = new Set(['ADP', 'AUX', 'PART', 'SCONJ']);

/**
 * Are the words [open, end) a label with no mark ("Deaths 1,234", "Confirmed cases 4,512")? No preposition or auxiliary,
 * and no verb of change or value in a headline's present ("Quake toll rises to 2,400", "Flood toll hits 81"), which the
 * tagger may read as a plural noun.
 */
function nounLabel(tokens: Token[], open: number, end: number): boolean {
  for (let k = open; k < end; k++) {
    const w = tokens[k].lower;
    if (CLAUSE_POS.has(tokens[k].pos)) return false;
    if (/s$/.test(w) && (CHANGE_VERBS.has(w) || LINKING_VERBS.has(w) || LINKING_VERBS.has(w.slice(0, -1)))) return false;
  }
  return true;
}

/** Words that may stand between a bare figure and its people verb: "12 were killed", "300 have since fled". */
const VERB_FILLERS = new Set([...FINITE_BE, 'have', 'has', 'had', ...NONFINITE_BE, 'reportedly',
  'may', 'might', 'could', 'would', 'will', 'must',
  'also', 'later', 'since', 'still', 'now', 'all', 'more', 'who', 'remain', 'remained', 'remains', 'got', 'already']);
/** Adverbs of two words that stand among those fillers as one: "106 have so far been hospitalized" (round 24). */
const TWO_WORD_FILLERS = new Set(['so far', 'thus far', 'until now', 'up to now']);
/** Most fillers (a two-word one counting once) between a bare figure and its people verb. */
const MAX_FILLERS = 3;
/** Marks that close a quoted figure ("well over a million"). */
const CLOSING_QUOTES = new Set(['"', '”']);
/** Words of belief between a copula and what befell people ("were feared dead", "are believed to have drowned"). */
const BELIEF_WORDS = new Set(['feared', 'believed', 'presumed', 'thought', 'confirmed', 'reported', 'known', 'said']);

/**
 * A bare figure right before a verb whose subject is people counts people: "80,000 marched", "1,200 died", "340 were
 * arrested", "70,000 turned out", "3,000 took part", "14 remain missing". Returns the token after the verb, or -1.
 */
export function peopleVerbAfter(tokens: Token[], end: number, limit: number): number {
  // 'says "well over a million" attended': a scare-quoted figure's closing mark stands before its verb.
  if (end < limit && CLOSING_QUOTES.has(tokens[end].text)) end++;
  end = asideEnd(tokens, end, limit);
  let k = end;
  // An adverb in "-ly" stands among the fillers too: "hundreds peacefully marched", "300 eventually fled" (round 23).
  for (let n = 0; k < limit && n < MAX_FILLERS; n++) {
    if (k + 1 < limit && TWO_WORD_FILLERS.has(`${tokens[k].lower} ${tokens[k + 1].lower}`)) k += 2;
    else if (VERB_FILLERS.has(tokens[k].lower) || lyAdverb(tokens[k])) k++;
    else break;
  }
  // "1,000 were feared dead", "40 are believed to have died", "12 were confirmed killed": a word of belief after the
  // copula, then the people verb or adjective.
  if (k > end && k + 1 < limit && BELIEF_WORDS.has(tokens[k].lower)) {
    k++;
    if (tokens[k].lower === 'to') {
      const stop = k + 4;
      k++;
      while (k < limit && k < stop && (tokens[k].lower === 'have' || tokens[k].lower === 'be' || tokens[k].lower === 'been')) k++;
    }
  }
  if (k >= limit) return -1;
  const w = tokens[k].lower;
  if (PEOPLE_VERBS.has(w)) return k + 1;
  // Adjectives for people need a verb before them ("45 were injured"); "45 injured" is already a counted phrase.
  if (k > end && PEOPLE_ADJECTIVES.has(w)) return k + 1;
  const next = k + 1 < limit ? tokens[k + 1].lower : '';
  if (k > end && PEOPLE_STATES.has(`${w} ${next}`)) return k + 2;
  if (PEOPLE_PHRASES.get(w)?.includes(next)) return k + 2;
  return -1;
}

function lyAdverb(t: Token): boolean {
  return t.pos === 'ADV' && t.lower.length > 4 && t.lower.endsWith('ly');
}

/** Words that open an aside between a count and its verb ("At least 74, including eight Americans, were killed"). */
const ASIDE_OPENERS = new Set(['including', 'among', 'most', 'mostly', 'many', 'all', 'some', 'both', 'several']);
/** How far the closing comma of such an aside is looked for. */
const ASIDE_MAX = 12;

/** After a comma-bounded aside that starts at `end`, the token after its closing comma; else `end`. */
function asideEnd(tokens: Token[], end: number, limit: number): number {
  if (end + 2 >= limit) return end;
  // "312 including four civilians, were killed": "including" may open the aside with no comma before it (only it: "74
  // most of them" is no aside); the comma that closes it still marks where the figure's verb resumes.
  const opened = tokens[end].lower === ',' ? ASIDE_OPENERS.has(tokens[end + 1].lower) : tokens[end].lower === BARE_ASIDE_OPENER;
  if (!opened) return end;
  for (let k = end + 2; k < limit && k <= end + ASIDE_MAX; k++) if (tokens[k].lower === ',') return k + 1;
  return end;
}
/** The one aside opener that may follow a bare figure with no comma before it. */
const BARE_ASIDE_OPENER = 'including';

/** Copulas between a bare figure and the plural noun it counts ("Of those, 15 were children"). */
const COPULAS = FINITE_BE_SET;
/** Words that may stand between the copula and that noun ("40 were also women", "12 were all foreign fighters"). */
const COPULA_FILLERS = new Set(['all', 'also', 'reportedly', 'mostly', 'still']);

/**
 * The plural noun a bare figure is said to be, after a copula: "Of those, 15 were children" → `child`, "Among the dead,
 * 9 were police officers" → `officer`. The noun must open right there (no determiner: "15 were the first" names no
 * count) and be a plural noun; a participle ("were killed") is a people verb, read before this.
 */
export function copulaNoun(tokens: Token[], end: number, limit: number): string | null {
  if (end >= limit || !COPULAS.has(tokens[end].lower)) return null;
  let k = end + 1;
  while (k < limit && COPULA_FILLERS.has(tokens[k].lower)) k++;
  if (k >= limit) return null;
  // No verb takes an "-s" after "were": "12 were guards" is a plural noun, whatever the tagger says.
  const w = tokens[k].lower;
  if (tokens[k].pos === 'VERB' && /^[a-z]+s$/.test(tokens[k].text) && singularize(w) !== w &&
    (k + 1 >= limit || tokens[k + 1].type !== 'word')) return singularize(w);
  // A noun modifier the tagger took for a verb ("were police officers") is passed over to the noun after it.
  if (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ') {
    if (k + 1 >= limit || tokens[k + 1].pos !== 'NOUN') return null;
    k++;
  }
  const np = nounPhraseAt(tokens, k, limit);
  if (!np) return null;
  const head = tokens[np.head].lower;
  const one = singularize(head);
  return one !== head ? one : null;
}

/** Verbs that value an object at a figure: "put the magnitude at 5.7", "estimated the crowd at 20,000" (claims read a
 * source's own figure from them too: "police put the crowd at 12,000"). */
export const VALUING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'estimated', 'estimates', 'estimate', 'estimating', 'pegged',
  'pegs', 'placed', 'places', 'set', 'sets', 'gave', 'gives', 'revised', 'raised', 'lowered', 'counted']);

/**
 * The object noun a valuing verb puts at the figure: "the USGS put the magnitude at 5.7" → "magnitude", "gave the
 * death toll as 471" → "toll"; an adjective for people names them ("put the dead at 40" → "person"). A second object
 * after "<figure> and" shares the first's verb ("put the toll at 25,000 and the injured at 63,000" → "person"). A
 * pronoun object ("put it at 21 percent") names nothing, and the figure looks further back.
 */
export function valuedObject(tokens: Token[], start: number, floor: number): string | null {
  const at = start - 1;
  if (at - 2 < floor || (tokens[at].lower !== 'at' && tokens[at].lower !== 'as')) return null;
  // "a crowd estimated by police at 100,000": the noun after a passive's "by" values, it is not valued.
  if (passiveAgentBefore(tokens, at, floor)) return null;
  const head = tokens[at - 1];
  const people = PEOPLE_ADJECTIVES.has(head.lower);
  if (head.type !== 'word' || (head.pos !== 'NOUN' && !people)) return null;
  return valuingVerbBefore(tokens, at - 2, floor, true) ? (people ? 'person' : singularize(head.lower)) : null;
}

/** Words a passive's agent may take between "by" and "at": "estimated by the city's police at 100,000". */
const AGENT_WORDS = 4;

/**
 * Does the agent of a passive valuing verb end right before "at" (at `at`)? "A crowd informally estimated by police at
 * 100,000", "the toll, put by officials at 45": "by" within AGENT_WORDS words, a valuing verb right before it.
 */
function passiveAgentBefore(tokens: Token[], at: number, floor: number): boolean {
  for (let j = at - 1; j > floor && j >= at - AGENT_WORDS - 1; j--) {
    if (tokens[j].lower === 'by') return VALUING_VERBS.has(tokens[j - 1].lower);
    if (tokens[j].type !== 'word' && !isPossessiveEnding(tokens[j].lower)) return false;
  }
  return false;
}

/** How many words a figure and its hedge or unit may take between "at" and "and" in a list of valued objects. */
const VALUED_FIGURE_WORDS = 4;

/**
 * Does a valuing verb stand before the object that ends at `k` (at most three words back)? When `list` holds, a "<figure>
 * and" there goes back over the earlier "<object> at <figure>" to that object's verb.
 */
function valuingVerbBefore(tokens: Token[], k: number, floor: number, list: boolean): boolean {
  for (let j = k; j >= Math.max(floor, k - 3); j--) {
    if (VALUING_VERBS.has(tokens[j].lower)) return true;
    if (list && tokens[j].lower === 'and' && j - 1 >= floor) return earlierValued(tokens, j - 1, floor);
    if (tokens[j].type !== 'word' && !isPossessiveEnding(tokens[j].lower)) return false;
  }
  return false;
}

/** "put the toll at 25,000 [and]": the figure ending at `k` stands after "at"/"as" and a valued object. */
function earlierValued(tokens: Token[], k: number, floor: number): boolean {
  let sawFigure = false;
  for (let j = k; j >= Math.max(floor, k - VALUED_FIGURE_WORDS); j--) {
    const w = tokens[j].lower;
    if (tokens[j].type === 'number') sawFigure = true;
    else if ((w === 'at' || w === 'as') && sawFigure) {
      const head = tokens[j - 1];
      if (!head || j - 1 < floor || head.type !== 'word' || (head.pos !== 'NOUN' && !PEOPLE_ADJECTIVES.has(head.lower))) return false;
      return valuingVerbBefore(tokens, j - 2, floor, false);
    }
  }
  return false;
}

/**
 * The subject noun of a predicate figure: "Losses among ... have already reached several thousand" →
 * "loss". Only when the figure follows a verb (or "to"/"at" after one) and the sentence opens with a noun; not after a
 * verb of saying ("Officials said 1,200 ...": the figure opens the reported clause). Only a linking verb or a verb of change
 * makes its subject what the figure counts; the subject of any other verb is its agent ("Officials have counted
 * 12,345"), and the answer is '' then: the figure stays, with no unit of its own.
 */
export function predicateSubject(tokens: Token[], start: number, floor: number): string | null {
  let k = start - 1;
  const w = k >= floor ? tokens[k].lower : '';
  // "rose past 4,700": "past" after a verb of change stands where "to" would.
  if (w === 'to' || w === 'at' || w === 'by' || w === 'from' || w === 'of' || w === 'past') k--;
  while (k >= floor && tokens[k].pos === 'ADV') k--;
  if (k < floor || (tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX') || isReportingForm(tokens[k].lower)) return null;
  // "Officials have counted 12,345", "the hospital has treated 640": the subject of any other verb is its agent, and
  // the figure its object: '' (a subject stands there, and names nothing the figure counts).
  const verb = tokens[k].lower;
  // "a doctor said there were eight": an existential "there" is no subject; the count is of what the sentence counted
  // before (round 25), not of the outer clause's subject ("the government").
  if (k - 1 >= floor && tokens[k - 1].lower === 'there' && LINKING_VERBS.has(verb)) return null;
  const part = PART_VERBS.has(verb);
  const agent = !LINKING_VERBS.has(verb) && !CHANGE_VERBS.has(verb) && !part;
  // "which was 437,000 and is now 608,000": a predicate coordinated after a figure shares that figure's subject, which
  // the figure before it already names.
  if (afterFigureAnd(tokens, k, floor)) return null;
  // The first noun phrase of the clause: after a reporting verb, "that" or an opening phrase's comma ("police said the
  // marchers numbered 95,000", "According to X, deaths have reached 41,000"), else from the sentence start.
  const inner = LINKING_VERBS.has(verb) || part ? clauseStart(tokens, k, floor) : floor;
  // "the governor maintained that it is about 1,000": a pronoun subject of the inner clause is no noun of the outer one's.
  if (inner > floor && tokens[inner].pos === 'PRON' && PRONOUN_SUBJECTS.has(tokens[inner].lower)) return null;
  const open = clauseOpen(tokens, k, floor);
  // Past a fronted phrase or a subordinator only for a verb whose subject is counted (an agent's stays unread there).
  const subject = (inner > floor ? subjectAt(tokens, inner, k, false) : null) ?? subjectAt(tokens, open, k, true) ??
    (agent ? null : subjectAt(tokens, frontedEnd(tokens, open, k), k, false));
  // "The deaths included 32": a plural subject names the whole the figure is part of; "the package included 300" names none.
  if (part && subject !== null && !pluralIn(tokens, subject, open, k)) return '';
  return subject !== null && agent ? '' : countedSubject(tokens, subject, open, k);
}

/** Pronouns that may be the subject of a reported clause's figure ("that it is about 1,000", "they numbered 9,000"). */
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'this', 'these']);
/** Verbs whose figure is a part of their subject: "the dead included 12 children", "the deaths included 32 in July". */
const PART_VERBS = new Set(['included', 'include', 'includes']);

/** Is the subject (singular) written as a plural noun, or as an adjective for people ("the dead"), in [open, k)? */
function pluralIn(tokens: Token[], subject: string, open: number, k: number): boolean {
  for (let j = open; j < k; j++) {
    const w = tokens[j].lower;
    if ((w !== subject && singularize(w) === subject) || (w === subject && PEOPLE_ADJECTIVES.has(w))) return true;
  }
  return false;
}

/** Words opening a subordinate clause whose subject follows them (the tagger may call "as" a preposition). */
const SUBORDINATORS: ReadonlySet<string> = new Set(SUBJECT_FOLLOWS);
/** How many tokens a fronted phrase before the subject may take: "Across the state,", "In the three hardest-hit districts,". */
const FRONTED_MAX = 8;

/**
 * Where the subject starts after what a clause opening at `m` puts before it: a subordinator ("As the death toll kept
 * rising, reaching 17": the participle's subject is the one after "As") or a fronted prepositional phrase up to its comma
 * ("Across the state, the number of children ... has reached 19"). `m` when the clause opens with neither.
 */
function frontedEnd(tokens: Token[], m: number, k: number): number {
  if (m >= k) return m;
  if (tokens[m].pos === 'SCONJ' || SUBORDINATORS.has(tokens[m].lower)) return m + 1;
  if (tokens[m].pos !== 'ADP') return m;
  for (let j = m + 1; j < k && j <= m + FRONTED_MAX; j++) {
    if (tokens[j].lower === ',') return j + 1;
    if (tokens[j].type === 'number' || tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return m;
  }
  return m;
}

/**
 * A generic measure noun as subject ("the number of children who died has reached 19", "the tally of the dead stood at
 * 40") counts what its "of" phrase names; any other subject is returned as it is.
 */
function countedSubject(tokens: Token[], subject: string | null, open: number, k: number): string | null {
  if (subject === null || MEASURE_NOUNS.get(subject) !== '') return subject;
  for (let j = open; j < k; j++) {
    if (singularize(tokens[j].lower) === subject) return ofNoun(tokens, j + 1, k) ?? subject;
  }
  return subject;
}

/** Parts of speech between "it", its verb and the figure: auxiliaries, adverbs, "at"/"to" and hedges ("more than"). */
const PREDICATE_FILLERS = new Set(['AUX', 'ADV', 'ADP', 'ADJ', 'SCONJ', 'PART']);
/** Pronouns that stand for the last sentence's subject as a predicate figure's subject ("It now stands at 2,417"). */
const SUBJECT_PRONOUNS = new Set(['it', 'this', 'that']);

/**
 * "The death toll rose again on Tuesday. It now stands at 2,417." → `toll`: a predicate figure whose subject is "it"
 * (a linking or change verb between them) measures what the sentence before measured, read as a measure noun before that
 * sentence's first verb. `prevFloor` is that sentence's start in the same paragraph, or -1.
 */
export function pronounSubject(tokens: Token[], start: number, floor: number, prevFloor: number): string | null {
  if (prevFloor < 0 || !SUBJECT_PRONOUNS.has(tokens[floor].lower)) return null;
  let linked = false;
  for (let k = floor + 1; k < start; k++) {
    const t = tokens[k];
    if (LINKING_VERBS.has(t.lower) || CHANGE_VERBS.has(t.lower)) linked = true;
    else if (!PREDICATE_FILLERS.has(t.pos)) return null;
  }
  if (!linked) return null;
  // The first verb; a participle for people inside the subject ("the number of displaced people") is none.
  for (let k = prevFloor; k < floor; k++) {
    const verb = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
    if (verb && !PEOPLE_ADJECTIVES.has(tokens[k].lower)) return measureNounBefore(tokens, k, prevFloor, null);
  }
  return null;
}

/** How many tokens back a tally "it" stands for is looked for: about two sentences, across a paragraph break. */
const TALLY_LOOKBACK = 60;
/** Most tokens between "it" and its figure: "it is now about", "it had already risen to". */
const IT_REACH = 6;

/**
 * "Officials did not expect the toll to grow. 'We estimate it is in the dozens,' he said", "the toll may pass 10,000.
 * ... the governor has been maintaining that it is about 1,000", "the governor puts it at 1,000": a figure whose subject
 * (a linking or change verb between) or whose valued object is "it", opening a reported clause ("that" or a verb of
 * belief or saying before it), stands for the tally a sentence or two before named: the nearest
 * measure noun of a unit of its own ("toll", "crowd", "turnout"). `start` is where the figure or its idiom begins.
 */
export function pronounTally(tokens: Token[], start: number, floor: number): string | null {
  const it = itBefore(tokens, start, floor);
  if (it < 0) return null;
  for (let k = it - 1; k >= 0 && k >= it - TALLY_LOOKBACK; k--) {
    const unit = MEASURE_NOUNS.get(tokens[k].lower);
    if (unit && tokens[k].pos !== 'VERB' && unit !== 'index') return unit;
  }
  return null;
}

/** The token of the "it" a figure at `start` is said or valued of, opening its clause; -1 when there is none. */
function itBefore(tokens: Token[], start: number, floor: number): number {
  // "puts it at 1,000": the valued object.
  if (start - 3 >= floor && tokens[start - 1].lower === 'at' && tokens[start - 2].lower === 'it' &&
    VALUING_VERBS.has(tokens[start - 3].lower)) return start - 2;
  let linked = false;
  for (let k = start - 1; k >= floor && k >= start - IT_REACH; k--) {
    const t = tokens[k];
    if (t.lower === 'it') {
      // Inside a reported clause only: a sentence that opens with "It" keeps to its paragraph (pronounSubject).
      const before = k > floor ? tokens[k - 1] : null;
      const opens = !!before && (before.lower === 'that' || before.pos === 'VERB');
      return linked && opens ? k : -1;
    }
    if (LINKING_VERBS.has(t.lower) || CHANGE_VERBS.has(t.lower)) linked = true;
    else if (!PREDICATE_FILLERS.has(t.pos) && t.pos !== 'DET') return -1;
  }
  return -1;
}

/** Does the verb group ending at `k` follow "<figure> and" (over at most two auxiliaries and adverbs)? */
function afterFigureAnd(tokens: Token[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && j >= k - 2 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
  return j - 1 >= floor && tokens[j].lower === 'and' && tokens[j - 1].type === 'number';
}

/**
 * Verbs whose subject is what their figure counts ("the marchers numbered 95,000", "deaths have reached 41,000"); a
 * subject read after a comma or a verb of saying must take one of them ("officials counted 400" counts no officials).
 */
const LINKING_VERBS: ReadonlySet<string> = new Set(['numbered', 'number', 'numbers', 'reached', 'reach', 'reaches',
  // A participle after the clause it continues: "the toll kept rising, reaching 17".
  'reaching', 'numbering', 'totaling', 'totalling', 'standing',
  'totaled', 'totalled', 'total', 'totals', 'stood', 'stands', 'stand', 'was', 'were', 'is', 'are', 'been', 'rose', 'risen',
  'climbed', 'swelled', 'grew', 'jumped', 'fell', 'dropped', 'topped', 'exceeded', 'exceeds', 'surpassed', 'passed', 'remained',
  // A quake or a storm measures its own figure: "The quake measured 7.4".
  'measured', 'measures', 'measuring', 'weighed', 'weighs',
  'remains', 'amounted', 'hit']);

/** The head of the noun phrase opening [m, k) when it is the clause's subject, singular; null otherwise. */
function subjectAt(tokens: Token[], m: number, k: number, atSentenceOpen: boolean): string | null {
  const opens = m;
  while (m < k && (tokens[m].pos === 'DET' || tokens[m].pos === 'CCONJ' || tokens[m].pos === 'PUNCT' || tokens[m].pos === 'ADJ')) m++;
  // "Acme's global workforce stands at", "TCS' strength": a possessor's name before the subject noun owns it (the noun
  // after it must be tagged one).
  const owned = possessorEnd(tokens, m, k);
  if (owned > m) {
    m = owned;
    while (m < k && tokens[m].pos === 'ADJ') m++;
    if (m >= k || tokens[m].pos !== 'NOUN') return null;
  }
  // Sentence-initial words are often tagged PROPN for their capital ("Losses among ..."); a name
  // ("Lula's Workers' Party won about 250") is not a counted subject.
  if (m >= k) return null;
  const sentenceInitialWord = m === opens && tokens[m].pos === 'PROPN' && m + 1 <= k && tokens[m + 1].pos !== 'PROPN' &&
    tokens[m + 1].pos !== 'PART' && (atSentenceOpen || /^[a-z]/.test(tokens[m].text));
  if (!(tokens[m].pos === 'NOUN' || sentenceInitialWord)) return null;
  const np = nounPhraseAt(tokens, m, k);
  if (!np) return null;
  return singularize(tokens[np.head].lower);
}

/** Most words of a possessor's name before its "'s": "the Tata Consultancy Services' workforce". */
const POSSESSOR_WORDS = 4;

/** After a name (capitalised words) and its possessive ending opening at m, the token after the ending; else m. */
function possessorEnd(tokens: Token[], m: number, k: number): number {
  let j = m;
  while (j < k && j < m + POSSESSOR_WORDS && tokens[j].pos === 'PROPN' && /^[A-Z]/.test(tokens[j].text)) j++;
  return j > m && j + 1 < k && POSSESSIVE_MARKS.has(tokens[j].lower) && tokens[j + 1].type === 'word' ? j + 1 : m;
}

/** How far back a clause start is looked for before the sentence start is taken. */
const CLAUSE_LOOKBACK = 40;

/** The token after the last ";" or ":" before `k` (a few dozen tokens at most), else the sentence start. */
function clauseOpen(tokens: Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor && j >= k - CLAUSE_LOOKBACK; j--) {
    if (tokens[j].lower === ';' || tokens[j].lower === ':') return j + 1;
  }
  return floor;
}

/** How far back a reported clause's start is looked for: a subject phrase and its verb group. */
const SUBJECT_LOOKBACK = 10;

/**
 * The token after the nearest boundary of a reported or introduced clause before the verb at `k`: a verb of saying, "that",
 * or a comma ("police said the marchers numbered", "According to the ministry, deaths ... have reached"); `floor` if none
 * stands within a few tokens.
 */
function clauseStart(tokens: Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor && j >= k - SUBJECT_LOOKBACK; j--) {
    const w = tokens[j].lower;
    if (w === ';' || w === ':') return floor;
    if (w === ',' || w === 'that' || ((tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && isReportingForm(w))) return j + 1;
  }
  return floor;
}

/** Particles of phrasal verbs of getting or giving ("pick up", "take in", "hand out", "give back"). */
const PARTICLES = new Set(['up', 'in', 'out', 'off', 'back', 'away', 'down']);

/** Words before a figure that add to an earlier count ("another 300", "a further 900", "an additional 40"). */
export const ADDED_COUNT: ReadonlySet<string> = new Set(['another', 'further', 'additional']);

/**
 * A bare figure continues an earlier sentence's count only as the object of a verb or a preposition
 * ("won about 250, up from 183", "a higher toll of 15"); "He was 25" does not.
 */
export function continuesCount(tokens: Token[], start: number, end: number, floor: number, limit: number): boolean {
  // "Five crashed at sea, 16 reached the docks": a figure opening its clause before a verb is that verb's subject,
  // a part of what was counted before (round 35).
  if (clauseSubject(tokens, start, end, floor, limit)) return true;
  if (start <= floor) return false;
  const prev = tokens[start - 1];
  // "Another 300 were damaged", "a further 900": more of what was counted before.
  if (ADDED_COUNT.has(prev.lower)) return true;
  if (prev.pos === 'VERB') return true;
  // A phrasal verb's particle: "Sanders will pick up 14", "the party took in 40".
  if (PARTICLES.has(prev.lower) && start - 2 >= floor && tokens[start - 2].pos === 'VERB') return true;
  // "Trump has 221 delegates. Cruz has 69": "has" right before a figure is the verb of having, no auxiliary.
  if (prev.lower === 'has' || prev.lower === 'have' || prev.lower === 'had') return true;
  // "They show the Varnia Front with 114,345": a name "with" a figure holds a share of the count before (round 34).
  if (prev.lower === 'with' && start - 2 >= floor && namedHolder(tokens[start - 2])) return true;
  return prev.lower === 'of' || prev.lower === 'to' || prev.lower === 'from' || prev.lower === 'at' || prev.lower === 'by';
}

/** A capitalised name's last word: the holder of a figure after "with". */
function namedHolder(t: Token): boolean {
  return t.pos === 'PROPN' && /^[A-Z]/.test(t.text);
}

/** Words after which a figure opens a clause of a series: "Five crashed, 16 reached the docks and three hit a tanker". */
const SERIES_OPENERS = new Set([',', ';', 'and']);

/**
 * The figure from `start` to `end` is the subject of a verb in the past tense right after it, and opens its sentence or a
 * clause of a series. A bare present ("Twelve say ...") or a noun after it ("2019 saw" is a year, excluded before) are
 * left out by the verb's tag and form.
 */
function clauseSubject(tokens: Token[], start: number, end: number, floor: number, limit: number): boolean {
  if (end >= limit) return false;
  const verb = tokens[end];
  if (verb.pos !== 'VERB' || isReportingForm(verb.lower)) return false;
  if (!/ed$/.test(verb.lower) && !PAST_IRREGULAR.has(verb.lower)) return false;
  return start === floor || SERIES_OPENERS.has(tokens[start - 1].lower);
}
