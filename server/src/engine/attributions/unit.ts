// One unit's reading: its cues (cueLoop), the relay frames wrapped around them, and the settled attributions kept.
import { type Found, type ReportState, type Frame, tokAt } from './report';
import { isNewline } from './scan';
import { namesSource } from './sources';
import { datelineAt } from './dateline';
import { colonQuoteAt, namedInQuote, clipToQuote } from './quotations';
import { cueInfo, settle, cueLemma, firstPerson, firstPersonReports, retoldSaying, deniedOrDescribed } from './settle';
import { readCues } from './cueLoop';
import { type KeptAttributions } from './kept';

/** Cues in the order of their tokens (one comparator for every unit, not a closure per sentence). */
const byAt = (x: Found, y: Found): number => x.at - y.at;

/** A headline is a short line: the opening line of a report runs past this only when it is running text. */
const MAX_HEADLINE_TOKENS = 25;
/** Cues that name how something was voiced ("expressed concern"): beside a saying of the same speaker they are its manner. */
const EXPRESSIVE = new Set(['express']);

/**
 * Reads unit `ui` and keeps what it attributes. `claimed` is one set for every unit, emptied here: a new
 * set per sentence cost some 10 MB per MB of short sentences.
 */
export function readUnit(rep: ReportState, ui: number, claimed: Set<number>, kept: KeptAttributions): void {
  const { toks, text, units, read } = rep;
  // A wire dateline ("LONDON, March 3 (Reuters) -") is no part of the sentence it opens.
  const dl = datelineAt(toks, text, units[ui].a, units[ui].b);
  if (dl) units[ui] = { a: dl.end, b: units[ui].b };
  const u = units[ui];
  // The report's opening line on its own, short: its headline, whatever its case.
  const headline = ui === 0 && u.b - u.a <= MAX_HEADLINE_TOKENS && (u.b >= toks.length || isNewline(toks[u.b]));
  const found: Found[] = [];
  const frames: Frame[] = [];
  // Only when it holds something: clearing a Set makes it a new table, even an empty one.
  if (claimed.size) claimed.clear();
  readCues(rep, { u, ui, headline, found, frames, claimed });
  // Most units hold no relay frame: no standalone array to make and spread for them.
  if (frames.length) found.push(...wrapInFrames(rep, found, frames));
  const colon = colonQuoteAt(rep, u, found);
  if (colon) found.push(colon);
  if (found.length > 1) found.sort(byAt);
  // Every cue a frame read, kept or dropped later (a relay, a hedge), is no candidate for the last resort.
  for (const f of found) for (let k = tokAt(toks, f.cue.start); k < toks.length && toks[k].start < f.cue.end; k++) read[k] = 1;
  keepSettled(rep, settle(rep, found), kept);
}

/**
 * Relay frames ("according to X, citing Y, ...") wrap the attributions after them, up to the next frame; returns the
 * frames that wrapped no saying, as attributions of their own.
 */
function wrapInFrames(rep: ReportState, found: Found[], frames: Frame[]): Found[] {
  const { toks } = rep;
  let fi = 0;
  const standalone: Found[] = [];
  for (let x = 0; x < frames.length; x++) {
    const fr = frames[x];
    const until = x + 1 < frames.length ? frames[x + 1].at : Infinity;
    while (fi < found.length && found[fi].at < fr.at) fi++;
    let wrapped = false;
    for (; fi < found.length && found[fi].at < until; fi++) {
      // Hearsay with no named holder inside the relayed clause ("which are reportedly ...") is the relay's content.
      if (found[fi].source.id === fr.origin || toks[found[fi].at].lower === 'reportedly') continue;
      // A stance or intention inside the relayed clause ("two delegates pledged to back him, according to X") is
      // part of what X reports: X's own attribution stays (PolNeAR marks both); a saying is X's relay only.
      if (!cueInfo(toks, found[fi])?.forwardOnly) wrapped = true;
      for (const r of fr.relays) if (r.id !== found[fi].source.id) found[fi].via.push(r.id);
      if (fr.relay.source.id !== found[fi].source.id) (found[fi].relays ??= []).push(fr.relay);
    }
    if (!wrapped) {
      const f = fr.standalone();
      if (f) standalone.push(f);
    }
  }
  return standalone;
}

/** Keeps the settled attributions of one unit that report something. */
function keepSettled(rep: ReportState, settled: Found[], kept: KeptAttributions): void {
  const { toks, quoteAround, resolver } = rep;
  for (const f of settled) {
    // "stated that ..., and expressed his hope": an expression beside a saying of the same speaker in one sentence is
    // the manner of that saying, one report (as the golden sets read it); alone it is a stance of its own.
    if (EXPRESSIVE.has(cueLemma(toks, f)) && settled.some(g => g !== f && g.source.id === f.source.id && !EXPRESSIVE.has(cueLemma(toks, g)))) continue;
    // "I think", "we want": a first person's beliefs and wishes hedge what they say rather than report it.
    if (firstPerson(f) && !firstPersonReports(toks, f)) continue;
    // '"They want safe streets," she said': a quoted speaker's "they want" is part of the quotation (PolNeAR train:
    // none of 98 such cues is marked), unlike a quoted "I think", which is the speaker's own.
    // Round 21: so is a saying the quoted speaker retells, whoever it names ('"The FBI said there was nothing," X
    // said'; PolNeAR train: 3 of 104 marked); a named source's stance or demand stays ('"Lopez demands a recount"').
    if (!firstPerson(f) && quoteAround.get(f.at) && (cueInfo(toks, f)?.mental || !namedInQuote(toks, f) || retoldSaying(toks, f))) continue;
    // "voters do not want her", "what they want most": a denied or a described state of mind (PolNeAR train: 19 % and
    // 11 % of these are cues).
    if (cueInfo(toks, f)?.mental && deniedOrDescribed(toks, f.at)) continue;
    if (!firstPerson(f) && namesSource(f)) resolver.remember(f.source);
    kept.keep(clipToQuote(rep, f));
  }
}
