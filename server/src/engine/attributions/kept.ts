// The attributions a report's reading keeps, built into their final records once, as each unit settles them.
import type { Attribution, AttributionSource, Range, TextSpan } from '../types';
import { type ResolvedSource } from './sources';
import { type Found, type ReportState } from './report';
import { firstPerson } from './settle';
import { quoteSpoken } from './quotations';

/**
 * What the reading keeps: each attribution as its final record, made the moment its unit is settled, so the reading's
 * records (a Found with its cue range, source and relay list) die with the unit instead of living to the end of the
 * stage (a report of "said" sentences kept about 220 bytes more per attribution alive across every collection). A
 * first person's stays a reading: `speakFirstPerson` may still name its speaker, which changes its source and `via`.
 */
export class KeptAttributions {
  readonly items: (Attribution | Found)[] = [];
  /** Token index of each kept cue, in the order kept (`speakFirstPerson` asks whether a speaker's cue is quoted). */
  readonly at: number[] = [];

  constructor(private readonly rep: ReportState) {}

  /** Keeps one settled attribution of a unit. */
  keep(f: Found): void {
    // What `toAttributions` drops for its short content goes now, unless it is a quotation's speaker, whom
    // `speakFirstPerson` may still ask for ('"x," he said': a report of such lines kept every one to the stage's end).
    if (tooShort(f) && !quoteSpoken(this.rep, f, f.at)) return;
    this.items.push(firstPerson(f) ? f : finalAttribution(this.rep, f));
    this.at.push(f.at);
  }

  /** Keeps an attribution read after the units (an unread saying, a headline's); `at` is no longer asked. */
  add(f: Found): void {
    this.items.push(f);
  }

  /** The report's attributions, in text order: one per cue, with content of three characters or more. */
  toAttributions(): Attribution[] {
    const seen = new Set<number>();
    const result: Attribution[] = [];
    // A stable sort: of two readings of one cue, the one kept first stays.
    for (const f of this.items.sort((x, y) => x.cue.start - y.cue.start)) {
      if (seen.has(f.cue.start) || tooShort(f)) continue;
      seen.add(f.cue.start);
      result.push(isReading(f) ? finalAttribution(this.rep, f) : f);
    }
    return result;
  }
}

/** Content shorter than this (in characters) reports nothing an attribution is kept for. */
const MIN_CONTENT = 3;

function tooShort(f: { content: Range }): boolean {
  return f.content.end - f.content.start < MIN_CONTENT;
}

/** A reading not yet built into its record (a Found carries the token index of its cue). */
export function isReading(f: Attribution | Found): f is Found {
  return (f as Found).at !== undefined;
}

/** The final record of one reading: its source and cue as written, its relays other than its own source, each once. */
function finalAttribution(rep: ReportState, f: Found): Attribution {
  const via = f.via.length ? [...new Set(f.via.filter(v => v !== f.source.id))] : [];
  const a: Attribution = { source: sourceOut(f.source), cue: cueOut(rep, f.cue), content: f.content, via };
  const relays = (f.relays ?? []).filter((r, k, all) => r.source.id !== f.source.id && all.findIndex(x => x.cue.start === r.cue.start) === k);
  if (relays.length) a.relays = relays.map(r => ({ source: sourceOut(r.source), cue: cueOut(rep, r.cue) }));
  return a;
}

function sourceOut(s: ResolvedSource): AttributionSource {
  return { start: s.start, end: s.end, text: s.text, id: s.id, name: s.name };
}

function cueOut(rep: ReportState, r: Range): TextSpan {
  const { text } = rep;
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}
