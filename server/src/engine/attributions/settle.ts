// Settling one unit's attributions: overlaps, first persons, quoted speakers and denied states of mind.
import { FIRST_PERSON, FIRST_PERSON_GROUP, namesSource } from './sources';
import type { Token } from '../types';
import { CONTRACTED_AUXILIARIES, type CueInfo, finiteCue, FIRST_PERSON_CUES, participleCue, phrasalCue } from './cues';
import { CONTRACTED_ARE } from '../text/beVerbs';
import { type ReportState, type Found, tokAt } from './report';
import { FREE_RELATIVES } from './words';
import { CONTRAST_JOINS } from '../text/subordinators';

/** Modals and negations that make a first-person cue a hedge or a denial ("I would say", "I never said"). */
/** Negations: a state of mind denied ("do not want", "never thought") reports nothing held. */
const NEGATIONS = new Set(['not', "n't", 'never', 'didn', 'don', 'doesn']);

const HEDGE_AUX = new Set(['would', 'could', 'can', 'will', 'may', 'might', 'should', 'must', 'never', 'not', "n't", 'didn', 'don']);
/**
 * Round 37: a first person with a contracted auxiliary ("I've said", "we're saying", "I'd add") is talk, a speaker's own
 * words inside a quotation far more often than a report (PolNeAR train: 5 of 6 were not marked).
 */
const SPOKEN_AUX: ReadonlySet<string> = new Set([...CONTRACTED_AUXILIARIES, ...CONTRACTED_ARE]);

/**
 * Forecast and finding verbs: inside someone else's reported content they are part of it, not a new claim. So are
 * beliefs and wishes (`mental` cues) inside what someone says: "told reporters that he thought ..." (PolNeAR train: 15 of
 * 139 such nested cues are marked).
 */
const NESTED_WEAK = new Set(['expect', 'show', 'indicate', 'find']);

/** Conjunctions that open a new clause after a comma ("..., and the opposition warned"). */
const CLAUSE_JOIN = new Set(['and', 'but', ...CONTRAST_JOINS]);

/**
* Attributions of one unit against each other: a clause joined by ", and" with its own speaker ends the
* content before it; a forecast inside reported content is part of it; a cue after a finished attribution
* ('X urged "...," the office said') relays it.
*/
export function settle(rep: ReportState, fs: Found[]): Found[] {
  const { toks, quoteAround } = rep;
  if (fs.length < 2 || fs.length > 50) return fs;
  const drop = new Set<Found>();
  for (let x = 0; x < fs.length; x++) {
    const f = fs[x];
    for (let y = x + 1; y < fs.length; y++) {
      const g = fs[y];
      if (drop.has(g) || drop.has(f)) continue;
      const sameContent = g.content.start === f.content.start && g.content.end === f.content.end;
      // A cue quoted by a later speaker ('"Clinton called on lawmakers to act," Sanders said') is nested, not relayed.
      const quoted = quoteAround.get(f.at) !== undefined && quoteAround.get(f.at) !== quoteAround.get(g.at);
      const covers = !quoted && g.content.start <= f.source.start && g.content.end >= f.cue.end && g.cue.start >= g.content.end;
      if (sameContent || covers) {
        // "..., according to X" around a stance or intention: X's report of it stays an attribution of its own.
        const own = !sameContent && toks[g.at].lower === 'according' && cueInfo(toks, f)?.forwardOnly;
        if (!f.via.includes(g.source.id) && g.source.id !== f.source.id && namesSource(g)) {
          f.via.push(g.source.id, ...g.via);
          // The dropped cue stays visible as the relay's own report ('"...," X said, the paper reported').
          if (!own) (f.relays ??= []).push({ source: g.source, cue: g.cue }, ...(g.relays ?? []));
        }
        if (own) continue;
        drop.add(g);
        continue;
      }
      if (g.source.start < f.content.start || g.source.start >= f.content.end || g.cue.start < f.cue.end) continue;
      const k = tokAt(toks, g.source.start) - 1;
      if (k > 0 && ((CLAUSE_JOIN.has(toks[k].lower) && toks[k - 1].text === ',') || toks[k].text === ';')) {
        let e = toks[k].text === ';' ? k : k - 1;
        while (e > 0 && toks[e - 1].end > f.content.start && (toks[e - 1].text === ',' || toks[e - 1].text === ';')) e--;
        if (toks[e - 1].end > f.content.start) f.content = { start: f.content.start, end: toks[e - 1].end };
      } else if (NESTED_WEAK.has(cueLemma(toks, g)) || (cueInfo(toks, g)?.mental && !cueInfo(toks, f)?.mental)) {
        drop.add(g);
      }
    }
  }
  return drop.size ? fs.filter(f => !drop.has(f)) : fs;
}

/**
* A first person reports with a past speech cue ("I said", "we wrote"); "I think", "I would say", "I never said",
* "I can tell you" hedge or deny rather than report.
*/
export function firstPersonReports(toks: Token[], f: Found): boolean {
  if (!FIRST_PERSON_CUES.has(cueLemma(toks, f)) || toks[f.at].lower === 'say' || toks[f.at].lower === 'tell') return false;
  for (let k = f.at - 1; k >= 0 && f.at - k < 4 && toks[k].end > f.source.start; k--) {
    if (HEDGE_AUX.has(toks[k].lower) || SPOKEN_AUX.has(toks[k].lower)) return false;
  }
  return true;
}

export function firstPerson(f: { source: { id: string } }): boolean {
  return f.source.id === FIRST_PERSON || f.source.id === FIRST_PERSON_GROUP;
}

export function deniedOrDescribed(toks: Token[], c: number): boolean {
  if (c > 0 && NEGATIONS.has(toks[c - 1].lower)) return true;
  return (c > 1 && FREE_RELATIVES.has(toks[c - 2].lower)) || (c > 2 && FREE_RELATIVES.has(toks[c - 3].lower) && toks[c - 1].pos === 'ADV');
}

export function cueLemma(toks: Token[], f: Found): string {
  return cueInfo(toks, f)?.lemma ?? '';
}

/** A saying, not a stance or demand: "said", "told" (a two-word cue read as itself: "called on" is a demand). */
export function retoldSaying(toks: Token[], f: Found): boolean {
  const next = f.at + 1 < toks.length && toks[f.at + 1].start < f.cue.end ? toks[f.at + 1].lower : '';
  const info = (next ? phrasalCue(toks[f.at].lower, next) : undefined) ?? cueInfo(toks, f);
  return !info?.forwardOnly;
}

export function cueInfo(toks: Token[], f: Found): CueInfo | undefined {
  const t = toks[f.at];
  return finiteCue(t.lower) ?? participleCue(t.lower) ?? (f.at + 1 < toks.length ? phrasalCue(t.lower, toks[f.at + 1].lower) : undefined);
}
