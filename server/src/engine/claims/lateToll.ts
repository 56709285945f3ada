// Round 29 probe: a running toll said long after its event ("324 people have died following the earthquake on Tuesday,
// Sept. 19", in a report nine days on; "912 are now known to have died in last month's collapse") holds as of its
// report, not of the event's day that names the event: the day dates the event, the count grew since.
import type { DateMention, Token } from '../types';
import { CAUSE_NOUNS } from '../text/causes';
import { hasOrPlural } from '../text/inflection';
import { tokenAt } from './tokens';
import { daysBefore } from '../dates/calendar';
import { POSSESSIVE_ENDINGS } from '../text/possessive';

/** Days after the event's day from which a running toll's report is read as of its own day, not the event's. */
export const LATE_TOLL_DAYS = 7;
/** Days after the event's day past which a report's toll is the settled toll of the event (an anniversary piece). */
const SETTLED_TOLL_DAYS = 365;
/** Longest date, in days, read as an event's day or month rather than a year. */
const EVENT_SPAN_DAYS = 31;
/** Most tokens between the event noun and its day ("the 7.1 magnitude earthquake on", "the collapse of a building"). */
const EVENT_DAY_REACH = 5;
/** Words the reading back from a day to its event noun may pass: the noun phrase's words and prepositions. */
const PASSABLE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP']);

const isEventNoun = (t: Token | undefined): boolean => !!t && hasOrPlural(CAUSE_NOUNS, t.lower);

/** Most tokens between a relative pronoun after the event noun and the day ("that struck Lombok Island in West Nusa Tenggara on"). */
const RELATIVE_DAY_REACH = 12;
/** Relative pronouns opening a clause on the event noun: "the earthquake that struck ... on Aug. 5" (round 30). */
const EVENT_RELATIVES = new Set(['that', 'which']);

/** Most words between a date that modifies a noun and that noun ("the June 2 Varna rail crash": two). */
const MODIFIED_NOUN_REACH = 3;
/** Longest run of days, in days, such a date may span ("the May 2-3 cyclone"). */
const MODIFYING_DAYS = 6;
/** Parts of speech of the words between such a date and its noun: names and modifiers of one noun phrase. */
const MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the June 2 rail crash", "the May 2-3 cyclone": the date, after "the", modifies a noun phrase whose head is an event
 * noun, so it names that event's day (round 36). A noun phrase whose head is no event ("the March 8 report") is not read.
 */
function modifiesEventNoun(tokens: readonly Token[], d: DateMention, first: number, after: number): boolean {
  // Days only: "the January quake" in a report on a later epidemic names a past event of its own, not the story's.
  if (tokens[first - 1]?.lower !== 'the' || !d.from || !d.to || d.from < daysBefore(d.to, MODIFYING_DAYS)) return false;
  for (let k = after; k < after + MODIFIED_NOUN_REACH + 1; k++) {
    const t = tokens[k];
    if (!t || !MODIFIERS.has(t.pos)) return false;
    // The head is the last noun of the phrase: an event noun followed by another noun ("the May 2 storm report") is a
    // modifier of that noun.
    if (isEventNoun(t) && !MODIFIERS.has(tokens[k + 1]?.pos ?? '')) return true;
  }
  return false;
}

/**
 * The date names an event's day: an event noun before it in one noun phrase, in a relative clause on that noun ("the
 * earthquake that struck Lombok Island on Aug. 5": the verb right after the pronoun, then only noun-phrase words),
 * after its possessive ("last month's collapse"), or the date modifying the event noun ("the June 2 rail crash").
 */
function namesEventDay(tokens: readonly Token[], d: DateMention): boolean {
  const first = tokenAt(tokens, d.start);
  for (let i = first - 1; i >= Math.max(0, first - RELATIVE_DAY_REACH); i--) {
    if (first - i <= EVENT_DAY_REACH && isEventNoun(tokens[i])) return true;
    if (tokens[i].pos === 'VERB' && EVENT_RELATIVES.has(tokens[i - 1]?.lower ?? '')) return isEventNoun(tokens[i - 2]);
    if (!PASSABLE.has(tokens[i].pos)) break;
  }
  const after = tokenAt(tokens, d.end);
  if (modifiesEventNoun(tokens, d, first, after)) return true;
  if (!POSSESSIVE_ENDINGS.has(tokens[after]?.text ?? '')) return false;
  for (let k = after + 1; k <= after + 3; k++) {
    if (isEventNoun(tokens[k])) return true;
    if (tokens[k]?.pos !== 'ADJ' && tokens[k]?.pos !== 'NOUN') return false;
  }
  return false;
}

/** Words of a toll revised against an earlier one in the same sentence ("revised ... to 97, down from 115"). */
const REVISION_WORDS = new Set(['revised', 'revises', 'revising', 'previous', 'earlier', 'lowered', 'raised', 'down', 'up']);

/** The sentence [a, b) tells a revision: its change is the report's to tell, the stages' dates stay as written. */
function tellsRevision(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (REVISION_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * A running toll's date that only names its event's day, LATE_TOLL_DAYS or more before the report: set aside, so the
 * toll holds as of the report (running counts say "now", "have died", "so far"). Not in a sentence telling a revision
 * (a lowered toll beside its earlier figure keeps the dates that keep the two stages apart).
 */
export function eventDayLongBefore(tokens: readonly Token[], d: DateMention, published: string | null, running: boolean,
  sentence: readonly [number, number]): boolean {
  if (!running || !published || !d.from || !d.to || d.to > daysBefore(published, LATE_TOLL_DAYS)) return false;
  // Long after, the toll is settled and the event's own: a retrospective's figures stay the event day's.
  if (d.to < daysBefore(published, SETTLED_TOLL_DAYS)) return false;
  // A day or a month names the story's event; a bare year ("Hurricane Harvey in 2017") names a past one of its own.
  if (d.from < daysBefore(d.to, EVENT_SPAN_DAYS)) return false;
  return namesEventDay(tokens, d) && !tellsRevision(tokens, sentence[0], sentence[1]);
}
