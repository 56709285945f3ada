// Round 44 (holder44, issue 10): whose a referendum's share is. A referendum has no candidates: its shares are the
// options' ("55% voted for independence", "49.9% in favor and 50.1% against", "the yes camp led with 54%"), and with no
// name to own them the frame read no holder on either side, so two reports of the same option's share never met.
import type { Token } from '../types';

/** The two options' holder keys. */
export const YES_OPTION = 'holder:yes';
export const NO_OPTION = 'holder:no';

/** Words that name a report as one of a referendum (read once per report, detailed.ts). */
export const REFERENDUM_TEXT = /\b(?:referendum|referendums|referenda|plebiscite|plebiscites)\b/i;

/** Words right after a share that give it to the "no" side: "50.1% against", "41% voted no". */
const NO_WORDS: ReadonlySet<string> = new Set(['against', 'no', 'nay', 'opposed']);
/** "in favor" / "in favour": the yes side, with or without "in" before it. */
const FAVOR_WORDS: ReadonlySet<string> = new Set(['favor', 'favour']);
/** Words right after a share that give it to the "yes" side: "voted yes", "in favor". */
const YES_WORDS: ReadonlySet<string> = new Set(['yes', ...FAVOR_WORDS]);
/** Words skipped between "for" and the option it names ("for the state union", "for a new constitution"). */
const OPTION_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Verbs whose "by" before a share gives it to a side: "was approved by 91%", "rejected by 61%". */
const YES_BY: ReadonlySet<string> = new Set(['supported', 'backed', 'approved', 'endorsed', 'favored', 'favoured']);
const NO_BY: ReadonlySet<string> = new Set(['rejected', 'opposed']);
/** Nouns a side's word stands before: "the yes camp", "the autonomy side", "the no vote". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(['side', 'camp', 'vote', 'votes']);
/** Of those, the nouns any word before names a side with ("the autonomy side"); "the popular vote" names none. */
const CAMP_NOUNS: ReadonlySet<string> = new Set(['side', 'camp']);
/** Words a share's "of" whole and its verb may take before the option (": 61.3 per cent of all ballots counted went for"). */
const OPTION_GAP = 8;
/**
 * Wholes a share may be "of" that are all the people, not the votes cast: "only 15% of the citizens voted for it" is a
 * share of the electorate, no rival of the option's share of the vote; such a share takes no option.
 */
const PEOPLE_WHOLES: ReadonlySet<string> = new Set(['citizens', 'population', 'inhabitants', 'residents', 'adults']);
/** Tokens that end the share's own words. */
const OPTION_STOPS: ReadonlySet<string> = new Set([';', '.', ':', ',', 'and', 'but', 'while', 'whereas']);

/** The side a word names, or undefined. */
function sideOf(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  if (NO_WORDS.has(word)) return NO_OPTION;
  return YES_WORDS.has(word) ? YES_OPTION : undefined;
}

/**
 * The option a "for" names by its first word, as reports of one referendum word it alike ("55% for independence", "the
 * autonomy side"): "for autonomy" and "for the state union" are two options, not one "yes".
 */
function forOption(tokens: readonly Token[], at: number, sentenceEnd: number): string | undefined {
  let k = at;
  while (k < sentenceEnd && OPTION_ARTICLES.has(tokens[k].lower)) k++;
  const w = tokens[k]?.lower;
  if (k >= sentenceEnd || !w || !/^[a-z]/.test(w)) return undefined;
  return sideOf(w) ?? `holder:${w}`;
}

/**
 * The referendum option the share at tokens qa..qb (qb past the figure) is of, read after it ("in favor", "against",
 * "voted for independence", "of the ballots were cast for joining"), then by a verb's "by" before it ("backed by 91%"),
 * then by a side named before it in its clause ("the autonomy side was ahead on 61%"); undefined when none.
 * The caller runs it only where no name owns the share, in a report of a referendum.
 */
export function ballotOption(tokens: readonly Token[], qa: number, qb: number, sentenceStart: number, sentenceEnd: number): string | undefined {
  for (let j = qb; j < Math.min(qb + OPTION_GAP, sentenceEnd); j++) {
    const w = tokens[j].lower;
    if (OPTION_STOPS.has(w)) break;
    if (PEOPLE_WHOLES.has(w) && tokens[qb]?.lower === 'of') return undefined;
    if (w === 'in' && FAVOR_WORDS.has(tokens[j + 1]?.lower ?? '')) return YES_OPTION;
    const side = sideOf(w) ?? (w === 'for' ? forOption(tokens, j + 1, sentenceEnd) : undefined);
    if (side) return side;
  }
  const verb = tokens[qa - 1]?.lower === 'by' ? tokens[qa - 2]?.lower ?? '' : '';
  if (YES_BY.has(verb)) return YES_OPTION;
  if (NO_BY.has(verb)) return NO_OPTION;
  for (let j = qa - 1; j > Math.max(sentenceStart, qa - OPTION_GAP); j--) {
    const w = tokens[j].lower;
    if (OPTION_STOPS.has(w)) break;
    if (!SIDE_NOUNS.has(w) || tokens[j - 2]?.lower !== 'the') continue;
    const side = sideOf(tokens[j - 1].lower);
    if (side) return side;
    if (CAMP_NOUNS.has(w) && /^[a-z]/.test(tokens[j - 1].lower)) return `holder:${tokens[j - 1].lower}`;
  }
  return undefined;
}
