// Step 4 of a claim: who says it (its own voice, its owner, an attribution, the subject of a counting verb).
import type { Attribution, Sentence } from '../types';
import { hedgeStart } from '../quantities/hedges';
import { COUNT_HEDGE_REACH, isActor, NOUN_DETERMINERS } from './claimWords';
import { firstStartingAt } from '../text/offsets';
import { VALUING_VERBS } from '../quantities/elided';
import { TALLIES, ownerOfFigure, personHolderKey } from './frame';
import { normalizeUnit } from './measure';
import { paragraphStart, tokenAt } from './tokens';
import { SUBJECT_WALK_STOPS } from '../text/subordinators';
import type { Site, ReportClaims } from './report';
import { RELATIVE_OPENERS as RELATIVE_OPENER_WORDS, SUBJECT_RELATIVES } from '../text/pronouns';

/** Words between a tally object and its figure: "reduces the figure to 400,000", "pegged the toll at", "gave it as". */
const TALLY_LEADS = new Set(['to', 'at', 'as']);
/** Most words between a valuing verb and its tally object: "reduces the official death toll". */
const TALLY_VERB_REACH = 4;
/** Verbs besides the valuing ones (quantities/elided.ts) that set a tally to a new value, in the forms VALUING_VERBS lacks. */
const TALLY_CHANGING_VERBS = new Set(['reduces', 'reduced', 'reduce', 'lowers', 'raises', 'revises', 'cuts', 'brings', 'brought']);
/** Tokens after a figure where a later figure's "according to" is looked for. */
const ACCORDING_REACH = 40;
/** Words an "according to" source may hold: "according to the private institutes". */
const ACCORDING_WORDS = 5;
/** Counting participles whose agent after a figure is its voice: "22,000 participants counted by the police". */
const AGENT_VERBS = new Set(['counted', 'estimated', 'reported', 'recorded', 'tallied', 'registered', 'confirmed']);
/** How far back a bare "N by X" looks for the participle it leaves out: "22,000 counted by the police, and 30,000 by the unions". */
const GAP_REACH = 16;
/** Most words of a gapped second subject before its figure: "and the organizers 22,000", "and the CGT unions 40,000". */
const GAPPED_SUBJECT = 4;
/** Most tokens between the first subject's figure and the "and" of a gapped one: its noun, "there", "in Paris". */
const GAPPED_TAIL = 4;
/** How far before "at" a put verb may stand when its object names a tally: "put the death toll for the period at N". */
const PUT_REACH = 14;
/** Hedges between "at" and a figure that the figure's text may leave out: "at closer to 240,000", "at close to", an
 * opening quote ('at "930,000 people"'). */
const PUT_HEDGES = new Set(['closer', 'close', 'to', 'nearer', 'near', 'roughly', 'about', 'around', 'some', '"', '“']);
/** Hedges that stand for "at" after a valuing verb: "police put the figure closer to 240,000". */
const NEAR_HEDGES = new Set(['closer', 'close', 'nearer', 'near']);
/** Nouns for a candidate's part of the vote that a put verb may set: "put his total at 50.3 percent". */
const SHARE_WORDS = new Set(['total', 'share', 'tally']);
/** Words of a relative clause's subject between "which" and its put verb: "which the United Nations puts at". */
const RELATIVE_SUBJECT = 5;
/** Tokens before "which" where the tally it stands for may be named (across a dash or comma). */
const RELATIVE_TALLY_REACH = 6;
const DETERMINERS = NOUN_DETERMINERS;
/**
 * Counting verbs of a plural subject in the present ("the government records count only 5,295", "experts estimate 300");
 * not "record"/"report", which are also nouns and adjectives ("a record 900 deaths").
 */
const PLURAL_COUNTING = ['count', 'estimate'];
/** Counting verbs whose subject is the figure's source: "the police counted 806,000", "Mexico has confirmed 97 cases". */
const COUNTING = new Set(['counted', 'estimated', 'estimates', 'reported', 'reports', 'recorded', 'records', 'confirmed',
  'confirms', 'tallied', 'registered', 'counts', ...PLURAL_COUNTING]);
/** Counting verbs whose subject gives its own count of what was counted before: "the ministry counted 480,000". */
const RECOUNTING = new Set(['counted', 'counts', 'tallied', 'estimated', 'estimates', ...PLURAL_COUNTING]);
/** Auxiliaries between a subject and its verb: "the government has put", "police had estimated". */
const SUBJECT_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'now']);
/** Words that end a subject walking back from its verb. */
const SUBJECT_STOPS = new Set([...SUBJECT_WALK_STOPS, 'and', 'but', 'that', 'who', 'which']);
/** Words opening a relative clause between a subject and its verb: "students, who helped organize it, put ...". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(RELATIVE_OPENER_WORDS);
/** Parts of speech that end a relative's antecedent walking back ("angered the mayor, who ..."). */
const NOT_IN_NOUN_PHRASE: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);
/** Relatives that stand as their clause's subject ("the mayor, who put it at 90"). */
const SUBJECT_RELATIVE_SET: ReadonlySet<string> = new Set(SUBJECT_RELATIVES);
/** Tokens a relative clause between commas may hold. */
const RELATIVE_REACH = 14;
/** The voice of a figure its own noun phrase calls official: "the official toll of 481,000". */
const OFFICIAL_VOICE = Object.freeze({ id: 'source:official-figures', name: 'official figures' });
/**
 * The voice of a figure its phrase cites as given by others ("the reported growth of 6.9 per cent"): not the speaker's,
 * but, unlike the official one, not set apart from a figure without a voice (a report's "reported toll" and its own
 * totals of other places).
 */
const CITED_VOICE = Object.freeze({ id: 'source:cited-figures', name: 'cited figures' });
/**
 * The voice of a figure a sentence sets as the true one against a claimed figure ("claimed 9,000 when it was actually
 * 6,000"): the report's own correction, a voice apart from the claimant's.
 */
const ACTUAL_VOICE = Object.freeze({ id: 'source:actual-figures', name: 'actual figures' });
/** The attribution whose content covers the figure (smallest first), else one whose cue lies in the sentence. */
function attributionFor(atts: readonly Attribution[], start: number, end: number, s: Sentence): Attribution | null {
  let best: Attribution | null = null;
  for (const a of atts) {
    if (a.content.start <= start && end <= a.content.end) {
      if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
    }
  }
  if (best) return best;
  for (const a of atts) if (a.cue.start >= s.start && a.cue.end <= s.end) return a;
  return null;
}

/**
 * "against 24.1% according to the private institutes": an "according to" right after the figure, inside its clause,
 * names the figure's own source, whoever the sentence's other attribution cites.
 */
export function accordingSource(r: ReportClaims, qb: number, cb: number): { id: string; name: string } | null {
  const { tokens } = r;
  let i = qb;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to' || i + 2 >= cb) return null;
  let a = i + 2;
  while (a < cb && DETERMINERS.has(tokens[a].lower)) a++;
  let b = a;
  while (b < cb && b < a + ACCORDING_WORDS && /^[A-Za-z]/.test(tokens[b].text) && !SUBJECT_STOPS.has(tokens[b].lower)) b++;
  return b > a ? namedSource(r, a, b) : null;
}

/**
 * The agent of a counting participle right after the figure is its voice: "22,000 participants counted by the police",
 * "(32,000 counted by the authorities)"; and, the participle left out, the agent of a bare "by" after a figure whose
 * sentence gave the participle's agent to a figure before it ("..., and 30,000 by the unions").
 */
export function agentSource(r: ReportClaims, qa: number, qb: number, s: Sentence, cb: number): { id: string; name: string } | null {
  const { tokens } = r;
  // One read of the word after the figure: this runs for every figure with no voice of its own.
  const next = tokens[qb]?.lower ?? '';
  const agent = AGENT_VERBS.has(next);
  if (!agent && (next !== 'by' || !agentBefore(r, qa, s))) return null;
  const i = agent ? qb + 1 : qb;
  if ((agent && tokens[i]?.lower !== 'by') || i + 1 >= cb) return null;
  let a = i + 1;
  while (a < cb && DETERMINERS.has(tokens[a].lower)) a++;
  let b = a;
  while (b < cb && b < a + ACCORDING_WORDS && /^[A-Za-z]/.test(tokens[b].text) && !SUBJECT_STOPS.has(tokens[b].lower)) b++;
  return b > a ? namedSource(r, a, b) : null;
}

/**
 * A second subject whose counting verb is left out: "the prefecture counted 15,500 demonstrators and the organizers
 * 22,000", "police had estimated 30,000 there and the unions 245,000". The figure follows "and", a short noun phrase
 * with no verb (the gapped subject, its voice) and nothing else; before "and", a figure the subject of a counting verb
 * counted, with at most GAPPED_TAIL words after it (its noun, "there").
 */
export function gappedSource(r: ReportClaims, qa: number, start: number, s: Sentence): { id: string; name: string } | null {
  const { prepared, tokens, figureStarts } = r;
  // This runs for every figure with no voice of its own: the text before the figure must end a word ("organizers
  // 22,000", "organizers at 22,000") before any token is read.
  if (!/[A-Za-z] $/.test(prepared.text.slice(Math.max(0, start - 2), start))) return null;
  let b = qa;
  let t = tokens[b - 1];
  if (t?.lower === 'at') t = tokens[--b - 1];
  if (!t || t.type !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return null;
  let a = b;
  while (a > s.tokenStart && a > b - GAPPED_SUBJECT && /^[A-Za-z]/.test(t.text) && t.lower !== 'and' && t.pos !== 'VERB'
    && t.pos !== 'AUX') t = tokens[--a - 1];
  if (a === b || t?.lower !== 'and') return null;
  let name = a;
  while (name < b && DETERMINERS.has(tokens[name].lower)) name++;
  if (name === b) return null;
  // The earlier figure: its own tail (noun, "there") before "and", then the counting verb over its hedges.
  for (let f = a - 2; f >= Math.max(s.tokenStart + 1, a - 2 - GAPPED_TAIL); f--) {
    if (!figureStarts.has(f)) continue;
    const v = hedgeStart(tokens, f, Math.max(s.tokenStart, f - COUNT_HEDGE_REACH), true) - 1;
    return COUNTING.has(tokens[v]?.lower ?? '') ? namedSource(r, name, b) : null;
  }
  return null;
}

/** A counting participle with its agent ("counted by") in the GAP_REACH tokens of the sentence before the figure. */
export function agentBefore(r: ReportClaims, qa: number, s: Sentence): boolean {
  const { tokens } = r;
  for (let k = qa - 1; k > Math.max(s.tokenStart, qa - GAP_REACH); k--) {
    if (tokens[k].lower === 'by' && AGENT_VERBS.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

/** The source of an "according to" after another figure later in the sentence (within ACCORDING_REACH tokens), or null. */
export function laterAccording(r: ReportClaims, qb: number, s: Sentence): string | null {
  const { tokens, figureStarts } = r;
  let figure = false;
  for (let k = qb; k < Math.min(s.tokenEnd, qb + ACCORDING_REACH); k++) {
    if (figureStarts.has(k)) figure = true;
    if (figure && tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const j = tokens[k - 1]?.text === ',' ? k - 1 : k;
      return accordingSource(r, j, s.tokenEnd)?.id ?? null;
    }
  }
  return null;
}

/** The entity named in tokens [a, b), else the words themselves as a source. */
export function namedSource(r: ReportClaims, a: number, b: number): { id: string; name: string } {
  const { tokens, entities } = r;
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  const lo = firstStartingAt(entities, to);
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) if (from < entities[i].end) return { id: entities[i].id, name: entities[i].name };
  return { id: `source:${tokens.slice(a, b).map(t => t.lower).join('-')}`, name: tokens.slice(a, b).map(t => t.text).join(' ') };
}

/** The clause's own source in "X put it at N": the subject before the verb, an entity when one is named there. */
export function putSource(r: ReportClaims, ca: number, figure: number): { id: string; name: string } | null {
  const { tokens } = r;
  // "put the figure closer to 240,000", "at close to 5,000": a comparative hedge the figure's text left out.
  let qa = figure;
  while (qa > figure - 2 && qa > ca && PUT_HEDGES.has(tokens[qa - 1].lower)) qa--;
  const near = qa < figure && tokens[qa]?.lower !== 'to' && NEAR_HEDGES.has(tokens[qa].lower);
  if (near && tokens[qa - 1]?.lower !== 'at') qa++;
  else if (tokens[qa - 1]?.lower !== 'at') return null;
  let v = -1;
  for (let i = qa - 2; i >= Math.max(ca, qa - 6); i--) if (VALUING_VERBS.has(tokens[i].lower)) { v = i; break; }
  // "has put the death toll for the January to December period at 480,000": a tally named as the object reaches further.
  if (v < 0) v = putTally(r, ca, qa)?.verb ?? tallyObjectVerb(r, ca, qa);
  return subjectSource(r, ca, v);
}

/**
 * "organisers have put the figure for those taking part closer to 2 million": a valuing verb whose object is a tally
 * noun reaches its figure across the object's longer tail, whichever lead ("at", "closer to") the figure has. -1 when
 * none.
 */
function tallyObjectVerb(r: ReportClaims, ca: number, qa: number): number {
  const { tokens } = r;
  for (let i = qa - 2; i >= Math.max(ca, qa - PUT_REACH); i--) {
    if (tokens[i].text === ',' || tokens[i].text === ';') return -1;
    if (!VALUING_VERBS.has(tokens[i].lower)) continue;
    let j = i + 1;
    while (j < qa && DETERMINERS.has(tokens[j].lower)) j++;
    return TALLIES.has(tokens[j]?.lower ?? '') ? i : -1;
  }
  return -1;
}

/**
 * "the Guardia Urbana reduces the figure to 400,000", "a UN report pegs the figure in excess of 11 thousand": a verb that
 * values or changes a tally (its object right before the figure, or before "to"/"at"/"as") gives the figure its
 * subject's voice, whoever the sentence's other attribution cites.
 */
export function tallyVerbSource(r: ReportClaims, ca: number, qa: number, start: number): { id: string; name: string } | null {
  const { prepared, tokens } = r;
  // This runs for every figure: the text before it must end a word ("to 400,000", "figure in excess of") before any
  // token is read, and one read of the word before it rejects most of the rest.
  if (!/[A-Za-z] $/.test(prepared.text.slice(Math.max(0, start - 2), start))) return null;
  let o = qa - 1;
  let w = tokens[o]?.lower ?? '';
  if (TALLY_LEADS.has(w)) w = tokens[--o]?.lower ?? '';
  if (o <= ca || !(TALLIES.has(w) || w === 'it')) return null;
  for (let v = o - 1; v >= Math.max(ca + 1, o - TALLY_VERB_REACH); v--) {
    const w = tokens[v].lower;
    if (VALUING_VERBS.has(w) || TALLY_CHANGING_VERBS.has(w)) {
      // A voice is named ("the Guardia Urbana"); "the lingering poison raised the toll to 15,000" names a cause.
      const subject = subjectSource(r, ca, v);
      return subject && !subject.id.startsWith('source:') ? subject : actorInSubject(r, ca, v);
    }
    if (!DETERMINERS.has(w) && tokens[v].pos !== 'ADJ' && tokens[v].pos !== 'NOUN') return null;
  }
  return null;
}

/** Tokens before a tally verb a long subject may span: "a report prepared by a UN agency along with some NGO pegs". */
const LONG_SUBJECT = 12;

/**
 * "but a report prepared by a UN agency along with some NGO pegs the figure in excess of 11 thousand": a subject too long
 * to name from its last words still gives the figure a voice when an organization or person stands in it (back to the
 * clause's "but"/"while" or a comma); a subject naming none ("the lingering poison") gives none.
 */
function actorInSubject(r: ReportClaims, ca: number, v: number): { id: string; name: string } | null {
  const { tokens, entities } = r;
  let a = v;
  while (a > Math.max(ca, v - LONG_SUBJECT) && /^[A-Za-z]/.test(tokens[a - 1].text) && !SUBJECT_STOPS.has(tokens[a - 1].lower)) a--;
  if (a === v) return null;
  const from = tokens[a].start;
  const lo = firstStartingAt(entities, tokens[v].start);
  for (let i = lo - 1; i >= Math.max(0, lo - 8) && entities[i].start >= from; i--) {
    if (isActor(entities[i].id)) return { id: entities[i].id, name: entities[i].name };
  }
  return null;
}

/**
 * "put the number of injured at 1,175", "estimated the number of protesters at 240,000", "put the death toll for the
 * period at about 480,000": the counted thing a put verb's object names (a toll, or the noun after "number of"), with
 * the verb. Null when the figure is no such object's value.
 */
export function putTally(r: ReportClaims, ca: number, figure: number): { verb: number; unit: string; event: string | null } | null {
  const { tokens } = r;
  // "at closer to 240,000": a hedge the figure's text left out stands between "at" and the number.
  let qa = figure;
  while (qa > figure - 2 && qa > ca && PUT_HEDGES.has(tokens[qa - 1].lower)) qa--;
  const lead = tokens[qa - 1]?.lower;
  if (lead !== 'at' && lead !== 'as') return null;
  let v = -1;
  for (let i = qa - 2; i >= Math.max(ca, qa - PUT_REACH); i--) if (VALUING_VERBS.has(tokens[i].lower)) { v = i; break; }
  for (let i = v + 1; v >= 0 && i < qa - 1; i++) {
    const w = tokens[i].lower;
    if (w === 'toll') return { verb: v, unit: 'person', event: 'killed' };
    if (!TALLIES.has(w) || tokens[i + 1]?.lower !== 'of') continue;
    let j = i + 2;
    while (j < qa - 1 && DETERMINERS.has(tokens[j].lower)) j++;
    const counted = j < qa - 1 ? normalizeUnit(tokens[j].lower) : null;
    return counted?.unit ? { verb: v, ...counted } : null;
  }
  // "the death toll and the number of injured, which the UN puts at nearly 7,000": a relative pronoun as the object
  // stands for the tally named right before it.
  const thing = v >= 0 ? relativeTally(r, v, Math.max(0, ca - RELATIVE_TALLY_REACH)) : null;
  return thing ? { verb: v, ...thing } : null;
}

/** The tally a relative pronoun before the put verb at v stands for: the nearest "toll" or "number of X" before it. */
export function relativeTally(r: ReportClaims, v: number, floor: number): { unit: string; event: string | null } | null {
  const { tokens } = r;
  let p = v - 1;
  while (p > floor && p >= v - RELATIVE_SUBJECT && tokens[p].lower !== 'which') p--;
  if (tokens[p]?.lower !== 'which') return null;
  for (let k = p - 1; k >= Math.max(floor, p - RELATIVE_TALLY_REACH); k--) {
    const w = tokens[k].lower;
    if (TALLIES.has(w) && tokens[k + 1]?.lower === 'of') {
      let j = k + 2;
      while (j < p && DETERMINERS.has(tokens[j].lower)) j++;
      const counted = j < p ? normalizeUnit(tokens[j].lower) : null;
      return counted?.unit ? counted : null;
    }
    if (w === 'toll') return { unit: 'person', event: 'killed' };
  }
  return null;
}

/** "put Tsvangirai's total at 50.3 percent": the figure is what a put verb sets a total or share at. */
export function putsShare(r: ReportClaims, ca: number, qa: number): boolean {
  const { tokens } = r;
  if (tokens[qa - 1]?.lower !== 'at') return false;
  for (let i = qa - 2; i >= Math.max(ca, qa - PUT_REACH); i--) {
    if (VALUING_VERBS.has(tokens[i].lower)) return false;
    // The verb a few words before the noun: "put (Tsvangirai's) total".
    if (SHARE_WORDS.has(tokens[i].lower)) return tokens.slice(Math.max(ca, i - 4), i).some(t => VALUING_VERBS.has(t.lower));
  }
  return false;
}

/** The figure at qa (after its hedges) is the object of "there were", "numbered" or "put ... at": a count restated. */
export function restatesCount(r: ReportClaims, ca: number, qa: number): boolean {
  const { tokens } = r;
  const i = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
  const w = tokens[i]?.lower ?? '';
  if (w === 'numbered' || (w === 'were' && tokens[i - 1]?.lower === 'there')) return true;
  return recounts(r, ca, qa) || (w === 'at' && putSource(r, ca, qa) !== null);
}

/** "The Interior Ministry counted 480,000": the figure is a voice's own count, with a subject, of what was counted before. */
export function recounts(r: ReportClaims, ca: number, qa: number): boolean {
  const { tokens } = r;
  const v = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
  return RECOUNTING.has(tokens[v]?.lower ?? '') && countSource(r, ca, qa) !== null;
}

/** "the police counted 806,000 and the CGT counted 1.5 million": the subject of a counting verb right before the figure. */
export function countSource(r: ReportClaims, ca: number, qa: number): { id: string; name: string } | null {
  const { tokens } = r;
  const v = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
  return COUNTING.has(tokens[v]?.lower ?? '') ? subjectSource(r, ca, v) : null;
}

/** The owner the figure's own noun phrase names: the official count, or the possessor's entity, else its word. */
export function ownerVoice(r: ReportClaims, ca: number, qa: number): { id: string; name: string } | null {
  const { tokens, figureStarts } = r;
  const o = ownerOfFigure(tokens, qa, ca, figureStarts);
  if (!o) return null;
  if ('official' in o) return OFFICIAL_VOICE;
  if ('cited' in o) return CITED_VOICE;
  if ('actual' in o) return ACTUAL_VOICE;
  const t = tokens[o.possessor];
  const e = entityCovering(r, t.start, t.end);
  return e ?? { id: `source:${t.lower}`, name: t.text };
}

/** The organization or person named last in [from, to): a paragraph's voice before a figure. Bounded look-back. */
export function paragraphVoice(r: ReportClaims, from: number, to: number): string | null {
  const { entities } = r;
  const lo = firstStartingAt(entities, to);
  for (let i = lo - 1; i >= Math.max(0, lo - 16) && entities[i].start >= from; i--) {
    if (isActor(entities[i].id)) return entities[i].id;
  }
  return null;
}

/** The person named last in [from, to), or null. Bounded look-back. */
export function personIn(r: ReportClaims, from: number, to: number): string | null {
  const { entities } = r;
  const lo = firstStartingAt(entities, to);
  for (let i = lo - 1; i >= Math.max(0, lo - 16) && entities[i].start >= from; i--) {
    if (entities[i].kind === 'person') return entities[i].id;
  }
  return null;
}

/**
 * The holder a subject pronoun at token `at` stands for: the person its paragraph named last before it, else the one
 * the paragraph before named last ("Mr X has won more than 50%." / "A monitor said he had won 49%"), keyed as a name
 * is (personHolderKey).
 */
export function personHolderBefore(r: ReportClaims, at: number): string | null {
  const { prepared, tokens } = r;
  const para = paragraphStart(prepared, at);
  let person = personIn(r, para, tokens[at].start);
  // The break before the paragraph, past a blank line's breaks.
  let before = tokenAt(tokens, para) - 1;
  while (before > 0 && tokens[before - 1].type === 'tabCRLF') before--;
  if (!person && before >= 0) person = personIn(r, paragraphStart(prepared, before), para);
  return person ? personHolderKey(person) : null;
}

/** The entity whose mention covers [from, to), if any; entities are sorted by start and short. */
export function entityCovering(r: ReportClaims, from: number, to: number): { id: string; name: string } | null {
  const { entities } = r;
  const lo = firstStartingAt(entities, to);
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
    if (entities[i].start <= from && to <= entities[i].end) return { id: entities[i].id, name: entities[i].name };
  }
  return null;
}

/**
 * Where the subject before the comma `close` ends: before a relative clause between commas ("students, which
 * helped organize it, put"), else at the comma, so an appositive names the voice ("the city's police, the Guardia
 * Urbana, put").
 */
export function beforeRelative(r: ReportClaims, ca: number, close: number): number {
  const { tokens } = r;
  for (let i = close - 1; i > Math.max(ca, close - RELATIVE_REACH); i--) {
    if (tokens[i].text !== ',') continue;
    return RELATIVE_OPENERS.has(tokens[i + 1]?.lower ?? '') ? i : close;
  }
  return close + 1;
}

/** The subject before the verb at v, up to five words: an entity when one is named there, else its words. */
export function subjectSource(r: ReportClaims, ca: number, verb: number): { id: string; name: string } | null {
  const { tokens } = r;
  let v = verb;
  // "the government, however, has put": auxiliaries and a one-word aside between commas stand between.
  while (v > ca && SUBJECT_AUX.has(tokens[v - 1].lower)) v--;
  // "the mayor, who puts it at 860": a relative pronoun after a comma is its clause's subject and stands for the
  // noun before the comma, so the walk starts there and takes that noun phrase alone (no verb or preposition).
  const relative = v - 2 > ca && SUBJECT_RELATIVE_SET.has(tokens[v - 1].lower) && tokens[v - 2].text === ',';
  if (relative) v -= 2;
  else if (v - 3 > ca && tokens[v - 1].text === ',' && tokens[v - 3].text === ',') v -= 3;
  // "students at the drama faculty, which helped organize the rally, put the turnout at 800,000": a relative clause
  // between commas stands between the subject and its verb.
  else if (tokens[v - 1]?.text === ',') v = beforeRelative(r, ca, v - 1);
  if (v <= ca) return null;
  let a = v;
  while (a > ca && a > v - 5 && /^[A-Za-z]/.test(tokens[a - 1].text) && !SUBJECT_STOPS.has(tokens[a - 1].lower)
    && !(relative && NOT_IN_NOUN_PHRASE.has(tokens[a - 1].pos))) a--;
  while (a < v && DETERMINERS.has(tokens[a].lower)) a++;
  // "the crowd, first estimated at 30,000": adverbs alone before a participle are no subject.
  while (a < v && tokens[a].pos === 'ADV') a++;
  if (a >= v) return null;
  // Entities are sorted by start and short: a binary search and a bounded look-back keep this per-figure cost small.
  return namedSource(r, a, v);
}

/** Step 4 of a claim: who says it (its own voice, its owner, an attribution, the subject of a counting verb). */
export function sourceFor(r: ReportClaims, site: Site, own: { id: string; name: string } | null): { source: { id: string; name: string }; via: string[] } | null {
  const { q, s, atts, qa, qb, ca } = site;
  // "the country's official toll of 481,000", "the organisers' figure was 500,000": the figure's own owner.
  const owner = own ? null : ownerVoice(r, ca, qa);
  const found = owner ? null : attributionFor(atts, q.start, q.end, s);
  const counted = own || owner || found ? null : countSource(r, ca, qa);
  const voice = own ?? owner;
  let att = voice ? { source: voice, via: [] as string[] } : found ?? (counted ? { source: counted, via: [] as string[] } : null);
  // "the state acknowledged 9.7%, against 24.1% according to the private institutes": the relay a later figure's own
  // "according to" names is that figure's voice, not one this figure passed through.
  if (att && att === found && att.via.length) {
    const later = laterAccording(r, qb, s);
    if (later && att.via.includes(later)) att = { source: att.source, via: att.via.filter(v => v !== later) };
  }
  return att;
}
