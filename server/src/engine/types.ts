// Types the engine's recognizers share. Offsets are UTF-16 code-unit offsets into the whole file text,
// end exclusive (what JS strings and LSP positions use).

export interface Range {
  start: number;
  end: number;
}

export interface TextSpan extends Range {
  text: string;
}

/** A token from the tokenizer, with its exact place in the text. */
export interface Token extends Readonly<Range> {
  readonly text: string;
  /** Lower-cased text, for table look-ups. */
  readonly lower: string;
  /** Universal POS tag (PROPN, NOUN, VERB, NUM, ADP, DET, PUNCT, SPACE, ...). */
  readonly pos: string;
  /** Token type from the tokenizer: word, number, punctuation, symbol, tabCRLF, ... */
  readonly type: string;
}

/** A sentence as a token range [tokenStart, tokenEnd) and a character range. */
export interface Sentence extends Range {
  tokenStart: number;
  tokenEnd: number;
}

/** The report's text, tokenized once and shared by every recognizer. */
export interface PreparedText {
  /** The whole file text; every offset points into it. */
  text: string;
  /** Where the body starts (after YAML front matter, if any). */
  bodyStart: number;
  tokens: Token[];
  sentences: Sentence[];
  /**
   * `text` with the body's Markdown markup (heading hashes, emphasis, link brackets and targets) blanked to spaces, as
   * the tokenizer read it; `text` itself when there is none. Same length, so offsets agree.
   */
  prose?: string;
}

export interface FrontMatter {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

export interface DocumentMeta {
  /** Publication date as YYYY-MM-DD, or null when the report does not state it. */
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** A message when front matter was present but could not be read. */
  frontMatterError: string | null;
}

export type EntityKind =
  | 'person'
  | 'organization'
  | 'outlet'
  | 'military_unit'
  | 'place'
  | 'country'
  | 'nationality'
  | 'other';

export interface EntityMention extends TextSpan {
  kind: EntityKind;
  /** Canonical id, shared by every spelling of the entity in every report ("place:kyiv"). */
  id: string;
  /** Canonical display name ("Kyiv"). */
  name: string;
}

/** How a hedge turns a stated figure into an interval. */
export type Hedge =
  | 'exact'
  | 'approximate' // about, around, roughly, some, an estimated
  | 'nearly' // nearly, almost, just under
  | 'over' // over, more than, above
  | 'at_least'
  | 'up_to' // up to, as many as
  | 'less_than' // less than, under, fewer than
  | 'range' // 400-500, between 15 and 20
  | 'vague'; // several thousand, dozens, tens of thousands

/** What a hedge says about its figure. Every set of hedge kinds the engine reads is derived from HEDGE_KINDS below. */
export interface HedgeKind {
  /** Which end of the interval the figure is: its floor ("more than 40"), its ceiling ("up to 40"), both ends of a stated
   *  range, or neither (a point or a band around it). */
  bound: 'floor' | 'ceiling' | 'both' | null;
  /** The bound leaves its own figure out: "more than 40" is above 40, "nearly 40" below it. */
  strict: boolean;
  /** One figure a reader takes for a size ("40", "about 40", "nearly 40"), not a bound, range or vague amount. */
  point: boolean;
  /** The figure may be a rounded one ("40", "about 40"): rounding can bring it to a close, more precise figure. */
  roundable: boolean;
}

/** The one table of hedge kinds. */
export const HEDGE_KINDS: Readonly<Record<Hedge, HedgeKind>> = {
  exact: { bound: null, strict: false, point: true, roundable: true },
  approximate: { bound: null, strict: false, point: true, roundable: true },
  nearly: { bound: 'ceiling', strict: true, point: true, roundable: false },
  over: { bound: 'floor', strict: true, point: false, roundable: false },
  at_least: { bound: 'floor', strict: false, point: false, roundable: false },
  up_to: { bound: 'ceiling', strict: false, point: false, roundable: false },
  less_than: { bound: 'ceiling', strict: true, point: false, roundable: false },
  range: { bound: 'both', strict: false, point: false, roundable: false },
  vague: { bound: null, strict: false, point: false, roundable: false },
};

function hedgesWhere(test: (k: HedgeKind) => boolean): ReadonlySet<Hedge> {
  return new Set((Object.keys(HEDGE_KINDS) as Hedge[]).filter(h => test(HEDGE_KINDS[h])));
}

/** Figures a writer may have rounded: "60,000", "about 60,000" (exact, approximate). */
export const ROUNDABLE_HEDGES = hedgesWhere(k => k.roundable);
/** A point figure, which a reader sets against an estimate's ceiling: "169", "about 400", "nearly 800". */
export const POINT_HEDGES = hedgesWhere(k => k.point);
/** Hedged point figures, which a reader takes as rounded to their own step: "about 270", "nearly 500" (approximate, nearly). */
export const HEDGED_POINT_HEDGES: ReadonlySet<Hedge> = new Set([...POINT_HEDGES].filter(h => h !== 'exact'));
/** Figures told to within a band, a point or a stated range, not an open bound or a vague amount: a clear conflict needs these. */
export const TIGHT_HEDGES = hedgesWhere(k => k.point || k.bound === 'both');
/** Open floors, whose figure is the least the count may be: "more than 3,400", "at least 70" (over, at_least). */
export const FLOOR_HEDGES = hedgesWhere(k => k.bound === 'floor');
/** Open ceilings read from zero: "up to 50", "fewer than 50" (up_to, less_than), not "nearly 50", a point just below. */
export const OPEN_CEILING_HEDGES = hedgesWhere(k => k.bound === 'ceiling' && !k.point);
/** Hedges whose interval ends at the figure from below: floors and ranges (over, at_least, range). */
export const ENDS_LOW_HEDGES = hedgesWhere(k => k.bound === 'floor' || k.bound === 'both');
/** Hedges whose interval ends at the figure from above: ceilings and ranges (nearly, up_to, less_than, range). */
export const ENDS_HIGH_HEDGES = hedgesWhere(k => k.bound === 'ceiling' || k.bound === 'both');
/** Floors that leave their figure out: "more than 7,000" is above it (over). */
export const STRICT_FLOOR_HEDGES = hedgesWhere(k => k.bound === 'floor' && k.strict);
/** Ceilings that leave their figure out: "nearly 7,000", "less than 7,000" are below it (nearly, less_than). */
export const STRICT_CEILING_HEDGES = hedgesWhere(k => k.bound === 'ceiling' && k.strict);

export interface Quantity extends TextSpan {
  /** Lower bound of the interval, or null when open. */
  low: number | null;
  /** Upper bound of the interval, or null when open. */
  high: number | null;
  /** Normalized unit or counted noun, singular and lower case ("soldier", "km2", "percent", "attack/day"). */
  unit: string;
  /** The figure as stated, before hedging (4000 for "about 4,000"); null for vague amounts. */
  value: number | null;
  hedge: Hedge;
  /** The counted noun phrase as written ("North Korean soldiers", "armed clashes"), if any. */
  noun: TextSpan | null;
}

export interface DateMention extends TextSpan {
  /** First day of the interval (YYYY-MM-DD), or null when it cannot be resolved. */
  from: string | null;
  /** Last day of the interval (YYYY-MM-DD, inclusive), or null when it cannot be resolved. */
  to: string | null;
}

export interface AttributionSource extends TextSpan {
  /** Canonical entity id of the source, or a descriptive id when the source is not a known entity. */
  id: string;
  name: string;
}

export interface Attribution {
  source: AttributionSource;
  cue: TextSpan;
  content: Range;
  /** Entity ids of the relays, nearest first ("according to Censor.NET, citing ERR": [ERR, Censor.NET]). */
  via: string[];
  /**
   * The relays' own reports, nearest first, when their cue is written: "X said, according to CNN" is also CNN's
   * report of X's saying (cue "according to"). Absent when the attribution reaches the text directly.
   */
  relays?: AttributionRelay[];
}

export interface AttributionRelay {
  source: AttributionSource;
  cue: TextSpan;
}

/**
 * 'rejected': a figure its speaker rejects ("denied that 500 died"), no claim of theirs. 'bound': a capacity or a
 * requirement ("can hold 80,000", "needs 50% to win"), no count. 'question': a figure asked about ("Were 300 killed?").
 */
export type Modality = 'asserted' | 'conditional' | 'forecast' | 'possibility' | 'rejected' | 'bound' | 'question';

export interface ClaimMeasure {
  /** Normalized unit / counted noun ("soldier", "clash", "km2"). */
  unit: string;
  /** What happened to what is counted ("killed_or_wounded", "deployed", "ongoing", "recorded", "captured", ...). */
  event: string;
  /** A key combining unit and event that matching claims share. */
  key: string;
}

export interface Claim {
  id: string;
  path: string;
  /** The clause or sentence that states the figure. */
  start: number;
  end: number;
  /** The figure's own span. */
  quantity: TextSpan;
  low: number | null;
  high: number | null;
  value: number | null;
  hedge: Hedge;
  measure: ClaimMeasure;
  /** Entity ids the claim is about. */
  scope: string[];
  /** Time the claim speaks of. */
  time: { from: string | null; to: string | null };
  modality: Modality;
  /** Who says it (entity id and name), and through whom, nearest relay first. */
  source: { id: string; name: string } | null;
  via: string[];
  /** True when the figure was derived (e.g. "35 of the 44 ... the rest"). */
  derived: boolean;
}

export type Severity = 'clear' | 'possible';

export interface ClaimRef {
  path: string;
  start: number;
  end: number;
  claim: string;
}

export interface Contradiction {
  id: string;
  severity: Severity;
  /** value: incompatible figures; attribution: the same words given to different sources. */
  kind: 'value' | 'attribution';
  /** The headline as seen from a's report: its figure first, then the other side and why they were matched. */
  message: string;
  /** The same headline as seen from b's report (value findings). */
  messageB?: string;
  /** The full account for a hover: both sides, what matched, and why the finding is clear or only possible. */
  why?: string;
  a: ClaimRef;
  b: ClaimRef;
  /** The conflict this finding is a copy of, shared by the findings whose sides state the same two figures. */
  conflict?: string;
  /** The conflict's other findings (at most 16), as pairs of claims. Both absent when the finding has no copies. */
  alsoIn?: { a: ClaimRef; b: ClaimRef }[];
  /**
   * The same two figures stated again with the same frame, in the same two reports (a headline and a later paragraph)
   * or in others (round 18: several reports repeating one voice's figure): the other pairs of claims this one finding
   * stands for (at most 16), `a` stating a's value and `b` b's. Absent when none.
   */
  restated?: { a: ClaimRef; b: ClaimRef }[];
}

export interface DocumentAnalysis {
  path: string;
  published: string | null;
  /** For a report with no publication date: the anchor inferred from its text, and the words it was read from. */
  publishedInferred?: { date: string; from: string } | null;
  outlet: string | null;
  title: string | null;
  entities: EntityMention[];
  quantities: Quantity[];
  dates: DateMention[];
  attributions: Attribution[];
  /**
   * Cues with no source the text names ("is expected to", "was asked whether", "Asked about ..., she said"): what is
   * reported, with `source.id` 'source:unnamed' and an empty source span at the cue. Never a holder or voice.
   */
  unsourced?: Attribution[];
  claims: Claim[];
  /**
   * The places the report is about, by id: those its title names and those its lead (the body's first two sentences)
   * names, a dateline's town in capitals (where the reporter files from) left out. An unplaced figure is read in them
   * (check/places.ts, contextFit).
   */
  context?: { title: string[]; lead: string[] };
  /** Problems met while reading (broken front matter, binary content, truncation). */
  warnings: string[];
}
