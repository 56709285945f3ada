// Election results in the claim frame: what makes a bare percentage a candidate's share, and when a result holds (the
// vote, not the day the article was written or the result declared).
import type { DateMention, Token } from '../types';
import { namedDay, type OccasionWords } from './namedDay';
import { tokenAt } from '../text/offsets';
import { LEAD_VERBS, SHARE_VERBS } from './contestVerbs';
import { negatedVerb } from './claimWords';

/** Nouns and verbs that make a report about a vote. */
const ELECTION_WORDS = new Set(['election', 'elections', 'vote', 'votes', 'voted', 'voting', 'poll', 'polls', 'ballot', 'ballots',
  'runoff', 'referendum', 'electoral']);
/**
 * Verbs a candidate's share takes: "scored 46.12%", "won with 52.31%", "got 0.41%", "lost with 45.72 per cent", "drew 40%"; results
 * that give it ("the preliminary results had given him nearly 93 percent").
 */
const CANDIDATE_VERBS = new Set([...SHARE_VERBS, 'scored', 'got', 'gets', 'garnered', 'took', 'secured', 'received',
  'obtained', 'polled', 'voted', 'voting', 'gave', 'given', 'gives', 'giving', 'score',
  // "a challenger who drew 38.64 percent" (round 20): a percentage a vote draws is a share, never a crowd.
  'drew', 'draws', 'drawing']);
/**
 * "Adler was well ahead at 53.5 percent", "led with 52 percent": a lead held "with" or "at" a share is a share of the
 * vote (dev25m); "ahead by 45 percent to 40" gives a margin or a partial count's shares, left to other rules.
 */
const LEAD_WORDS = new Set([...LEAD_VERBS, 'ahead']);
/** Measures a vote settles: a candidate's share, votes or seats won, turnout. */
export const RESULT_EVENTS = new Set(['vote_share', 'won', 'turnout']);
/** Days before a result's declaration or publication in which the vote it reports may have been held. */
export const RESULT_WINDOW_DAYS = 10;
/**
 * Days after the vote a report names in which a result it dates only by its dateline, lede or publication is still that
 * vote's: an official count declared weeks late ("official results released Friday after a delay of more than a
 * month ... the April 17 vote") holds of the vote, not of the day it was released (round 23).
 */
export const DECLARED_WINDOW_DAYS = 45;
/** Words that may stand between a date and its election noun. */
const DATE_NOUN_GAP = new Set(["'s", '’s', 'presidential', 'general', 'parliamentary', 'legislative', 'national', 'local',
  'municipal', 'regional', 'snap', 'first-round', 'second-round', ',']);
/** A vote's words for namedDay: any election word before the date, all but "votes" and "electoral" after it. */
const VOTE_WORDS: OccasionWords = {
  after: w => ELECTION_WORDS.has(w) && w !== 'votes' && w !== 'electoral',
  before: w => ELECTION_WORDS.has(w),
  gap: t => DATE_NOUN_GAP.has(t.lower) || /^\d{4}$/.test(t.lower),
};

/** Tokens after a year in which its election noun may stand: "the 2019 presidential election". */
const YEAR_NOUN_REACH = 3;

/**
 * "the 2019 election", "2019's presidential vote": the report names an election by the calendar year [from, to], so a
 * result its sentence dates by that year holds of the vote, not of a year-long window (probe30e).
 */
export function yearNamesVote(tokens: readonly Token[], dates: readonly DateMention[], from: string, to: string): boolean {
  for (const d of dates) {
    if (d.from !== from || d.to !== to) continue;
    const b = tokenAt(tokens, d.end - 1) + 1;
    for (let i = b; i < Math.min(tokens.length, b + YEAR_NOUN_REACH); i++) {
      if (VOTE_WORDS.after(tokens[i].lower)) return true;
      if (!VOTE_WORDS.gap(tokens[i])) break;
    }
  }
  return false;
}

/** The report speaks of a vote: an election word anywhere in it. */
export function isElectionText(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (ELECTION_WORDS.has(t.lower)) return true;
  return false;
}

/** The clause [ca, cb) holds a verb a candidate's share takes. */
export function hasCandidateVerb(tokens: readonly Token[], ca: number, cb: number): boolean {
  for (let i = ca; i < cb; i++) {
    const w = tokens[i].lower;
    // "failed to win the 50% needed": a negated win gives no share (round 37).
    if (CANDIDATE_VERBS.has(w) && !negatedVerb(tokens, i, ca)) return true;
    if (LEAD_WORDS.has(w) && (tokens[i + 1]?.lower === 'with' || tokens[i + 1]?.lower === 'at')) return true;
  }
  return false;
}

/**
 * A share followed by the choice it went to: "91% for annexation", "44% for Brenn", "38% against the plan", "55% in
 * favour". "for" must take a name or a bare noun: "60% for the first round" and "3% for the year" name no choice.
 */
export function namesChoice(tokens: readonly Token[], qb: number): boolean {
  const w = tokens[qb]?.lower;
  const next = tokens[qb + 1];
  if (!next) return false;
  if (w === 'against') return true;
  if (w === 'in') return /^favou?r$/.test(next.lower);
  return w === 'for' && (next.pos === 'PROPN' || next.pos === 'NOUN');
}

/**
 * The day of the vote a report names: a resolved one-day date right before an election noun ("Saturday's vote", "the
 * August 9 election") or right after one ("the election on Sunday", "voted on Tuesday"), none after publication.
 */
export function voteDate(tokens: readonly Token[], dates: readonly DateMention[], published: string | null = null): DateMention | null {
  return namedDay(tokens, dates, published, VOTE_WORDS);
}

