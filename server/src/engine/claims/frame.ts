// Parts of the claim frame read from the words around a figure: a rate's denominator, a difference, a superseded value,
// and whose figure a held count is. Each answers one question about one figure, in a few bounded token look-ups.
import { BoundedMemo } from '../text/boundedMemo';
import { titleDescriptionStart } from './titleHolder';
import { nomineeDescriptionStart } from './nomineeHolder';
import { isFieldCount } from './fieldCount';
import type { EntityMention, Sentence, Token } from '../types';
import { firstStartingAt } from '../text/offsets';
import { clauseEndIndex } from './tokens';
import type { IndexLookup } from '../text/indexSet';
import { foldKey } from '../entities/fold';
import { hedgeEnd, hedgeStart } from '../quantities/hedges';
import { MULTIPLE_WORDS } from '../quantities/units';
import { DAY_PARTS, DAY_WORDS, MONTH_NAME_LIST, MONTH_NAMES_BUT_MAY, WEEKDAYS } from '../dates/lexicon';
import { CONTRAST_JOINS } from '../text/subordinators';
import { WORD_SCALES } from '../quantities/numbers';
import { BOUND_NOUNS, COMPARED_TO, isYardstickDate, TALLIES, YARDSTICK_NOUNS } from '../text/yardsticks';
import { ARTICLES, NOUN_DETERMINERS } from './claimWords';
import { POSSESSIVE_ENDINGS, POSSESSIVE_MARKS } from '../text/possessive';
import { phraseWords } from './phraseWords';
import { SentenceMemo } from './sentenceMemo';
import { FINITE_BE_SET } from '../text/beVerbs';
import { FIRST_PERSON, WH_RELATIVES } from '../text/pronouns';
import { WINNER_FIRST_VERBS } from './contestVerbs';
import { REVISION_VERBS, type ChangeWay } from '../text/tallyVerbs';
import { ballotOption } from './ballotOption';

export { BOUND_NOUNS, isYardstickDate, TALLIES };

/** Words that open a rate's denominator: "17 deaths per million", "171 for every 100,000 people". */
const RATE_LEADS = new Set(['per', 'every']);
/** Denominator words after the lead: a count of people or a round number. */
const DENOMINATORS = new Set(['capita', 'head', 'person', 'people', 'inhabitant', 'inhabitants', 'resident', 'residents',
  'population', 'thousand', 'million', 'billion', 'hundred', 'birth', 'births', 'live']);

function isNumber(t: Token | undefined): boolean {
  return !!t && (t.type === 'number' || t.pos === 'NUM');
}

/**
 * The denominator of a rate ("per-million", "per-100000", "per-capita") when the figure at tokens [qa, qb) is followed by
 * one, else null. A rate is its own measure: 17.1 deaths per million is no rival of 4.7 million deaths.
 */
export function rateDenominator(tokens: readonly Token[], qb: number): string | null {
  let i = qb;
  if (tokens[i]?.lower === 'for' && tokens[i + 1]?.lower === 'every') i++;
  if (!RATE_LEADS.has(tokens[i]?.lower ?? '')) return null;
  i++;
  if (tokens[i]?.lower === 'a' || tokens[i]?.lower === 'one') i++;
  const parts: string[] = [];
  if (isNumber(tokens[i])) parts.push(tokens[i++].text.replace(/,/g, ''));
  if (WORD_SCALES.has(tokens[i]?.lower ?? '')) parts.push(tokens[i++].lower);
  else if (!parts.length && DENOMINATORS.has(tokens[i]?.lower ?? '')) parts.push(tokens[i].lower === 'head' ? 'capita' : tokens[i].lower);
  return parts.length ? `per-${parts.join('-')}` : null;
}

const PER_CAPITA_WORDS: ReadonlySet<string> = new Set(['capita', 'head']);
/**
 * "per capita GDP of $3,020", "income per head was £2,000": "per capita" or "per head" around the metric word at `at`
 * (the figure's event word) makes the figure a rate per person ("per-capita"), no rival of the whole's figure; null
 * when none stands there. Four token reads, whatever the clause.
 */
export function perCapitaAt(tokens: readonly Token[], at: number): string | null {
  if (at < 0) return null;
  const before = PER_CAPITA_WORDS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'per';
  const after = tokens[at + 1]?.lower === 'per' && PER_CAPITA_WORDS.has(tokens[at + 2]?.lower ?? '');
  return before || after ? 'per-capita' : null;
}

/**
 * "3.2 cases per 100,000 people": the quantity recognizer keeps a rate's population in its unit (`case/100000`); the
 * claim reads it as the counted unit and the rate's denominator (`per-100000`), like a denominator after the figure.
 */
export function populationRate(unit: string): { unit: string; rate: string } | null {
  const slash = unit.lastIndexOf('/');
  if (slash <= 0 || !/^\d+$/.test(unit.slice(slash + 1))) return null;
  return { unit: unit.slice(0, slash), rate: `per-${unit.slice(slash + 1)}` };
}

/** The common base of rates over a number of people: every such rate is read per 100,000. */
const RATE_BASE = 100_000;
export const RATE_BASE_NAME = 'per-100000';

/**
 * How much a rate with denominator `rate` ("per-million", "per-100000", "per-100-thousand") must be multiplied by to be
 * read per 100,000; null for denominators that are no round number of people ("per-capita", "per-birth").
 */
export function rateScale(rate: string): number | null {
  const parts = rate.split('-').slice(1);
  let base = 1;
  let numeric = false;
  for (const p of parts) {
    const m = WORD_SCALES.get(p);
    if (m) base *= m;
    else if (/^\d+(\.\d+)?$/.test(p)) base *= Number(p);
    else return null;
    numeric = true;
  }
  return numeric && base >= 10 ? RATE_BASE / base : null;
}

/** "for every 100,000 people", "per 1,000 births": the figure is a rate's denominator, not a claim of its own. */
export function isDenominator(tokens: readonly Token[], qa: number): boolean {
  return RATE_LEADS.has(tokens[qa - 1]?.lower ?? '');
}

/** Words between "net" and the figure: "a net loss of 100 jobs", "net job losses of 2,000". */
const NET_GAP = 4;

/**
 * "a net loss of 100 jobs", "100 net job cuts", "net migration of 20,000": the balance of two flows, no rival of either
 * flow ("1,150 jobs cut" with 1,050 created elsewhere is a net loss of 100). `eventAt` is the event word's token or -1.
 */
export function isNet(tokens: readonly Token[], qa: number, qb: number, ca: number, eventAt: number): boolean {
  for (let i = qa - 1; i >= ca && i >= qa - NET_GAP; i--) if (tokens[i].lower === 'net') return true;
  const last = eventAt > qb ? Math.min(eventAt, qb + NET_GAP) : qb;
  for (let i = qb; i < last; i++) if (tokens[i].lower === 'net') return true;
  return false;
}

/**
 * Words right after a figure that make it an increment: "six more years", "300 extra flights", "10 other bodies" (counted
 * besides those already counted; "300 others" names a group of its own).
 */
const INCREMENTS = new Set(['more', 'extra', 'other']);
/**
 * Words right after a figure that make it a count of a group its sentence does not name but points back to: "we found
 * eight such patients" counts those like the ones just described, a part of some count, no level of the count its noun
 * names (round 34).
 */
const POINTS_BACK = new Set(['such']);

function thanWithin(tokens: readonly Token[], from: number, cb: number): boolean {
  for (let j = from; j < Math.min(from + 8, cb); j++) if (tokens[j].lower === 'than') return true;
  return false;
}

const COMPARATIVES = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'greater', 'larger', 'smaller', 'bigger']);
/** Tokens after a comparative within which its "than" is looked for. */
const THAN_REACH = 16;

/**
 * "9.49 million more deaths than reported", "300 fewer jobs than forecast": the figure is a difference between two
 * counts, not a level. The comparative must follow the number (a hedge "more than 300" comes before it).
 */
/** The token right after the figure's number and its scale words: "100 more", "2 million more". */
export function afterNumber(tokens: readonly Token[], qa: number, qb: number): number {
  let n = qa;
  while (n < qb && !isNumber(tokens[n])) n++;
  let m = n + 1;
  while (m < qb && (isNumber(tokens[m]) || WORD_SCALES.has(tokens[m].lower))) m++;
  return m;
}

export function isDifference(tokens: readonly Token[], qa: number, qb: number, cb: number): boolean {
  let n = qa;
  while (n < qb && !isNumber(tokens[n])) n++;
  // "six more years", "20 more bodies", "300 extra flights": an increment on a count the words leave out, no level.
  let m = n + 1;
  while (m < qb && (isNumber(tokens[m]) || WORD_SCALES.has(tokens[m].lower))) m++;
  const after = tokens[m]?.lower ?? '';
  if (INCREMENTS.has(after) && !thanWithin(tokens, m + 1, cb)) return true;
  if (POINTS_BACK.has(after)) return true;
  if (gapAfter(tokens, Math.max(m, qb), cb, m >= qb ? after : tokens[qb]?.lower ?? '')) return true;
  // "another 1,300 flights", "an additional 700", "a further 20 bodies": added to a count stated before.
  // A hedge may stand between them: "another nearly 300", "a further about 20".
  const b = hedgeStart(tokens, qa, Math.max(0, qa - 3)) - 1;
  const w = tokens[b]?.lower;
  if (w === 'another' || ((w === 'additional' || w === 'further') && (tokens[b - 1]?.lower === 'an' || tokens[b - 1]?.lower === 'a'))) return true;
  // "at least another 13,000", "up to another 500": the hedge before "another" takes it into the figure's own span.
  for (let i = qa; i < n; i++) if (tokens[i].lower === 'another') return true;
  if (w === 'of' && GAP_NOUNS.has(tokens[b - 1]?.lower ?? '')) return true;
  if (w !== undefined && gapSubject(tokens, b, w)) return true;
  for (let i = n + 1; i < Math.min(qb + 2, cb); i++) {
    // "a million people (more than 5% of the population)": a comparative in an aside compares the aside's own figure.
    const t = tokens[i];
    if (t.text === '(') break;
    if (!COMPARATIVES.has(t.lower)) continue;
    // "between 426 and 978 more people died during the week ending Feb. 20 than the state counted": the "than" may
    // come after the verb and a time phrase, within the clause and before a comma.
    for (let j = i + 1; j < Math.min(i + THAN_REACH, cb); j++) {
      if (tokens[j].lower === 'than') return true;
      if (tokens[j].text === ',' || tokens[j].text === ';') break;
    }
  }
  return false;
}

/** Nouns of the gap between two figures: "a 13-point difference between", "a gap of 4 points", "a margin of 2%". */
const GAP_NOUNS = new Set(['difference', 'gap', 'margin', 'spread', 'differential']);
/** Words between a figure and its gap noun: "a 7.4% point difference", "a 5 percentage-point gap". */
const GAP_LINKS = new Set(['point', 'points', 'percentage', 'percentage-point', 'percentage-points', '-']);

/**
 * "a 7.4% point difference between food and non-food inflation", "a gap of 4 points", "a margin of 2%" (round 23): the
 * figure is the gap between two figures, no level of either.
 */
function gapAfter(tokens: readonly Token[], i: number, cb: number, first: string): boolean {
  // The first word is the caller's, already read: this runs for every figure (claims-work.test.js bounds the reads).
  let w = first;
  for (let k = i; k < Math.min(cb, i + 3); w = tokens[++k]?.lower ?? '') {
    if (GAP_NOUNS.has(w)) return true;
    if (!GAP_LINKS.has(w)) break;
  }
  return false;
}

/** Verbs that link a subject to the figure after them: "the gap between them was $9 billion", "stood at", "amounted to". */
const GAP_LINK_VERBS = new Set(['was', 'is', 'were', 'are', 'stood', 'stands', 'amounted', 'amounts', 'reached', 'totalled',
  'totaled', 'widened', 'narrowed']);
/** Prepositions a link verb may take before the figure: "stood at", "amounted to". */
const GAP_LINK_PREPS = new Set(['at', 'to']);
/** Tokens back from the link verb within which the gap noun of its subject may stand: "the difference in export earnings
 * between the two agencies was". */
const GAP_SUBJECT_REACH = 12;
/**
 * "the gap in grain output between the two ministries was 3 million tonnes" (round 45): a gap noun followed by
 * its "between" as the subject of the verb that links it to the figure, the gap of two figures, no level of either. `b`
 * is the token right before the figure (past its hedge), `w` its word; read on only where it is a link verb or its
 * preposition.
 */
function gapSubject(tokens: readonly Token[], b: number, w: string): boolean {
  // `w` is the caller's read of tokens[b]: a figure after no link word costs no read (claims-work.test.js).
  let v = b;
  if (GAP_LINK_PREPS.has(w)) v--;
  else if (!GAP_LINK_VERBS.has(w)) return false;
  if (v < b && !GAP_LINK_VERBS.has(tokens[v]?.lower ?? '')) return false;
  let between = false;
  for (let k = v - 1; k >= Math.max(0, v - GAP_SUBJECT_REACH); k--) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '\n') return false;
    if (t.lower === 'between') between = true;
    else if (GAP_NOUNS.has(t.lower)) return between;
  }
  return false;
}

/** Words before a figure that make it a value the report says was replaced: "an earlier toll of seven", "up from 3.7%". */
export const SUPERSEDED_TEXT = /\b(?:earlier|previous|previously|initial|initially|original|originally)\b/i;
const SUPERSEDED = new Set(['earlier', 'previous', 'previously', 'initial', 'initially', 'original', 'originally']);
/**
 * Words after "earlier" that make it a time phrase ("earlier this month", "earlier in the day", "earlier on Monday",
 * "earlier today"): when the figure was given, not a mark that it was replaced. Derived from the date lexicon.
 */
const EARLIER_TIME_NEXT: ReadonlySet<string> = new Set(['this', 'in', 'on', ...DAY_WORDS.keys(), ...WEEKDAYS.keys(),
  ...DAY_PARTS]);
/** "earlier" at i opens a time phrase ("earlier this month", "earlier in the day"). */
function earlierAsTime(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'earlier' && EARLIER_TIME_NEXT.has(tokens[i + 1]?.lower ?? '');
}
/**
 * "the toll from the cyclone earlier this month has climbed to 77,738": the time phrase dates an event a noun names, no
 * mark that the figure was replaced. After a verb it dates a statement ("Nyusi speculated earlier this week that more
 * than 1,000 had died"): an earlier statement, which stays a superseded value.
 */
function eventTime(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return earlierAsTime(tokens, i) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN');
}
/** Tokens after a time phrase where the agent ("by an opposition party") of a figure's participle may stand. */
const AGENT_AFTER_TIME = 6;
/** "the more than 500 cited earlier in the day by an opposition party": a time phrase, then the participle's agent. */
function agentGivenAt(tokens: readonly Token[], i: number): boolean {
  if (!earlierAsTime(tokens, i)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + AGENT_AFTER_TIME); k++) {
    if (tokens[k].lower === 'by') return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') return false;
  }
  return false;
}
/** Adverbs right after a figure and its noun that say it was replaced: "the 500 deaths originally reported". */
const SUPERSEDED_AFTER = new Set(['originally', 'initially', 'previously']);
/** Tokens back from "from X" where the later value of the change may stand: "to 85.5% in late October, from". */
const FROM_REACH = 7;
const FROM_LEADS = new Set(['up', 'down', 'revised', 'lowered', 'raised', 'cut', 'corrected', 'adjusted']);

/**
 * A statement the report sets before its present gives the figure: "had earlier told al-Arabiya TV that 635 people had
 * been killed", "had previously stated that nine children were in hospital". The cue of an attribution before the figure
 * (`cueStarts`, token indexes) right after "had" and a word of SUPERSEDED: an earlier stage of the count, as "an earlier
 * toll of seven" is, no rival of the present ones. ("had earlier put the toll at 288" is read by earlierStated's window.)
 * Two reads per cue: a line of thousands of figures costs no more per token.
 */
export function saidEarlier(tokens: readonly Token[], cueStarts: readonly number[], qa: number): boolean {
  for (const c of cueStarts) {
    if (c < 2 || c >= qa) continue;
    if (SUPERSEDED.has(tokens[c - 1].lower) && tokens[c - 2].lower === 'had') return true;
  }
  return false;
}

/**
 * The cue of the figure's attribution comes right after "earlier", "previously" or "initially": "Authorities, who earlier
 * said 176 people died", "had earlier told al-Arabiya TV that 635": a voice's own earlier word, named as such.
 */
export function earlierCue(tokens: readonly Token[], cueStarts: readonly number[], qa: number): boolean {
  return cueStarts.some(c => c >= 1 && c < qa && SUPERSEDED.has(tokens[c - 1].lower));
}

/**
 * The superseded figure is a voice's earlier word ("Authorities, who earlier said 176", "the initial list of 3,200", "the
 * 500 deaths originally reported"), told by the report with no new value in its sentence: what that voice once counted,
 * still a rival of another named voice's count (check/claimIndex.ts, `earlierWordApart`), never of its own later one.
 */
export function earlierStated(tokens: readonly Token[], qa: number, qb: number, ca: number): boolean {
  for (let i = qa - 1; i >= Math.max(ca, qa - 6); i--) {
    const w = tokens[i].lower;
    if (SUPERSEDED.has(w) && !eventTime(tokens, i)) return true;
    // Each token read once: a line of thousands of figures costs no more per figure (claims-work.test.js).
    if (i === qa - 1 && w === 'at' && earlierPut(tokens, qa)) return true;
  }
  // "the nearly 500 deaths originally reported": the adverb right after the counted noun.
  if (SUPERSEDED_AFTER.has(tokens[qb]?.lower ?? '')) return true;
  // "than the 10,000 estimated earlier": a participle, then the adverb; not "500 cited earlier in the day by a party",
  // another voice's figure, its agent named, dated by when it was given.
  const next = tokens[qb + 1]?.lower ?? '';
  return (tokens[qb]?.lower ?? '').endsWith('ed') && (SUPERSEDED_AFTER.has(next) || (next === 'earlier' && !agentGivenAt(tokens, qb + 1)));
}

/** Verbs that set a count "at" a figure: "put the number of missing at 212", "had initially estimated the crowd at". */
const PUT_AT_VERBS = new Set(['put', 'puts', 'pegged', 'placed', 'estimated', 'set', 'fixed']);
/** Most tokens between such a verb and the "at" of its figure: "put the number of people killed in the quake at". */
const PUT_AT_REACH = 10;

/**
 * "had earlier put the number of missing at 212", "initially estimated the crowd at 4,000": the putting verb right after a
 * word of SUPERSEDED sets the figure as a voice's earlier word, however long its object (round 31). Asked when "at" stands
 * right before the figure; only across words: punctuation ends the search.
 */
function earlierPut(tokens: readonly Token[], qa: number): boolean {
  for (let v = qa - 2; v >= Math.max(1, qa - 2 - PUT_AT_REACH); v--) {
    if (tokens[v].type === 'punctuation') return false;
    if (PUT_AT_VERBS.has(tokens[v].lower)) return SUPERSEDED.has(tokens[v - 1].lower) && !eventTime(tokens, v - 1);
  }
  return false;
}

/** Adverbs before "after" that put a sentence at an event's outset: "Shortly after the war broke out, ...". */
const OUTSET_ADVERBS = new Set(['shortly', 'soon', 'immediately', 'just']);
/** Verbs of an event's start: "broke out", "began", "erupted". */
const OUTSET_VERBS = new Set(['broke', 'began', 'begun', 'started', 'erupted']);
/** Words between "after" and the start verb: "the war", "the fighting in the region". */
const OUTSET_REACH = 6;
/**
 * "Shortly after the war broke out, the authorities began accusing Georgia of killing 1,500 civilians": a sentence that
 * opens at its event's outset tells what was claimed then, an earlier stage of the count (round 27), when its comma comes
 * before the figure.
 */
export function atOutset(tokens: readonly Token[], s: Sentence, qa: number): boolean {
  const a = s.tokenStart;
  if (!OUTSET_ADVERBS.has(tokens[a]?.lower ?? '') || tokens[a + 1]?.lower !== 'after') return false;
  for (let k = a + 2; k < Math.min(qa, a + 3 + OUTSET_REACH); k++) {
    if (OUTSET_VERBS.has(tokens[k].lower)) return tokens[k + 1]?.text === ',' || tokens[k + 2]?.text === ',';
    if (tokens[k].text === ',' || tokens[k].type === 'number') return false;
  }
  return false;
}

/**
 * "The previous toll given by the ministry stood at 24 killed": the clause's tally, called earlier, previous or initial,
 * is what the figure states, however far back (round 25). No other figure may stand between (its own tally).
 */
export function supersededTally(tokens: readonly Token[], qa: number, ca: number): boolean {
  let tally = -1;
  for (let p = ca; p < qa - 1; p++) if (SUPERSEDED.has(tokens[p].lower) && TALLIES.has(tokens[p + 1].lower)) tally = p + 1;
  if (tally < 0) return false;
  for (let i = tally + 1; i < qa; i++) if (tokens[i].pos === 'NUM') return false;
  return true;
}

/** The figure is the old value of a change its sentence states ("up from 3.7%", "revised from 9 to 12", "275 and not 288"). */
export function changedFrom(tokens: readonly Token[], qa: number, qb: number, ca: number): boolean {
  // "is 275 and not 288", "killed 4,600 people, not 64": a value the report sets aside for the one before it.
  const before = tokens[qa - 1]?.lower;
  if (before === 'not' && (tokens[qa - 2]?.lower === 'and' || tokens[qa - 2]?.lower === ',')) return true;
  // "down from an official count of 41", "up from a toll of 30": the change's earlier value, named by its tally.
  if (before === 'of' && TALLIES.has(tokens[qa - 2]?.lower ?? '')) return tallyFromChange(tokens, qa - 3, ca);
  if (heldBefore(tokens, qa)) return true;
  if ((before === 'from' || before === 'the') && revisedFrom(tokens, qa, ca, before)) return true;
  if (before !== 'from') return false;
  if (FROM_LEADS.has(tokens[qa - 2]?.lower ?? '')) return true;
  // "rose from 3.4 to 3.7" keeps both ends in one range figure; "from X" after "to Y" is the earlier value, also with the
  // later one's date between ("rose to 64.2% in October, from 61.75%").
  for (let i = qa - 2; i >= Math.max(ca, qa - FROM_REACH); i--) if (isNumber(tokens[i])) return true;
  // "revised from 1,400 to about 1,200": the new value may carry its own hedge word.
  return tokens[qb]?.lower === 'to' && (isNumber(tokens[qb + 1]) || (tokens[qb + 1]?.type === 'word' && isNumber(tokens[qb + 2])));
}

/**
 * "lowered the toll from the 245 earlier believed killed", "raised the death toll from 120": the value a stated revision
 * verb earlier in the clause changed from, with no new value after it (round 31, probe31d).
 */
function revisedFrom(tokens: readonly Token[], qa: number, ca: number, before: string): boolean {
  const from = before === 'the' ? qa - 2 : qa - 1;
  if (tokens[from]?.lower !== 'from') return false;
  for (let i = from - 1; i >= Math.max(ca, from - REVISION_GAP); i--) if (REVISION_VERBS.has(tokens[i].lower)) return true;
  return false;
}

/** Verbs that held a count at its old value before a change: "raised it to 300, after keeping it at 197 for weeks". */
const HELD_VERBS = new Set(['keeping', 'kept', 'holding', 'held', 'leaving', 'left', 'maintaining', 'maintained']);
/** Words that set the holding before the change: "after keeping it at", "having held it at". */
const HELD_LEADS = new Set(['after', 'having']);
/** The figure is the value a count was held at before its change: "after keeping it at 197" (round 26). */
function heldBefore(tokens: readonly Token[], qa: number): boolean {
  return tokens[qa - 1]?.lower === 'at' && /^(it|them)$/.test(tokens[qa - 2]?.lower ?? '')
    && HELD_VERBS.has(tokens[qa - 3]?.lower ?? '') && HELD_LEADS.has(tokens[qa - 4]?.lower ?? '');
}

/** Words between "from" and a tally noun: "from an official count", "from the government's earlier tally". */
const TALLY_FROM_REACH = 4;
/** "up from" or "down from" (FROM_LEADS) within a few words before the tally noun that ends at `last`. */
function tallyFromChange(tokens: readonly Token[], last: number, ca: number): boolean {
  for (let i = last; i >= Math.max(ca + 1, last - TALLY_FROM_REACH); i--) {
    if (tokens[i].lower === 'from') return FROM_LEADS.has(tokens[i - 1].lower);
  }
  return false;
}

/**
 * Verbs of a stated change whose new value follows "to", with the way the value went: "revised the toll in Friday's crash
 * to 275" (either way), "rose to 278" (up: the old value was lower), "fell to 12" (down). Each verb is written once by its
 * lemma, in the change verbs' table beside the tally verbs; its past, present and "-ing" forms all state the change
 * (round 41, fa41: headlines tell a rise in the present, "Death toll rises to 23", and a clause may hang it on a
 * participle, "the toll rising to 41"). A revision goes 'up' (the old value was lower), 'down', or 'any' way.
 */
export type Revision = ChangeWay;
/** Words that make a tally the one standing after a change: "the final toll has been fixed at 275", "the revised count". */
const REVISED_TALLY = new Set(['final', 'revised', 'updated', 'corrected']);
/** Tokens between a revision verb and the "to" before the new value: "revised the death toll in the mishap of June 2 to 275". */
export const REVISION_GAP = 12;

/**
 * The figure is the new value of a change the report states: "to" right before it with a revision verb earlier in its
 * clause, or a tally called final or revised ("the final toll has been fixed at 275"); null when it is not. The report's
 * other values of the same count, on the side the change came from, are then the ones it replaced (check/revisions.ts).
 */
export function revisionOf(tokens: readonly Token[], qa: number, ca: number): Revision | null {
  if (tokens[qa - 1]?.lower === 'to') {
    for (let i = qa - 2; i >= Math.max(ca, qa - REVISION_GAP); i--) {
      const way = REVISION_VERBS.get(tokens[i].lower);
      if (way) return way;
    }
  }
  for (let i = qa - 1; i >= Math.max(ca, qa - 8); i--) if (REVISED_TALLY.has(tokens[i].lower)) return 'any';
  return null;
}

/** Words between a figure and its holder: "44% for Brenn", "4.12 million for his rival, the former mayor X". */
const FOR_GAP = 8;
const STOPS = new Set([';', '.', ':', 'against', ...CONTRAST_JOINS, 'but', 'and', 'versus', 'vs']);
/** Words that put a name on the other side of a comparison: "beating X with 49%". */
const RIVAL_MARKS = new Set(['against', 'beating', 'over', 'than', 'ahead', 'behind', 'versus', 'vs', 'defeating']);
/** Marks that need an "of" to name a rival: "ahead of X with 49%"; "X was well ahead at 53.5%" is X's own (dev25m). */
const RIVAL_OF = new Set(['ahead', 'behind']);
/** The word at j puts the names before it on the other side of a comparison. */
function rivalMark(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j].lower;
  return RIVAL_MARKS.has(w) && (!RIVAL_OF.has(w) || tokens[j + 1]?.lower === 'of');
}
/** Capitalized words that name no holder: titles and generic heads are skipped, the surname is kept. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'president', 'candidate', 'incumbent', 'leader', 'party',
  'according', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'sources', 'many', 'some']);
/** Entities that are no holder even when capitalized: countries, nationalities, outlets, dates' words. */
const NOT_HOLDER_KINDS = new Set(['country', 'nationality', 'outlet']);
const MONTHS_DAYS = new Set([...MONTH_NAME_LIST, ...WEEKDAYS.keys()]);

export interface HolderContext {
  entities: readonly EntityMention[];
  /** Character ranges of the attribution sources near the figure: who says it does not own it. */
  sources: readonly [number, number][];
  /** Token indexes where a figure starts: a name before another figure belongs to that figure. */
  figureStarts: IndexLookup;
  /** The holder a subject pronoun at a token index stands for (the person named last before it), or null. */
  pronoun?: (at: number) => string | null;
  /** Round 36: the holder key of the figure's voice (a person or body), for a share its own words give the voice's side. */
  speaker?: string | null;
  /** Round 44: the report is of a referendum, whose shares are its options' (ballotOption.ts). */
  referendum?: boolean;
}

/**
 * Round 36 (holder36): first-person words that make a held figure the voice's own side's: "We got 53 percent",
 * "our lead of 64 percent", "62 per cent of our vote count". Capitalized at a quote's start, "We" and "I" read as names.
 */
const SPEAKER_SIDE: ReadonlySet<string> = new Set(FIRST_PERSON);

/** The share's whole is the speaker's side's: "62 per cent of our count" (the "of" right after the figure). */
function speakerWhole(tokens: readonly Token[], qb: number): boolean {
  return tokens[qb]?.lower === 'of' && SPEAKER_SIDE.has(tokens[qb + 1]?.lower ?? '');
}

/** Subject pronouns that stand for a person named before: "he won with 51.37 per cent". */
const PERSON_PRONOUNS = new Set(['he', 'she']);

function isNameToken(t: Token): boolean {
  return /^[A-Z][\p{L}'-]*$/u.test(t.text) && !NOT_NAMES.has(t.lower) && !MONTHS_DAYS.has(t.lower);
}

function excludedName(ctx: HolderContext, t: Token): boolean {
  return ctx.sources.some(([a, b]) => t.start >= a && t.end <= b) || excludedKind(ctx, t);
}

/** A name inside an entity of a kind that holds no count (NOT_HOLDER_KINDS). */
function excludedKind(ctx: HolderContext, t: Token): boolean {
  const i = firstStartingAt(ctx.entities, t.start + 1) - 1;
  const e = i >= 0 ? ctx.entities[i] : undefined;
  return !!e && e.start <= t.start && t.end <= e.end && NOT_HOLDER_KINDS.has(e.kind);
}

/**
 * The run of name words ending at or starting from token i, keyed by its last word: "Jonas Adler" -> "holder:adler".
 * A body's generic head ("Movement", "Front") is no name: many parties share it, so the word before keys it with the
 * head ("the Christian Democratic Movement" -> "holder:democratic-movement", not the National Movement's key; round 28).
 */
function nameKey(tokens: readonly Token[], at: number): string {
  // "the ABC+DEF Coalition": an acronym names one body alone; the head after it adds nothing (round 30).
  const head = NAME_HEADS.has(tokens[at].lower.replace(/'s$/, '')) && ACRONYM.test(tokens[at - 1]?.text ?? '');
  const last = joinedFirstHalf(tokens, head ? at - 1 : at);
  const word = tokens[last].lower.replace(/'s$/, '');
  const prev = tokens[last - 1];
  const initials = bodyInitials(tokens, last);
  if (initials) return `holder:${initials}`;
  if (NAME_HEADS.has(word) && prev && isNameToken(prev)) return `holder:${prev.lower}-${word}`;
  return `holder:${word}`;
}

/** Marks that join two bodies' names into one allied body's, written without spaces: "Party/Civic", "ABC+DEF". */
const NAME_JOINS = new Set(['/', '+']);

/**
 * Round 41 (holder41): a joined name ("the Progressive Party/Reform", "the PP/R", "ABC+DEF") is one body allied with
 * another; reports write it whole, by its first half or by the first half's acronym, and with either join, so its first
 * half keys it: the token before the join when the three are written together, else `last` itself.
 */
function joinedFirstHalf(tokens: readonly Token[], last: number): number {
  const join = tokens[last - 1];
  const first = tokens[last - 2];
  if (!join || !first || !NAME_JOINS.has(join.text) || first.end !== join.start || join.end !== tokens[last].start) return last;
  return /^[A-Z]/.test(first.text) ? last - 2 : last;
}

/**
 * The first token of the word before `first` in a body's name run, or -1: a capitalized name word or generic head
 * ("Party" is no name alone), or a common noun's possessive ("People's Reform Party"; a proper noun's, "Norland's
 * Unity League", names the body's owner, not the body).
 */
function bodyWordBefore(tokens: readonly Token[], first: number): number {
  const t = tokens[first - 1];
  if (!t || t.end >= tokens[first].start) return -1;
  if (POSSESSIVE_MARKS.has(t.lower)) {
    const owner = tokens[first - 2];
    return owner && owner.end === t.start && owner.pos === 'NOUN' && /^[A-Z]/.test(owner.text) ? first - 2 : -1;
  }
  return isNameToken(t) || (NAME_HEADS.has(t.lower) && /^[A-Z]/.test(t.text)) ? first - 1 : -1;
}

/**
 * Round 41 (holder41): a body's name of two or more words ending in a generic head ("the Unity League", "the Farmers
 * Democratic Movement") is keyed by its initials, the acronym reports write for it ("UL", "FDM", and "Farmers Democratic
 * Movement (FDM)", round 23): one report naming the body in full and another by its acronym hold the same count. Two
 * bodies sharing a head keep different initials ("Christian Democratic Movement", "National Movement"). Null when the
 * run ends in no head, has one word, or its initials are no acronym's length.
 */
function bodyInitials(tokens: readonly Token[], last: number): string | null {
  if (!NAME_HEADS.has(tokens[last].lower.replace(/'s$/, '')) || !/^[A-Z]/.test(tokens[last].text)) return null;
  const words = [last];
  for (let k = bodyWordBefore(tokens, last); k >= 0; k = bodyWordBefore(tokens, k)) words.push(k);
  if (words.length < 2) return null;
  const initials = words.reverse().map(k => tokens[k].lower[0]).join('');
  return ACRONYM_LENGTH.test(initials) ? initials : null;
}

/** An acronym's length in letters: two to six. */
const ACRONYM_LENGTH = /^[a-z]{2,6}$/;

/** A body's acronym: two to six capitals. */
const ACRONYM = /^[A-Z]{2,6}$/;

/** Capitalized head words a party's or body's name may end in before its acronym: "Farmers Party (UFP)". */
const NAME_HEADS = new Set(['party', 'front', 'alliance', 'movement', 'union', 'coalition', 'congress', 'league']);

/**
 * A name run ending at `last` and followed by its acronym in parentheses, past a head word ("the United Farmers
 * Party (UFP)"): keyed by the acronym, as the report names the holder from then on (round 23); null otherwise.
 */
function acronymKey(tokens: readonly Token[], last: number, end: number): string | null {
  let k = last + 1;
  if (k < end && NAME_HEADS.has(tokens[k].lower) && /^[A-Z]/.test(tokens[k].text)) k++;
  if (k + 2 >= end || tokens[k].text !== '(' || tokens[k + 2].text !== ')' || !/^[A-Z]{2,6}$/.test(tokens[k + 1].text)) return null;
  return `holder:${tokens[k + 1].lower}`;
}

/** The holder key of a person entity, as nameKey keys a name (its last word): "person:nicolas-maduro" -> "holder:maduro". */
export function personHolderKey(personId: string): string {
  const name = personId.slice(personId.indexOf(':') + 1);
  return `holder:${name.slice(name.lastIndexOf('-') + 1)}`;
}

/** Fewest consonants after its first letter a name's skeleton needs to stand for the name: shorter ones match exactly. */
const MIN_SKELETON = 4;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * One word of a name as transliterations write it alike: its spelling fold (fold.ts), then "ts"/"tz" and "w" as "t" and
 * "v", its first letter and its consonants, a "v" after a vowel dropped (Belarusian "-ou-" is Russian "-ov-"), doubled
 * letters once, a final "h" after "t" or "d" dropped: "Marchankouskaya" and "Marchankovskaya", "Horodskyy" and "Horodsky",
 * "Pracharath" and "Pracharat" are one name. A short skeleton
 * ("Rudo", "Banga") would merge other names: such a word keeps its fold.
 */
function spellingSkeleton(word: string): string {
  const folded = foldKey(word);
  // A final "th"/"dh" is "t"/"d" (Thai "-rath", "-rat"): the "h" only marks aspiration.
  const s = folded.replace(/t[sz]/g, 't').replace(/w/g, 'v').replace(/([td])h$/, '$1');
  let out = s[0] ?? '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (VOWELS.has(c) || (c === 'v' && VOWELS.has(s[i - 1])) || c === out[out.length - 1]) continue;
    out += c;
  }
  return out.length > MIN_SKELETON ? out : folded;
}

const MAX_SPELLINGS = 1 << 14;
const SPELLINGS = new BoundedMemo<string, string>(MAX_SPELLINGS, spellingOf);

/**
 * A person's or holder's id as its name's transliterations share it ("person:sviatlana-tsikhanouskaya" and
 * "person:svetlana-tikhanovskaya" alike, "holder:tsikhanouskaya" and "holder:tikhanovskaya"): whose a figure is does not
 * change with the spelling of the name. Other ids are their own.
 */
export function nameSpelling(id: string): string {
  if (!id.startsWith('person:') && !id.startsWith('holder:')) return id;
  return SPELLINGS.get(id);
}

/** The id with each word of its name cut to its spelling skeleton. */
function spellingOf(id: string): string {
  const colon = id.indexOf(':');
  return id.slice(0, colon + 1) + id.slice(colon + 1).split('-').map(w => (w ? spellingSkeleton(w) : w)).join('-');
}

/** Verbs of a relative clause after a held figure whose subject holds it: "the 87% that Adler won". */
const RELATIVE_HOLDING = new Set(['won', 'got', 'took', 'received', 'garnered', 'secured', 'obtained', 'polled', 'scored']);

/**
 * Whose a held count is (a candidate's vote share, a party's votes): the name after "for" ("44% for Brenn"), else the
 * nearest name before the figure in its sentence with no rival mark or other figure between ("Adler won 53%"). Keyed
 * by the name's last word, so "President Jonas Adler" and "Adler" are one holder. Null when no name is found: a
 * share of nobody in particular pairs with nothing.
 */
/** Words that make a figure another form of the figure before it: "5.24 million votes, representing 52.31%" ("or" also
 * joins alternatives, "2,000 or 2,500", and is left out). */
const RESTATES = new Set(['representing', 'equivalent', 'equal', 'equalling', 'amounting']);

/** Most words between a share's "of" and the "for" naming its holder. */
const OF_GAP = 8;
/** Verbs between a figure and the "for" naming whose votes they are. */
const VOTED_FOR = new Set(['voted', 'voting', 'polled', 'went', 'cast']);
/** Round 34 (fa34h): verbs whose "to" names whose the share is, as "for" does: "the rest, 44%, went to Brenn". */
const WENT_TO = new Set(['went', 'go', 'goes', 'going', 'gone']);

/**
 * Where the words after a figure go on when a parenthesis restates it: "4.8 million (46.37%) polled for X" read from
 * "polled" for either figure. `qb` itself otherwise.
 */
function pastParenthesis(tokens: readonly Token[], qa: number, qb: number, sentenceEnd: number): number {
  if (tokens[qb]?.text === ')' && tokens[qa - 1]?.text === '(') return qb + 1;
  if (tokens[qb]?.text !== '(') return qb;
  for (let k = qb + 1; k < Math.min(qb + 6, sentenceEnd); k++) if (tokens[k].text === ')') return k + 1;
  return qb;
}

/** Verbs of a contest whose subject won and whose object lost: "Adler beat Brenn by 52.31% to 46.12%". */
const CONTEST_VERBS: ReadonlySet<string> = new Set(WINNER_FIRST_VERBS);
/** Most tokens between a contest verb and the "by" of its score. */
const SCORE_GAP = 10;

/**
 * The start of a score "by A to B" whose second figure follows the "to" at `to`: its "by", or its first figure when no
 * "by" stands before it ("leads Brenn 44.72% to 38.15%"); -1 when there is none.
 */
function scoreBy(ctx: HolderContext, tokens: readonly Token[], to: number, sentenceStart: number): number {
  // "by 52.3 percent of the votes to 44.63 percent": the first figure and the whole it is of stand between.
  let first = -1;
  for (let k = to - 1; k >= Math.max(sentenceStart, to - OF_GAP); k--) {
    if (tokens[k].lower === 'by' && ctx.figureStarts.has(k + 1)) return k;
    if (STOPS.has(tokens[k].lower)) break;
    if (ctx.figureStarts.has(k) && first < 0) first = k;
    else if (first >= 0 && !ctx.figureStarts.has(k)) return tokens[k].lower === 'by' ? k : isNameToken(tokens[k]) ? first : -1;
  }
  return -1;
}

/**
 * "Adler beat his rival Brenn by 52.31% to 46.12%": the first figure of the score is the winner's (the name before the
 * contest verb), the second the loser's (the name after it). With no contest verb before it, a "by A to B" score is
 * null (whose each share is, the nearest name does not say) and a lone "by A" undefined (the nearest name says).
 */
function contestHolder(ctx: HolderContext, tokens: readonly Token[], byAt: number, winner: boolean, sentenceStart: number): string | null | undefined {
  let verb = -1;
  for (let k = byAt - 1; k >= Math.max(sentenceStart, byAt - SCORE_GAP); k--) {
    if (STOPS.has(tokens[k].lower) || ctx.figureStarts.has(k)) break;
    if (CONTEST_VERBS.has(tokens[k].lower)) {
      verb = k;
      break;
    }
  }
  // "he won the election by 52.8%": no contest, so the "by" gives a margin or a share and no rival's; the nearest name says.
  if (verb < 0) return winner ? undefined : null;
  const named = (j: number) => isNameToken(tokens[j]) && !excludedName(ctx, tokens[j]);
  if (winner) {
    for (let j = verb - 1; j >= sentenceStart; j--) {
      if (STOPS.has(tokens[j].lower) || ctx.figureStarts.has(j)) return null;
      // "He leads Tomas Brenn 44.72% to 38.15%": the pronoun stands for the winner named before.
      if (PERSON_PRONOUNS.has(tokens[j].lower)) return ctx.pronoun?.(j) ?? null;
      if (named(j) && (j > sentenceStart || tokens[j].pos === 'PROPN')) return nameKey(tokens, j);
    }
    return null;
  }
  for (let j = verb + 1; j < byAt; j++) {
    if (!named(j)) continue;
    let last = j;
    while (last + 1 < byAt && isNameToken(tokens[last + 1])) last++;
    return nameKey(tokens, last);
  }
  return null;
}

/**
 * Whose share or count the figure at tokens qa..qb is, as a "holder:" key; null when no name owns it. The steps run
 * from the most explicit mark to the least: a "for X" after the figure, a relative clause naming X, a contest's score,
 * and last the nearest name before it.
 */
export function holderOf(ctx: HolderContext, tokens: readonly Token[], qa: number, qb: number, sentenceStart: number,
  sentenceEnd: number): string | null {
  const marked = forHolder(ctx, tokens, qa, qb, sentenceEnd) ?? relativeHolder(ctx, tokens, qb, sentenceEnd);
  if (marked !== undefined) return marked;
  const option = ctx.referendum ? ballotOption(tokens, qa, qb, sentenceStart, sentenceEnd) : undefined;
  if (option) return option;
  // "Adler beat his rival Brenn by 52.31% to 46.12%": a "by A to B" after a contest names both sides, the winner first
  // and far back; whose each share is, the nearest name does not say.
  // "He leads Tomas Brenn 44.72% to 38.15%": a score with no "by" starts at its first figure (round 25).
  const before = tokens[qa - 1]?.lower;
  const bare = ctx.figureStarts.has(qb + 1) && before !== 'by' && tokens[qb]?.lower === 'to';
  const byAt = before === 'by' ? qa - 1 : bare ? qa : before === 'to' ? scoreBy(ctx, tokens, qa - 1, sentenceStart) : -1;
  const contest = byAt >= 0 ? contestHolder(ctx, tokens, byAt, byAt === qa - 1 || bare, sentenceStart) : undefined;
  if (contest !== undefined) return contest;
  if (speakerWhole(tokens, qb)) return ctx.speaker ?? null;
  return independentsHolder(ctx, tokens, qa, sentenceStart) ?? nearestHolder(ctx, tokens, qa, sentenceStart);
}

/** The holder key of the candidates no party runs: "independents", "independent candidates" (round 30). */
const INDEPENDENTS = 'holder:independents';
/** Plural heads "independent" makes a holder of: "independent candidates", "independent MPs". */
const INDEPENDENT_HEADS = new Set(['candidates', 'members', 'mps', 'lawmakers', 'legislators', 'deputies', 'nominees']);

/**
 * "while independent candidates, most of them allied to the AL, won 60 seats": the independents subject of the figure's
 * clause hold it, though no name says so; a name in an aside right after them ("allied to the AL") is not theirs. Null
 * when a figure or a clause stop comes first, or a name outside such an aside stands nearer the figure.
 */
function independentsHolder(ctx: HolderContext, tokens: readonly Token[], qa: number, sentenceStart: number): string | null {
  for (let j = qa - 1; j >= sentenceStart; j--) {
    const t = tokens[j];
    if (STOPS.has(t.lower) || ctx.figureStarts.has(j)) return null;
    const independents = t.lower === 'independents' || (INDEPENDENT_HEADS.has(t.lower) && tokens[j - 1]?.lower === 'independent');
    if (independents) return nameBetween(ctx, tokens, asideEnd(tokens, j + 1, qa), qa) ? null : INDEPENDENTS;
  }
  return null;
}

/** The closing comma of an aside opening at `at` (", most of them allied to the AL,"), before `end`; `at` when none opens there. */
function asideEnd(tokens: readonly Token[], at: number, end: number): number {
  if (tokens[at]?.lower !== ',') return at;
  for (let k = at + 1; k < end; k++) if (tokens[k].lower === ',') return k;
  return at;
}

/** A holder's name stands in [from, to). */
function nameBetween(ctx: HolderContext, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNameToken(tokens[k]) && !excludedName(ctx, tokens[k])) return true;
  return false;
}

/** The name after a "for" that follows the figure ("44% for Brenn"); undefined when there is none. */
function forHolder(ctx: HolderContext, tokens: readonly Token[], qa: number, qb: number, sentenceEnd: number): string | undefined {
  let i = pastParenthesis(tokens, qa, qb, sentenceEnd);
  if (tokens[i]?.lower === 'of') {
    // "51% of the votes for X", "52.5% of at least 9 million voters voted for X": skip the whole the share is of.
    let k = i + 1;
    while (k < Math.min(i + OF_GAP, sentenceEnd) && tokens[k].lower !== 'for' && !STOPS.has(tokens[k].lower)) k++;
    if (tokens[k]?.lower === 'for') i = k;
  }
  // "46.37% voted for X", "4.8 million polled for X".
  if (VOTED_FOR.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'for') i++;
  else if (tokens[i]?.lower === ',' && WENT_TO.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to') i += 2;
  else if (WENT_TO.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'to') i++;
  if (tokens[i]?.lower !== 'for' && !(tokens[i]?.lower === 'to' && WENT_TO.has(tokens[i - 1]?.lower ?? ''))) return undefined;
  for (let j = i + 1; j < Math.min(i + 1 + FOR_GAP, sentenceEnd); j++) {
    if (STOPS.has(tokens[j].lower) || ctx.figureStarts.has(j)) break;
    if (!isNameToken(tokens[j]) || excludedName(ctx, tokens[j])) continue;
    let last = j;
    while (last + 1 < sentenceEnd && isNameToken(tokens[last + 1])) last++;
    return acronymKey(tokens, last, sentenceEnd) ?? nameKey(tokens, last);
  }
  return undefined;
}

/** "far above the 87% that Jonas Adler won": a relative clause right after the figure names whose it is. */
function relativeHolder(ctx: HolderContext, tokens: readonly Token[], qb: number, sentenceEnd: number): string | undefined {
  if (tokens[qb]?.lower !== 'that' && tokens[qb]?.lower !== 'which') return undefined;
  let j = qb + 1;
  while (j < Math.min(qb + 1 + FOR_GAP, sentenceEnd) && isNameToken(tokens[j])) j++;
  if (tokens[j]?.lower === 'had' || tokens[j]?.lower === 'has') j++;
  if (j <= qb + 1 || !RELATIVE_HOLDING.has(tokens[j]?.lower ?? '') || excludedName(ctx, tokens[j - 1])) return undefined;
  let last = qb + 1;
  while (isNameToken(tokens[last + 1]) && last + 1 < j) last++;
  return nameKey(tokens, last);
}

/**
 * Round 43 (holder43): a bare count in parentheses right after a share ("Brenn got 44% (1,906,734)") restates the
 * share in votes, as a share in parentheses after a count does (round 31): the share's holder holds it. A count with
 * its own unit word ("41.26% (3,918,207 votes)") keeps its own reading.
 */
function countAfterShare(tokens: readonly Token[], qa: number): boolean {
  return tokens[qa - 1]?.text === '(' && tokens[qa + 1]?.text === ')' && SHARE_ENDS.has(tokens[qa - 2]?.lower ?? '');
}

/** The nearest name before the figure at qa that owns it, walking back past restated counts, defeats and appositions. */
function nearestHolder(ctx: HolderContext, tokens: readonly Token[], qa: number, sentenceStart: number): string | null {
  // "garnered 5,264,318 votes, representing 52.37 per cent": a share restating the count before it is that count's holder's.
  // "took 21,407 votes (34.2 percent)": so is a share in parentheses right after the count (round 31). A count in
  // parentheses after a share ("41.26% (3,918,207 votes)") keeps its own reading.
  const unitWord = tokens[qa + 1]?.lower ?? '';
  const share = SHARE_ENDS.has(unitWord) || unitWord === 'per';
  // Round 34: "gained 3,812,405 votes, or 46.31 percent": a share after ", or" restates the count before it too.
  let restating = (share && (tokens[qa - 1]?.text === '(' || (tokens[qa - 1]?.lower === 'or' && tokens[qa - 2]?.text === ',')))
    || countAfterShare(tokens, qa);
  // Round 34: "claimed to have won 58 percent": the claimant holds the share, though the attribution reads it as the voice.
  const ownClaim = tokens[qa - 3]?.lower === 'to' && tokens[qa - 2]?.lower === 'have' && RELATIVE_HOLDING.has(tokens[qa - 1]?.lower ?? '');
  for (let j = qa - 1; j >= sentenceStart; j--) {
    const t = tokens[j];
    // Round 36: "we", "our" nearer the figure than any name stand for the voice's side, never a name of their own.
    if (SPEAKER_SIDE.has(t.lower)) return ctx.speaker ?? null;
    if (RESTATES.has(t.lower)) restating = true;
    if (ctx.figureStarts.has(j) && restating) {
      restating = false;
      continue;
    }
    // "The Green League, which had 29 seats before, doubled its haul to 55 seats": a relative clause set off by commas
    // describes the subject before it; its figure is the subject's earlier count, no rival of this one (round 25).
    const clause = ctx.figureStarts.has(j) ? relativeClauseAround(tokens, j, qa, sentenceStart) : -1;
    if (clause >= 0) {
      j = clause;
      continue;
    }
    // "led the field of six candidates with N": the field's size is no rival's figure (round 45, election45b).
    if (ctx.figureStarts.has(j) && isFieldCount(tokens, j)) continue;
    if (rivalMark(tokens, j) || ctx.figureStarts.has(j)) return null;
    // "Sources told a news agency that he won with 51.37 per cent": a subject pronoun nearer than any name is whose share it is.
    if (PERSON_PRONOUNS.has(t.lower) || personPronounOfFigure(tokens, j, qa)) return ctx.pronoun?.(j) ?? null;
    // "while President Laurent Gbagbo received 45.9 per cent": the subject of a holding verb right before the figure
    // holds it, even when the attribution took that name for the voice (who says a share is never the verb's subject).
    if (j + 2 === qa && RELATIVE_HOLDING.has(tokens[j + 1].lower) && isNameToken(t) && (j > sentenceStart || t.pos === 'PROPN') && !excludedKind(ctx, t)) {
      return nameKey(tokens, j);
    }
    // The first word of a sentence is capitalized anyway: only a known name counts there.
    if (!isNameToken(t) || (ownClaim ? excludedKind(ctx, t) : excludedName(ctx, t)) || (j === sentenceStart && t.pos !== 'PROPN')) continue;
    const skipTo = notHolderBefore(tokens, j, qa, sentenceStart);
    if (skipTo < 0) {
      // "Petra Lund of the Unity League (UL) won 41%": the body after "of" is the person's party, not the figure's holder.
      const member = memberOfBody(ctx, tokens, j, sentenceStart);
      // "The Unity League President and First Secretary won N": the person the report named last, as for "he".
      // "the opposition Harbor Party candidate with N": likewise (round 45, election45b).
      const described = member < 0 ? descriptionStart(tokens, j, sentenceStart) : -1;
      if (described >= 0 && ctx.pronoun) return ctx.pronoun(described) ?? nameKey(tokens, j);
      if (member < 0) return nameKey(tokens, j);
      j = member + 1;
      continue;
    }
    j = skipTo;
  }
  return null;
}

/** The article opening a description standing for a person (titles, or a party's nominee) that ends at j; -1 if none. */
function descriptionStart(tokens: readonly Token[], j: number, sentenceStart: number): number {
  const titled = titleDescriptionStart(tokens, j, sentenceStart);
  return titled >= 0 ? titled : nomineeDescriptionStart(tokens, j, sentenceStart, isNameToken);
}

/** Possessives standing for a person named before: "his original 41.6%", "her 40 percent". */
const PERSON_POSSESSIVES = new Set(['his', 'her']);
/** Object pronouns standing for a person named before, and the words after them that place a share: "showed him leading". */
const PERSON_OBJECTS = new Set(['him', 'her']);
const PLACING_SHARE = new Set(['leading', 'winning', 'trailing', 'ahead', 'at', 'on', 'taking', 'securing', 'getting']);

/**
 * Round 34 (holder34): a pronoun at j stands for whose the share at qa is: a possessive right before it, past at most
 * one adjective ("from his original 41.6%"), or an object pronoun a share is placed at ("polls showed her leading with
 * 44%", "put him at 38%"). Not "his rival won 45%" (a noun after the possessive), nor "beat him with 52%".
 */
function personPronounOfFigure(tokens: readonly Token[], j: number, qa: number): boolean {
  const w = tokens[j].lower;
  if (PERSON_POSSESSIVES.has(w) && (j + 1 === qa || (j + 2 === qa && tokens[j + 1].pos === 'ADJ'))) return true;
  return PERSON_OBJECTS.has(w) && PLACING_SHARE.has(tokens[j + 1]?.lower ?? '') && !DEFEATS.has(tokens[j - 1]?.lower ?? '');
}

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(WH_RELATIVES);

/**
 * The comma opening a relative clause (", which ...", ", who ...") that holds token j and closes with a comma before the
 * figure at qa; -1 when j is in no such clause. Bounded by the sentence, so linear per figure in the sentence's length.
 */
function relativeClauseAround(tokens: readonly Token[], j: number, qa: number, from: number): number {
  return asideAround(tokens, j, qa, from, k => RELATIVES.has(tokens[k + 1]?.lower ?? ''));
}

/**
 * The comma opening an aside set off by commas that holds token j and closes before the figure at qa, when `opens`
 * accepts that comma (what follows or precedes it); -1 otherwise. Bounded by the sentence.
 */
function asideAround(tokens: readonly Token[], j: number, qa: number, from: number, opens: (comma: number) => boolean): number {
  let closes = false;
  for (let k = j + 1; k < qa && !closes; k++) closes = tokens[k].lower === ',';
  if (!closes) return -1;
  for (let k = j - 1; k > from; k--) if (tokens[k].lower === ',') return opens(k) ? k : -1;
  return -1;
}

/** Most tokens of a body's name between a person's "of" and the name word a holder walk met (round 43, holder43). */
const BODY_NAME_SPAN = 14;
/** Word classes a body's name may hold in lower case: "the ruling", "Movement for Democratic Change", "Law and Justice". */
const BODY_NAME_POS = new Set(['DET', 'ADJ', 'ADP', 'CCONJ', 'PUNCT']);

/**
 * Round 43 (holder43): the name at j ends a body's name that follows "of" right after a person's name ("Petra Lund of
 * the ruling Unity League (UL) took 41%", "Ivo Kessel of the Farmers Alliance party, came second with 22%"): the body
 * is the person's party, and the person holds the figure. Returns the person's last token, or -1 when the walk back
 * from j meets no such "of" within BODY_NAME_SPAN tokens, or the word before it is no person's (a body's own "of":
 * "the Party of Regions won 30%").
 */
function memberOfBody(ctx: HolderContext, tokens: readonly Token[], j: number, sentenceStart: number): number {
  for (let k = j - 1; k > sentenceStart && k >= j - BODY_NAME_SPAN; k--) {
    const t = tokens[k];
    if (t.lower === 'of') return personAt(ctx, tokens[k - 1]) || surnameOfPerson(ctx, tokens[k - 1]) ? k - 1 : -1;
    if (t.lower === ',' || (!isNameToken(t) && !BODY_NAME_POS.has(t.pos))) return -1;
  }
  return -1;
}

/**
 * Token t is the surname of a person the report names in full ("Adler", "Jonas Adler" named before): the recognizer may
 * read "Adler of the Velland National Union" as one body's name, yet it is the person and the party.
 */
function surnameOfPerson(ctx: HolderContext, t: Token | undefined): boolean {
  if (!t || !isNameToken(t)) return false;
  const tail = `-${t.lower}`;
  return ctx.entities.some(e => e.kind === 'person' && e.id.endsWith(tail));
}

/** Token t lies inside a person entity. */
function personAt(ctx: HolderContext, t: Token | undefined): boolean {
  if (!t) return false;
  const i = firstStartingAt(ctx.entities, t.start + 1) - 1;
  const e = i >= 0 ? ctx.entities[i] : undefined;
  return !!e && e.kind === 'person' && e.start <= t.start && t.end <= e.end;
}

/** Where the backward walk goes on when the name at j is not the holder (a defeat's object, an apposition); -1 when it is. */
function notHolderBefore(tokens: readonly Token[], j: number, qa: number, sentenceStart: number): number {
  // "Adler beat Marta Brenn, winning 48%": the name a defeat verb takes lost; the holder is the verb's subject.
  let first = j;
  while (first - 1 > sentenceStart && isNameToken(tokens[first - 1])) first--;
  // "overtook the EFF by securing 58 seats": an article may stand between the verb and the name it takes.
  const verb = defeatBefore(tokens, first - 1, sentenceStart);
  if (verb >= 0) return verb;
  // "against Brenn's 35%": a possessive name owns the figure after it, whatever mark stands before it.
  const mark = possessiveName(tokens, j) ? -1 : rivalBefore(tokens, listStart(tokens, first, sentenceStart));
  if (mark >= 0) return mark;
  // "Ivo Kessel, an independent and former Adler loyalist, won 6%": a name inside an apposition describes the
  // subject before it, whose share it is; so does a name inside a relative clause ("Lund, who heads the Unity League
  // (UL), won 41%": round 45).
  const apposition = appositionBefore(tokens, j, qa, sentenceStart);
  return apposition >= 0 ? apposition : describingClauseBefore(tokens, j, qa, sentenceStart);
}

/** The name at j is written as an owner's: "Brenn's", "Brenn 's". */
function possessiveName(tokens: readonly Token[], j: number): boolean {
  return /['’]s$/i.test(tokens[j].text) || POSSESSIVE_MARKS.has(tokens[j + 1]?.lower ?? '');
}

/** Words joining the names of a list: "behind Adler and Brenn", "ahead of Adler, Brenn and Corvo". */
const NAME_LIST_JOINS = new Set(['and', ',']);

/** The first token of the list of names whose last run starts at `first` ("Adler and Brenn", "Adler, Brenn and Corvo"). */
function listStart(tokens: readonly Token[], first: number, sentenceStart: number): number {
  let k = first;
  while (k - 2 > sentenceStart && NAME_LIST_JOINS.has(tokens[k - 1].lower) && isNameToken(tokens[k - 2])) {
    k -= 2;
    while (k - 1 > sentenceStart && isNameToken(tokens[k - 1])) k--;
  }
  return k;
}

/**
 * Round 43 (holder43): the comparison mark right before the names starting at `first`, past an article ("finished
 * ahead of Brenn with 49%", "trailed far behind Adler and Brenn, with 1.2%", "beating the UL with 44%"): the names are
 * the other side of the comparison, and the walk goes on before the mark to the figure's own holder; -1 when none.
 * Round 31's RIVAL_OF keeps "X was well ahead at 53.5%" X's own: there no name follows the mark.
 */
function rivalBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'of' && RIVAL_OF.has(tokens[k - 1]?.lower ?? '')) return k - 1;
  return RIVAL_MARKS.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Most words of a title phrase between a defeat verb and the name it takes ("beat opposition leader X"). */
const TITLE_GAP = 3;
/** Word classes a title phrase before a name is made of: "his", "the", "main", "opposition", "leader". */
const TITLE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN']);

/**
 * The defeat verb whose object starts right after token k, past an article or a short lower-case title phrase
 * ("beat opposition leader Petra Lund", "defeated his rival Brenn"); -1 when there is none (probe30e).
 */
function defeatBefore(tokens: readonly Token[], k: number, sentenceStart: number): number {
  for (let v = k; v > sentenceStart && v >= k - TITLE_GAP; v--) {
    const t = tokens[v];
    if (DEFEATS.has(t.lower)) return v;
    if (!TITLE_POS.has(t.pos) || t.text !== t.lower) return -1;
  }
  return -1;
}

/**
 * Verbs whose object lost the contest or was passed: "beat", "defeated", "overtook", "led" ("Adler led Corvo with 54
 * percent": the leader's share, round 31 dev25fa); present participles are rival marks.
 */
const DEFEATS = new Set(['beat', 'beats', 'defeated', 'defeats', 'trounced', 'ousted', 'unseated', 'overtook', 'overtakes',
  'overtaken', 'outpolled', 'outpaced', 'surpassed', 'eclipsed', 'supplanted', 'led', 'leads', 'edged', 'routed']);
/**
 * The comma opening an apposition (an article after it) that holds token j and closes before the figure at qa, when a
 * name stands right before it ("Kessel, an independent and former Adler loyalist, won"); -1 otherwise.
 */
function appositionBefore(tokens: readonly Token[], j: number, qa: number, from: number): number {
  return asideAround(tokens, j, qa, from, k => ARTICLES.has(tokens[k + 1]?.lower ?? '') && isNameToken(tokens[k - 1]));
}

/**
 * Round 45 (election45): the comma opening a relative clause (", who ...", ", which ...") that holds the name at j and
 * closes before the figure at qa, when a name stands right before it: the clause describes that subject, whose figure
 * it is; -1 otherwise.
 */
function describingClauseBefore(tokens: readonly Token[], j: number, qa: number, from: number): number {
  return asideAround(tokens, j, qa, from, k => RELATIVES.has(tokens[k + 1]?.lower ?? '') && isNameToken(tokens[k - 1]));
}

/** Words right after a figure that make it a count over the whole world: "15 million deaths worldwide". */
const WORLD_AFTER = new Set(['worldwide', 'globally']);
const WORLD_BEFORE = new Set(['global', 'worldwide', 'world']);

/**
 * The figure counts the whole world ("15 million deaths worldwide", "a global toll of 15 million"): its place is the
 * world, whatever country the sentence names elsewhere, so it is no rival of one country's count.
 */
export function isWorldwide(tokens: readonly Token[], qa: number, qb: number, cb: number, from = qa): boolean {
  for (let i = qb; i < Math.min(qb + 3, cb); i++) if (WORLD_AFTER.has(tokens[i].lower)) return true;
  for (let i = qa - 1; i >= Math.max(0, qa - 4); i--) if (WORLD_BEFORE.has(tokens[i].lower)) return true;
  // "The global figure, according to the report, was 15 million": the sentence's tally before the figure, with no
  // other figure between, is the world's.
  for (let i = qa - 2; i >= Math.max(from, qa - WORLD_TALLY_REACH) && tokens[i].pos !== 'NUM'; i--) {
    if (WORLD_BEFORE.has(tokens[i].lower) && (TALLIES.has(tokens[i + 1].lower) || TALLIES.has(tokens[i + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/** An economy's measures a world word may name: "world economic growth", "global GDP", "global inflation". */
const WORLD_METRICS = new Set(['growth', 'gdp', 'economy', 'output', 'inflation', 'trade']);

/**
 * "world economic growth will slow from 3.5 percent in 2022 to 3 percent this year and 2.9 percent next year": the
 * world's measure, the subject of every figure of its chain (probe30a). A name or a possessive between ("global growth
 * is 3%, while China's economy grows 5%") takes the later figures to a holder of their own.
 */
export function worldMetricBefore(tokens: readonly Token[], qa: number, from: number): boolean {
  for (let i = qa - 1; i >= Math.max(from, qa - WORLD_TALLY_REACH); i--) {
    const t = tokens[i];
    if (t.pos === 'PROPN' || POSSESSIVE_MARKS.has(t.lower)) return false;
    if (WORLD_BEFORE.has(t.lower) && (WORLD_METRICS.has(tokens[i + 1]?.lower ?? '') || WORLD_METRICS.has(tokens[i + 2]?.lower ?? ''))) return true;
  }
  return false;
}
/** How far back in its sentence a world tally ("the global death toll") may stand from its figure. */
const WORLD_TALLY_REACH = 12;


/**
 * Nouns of a settlement or an area (singular; islands as the area they make). Round 34: the smallest settlements too,
 * "a farming community of 900 people", "the hamlet of some 300".
 */
export const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'island', 'islands', 'country', 'nation', 'metropolis', 'province',
  'region', 'territory', 'state', 'county', 'district', 'capital', 'archipelago', 'municipality', 'community', 'hamlet', 'township']);
/**
 * Nouns of those who live in a place ("a town of 9,000 inhabitants"). Not the measure table's person class: that holds
 * everyone a count may name (passengers, victims, children), and a settlement "of" them is no population; the table
 * also reads this module (a subgroup's nouns), so it cannot be read from here.
 */
const PEOPLE_NOUNS = new Set(['people', 'inhabitants', 'residents', 'souls', 'persons']);

/** Words that may name the place between "the population of" and the "of" of its figure: "of the islands of". */
const PLACE_NAME_POS = new Set(['DET', 'ADJ', 'PROPN']);
/** How many such words may stand there. */
const POPULATION_PLACE_REACH = 4;

/** "home to about 100,000 people", "a population of 200,000": the figure counts who lives there, not an event. */
export function isPopulation(tokens: readonly Token[], qa: number): boolean {
  const i = hedgeStart(tokens, qa, Math.max(0, qa - 4), true) - 1;
  // The word before the figure, read once: this runs for every figure (claims-work.test.js bounds the reads).
  const lead = tokens[i]?.lower ?? '';
  if (lead === 'to' && tokens[i - 1]?.lower === 'home') return true;
  if (lead === 'of' && isPopulationNoun(tokens[i - 1])) return true;
  if (HAVING.has(lead)) return placeBefore(tokens[i - 1]) && inhabitantsAfter(tokens, qa);
  if (lead !== 'of') return false;
  // "the population of the islands of about 200,000", "the population of Norvania of 3 million" (round 22).
  if (populationOfPlace(tokens, i - 1)) return true;
  if (!SETTLEMENTS.has(tokens[i - 1]?.lower ?? '')) return false;
  // "a city of 220,000 people", "a territory of more than 3 million people": a settlement's size is its population (the
  // people noun after the figure's multiplier too). Round 22: a settlement's figure in millions counting nothing at all
  // ("the vast nation of 140-million, and ...") is its population too. A bare smaller figure may be the place's voice
  // naming a count ("the students spoke of 900,000 and the city of 150,000").
  let after = hedgeEnd(tokens, qa, qa + 5, true);
  let millions = false;
  for (; after < qa + 6; after++) {
    const t = tokens[after];
    const scale = LARGE_MULTIPLIERS.has(t?.lower ?? '');
    if (!(isNumber(t) || WORD_SCALES.has(t?.lower ?? '') || (t?.text === '-' && LARGE_MULTIPLIERS.has(tokens[after + 1]?.lower ?? '')))) break;
    millions ||= scale;
  }
  const next = tokens[after];
  if (PEOPLE_NOUNS.has(next?.lower ?? '') || (millions && (!next || COUNTS_NOTHING.has(next.pos)))) return true;
  // Round 31: a bare figure that describes the settlement, not a voice's count: "Dorvik, a town of 85,000" (an
  // indefinite article) or "the town of 7,500 near the border" (a place phrase after it); "the city of 150,000" ending a
  // clause may still be the city naming a count.
  if (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.lower === 'of') return false;
  return indefiniteSettlement(tokens, i - 1) || next?.pos === 'ADP';
}

/** Words by which a place has its dwellers: "a city with 4.5 million residents", "Halvik has 90,000 inhabitants". */
const HAVING = new Set(['with', 'has', 'have', 'had']);
/** Nouns of those who live in a place, as opposed to "people", who may be anyone there. */
const DWELLERS = new Set(['inhabitants', 'residents']);

/** A settlement noun or a name ends right before "with"/"has": "the capital with", "Halvik has" (not "a block with"). */
const placeBefore = (t: Token | undefined): boolean => !!t && (SETTLEMENTS.has(t.lower) || t.pos === 'PROPN');

/**
 * The figure at qa counts a place's dwellers and nothing befalls them: "with 4.5 million residents" is a population
 * (dev25m); "with 300 residents injured" or "has 40 residents evacuated" counts an event's people.
 */
function inhabitantsAfter(tokens: readonly Token[], qa: number): boolean {
  let after = hedgeEnd(tokens, qa, qa + 5, true);
  while (after < qa + 6 && (isNumber(tokens[after]) || WORD_SCALES.has(tokens[after]?.lower ?? ''))) after++;
  if (!DWELLERS.has(tokens[after]?.lower ?? '')) return false;
  const next = tokens[after + 1];
  return !next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADJ');
}

/** Adjectives that may stand between the article and the settlement noun: "a small town of", "a coastal city of". */
const SETTLEMENT_ADJ_REACH = 2;

/** The settlement noun at `at` has an indefinite article before it, past at most SETTLEMENT_ADJ_REACH adjectives. */
function indefiniteSettlement(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  for (let k = 0; k < SETTLEMENT_ADJ_REACH && tokens[j]?.pos === 'ADJ'; k++) j--;
  const w = tokens[j]?.lower;
  return w === 'a' || w === 'an';
}

/** Scales of a bare figure that can only be a settlement's population: "a nation of 140 million". */
const LARGE_MULTIPLIERS = new Set(['million', 'billion']);

/** Parts of speech that end a figure with no counted noun: punctuation, a conjunction, a verb. */
const COUNTS_NOTHING = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX']);

const isPopulationNoun = (t: Token | undefined): boolean => t?.lower === 'population' || t?.lower === 'populace';

/** A place named after "the population of" ends at token `end`: "the population of [the islands]". */
function populationOfPlace(tokens: readonly Token[], end: number): boolean {
  let j = end;
  while (j > end - POPULATION_PLACE_REACH && j >= 0
    && (SETTLEMENTS.has(tokens[j].lower) || PLACE_NAME_POS.has(tokens[j].pos))) j--;
  return j < end && tokens[j]?.lower === 'of' && isPopulationNoun(tokens[j - 1]);
}

/** Words between a figure and the bound noun after it: "a 5% growth target", "a 2% inflation goal". */
const BOUND_GAP = 2;

/** "a growth target of 5%", "a 5% inflation target", "a capacity of 80,000": the figure is a bound, not a count. */
export function isBoundFigure(tokens: readonly Token[], qa: number, qb: number): boolean {
  if (tokens[qa - 1]?.lower === 'of' && BOUND_NOUNS.has(tokens[qa - 2]?.lower ?? '')) return true;
  for (let i = qb; i < qb + 1 + BOUND_GAP && i < tokens.length; i++) {
    if (BOUND_NOUNS.has(tokens[i].lower)) return true;
    if (tokens[i].type !== 'word' || tokens[i].pos === 'VERB' || tokens[i].pos === 'ADP') return false;
  }
  return false;
}
/** Most tokens from a bound noun subject to the figure: "ceiling for state aid to poorer members is a per capita income of". */
const BOUND_SUBJECT_REACH = 14;

/**
 * "The ceiling for state aid is a per capita income of some $1,150", "the target was 5%": a bound noun
 * the clause equates with the figure (a form of "be" between them, no other figure) makes it a bound, not a count (round
 * 33). Reads at most BOUND_SUBJECT_REACH tokens before the figure.
 */
function boundSubject(tokens: readonly Token[], qa: number, ca: number): boolean {
  let be = false;
  for (let i = qa - 1; i >= ca && i >= qa - BOUND_SUBJECT_REACH; i--) {
    const t = tokens[i];
    if (isNumber(t) && !/^\d{4}$/.test(t.text)) return false;
    if (FINITE_BE_SET.has(t.lower)) be = true;
    else if (be && BOUND_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Tokens between "the" and "of" in a yardstick: "the pre-COVID 2019 cyclical lows of". */
const YARDSTICK_REACH = 6;

/**
 * "unemployment is slightly above the pre-COVID lows of 3.5%", "higher than the 2019 peak of 120": the figure is the
 * yardstick the claim is measured against (a level, peak, record, average or limit), a value of another time or a bound,
 * not a claim of the sentence's own.
 */
export function isYardstickFigure(tokens: readonly Token[], qa: number, ca: number): boolean {
  const before = tokens[qa - 1]?.lower ?? '';
  if (boundSubject(tokens, qa, ca)) return true;
  if (ownedByPastPeriod(tokens, qa, before)) return true;
  if (baseOfMultiple(tokens, qa, ca)) return true;
  if (before !== 'of' || !YARDSTICK_NOUNS.has(tokens[qa - 2]?.lower ?? '')) return false;
  for (let i = qa - 2; i >= ca && i >= qa - 2 - YARDSTICK_REACH; i--) {
    const w = tokens[i].lower;
    if (w === 'the' || w === 'its' || w === 'their') {
      const before = tokens[i - 1]?.lower ?? '';
      return COMPARED_TO.has(before) || ((before === 'with' || before === 'to') && tokens[i - 2]?.lower === 'compared');
    }
    if (isNumber(tokens[i]) && !/^\d{4}$/.test(tokens[i].text)) return false;
  }
  return false;
}

/** Words of a multiple before its base ("three times", "twice", "double"): the base's noun may be any tally. */
const MULTIPLE_LEADS: ReadonlySet<string> = new Set(['times', 'fold', ...MULTIPLE_WORDS.keys()]);

/**
 * "15 million, more than double the official figure of 6 million", "three times the official toll of 5,000": the
 * figure after a multiple is the base the sentence's own figure is measured against, no rival of it (round 23); also
 * after "ten times higher than" (round 25).
 */
function baseOfMultiple(tokens: readonly Token[], qa: number, ca: number): boolean {
  if (tokens[qa - 1]?.lower !== 'of') return false;
  const noun = tokens[qa - 2]?.lower ?? '';
  if (!TALLIES.has(noun) && !YARDSTICK_NOUNS.has(noun)) return false;
  for (let i = qa - 3; i >= ca && i >= qa - 3 - YARDSTICK_REACH; i--) {
    const w = tokens[i].lower;
    if (w === 'the' || w === 'its' || w === 'their') return multipleBefore(tokens, i - 1);
    if (isNumber(tokens[i])) return false;
  }
  return false;
}

/** Comparatives between a multiple and "than": "ten times higher than the reported toll of 4,000". */
const MULTIPLE_COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'more', 'greater', 'larger', 'bigger', 'lower',
  'fewer', 'smaller']);

/** A multiple ending at token `end`: "three times", or "ten times higher than" (round 25). */
function multipleBefore(tokens: readonly Token[], end: number): boolean {
  const w = tokens[end]?.lower ?? '';
  if (w !== 'than') return MULTIPLE_LEADS.has(w);
  return MULTIPLE_COMPARATIVES.has(tokens[end - 1]?.lower ?? '') && MULTIPLE_LEADS.has(tokens[end - 2]?.lower ?? '');
}

/** "last year's", "the previous month's": a period before the one the report speaks of. */
const PAST_PERIOD_LEADS = new Set(['last', 'previous', 'prior', 'preceding']);
const PAST_PERIODS = new Set(['year', 'month', 'week', 'quarter']);

/**
 * "higher than last year's figure (815,000 people)", "last year's 815,000", "the previous year's toll of 40": a figure a
 * past period owns is that period's, the yardstick of the present one, not a claim of it.
 */
function ownedByPastPeriod(tokens: readonly Token[], qa: number, before: string): boolean {
  // Each token is read once: this runs for every figure (claims-work.test.js counts the reads).
  let i = qa - 1;
  let w = before;
  if (w === '(' || w === 'of') w = tokens[--i]?.lower ?? '';
  if (TALLIES.has(w) || YARDSTICK_NOUNS.has(w)) w = tokens[--i]?.lower ?? '';
  // The words before a parenthesis lie outside the figure's clause: read by position, not by clause. The possessive is a
  // token of its own ("year", "'s") or glued to its noun ("year's").
  if (POSSESSIVE_ENDINGS.has(w)) w = tokens[--i]?.lower ?? '';
  else if (!POSSESSIVE_ENDINGS.has(w.slice(-2))) return false;
  return i >= 1 && PAST_PERIODS.has(w.replace(/['\u2019]s$/, '')) && PAST_PERIOD_LEADS.has(tokens[i - 1].lower);
}

/** What is usual, the norm a figure of the event is set against: "the usual 1,000 deaths", "a normal 300 a week". */
const NORM_ADJECTIVES = new Set(['usual', 'normal', 'typical', 'customary', 'ordinary']);
/** Adverbs of the norm right after a figure's noun: "2,000 people normally die each month". */
const NORM_ADVERBS = new Set(['normally', 'usually', 'typically', 'ordinarily', 'customarily']);
const NORM_DETERMINERS = NOUN_DETERMINERS;

/**
 * "far more than the usual 1,000 deaths there in the same period", "an average of 2,000 people normally die each month":
 * the figure is the norm the event is measured against (a baseline of ordinary times), not a count of the event.
 */
export function isNormFigure(tokens: readonly Token[], qa: number, qb: number, cb: number): boolean {
  if (NORM_ADJECTIVES.has(tokens[qa - 1]?.lower ?? '') && NORM_DETERMINERS.has(tokens[qa - 2]?.lower ?? '')) return true;
  for (let i = qb; i < Math.min(qb + 2, cb); i++) if (NORM_ADVERBS.has(tokens[i].lower)) return true;
  return false;
}

/** Words naming a monthly or quarterly rate: "2.1% in the month", "month-on-month", "quarterly growth". */
const PERIOD_WORDS = new Map([['monthly', 'monthly'], ['month-on-month', 'monthly'], ['month-over-month', 'monthly'],
  ['m/m', 'monthly'], ['mom', 'monthly'], ['month-ago', 'monthly'], ['quarterly', 'quarterly'], ['quarter-on-quarter', 'quarterly'],
  ['quarter-over-quarter', 'quarterly'], ['qoq', 'quarterly']]);
const PERIOD_LEADS = new Set(['the', 'a', 'per', 'each']);
/** "over the previous month", "on the prior month", "compared to the previous month": the month before as a change's baseline. */
const BASE_MONTH = new Set(['previous', 'prior', 'preceding']);
const BASE_LEADS = new Set(['over', 'on', 'from', 'to', 'with']);
/** Month names ("may" left out: it is more often the verb). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTH_NAMES_BUT_MAY);
/** Words naming the yearly rate: they win over a month named elsewhere in the clause ("annual inflation ... this month"). */
const YEARLY = new Set(['annual', 'annually', 'yearly', 'year-on-year', 'year-over-year', 'y/y', 'yoy', '12-month']);
/** "a month earlier", "a month ago": the month before as a value's date, no monthly rate (round 18). */
const MONTH_BACK = new Set(['earlier', 'ago', 'before', 'previously']);

/**
 * The period of a rate when the clause says it is not the yearly one: "monthly inflation of 2.1%", "inflation of 2.1% in
 * the month". A month's inflation is no rival of the year's.
 */
/** Words that join the part of a clause holding one figure to the part holding the next: "44.7% and that ... 1.7 million". */
const STRETCH_JOINS = new Set(['and', 'but', ...CONTRAST_JOINS]);
/** Figures listed right after a figure (no join between) that its stretch runs past: "to 47.9% from 49.9%". */
const MAX_LISTED = 1;

/**
 * The part of the clause [ca, cb) that speaks of the figure at [qa, qb) alone: from the join after the figure before it,
 * to the join before the figure after it. "monthly inflation in April was 41.2% and over 2019 it reached 1.3 million
 * percent": "monthly" is the first figure's; "rose by 6.4% in October and annual inflation was 152.7%": "annual" is
 * the second's.
 */
export function ownStretch(tokens: readonly Token[], figureStarts: IndexLookup, ca: number, cb: number, qa: number,
  qb: number): [number, number] {
  // Joins are clause ends: jumping between those, a line of many figures costs each a bounded look.
  const ends = clauseEndIndex(tokens);
  let a = ca;
  for (let i = qa - 1; i >= ca; i--) {
    if (!figureStarts.has(i)) continue;
    a = ends.next[i + 1];
    while (a < qa && !STRETCH_JOINS.has(tokens[a].lower)) a = ends.next[a + 1];
    // No join between them: a list ("2% in May, 3% in June") shares its words.
    if (a >= qa) a = ca;
    break;
  }
  let b = cb;
  // "dropped to 47.9% in January from 49.9% in December and that month-on-month inflation was 0.8%": a figure listed
  // right after this one (no join between) shares its words; the stretch ends at the first join before a later figure.
  // Only one listed figure is passed: a list of many shares its words, and each figure's look stays bounded.
  let from = qb;
  let listed = 0;
  for (let i = qb; i < cb && listed <= MAX_LISTED; i++) {
    if (!figureStarts.has(i)) continue;
    let j = ends.prev[i];
    while (j >= from && !STRETCH_JOINS.has(tokens[j].lower)) j = ends.prev[j];
    if (j >= from) {
      b = j;
      break;
    }
    from = i + 1;
    listed++;
  }
  return [a, b];
}

/**
 * The word at i with the parts the tokenizer splits at a hyphen or a slash written with no space joined again
 * ("month-on-month", "y/y", "12-month"; round 18: the tables' compounds had never matched), and the index after it.
 */
function compoundAt(tokens: readonly Token[], i: number, end: number): [string, number] {
  let w = tokens[i].lower;
  let j = i + 1;
  while (j + 1 < end && (tokens[j].text === '-' || tokens[j].text === '/') && tokens[j].start === tokens[j - 1].end
    && tokens[j + 1].start === tokens[j].end) {
    w += tokens[j].text + tokens[j + 1].lower;
    j += 2;
  }
  return [w, j];
}

/** Words that make "average" a running mean over the months before: "the moving average inflation". */
const RUNNING = new Set(['moving', 'rolling']);

/**
 * A rate stated as a running mean of months (round 21): "the moving average inflation for August was 31.3%", "the
 * 12-month rolling average rate". It is no rival of the year-on-year rate of one month, whatever the yearly words. A
 * plain "average growth between 2011 and 2016" is the span's own rate and stays one (check-dev2's misestimated growth).
 */
function averagedRate(tokens: readonly Token[], ca: number, cb: number): boolean {
  for (let i = ca + 1; i < cb; i++) {
    if (tokens[i].lower === 'average' && RUNNING.has(tokens[i - 1].lower)) return true;
  }
  return false;
}

export function ratePeriod(tokens: readonly Token[], ca: number, cb: number): string | null {
  if (averagedRate(tokens, ca, cb)) return 'average';
  for (let i = ca; i < cb;) {
    // Pairs read by index: destructuring made an array iterator per word.
    const at = compoundAt(tokens, i, cb);
    if (YEARLY.has(at[0])) return null;
    i = at[1];
  }
  for (let i = ca; i < cb; i++) {
    const w = tokens[i].lower;
    const at = compoundAt(tokens, i, cb);
    const p = PERIOD_WORDS.get(at[0]) ?? PERIOD_WORDS.get(w);
    if (p) return p;
    i = at[1] - 1;
    if (w === 'month' && PERIOD_LEADS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'of'
      && !MONTH_BACK.has(tokens[i + 1]?.lower ?? '')) return 'monthly';
    // "In December alone, the index reached 118.4%": the month's own rate, not the twelve months to it.
    if (MONTH_NAMES.has(w) && tokens[i + 1]?.lower === 'alone') return 'monthly';
    // "rose 1.0% over the previous month": a change on the month before is the monthly rate.
    // "from the previous month's 59.7%" is last month's value, a possessive, no change on it (round 22).
    if (w === 'month' && BASE_MONTH.has(tokens[i - 1]?.lower ?? '') && BASE_LEADS.has(tokens[i - 3]?.lower ?? '')
      && !POSSESSIVE_ENDINGS.has(tokens[i + 1]?.lower ?? '')) return 'monthly';
  }
  return null;
}

/** Counted things whose share is how far a count has got, not a measure: "80% of polling stations", "97% of tally sheets". */
const PROGRESS_NOUNS = new Set(['station', 'stations', 'precinct', 'precincts', 'sheet', 'sheets', 'tally', 'tallies', 'booth',
  'booths', 'box', 'boxes', 'district', 'districts', 'constituency', 'constituencies', 'polling']);
const COUNT_VERBS = new Set(['counted', 'tallied', 'processed', 'reported', 'scrutinized', 'scrutinised', 'transmitted']);

/** Words that may close a bare "95 percent counted": the clause goes on or ends ("with 95% counted, X led"). */
const PROGRESS_CLOSERS = new Set(['PUNCT', 'CCONJ']);

/**
 * "with 80 percent of polling stations counted", "94.62% of the tally sheets", "80% of the votes counted", and the bare
 * "with 93.41 percent counted," (round 25) when the count verb closes its clause ("45% reported feeling" is no count).
 */
export function isCountProgress(tokens: readonly Token[], qb: number): boolean {
  if (COUNT_VERBS.has(tokens[qb]?.lower ?? '')) return !tokens[qb + 1] || PROGRESS_CLOSERS.has(tokens[qb + 1].pos);
  if (tokens[qb]?.lower !== 'of') return false;
  for (let i = qb + 1; i < Math.min(qb + 5, tokens.length); i++) {
    const w = tokens[i].lower;
    if (PROGRESS_NOUNS.has(w)) return true;
    if ((w === 'votes' || w === 'ballots' || w === 'vote') && COUNT_VERBS.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Words that mark a result as not yet final: "partial results", "preliminary count", "provisional figures". */
const PROVISIONAL = new Set(['partial', 'preliminary', 'provisional', 'incomplete']);
/** The end of a share right before "of": "80 percent of", "94.62% of". */
const SHARE_ENDS = new Set(['%', 'percent', 'pct', 'cent', 'per cent']);
/** Whether each sentence states a count in progress, computed once per sentence. */
const provisionalSentences = new SentenceMemo<boolean>();

/**
 * The sentence reports a count still in progress: a provisional word, or how far the count has got ("with 80% of
 * polling stations counted"). Its figures may drift a little before the final count; the check does not pair them with a
 * close figure that is not provisional.
 */
export function isProvisional(tokens: readonly Token[], s: Sentence): boolean {
  let known = provisionalSentences.get(s);
  if (known !== undefined) return known;
  known = false;
  for (let i = s.tokenStart; i < s.tokenEnd && !known; i++) {
    const w = tokens[i].lower;
    known = PROVISIONAL.has(w) || (w === 'of' && progressAt(tokens, i));
  }
  provisionalSentences.set(s, known);
  return known;
}

/** "80 percent of the ballots counted": a share of the count done, its "of" at token i (the caller read it). */
function progressAt(tokens: readonly Token[], i: number): boolean {
  return SHARE_ENDS.has(tokens[i - 1]?.lower ?? '') && isCountProgress(tokens, i);
}

/**
 * The sentence says how far the count has got ("With 98.26% of the votes counted"), not only that a result is
 * preliminary: the stage of a count whose results a report gives after it (detailed.ts, leadInProgress).
 */
export function statesCountProgress(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].lower === 'of' && progressAt(tokens, i)) return true;
  return false;
}

/**
 * Kinds of person (singular): a part of everyone counted, never a rival of the whole count; each counts persons
 * (measure.ts, unit table).
 */
export const SUBGROUP_NOUNS: readonly string[] = `child woman girl boy student pupil foreigner miner firefighter rescuer
  journalist patient teacher doctor nurse crew crewmember crew-member crewman flight-attendant infant baby toddler teenager
  minor civilian officer policeman policewoman attacker assailant gunman bomber lawmaker legislator adult fireman firewoman`.split(/\s+/);
const SUBGROUPS = new Set(SUBGROUP_NOUNS);
const SUBGROUP_PLURALS = new Map([['children', 'child'], ['women', 'woman'], ['policemen', 'policeman'], ['policewomen', 'policewoman'],
  ['gunmen', 'gunman'], ['firemen', 'fireman'], ['firewomen', 'firewoman'], ['crewmen', 'crewman']]);
/**
 * Other words for a kind of person, word -> the kind it names, so both sides key one kind ("12 firemen" against "17
 * firefighters"). A workforce's words name its staff only when the figure counts people something befell ("including
 * 13 staff" of a toll, "12 dead hospital staffers"); cut or hired, they stay jobs (measure.ts), never read here.
 */
const SUBGROUP_SYNONYMS = new Map<string, string>();
// "nine crewmen", "nine crewmembers" and "nine crew" count one crew (round 39). "Four kids died" and "four children
// died" count one kind (round 43).
for (const [kind, words] of [['firefighter', 'fireman firewoman'], ['staff', 'staff staffer employee worker'],
  ['crew', 'crewmember crewman crew-member'], ['child', 'kid']] as const) {
  for (const w of words.split(' ')) SUBGROUP_SYNONYMS.set(w, kind);
}
/** The other words for a kind of person, for the unit table (measure.ts): each counts persons, unless a row after says. */
export const SUBGROUP_SYNONYM_NOUNS: readonly string[] = [...SUBGROUP_SYNONYMS.keys()];

/**
 * Compound nouns of a kind that name the same people as one word of the table: "police officers" are policemen, so "three
 * police officers" and "four policemen" count one kind (round 30, probe30c). Modifier -> head -> the table's word.
 */
const COMPOUND_KINDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['police', new Map([['officer', 'policeman']])],
  // "crew members" are the crew (round 39); a cabin crew or its flight attendants are a part of the crew, a kind of
  // their own that never meets the whole crew's count.
  ['crew', new Map([['member', 'crew']])],
  ['cabin', new Map([['crew', 'cabin-crew']])],
  ['flight', new Map([['attendant', 'cabin-crew']])],
]);

/** "kind:child" for "children", "kind:passenger" for "passengers"; null for people in general. */
export function subgroupOf(rawUnit: string, singular: (w: string) => string): string | null {
  const words = phraseWords(rawUnit);
  const last = words[words.length - 1] ?? '';
  const head = SUBGROUP_PLURALS.get(last) ?? singular(last);
  const kind = SUBGROUP_SYNONYMS.get(head) ?? SUBGROUP_SYNONYMS.get(last) ?? (SUBGROUPS.has(head) ? head : null);
  return kind ? `kind:${kind}` : null;
}

/**
 * The kind a figure's two-word noun names as one word of the table ("police officers" -> "kind:policeman"), or null;
 * spaced or hyphenated alike.
 */
export function compoundKind(noun: string, singular: (w: string) => string): string | null {
  // Split once per noun (phraseWords keeps the words): a new split per figure was 3 % of the claim step's garbage. A
  // hyphen joins a compound's words as a blank does: "police-officers" are "police officers" (round 40).
  const words = phraseWords(noun);
  if (words.length < 2) return null;
  const compound = COMPOUND_KINDS.get(words[words.length - 2])?.get(singular(words[words.length - 1]));
  if (!compound) return null;
  // A compound's word may head a compound of its own: "cabin crew members" are a cabin crew ("crew members" -> crew).
  const outer = words.length > 2 ? COMPOUND_KINDS.get(words[words.length - 3])?.get(compound) : undefined;
  return `kind:${outer ?? compound}`;
}

/** A scope id naming a kind of person counted ("kind:child"): it must be the same on both sides of a match. */
export function isSubgroupId(id: string): boolean {
  return id.startsWith('kind:');
}

/** Words marking a figure as the official count: "the official toll of 481,000", "officially 97 cases". */
const OFFICIAL = new Set(['official', 'officially']);
/** Adverbs marking a figure as the true one against a claimed one: "when it was actually 6,000", "but in reality 40". */
const ACTUAL = new Set(['actually', 'reality']);
/** Words opening the clause that sets the true figure against the claimed one. */
const ACTUAL_OPENERS = new Set(['when', 'but', ...CONTRAST_JOINS]);
/** Participles that, after a determiner, cite a figure as someone else's given count: "the reported 6.9 per cent". */
const CITED = new Set(['reported', 'stated', 'claimed', 'declared', 'announced', 'published']);
/** Determiners before such a participle (a verb "reported 20 deaths" has none). */
const CITING_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
/** Words that end a figure's noun phrase walking back from it: another clause or the other side of a comparison. */
const PHRASE_STOPS = new Set([',', ';', ':', '(', ')', 'and', 'or', 'but', ...CONTRAST_JOINS, 'against', 'versus', 'vs',
  'than', 'compared', 'said', 'says', 'with']);
/** How far before a figure its own noun phrase may name whose count it is. */
const VOICE_GAP = 7;

/**
 * Whose count the figure's own noun phrase says it is, when it says: "the country's official toll of 481,000" (the
 * official count), "the organisers' figure was 500,000" (the organisers'), "Harvard's estimate of 4,645". In one
 * sentence giving two counts, each is its owner's voice, whoever reports the sentence. The possessor is a token index
 * (its entity, if any, is the caller's to find); 'official' is the official count, 'cited' a count the phrase cites as
 * given by others ("the reported growth of 6.9 per cent"). Null when the phrase names no owner.
 */
export function ownerOfFigure(tokens: readonly Token[], qa: number, ca: number, figureStarts: IndexLookup):
  { official: true } | { cited: true } | { actual: true } | { possessor: number } | null {
  let possessor = -1;
  let actual = false;
  for (let i = qa - 1; i >= Math.max(ca, qa - VOICE_GAP); i--) {
    const w = tokens[i].lower;
    if (ACTUAL.has(w)) actual = true;
    // Round 44 (voice44): "claimed the payroll was 9,000 names, when it was actually just 6,000": the figure a contrast sets
    // as the true one against a claimed figure is the report's own correction, not the claimant's.
    if (actual && ACTUAL_OPENERS.has(w)) return { actual: true };
    // Round 44 (voice44): "Officially, 40 people died, but residents say 55": the sentence adverb set off by its comma
    // voices the clause it opens; read past the comma, the figure is no longer lent the later clause's speaker.
    if (w === ',' && i - 1 >= ca && tokens[i - 1].lower === 'officially') return { official: true };
    if (PHRASE_STOPS.has(w) || figureStarts.has(i)) break;
    if (OFFICIAL.has(w)) return { official: true };
    // "instead of the reported growth of 6.9 per cent", "the stated 53,000": a figure its phrase cites as given by
    // others, not the speaker's own.
    if (CITED.has(w) && CITING_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return { cited: true };
    // "organisers' figure", "the ministry's official toll": the possessive before a tally noun.
    if (POSSESSIVE_MARKS.has(w) && i > ca) {
      const next = OFFICIAL.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (TALLIES.has(tokens[next]?.lower ?? '') && /^[A-Za-z]/.test(tokens[i - 1].text) && possessor < 0) possessor = i - 1;
    }
  }
  // "..., but it actually had 6,000": the opener stands just before the figure's clause.
  if (actual && possessor < 0 && qa - ca < VOICE_GAP && ACTUAL_OPENERS.has(tokens[ca - 1]?.lower ?? '')) return { actual: true };
  return possessor >= 0 ? { possessor } : null;
}

/** Words before a bare figure that make it an age: "under the age of 5", "aged 12", "ages 16 to 24". */
const AGE_LEADS = new Set(['aged', 'ages', 'age']);
/**
 * Nouns of people a bare bound after them makes an age (round 22): "48 children under four died", "adults over 65",
 * "those under 18 were spared". The bound counts no one: the people counted are the noun's.
 */
const AGED_PEOPLE = new Set(['children', 'child', 'kids', 'babies', 'infants', 'toddlers', 'girls', 'boys', 'adults',
  'people', 'persons', 'those', 'anyone', 'everyone', 'pupils', 'students', 'patients', 'residents', 'men', 'women',
  'citizens', 'voters']);
/** Bounds of an age after such a noun. */
const AGE_BOUNDS = new Set(['under', 'over', 'below', 'above']);
/** Words after the bare number that still make it an age ("under four years old", "over 65 years of age"). */
const AGE_UNITS = new Set(['year', 'years', 'month', 'months', 'yrs']);
/** Numbers of at most three digits, or spelled: an age is never "under 1,000". */
const AGE_NUMBER = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)$/i;

/**
 * A figure that is an age, not a count: "children under the age of 5", "men aged 18", "ages 16 to 24", "a 12-year-old",
 * "children under four".
 */
export function isAge(tokens: readonly Token[], qa: number): boolean {
  const before = tokens[qa - 1];
  const lead = before?.lower ?? '';
  if (lead === 'of' && tokens[qa - 2]?.lower === 'age') return true;
  if (AGE_LEADS.has(lead)) return true;
  if (isAgeBound(tokens, qa, before)) return true;
  return tokens[qa + 1]?.lower === '-' && tokens[qa + 2]?.lower === 'year' && tokens[qa + 3]?.lower === '-';
}

/**
 * "children under four", "adults over 65 years old": a bound on a noun of people, its number bare (no counted noun, no
 * multiplier after it). "children under 1,000" or "people over 50 people" stay counts.
 */
function isAgeBound(tokens: readonly Token[], qa: number, before: Token | undefined): boolean {
  // Few token reads on the way out: a line of thousands of figures reads each one's neighbours (claims-work.test.js).
  // The figure starts at its bound ("children [under four]") or right after it ("children under [four]").
  const w = before?.lower ?? '';
  if (!AGED_PEOPLE.has(w) && !AGE_BOUNDS.has(w)) return false;
  const first = tokens[qa];
  const bounded = AGE_BOUNDS.has(first?.lower ?? '');
  if (!bounded && !AGE_BOUNDS.has(w)) return false;
  const n = bounded ? qa + 1 : qa;
  const figure = bounded ? tokens[n] : first;
  if (!isNumber(figure) || !AGE_NUMBER.test(figure.text) || !AGED_PEOPLE.has(tokens[n - 2]?.lower ?? '')) return false;
  const next = tokens[n + 1];
  return !next || AGE_UNITS.has(next.lower) || COUNTS_NOTHING.has(next.pos);
}

// --- Round 33 (figures33): how long something took, and how late it ran ---

/** Minutes in each time unit: a time taken is compared in minutes ("more than an hour" against "28 minutes"). */
export const MINUTES_IN: ReadonlyMap<string, number> = new Map([['minute', 1], ['hour', 60], ['day', 1440], ['week', 10080],
  ['month', 43200], ['year', 525600], ['decade', 5256000]]);
/** The verb of a time taken: "it took 28 minutes", "can take from two to 10 days for symptoms to appear". */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Objects that make "take" no time taken: "took place four days later", "took power", "taking office a year ago". */
const TAKE_IDIOMS = new Set(['place', 'power', 'office', 'part', 'charge', 'control', 'effect', 'hold', 'care', 'off',
  'away', 'back', 'home', 'shelter', 'refuge', 'cover']);
/** Words between "take" and its time: "took an ambulance 70 minutes", "take from two to 10 days", "took rescuers about". */
const TAKE_GAP_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ']);
/** How far back from a figure "take" may stand. */
const TAKE_REACH = 4;
/** Words right after a time that make it a date or an interval, not the time taken: "took place two days later". */
const DATING_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'old']);
/** "ran five hours behind schedule", "arrived two hours late": a delay, what a wait measures. */
const LATE_AFTER = new Set(['late', 'behind', 'overdue']);

/**
 * A time unit figure that says how long something took ("it took an ambulance 70 minutes to arrive": event `took`, in
 * minutes, so an hour meets 28 minutes) or how late something ran ("five hours behind schedule": a wait, event
 * `lasted`, in the report's unit like the other waits). Null for other times: dates, ages, intervals and spans whose
 * thing no word names stay no claims (a "two hours later" of one blast is no rival of another's).
 */
export function timeTaken(tokens: readonly Token[], unit: string, qa: number, qb: number, ca: number):
  { event: 'took' | 'lasted'; minutes: number | null } | null {
  const minutes = MINUTES_IN.get(unit);
  if (minutes === undefined) return null;
  const next = tokens[qb]?.lower ?? '';
  if (DATING_AFTER.has(next)) return null;
  if (LATE_AFTER.has(next) && (next !== 'behind' || tokens[qb + 1]?.lower === 'schedule')) return { event: 'lasted', minutes: null };
  for (let k = qa - 1; k >= Math.max(ca, qa - TAKE_REACH); k--) {
    const t = tokens[k];
    if (TAKE_FORMS.has(t.lower)) return k + 1 < qa && TAKE_IDIOMS.has(tokens[k + 1].lower) ? null : { event: 'took', minutes };
    if (isNumber(t) || (!TAKE_GAP_POS.has(t.pos) && t.lower !== 'from')) return null;
  }
  return null;
}
