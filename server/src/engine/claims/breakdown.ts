// Parts of a whole the words mark without "of whom" or "including": a count split by cause ("5,503 deaths from
// respiratory failure and 54,435 deaths of people with underlying conditions"), a ranking of holders ("Iran reported
// the biggest number of deaths at 136"), and a count held by several holders at once ("airlines cancelled 46,000
// flights" holds Delta's 1,200). None of them is a rival of the whole's count.
import type { Claim, PreparedText, Token } from '../types';
import { ORDINAL_WORDS } from '../text/ordinals';
import { detailOf } from './detail';
import { DISTANCE_EVENT, isMoney } from './measure';
import { isNumberToken, sentenceIndexAt, tokenAt } from './tokens';
import { convertsAt } from './measured';
import { markUnconfirmed } from './unconfirmed';
import { CONTRAST_JOINS } from '../text/subordinators';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { SITE_NOUNS } from '../entities/cues';
import { within } from '../entities/containment';

/** Words that open a cause or a qualifier of the counted noun: "deaths from", "deaths due to", "deaths of people who". */
const CAUSE_LEADS = new Set(['from', 'due', 'caused', 'attributed', 'attributable', 'linked', 'related', 'triggered']);
/** "deaths of people who had underlying conditions", "deaths among those over 60": a qualifier when a person noun follows. */
const OF_LEADS = new Set(['of', 'among']);
const OF_PEOPLE = new Set(['people', 'persons', 'patients', 'those', 'individuals', 'men', 'women', 'children', 'residents']);
/** Words skipped after a figure before its qualifier: the counted noun and its adjectives. */
const NOUN_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Most tokens between the figure and its qualifier ("5,503 deaths from", "54,435 Covid-related deaths of"). */
const QUALIFIER_REACH = 4;
/** Words of the qualifier kept as its key ("from respiratory failure" -> "respiratory failure"). */
const KEY_WORDS = 2;
const KEY_SKIP = new Set(['to', 'by', 'the', 'a', 'an', 'with', 'people', 'persons', 'those', 'who', 'were', 'had', 'have', 'was']);

/**
 * The qualifier of the counted noun after a figure ending before token `after`: a key naming the cause or the kind of
 * case ("respiratory failure"), or null when the noun stands unqualified.
 */
export function qualifierOf(tokens: readonly Token[], after: number, sentenceEnd: number, money = false): string | null {
  let i = after;
  const stop = Math.min(sentenceEnd, after + QUALIFIER_REACH);
  while (i < stop && NOUN_POS.has(tokens[i].pos) && !CAUSE_LEADS.has(tokens[i].lower)) i++;
  const lead = tokens[i]?.lower ?? '';
  // A sum of money split by instrument ("$84.2 billion in senior notes"), read from the same first token.
  if (money && i === after && lead === 'in') return instrumentOf(tokens, after, sentenceEnd);
  const isCause = CAUSE_LEADS.has(lead);
  if (!isCause && !(OF_LEADS.has(lead) && OF_PEOPLE.has(tokens[i + 1]?.lower ?? ''))) return null;
  const words: string[] = [];
  for (let k = i + 1; k < sentenceEnd && k < i + 8 && words.length < KEY_WORDS; k++) {
    const t = tokens[k];
    if (t.type !== 'word') break;
    if (!KEY_SKIP.has(t.lower)) words.push(t.lower);
  }
  return words.length ? words.join(' ') : lead;
}

/** What money owed or held is split into: "$84.2 billion in senior unsecured notes, $5 billion in junior notes". */
const INSTRUMENTS = new Set(['notes', 'bonds', 'loans', 'debt', 'debts', 'securities', 'deposits', 'obligations', 'mortgages',
  'derivatives', 'claims', 'paper', 'borrowings', 'liabilities', 'assets', 'shares', 'stock', 'equity', 'grants', 'credits']);
/** Words a kind of instrument may take before its noun: "in senior unsecured notes", "in short-term commercial paper". */
const INSTRUMENT_REACH = 5;
const INSTRUMENT_POS = new Set(['ADJ', 'NOUN', 'VERB', 'PROPN']);

/**
 * The kind of instrument a sum of money ending before `after` (an "in") is in, as a key ("senior unsecured notes"):
 * "owes $84.2 billion in senior unsecured notes and $9.1 billion in subordinated notes" splits a debt by kind (round
 * 23). Null otherwise.
 */
function instrumentOf(tokens: readonly Token[], after: number, sentenceEnd: number): string | null {
  const words: string[] = [];
  for (let k = after + 1; k < Math.min(sentenceEnd, after + 1 + INSTRUMENT_REACH); k++) {
    const t = tokens[k];
    if (t.text === '-') continue;
    if (!INSTRUMENT_POS.has(t.pos)) return null;
    words.push(t.lower);
    if (INSTRUMENTS.has(t.lower)) return words.join(' ');
  }
  return null;
}

/** Superlatives that rank holders against each other: "the biggest number of deaths", "the highest number of cases". */
const RANKS = new Set(['biggest', 'largest', 'highest', 'greatest']);
const RANKED_NOUNS = new Set(['number', 'numbers', 'share', 'count']);
/** Most tokens between the superlative and its figure: "the biggest number of deaths, at 136". */
const RANK_REACH = 8;

/** "Iran has reported the biggest number of deaths at 136": a holder's place in a ranking, one part of the whole. */
export function isRanked(tokens: readonly Token[], clauseStart: number, figureAt: number): boolean {
  for (let i = Math.max(clauseStart, figureAt - RANK_REACH); i < figureAt - 1; i++) {
    if (RANKS.has(tokens[i].lower) && RANKED_NOUNS.has(tokens[i + 1].lower) && tokens[i + 2]?.lower === 'of') return true;
  }
  return false;
}

/**
 * Superlatives that single out one area among the rest: "the lowest turnout was in the capital Minsk", "the worst-hit
 * district is Tikiri". The first part of a hyphenated word counts ("worst-hit", "hardest-hit").
 */
const SINGLING = new Set(['biggest', 'largest', 'highest', 'heaviest', 'greatest', 'lowest', 'smallest', 'worst', 'hardest',
  'fewest', 'best']);
/** Most tokens between the superlative and its figure: "the lowest turnout was in the capital Minsk, where just 52.67%". */
const SINGLING_REACH = 20;

/**
 * "The lowest turnout was in the capital Minsk, where just 52.67 percent voted": a place the sentence ranks against the
 * others before the figure is one area's part of the whole, no rival of a figure that names no place (`detail.listed`).
 * `placeAt(i)`: a place (not a country: "the biggest protest in France" is the whole's) the figure counts in starts at
 * token i.
 */
export function singledOutPlace(tokens: readonly Token[], sentenceStart: number, figureAt: number,
  placeAt: (i: number) => boolean): boolean {
  for (let i = Math.max(sentenceStart, figureAt - SINGLING_REACH); i < figureAt; i++) {
    if (!SINGLING.has(tokens[i].lower.split('-')[0])) continue;
    for (let k = i + 1; k < figureAt; k++) if (placeAt(k)) return true;
  }
  return false;
}

/**
 * Words right after a place or period that single it out as one part of a larger count: "95 died in the Barrow district
 * alone", "410 in March alone", "in the capital alone" (round 35, fa35b). "let alone" names something else.
 */
const SINGLED_OUT_AFTER = new Set(['alone']);
/** Words before such a word that make it no mark of a part ("let alone 100", "not alone"). */
const NOT_SINGLING = new Set(['let', 'not', 'be', 'is', 'are', 'was', 'were']);
/** Most tokens between a figure and the word that singles out its place or period, on either side of the figure. */
const SINGLED_OUT_REACH = 10;

/** The word at i singles out the noun (or year) right before it: "Barrow alone", "March alone", "2013 alone". */
function singlesOut(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !SINGLED_OUT_AFTER.has(t.lower) || NOT_SINGLING.has(prev.lower)) return false;
  return prev.pos === 'NOUN' || prev.pos === 'PROPN' || /^(1[89]|20)\d\d$/.test(prev.text);
}

/**
 * The figure at [qa, qb) counts in a place or period its clause [ca, cb) singles out ("in the Barrow district alone",
 * "In March alone, 410 died"): one part of a larger count (`detail.alonePart`), no rival of a whole at or above it.
 * No other figure may stand between the figure and the word: "88 in one district alone" marks only its own figure, and
 * a line of figures costs each a few reads.
 */
export function singledOutAlone(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  // Most clauses hold no such word: the report's index of them says so without reading the clause's tokens.
  const lo = Math.max(ca, qa - SINGLED_OUT_REACH);
  const hi = Math.min(cb, qb + SINGLED_OUT_REACH);
  if (firstIn(wordClassIndex(tokens, SINGLED_OUT_AFTER), lo, hi) < 0) return false;
  for (let i = qb; i < Math.min(cb, qb + SINGLED_OUT_REACH); i++) {
    if (singlesOut(tokens, i)) return true;
    if (isNumberToken(tokens[i]) && !singlesOut(tokens, i + 1)) return false;
  }
  for (let i = qa - 1; i >= Math.max(ca, qa - SINGLED_OUT_REACH); i--) {
    if (singlesOut(tokens, i)) return !figureBefore(tokens, i, ca);
    if (isNumberToken(tokens[i]) && !singlesOut(tokens, i + 1)) return false;
  }
  return false;
}

/** Prepositions that put a count at a site after its figure ("37 were killed at X Square"). */
const AT_SITE = new Set(['at', 'in', 'inside']);
/** Words read after the figure for the site its count is placed at. */
const SITE_REACH = 8;

/**
 * The figure at [qa, qb) is placed by its own clause [ca, cb) at one named site after it ("37 were killed at Veltra
 * Square", "died inside the Ostrava Central Hospital"): the count of that site, one part of the event's toll when the
 * event spans several sites (round 38, site38). The site must follow the figure and be named (a proper noun before
 * the site noun), so the site where the event itself happened, named before the toll ("a blast at a hospital killed
 * 37"), is not read, nor a site noun that names the event ("died in the Ostrava church collapse"); another figure
 * in between ends the reach (the site is that figure's).
 */
export function placedAtSite(tokens: readonly Token[], qb: number, cb: number): boolean {
  const end = Math.min(cb, qb + SITE_REACH);
  // Most clauses name no site after their figure: the report's index of site nouns says so without reading the tokens.
  if (firstIn(wordClassIndex(tokens, SITE_NOUNS), qb, Math.min(end + 3, cb)) < 0) return false;
  for (let i = qb; i < end; i++) {
    const t = tokens[i];
    if (isNumberToken(t)) return false;
    if (!AT_SITE.has(t.lower)) continue;
    for (let j = i + 1; j < Math.min(end + 3, cb); j++) {
      const w = tokens[j];
      // The site noun may be tagged a proper noun itself ("Veltra Square"): read it before skipping the name.
      // A site noun before another noun names the event, not a site ("in the Ostrava church collapse").
      if (SITE_NOUNS.has(w.lower)) return tokens[j - 1].pos === 'PROPN' && j - 1 > i && tokens[j + 1]?.pos !== 'NOUN';
      if (w.pos === 'PROPN' || w.lower === 'the') continue;
      return false;
    }
    return false;
  }
  return false;
}

/** Words a medical site's name may end in after "Medical" ("the Varlen Medical Centre"), besides the site nouns. */
const MEDICAL_SITE_HEADS = new Set(['centre', 'center', 'clinic']);
const WHERE = new Set(['where']);

/** The name ending at token `end` (exclusive) is a named site: a proper noun, then a site noun or "Medical Centre". */
function namedSiteEndingAt(tokens: readonly Token[], end: number): boolean {
  const head = tokens[end - 1], before = tokens[end - 2];
  if (!head || !before || before.pos !== 'PROPN') return false;
  if (SITE_NOUNS.has(head.lower)) return true;
  return MEDICAL_SITE_HEADS.has(head.lower) && before.lower === 'medical' && tokens[end - 3]?.pos === 'PROPN';
}

/**
 * The figure at `qa` stands in a "where" clause after a named site ("the Varlen Medical Centre, where nine cases have
 * been reported"): the count of that site, one part of the whole (round 45, undated45b). No other figure in between;
 * a "where" after a town names the town (a place of its own), never read here.
 */
export function siteBeforeWhere(tokens: readonly Token[], qa: number): boolean {
  const from = Math.max(0, qa - SITE_REACH);
  // Most figures have no "where" before them: the report's index says so without reading the tokens.
  const at = firstIn(wordClassIndex(tokens, WHERE), from, qa);
  if (at < 0) return false;
  for (let i = at + 1; i < qa; i++) if (isNumberToken(tokens[i])) return false;
  return tokens[at - 1]?.lower === ',' && namedSiteEndingAt(tokens, at - 1);
}

/**
 * A figure within reach before the word at `at` that singles out a place: the phrase is that figure's ("95 died in one
 * district alone, of 300 in the region": the 300 after it is the whole, not a part).
 */
function figureBefore(tokens: readonly Token[], at: number, clauseStart: number): boolean {
  // The word right before is the place or year singled out ("In 2013 alone").
  for (let i = at - 2; i >= Math.max(clauseStart, at - SINGLED_OUT_REACH); i--) if (isNumberToken(tokens[i])) return true;
  return false;
}

/**
 * Kinds of holder that, named in the plural as the subject of a count, make it the sum over several of them: "airlines
 * cancelled 46,000 flights", "hospitals reported 900 cases". One table: the singular head of each.
 */
const PLURAL_HOLDERS = new Set(`airline carrier company firm retailer bank hospital school university employer business
  airport operator insurer manufacturer automaker carmaker lender utility broadcaster platform network chain`.split(/\s+/));
const SKIPPED_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * The kind of holder of a count whose subject names several of them ("airlines cancelled" -> "airline"), or null: the
 * noun right before the event verb, plural, of a kind in PLURAL_HOLDERS.
 */
export function pluralHolder(tokens: readonly Token[], verbAt: number, clauseStart: number, figureAt: number,
  singular: (w: string) => string): string | null {
  if (verbAt < 0 || verbAt >= figureAt) return null;
  let i = verbAt - 1;
  while (i >= clauseStart && SKIPPED_BEFORE_VERB.has(tokens[i].pos)) i--;
  if (i < clauseStart) return null;
  // A common noun only: "American Airlines cancelled" names one holder.
  if (!/^[a-z]/.test(tokens[i].text)) return null;
  const w = tokens[i].lower;
  const head = singular(w);
  return head !== w && PLURAL_HOLDERS.has(head) ? head : null;
}

/**
 * A sentence that splits one voice's count by cause gives each part a key (`detail.breakdown`): at least two figures of
 * the same measure and source in one sentence, each with its own qualifier. One qualified figure alone ("11,300 deaths
 * from the flooding") is the whole count, named by its cause.
 */
export function markBreakdowns(prepared: PreparedText, claims: readonly Claim[]): void {
  markCountryLists(prepared, claims);
  markPlaceLists(prepared, claims);
  markEnumerations(prepared, claims);
  markPlaceBreakdowns(prepared, claims);
  markConversions(prepared, claims);
  // Not a breakdown, but a mark read from the figure's words once every claim is made (extract.ts calls this pass).
  markUnconfirmed(prepared, claims);
  const { tokens, sentences } = prepared;
  sentenceGroups(prepared, claims, (c, si) => {
    const s = sentences[si];
    if (!detailOf(c) || c.derived || !s) return null;
    const end = Math.max(c.quantity.end, 0);
    const key = qualifierOf(tokens, tokenAt(tokens, end - 1) + 1, s.tokenEnd, isMoney(c.measure.unit));
    return key ? { claim: c, key } : null;
  }, x => `${x.claim.measure.key}\u0000${x.claim.source?.id ?? ''}`, list => {
    if (list.length < 2 || new Set(list.map(x => x.key)).size < 2) return;
    for (const { claim, key } of list) detailOf(claim)!.breakdown = key;
  });
  markFirstStages(prepared, claims);
  markNextOrdinals(prepared, claims);
  markSectors(prepared, claims);
  markBracketedItems(prepared, claims);
}

/** Fewest figures in brackets after their items' nouns that make a sentence a list of items' figures. */
const BRACKETED_MIN = 2;

/**
 * "The largest falls were in the price of fruit (1.6%), vegetables (2.4%) and bread (0.4%)": a sentence giving figures
 * of one measure in brackets, each right after its own common noun, lists the items of a whole. When nothing else in the
 * figures' frames tells them apart (the same scope for all), each is keyed by its noun (`detail.breakdown` "item
 * fruit"), a rival only of the same item's figure elsewhere, never of the whole's (round 29). Names ("Lai (40.2%)") are
 * no items: a holder or place already frames them.
 */
function markBracketedItems(prepared: PreparedText, claims: readonly Claim[]): void {
  const { tokens } = prepared;
  sentenceGroups(prepared, claims, c => {
    const item = c.derived || detailOf(c)?.breakdown !== undefined ? null : bracketedItem(prepared.text, tokens, c);
    return item && detailOf(c) ? { claim: c, item } : null;
  }, x => x.claim.measure.key, list => {
    if (list.length < BRACKETED_MIN || new Set(list.map(x => x.item)).size < list.length) return;
    const scope = list[0].claim.scope.join('|');
    if (list.some(x => x.claim.scope.join('|') !== scope)) return;
    for (const { claim, item } of list) detailOf(claim)!.breakdown = `item ${item}`;
  });
}

/** The common noun right before the brackets that hold a figure and nothing else ("fruit (1.6%)"), or null. */
function bracketedItem(text: string, tokens: readonly Token[], c: Claim): string | null {
  // The text's character first: a line of figures without brackets reads no token here.
  if (text[c.quantity.start - 1] !== '(') return null;
  const a = tokenAt(tokens, c.quantity.start);
  const b = tokenAt(tokens, Math.max(c.quantity.end - 1, 0));
  if (tokens[a - 1]?.text !== '(' || tokens[b + 1]?.text !== ')') return null;
  const noun = tokens[a - 2];
  return noun?.type === 'word' && noun.pos === 'NOUN' ? noun.lower : null;
}

/** The noun naming one branch of an economy: "losses in the agricultural sector" (singular only: "the basic sectors" is a sum). */
const SECTOR = 'sector';
/** Words that open the sector's noun phrase: "in the farm sector", "its tourism sector". */
const SECTOR_DETERMINERS = new Set(['the', 'its', 'this', 'that']);
/** Most words between the determiner and "sector": "the agricultural sector", "the oil and gas sector". */
const SECTOR_MODIFIERS = 3;
/** Most tokens between the sector's noun and the figure, either way ("$2 billion in damage and losses in the farm sector"). */
const SECTOR_REACH = 8;
/** The sector's noun in the text, and how many characters around a figure it is looked for in (SECTOR_REACH words). */
const SECTOR_TEXT = /\bsector\b/i;
const SECTOR_CHARS = 120;
/** Words that end the figure's own phrase: a sector beyond them is another clause's. */
const SECTOR_STOPS = new Set([',', ';', ':', '.', '(', ')', ...CONTRAST_JOINS, 'but', 'and']);

/**
 * "damage in the agricultural sector of $1.2 billion", "$3.2 billion in the housing sector": a figure one sector of an
 * economy holds is a part of the damage, output or jobs of the whole, a rival only of the same sector's figure
 * (`detail.breakdown`, keyed "sector" plus its modifiers; round 28).
 */
function markSectors(prepared: PreparedText, claims: readonly Claim[]): void {
  const { tokens, sentences } = prepared;
  for (const c of claims) {
    const d = detailOf(c);
    if (!d || d.breakdown || c.derived) continue;
    const s = sentences[sentenceIndexAt(sentences, c.quantity.start)];
    // Characters first: a line of prices names no sector and costs no token reads.
    if (!s || !SECTOR_TEXT.test(prepared.text.slice(Math.max(s.start, c.quantity.start - SECTOR_CHARS),
      Math.min(s.end, c.quantity.end + SECTOR_CHARS)))) continue;
    const first = tokenAt(tokens, c.quantity.start);
    const last = tokenAt(tokens, Math.max(c.quantity.end - 1, 0));
    const key = sectorNear(tokens, first, -1, s.tokenStart) ?? sectorNear(tokens, last, 1, s.tokenEnd - 1);
    if (key) d.breakdown = key;
  }
}

/** The key of a singular sector named within SECTOR_REACH of token `from`, walking `step` (-1 back, 1 on) to `bound`. */
function sectorNear(tokens: readonly Token[], from: number, step: -1 | 1, bound: number): string | null {
  for (let k = 1; k <= SECTOR_REACH; k++) {
    const i = from + step * k;
    if (step < 0 ? i < bound : i > bound) return null;
    const w = tokens[i].lower;
    if (w === SECTOR) return sectorKey(tokens, i);
    // "and" may join the sector's own modifiers ("the oil and gas sector"), read by sectorKey, not here.
    if (SECTOR_STOPS.has(w) && !(w === 'and' && step > 0)) return null;
  }
  return null;
}

/** "sector" plus the words between its determiner and it ("sector agricultural"); null without a determiner close before. */
function sectorKey(tokens: readonly Token[], at: number): string | null {
  const words: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 1 - SECTOR_MODIFIERS); i--) {
    const w = tokens[i].lower;
    if (SECTOR_DETERMINERS.has(w)) return [SECTOR, ...words.reverse()].join(' ');
    if (tokens[i].type !== 'word') return null;
    words.push(w);
  }
  return null;
}

/** The key of a count its own sentence goes on to add to: the first stage of a count told day by day. */
export const FIRST_STAGE = 'first stage';
const DIFF = '+diff';

/** Figures after a count where the one that adds its next stage may stand, and tokens between the two. */
const STAGE_REACH = 3;
const STAGE_GAP = 20;
/** Words joining a count's first stage to the next: "six on Friday while 48 more", "and another 30". */
const STAGE_JOINS = new Set([...CONTRAST_JOINS, 'and', 'but']);

/**
 * The later figure adds a stage to the first: "48 more", "another 30", after "while"/"and" between the two ("reaching 17
 * with the death of one more child" counts the one inside the 17; "a further 45 suspected" is another kind).
 */
function addsStage(tokens: readonly Token[], first: Claim, later: Claim): boolean {
  const la = tokenAt(tokens, later.quantity.start);
  const lb = tokenAt(tokens, later.quantity.end - 1) + 1;
  let more = tokens[lb]?.lower === 'more' || tokens[la - 1]?.lower === 'another';
  // ("more than 30" is a hedge, no stage.)
  for (let k = la; k < lb && !more; k++) more = (tokens[k].lower === 'more' && tokens[k + 1]?.lower !== 'than') || tokens[k].lower === 'another';
  return more && joinedAfter(tokens, first, la);
}

/** A "while"/"and" joins the first figure to the later one at token `la`, with no colon opening a whole's parts between. */
function joinedAfter(tokens: readonly Token[], first: Claim, la: number): boolean {
  let joined = false;
  const from = tokenAt(tokens, first.quantity.end - 1) + 1;
  if (la - from > STAGE_GAP) return false;
  for (let k = from; k < la; k++) {
    // "39,422 were killed: 26,422 in Kashmir and another 13,000 in the north": a colon opens the whole's parts.
    if (tokens[k].text === ':' || tokens[k].text === ';') return false;
    joined ||= STAGE_JOINS.has(tokens[k].lower);
  }
  return joined;
}

/** The key of a further group of what the figure before it counted: "while 23 others were killed in the stampede". */
export const FURTHER_GROUP = 'further group';

/**
 * The later figure counts others besides the first, of the same measure: "14 were killed in the blast, while 23 others
 * died in the stampede", "two gunmen were shot and the roof fell on three others". Neither is the whole count.
 */
function addsOthers(prepared: PreparedText, first: Claim, later: Claim): boolean {
  // The figure's words are read first: most figures are no "others", and their pairs cost no token reads.
  const { text, tokens } = prepared;
  const q = later.quantity;
  const others = OTHERS_END.test(q.text) || OTHERS_NEXT.test(text.slice(q.end, q.end + OTHERS_LOOK));
  return others && joinedAfter(tokens, first, tokenAt(tokens, q.start));
}

/** "23 others" as the figure's own words, or "others" right after them; how far past the figure to look. */
const OTHERS_END = /\bothers$/i;
const OTHERS_NEXT = /^\s{1,3}others\b/i;
const OTHERS_LOOK = 10;

/**
 * "Six deaths were recorded on Friday while 48 more bodies were found the next day": a count followed in its
 * sentence by "more" of the same measure is only the count's first stage, no rival of the whole elsewhere (round 23).
 */
function markFirstStages(prepared: PreparedText, claims: readonly Claim[]): void {
  const { sentences, tokens } = prepared;
  // Each claim's sentence once: a one-line list may hold thousands of figures.
  const sentenceOf = claims.map(c => sentenceIndexAt(sentences, c.quantity.start));
  for (let i = 0; i + 1 < claims.length; i++) {
    const c = claims[i];
    const d = detailOf(c);
    if (!d || d.breakdown || c.derived || c.measure.key.endsWith(DIFF)) continue;
    // Only the next figure of the same measure, among the next few of the sentence, may add the stage.
    for (let j = i + 1; j < Math.min(claims.length, i + 1 + STAGE_REACH) && sentenceOf[j] === sentenceOf[i]; j++) {
      const key = claims[j].measure.key;
      if (key !== c.measure.key && key !== `${c.measure.key}${DIFF}`) continue;
      if (key !== c.measure.key && addsStage(tokens, c, claims[j])) d.breakdown = FIRST_STAGE;
      // Two groups of one count, each a part of its whole; the later is a rival only of another further group.
      else if (key === c.measure.key && !claims[j].derived && addsOthers(prepared, c, claims[j]) && detailOf(claims[j])) {
        d.breakdown = FIRST_STAGE;
        detailOf(claims[j])!.breakdown = FURTHER_GROUP;
      }
      break;
    }
  }
}

/** Ordinal words and the count they reach: "a second death" makes the count two. */
const ORDINALS = ORDINAL_WORDS;
/** "a second", "an eighth" in text, and how many characters after a count it is looked for. */
const ORDINAL_TEXT = new RegExp(`\\ban? (?:${[...ORDINALS.keys()].join('|')})\\b`, 'i');
const ORDINAL_LOOK = 160;
/** The counts an ordinal reaches. */
const ORDINAL_OF: ReadonlySet<number> = new Set(ORDINALS.values());
/** Tokens after a count within which the next one's ordinal is looked for ("... for three years and a second death"). */
const ORDINAL_REACH = 20;

/**
 * "One person died after taking the pills and a second death was reported on Wednesday": a count its sentence goes on
 * to number the next of ("a second", "a fourth" right after a count of three) is the count's first stage, no rival of
 * the whole elsewhere (round 24). Only the ordinal one past the count, after "and"/"while", with no figure between.
 */
function markNextOrdinals(prepared: PreparedText, claims: readonly Claim[]): void {
  const { sentences, tokens } = prepared;
  for (const c of claims) {
    const d = detailOf(c);
    if (!d || d.breakdown || c.derived || c.value === null || !ORDINAL_OF.has(c.value + 1) || c.measure.key.endsWith(DIFF)) continue;
    // Only a count with an ordinal in the text soon after it is read further: a list of figures costs no token reads.
    if (!ORDINAL_TEXT.test(prepared.text.slice(c.quantity.end, c.quantity.end + ORDINAL_LOOK))) continue;
    const from = tokenAt(tokens, c.quantity.end - 1) + 1;
    const s = sentences[sentenceIndexAt(sentences, c.quantity.start)];
    if (!s) continue;
    for (let i = from; i + 1 < Math.min(s.tokenEnd, from + ORDINAL_REACH); i++) {
      const t = tokens[i];
      if (t.type === 'number') break;
      if ((t.lower !== 'a' && t.lower !== 'an') || ORDINALS.get(tokens[i + 1].lower) !== c.value + 1) continue;
      const joint = tokens[i - 1]?.lower;
      if (joint === 'and' || joint === 'while') d.breakdown = FIRST_STAGE;
      break;
    }
  }
}

/** Prepositions opening where a listed part of a count was found: "27 who died in hospitals", "44 at home". */
const SETTING_LEADS = new Set(['in', 'at']);
/** Most tokens between a part's figure and its setting ("27 people who died in hospitals"). */
const SETTING_REACH = 6;
/** Words that may stand inside the setting before its head noun: "in local communities", "at health facilities". */
const SETTING_WORDS = new Set(['NOUN', 'ADJ', 'DET']);

/**
 * The setting a part of a count names right after it, as a key ("hospital", "community"): "71 deaths, including 27 in
 * hospitals and 44 in the community" splits the whole by where the dead were. Two parts pair only when their settings
 * are the same (breakdownApart). Null when no common-noun setting follows before the next part.
 */
export function partSettingOf(tokens: readonly Token[], after: number, sentenceEnd: number,
  singular: (w: string) => string): string | null {
  for (let i = after; i < Math.min(sentenceEnd, after + SETTING_REACH); i++) {
    const w = tokens[i].lower;
    if (w === ',' || w === ';' || w === 'and' || w === 'or') return null;
    if (!SETTING_LEADS.has(w)) continue;
    let head: string | null = null;
    for (let k = i + 1; k < Math.min(sentenceEnd, i + 5) && SETTING_WORDS.has(tokens[k].pos); k++) {
      if (tokens[k].pos === 'NOUN') head = tokens[k].lower;
    }
    return head ? singular(head) : null;
  }
  return null;
}

/** The first country a claim's scope names, or null. */
function firstCountry(c: Claim): string | null {
  for (const id of c.scope) if (id.startsWith('country:')) return id;
  return null;
}

/**
 * "Iran has 465 of its pilgrims killed, while Egypt had 146 and Indonesia 100": one sentence giving a count of one measure
 * country by country lists the parts of a multinational whole (`detail.listed`). Each part is a rival of the same
 * country's count elsewhere, never of a count that names no place (which may be the whole).
 */
function markCountryLists(prepared: PreparedText, claims: readonly Claim[]): void {
  sentenceGroups(prepared, claims, c => {
    const country = firstCountry(c);
    return !country || c.derived || !detailOf(c) ? null : { claim: c, country };
  }, x => x.claim.measure.key, list => {
    if (list.length < 2 || new Set(list.map(x => x.country)).size < 2) return;
    for (const { claim } of list) detailOf(claim)!.listed = true;
  });
}

/** Places a sentence must list, each with its own count of one measure, to be read as a breakdown by place. */
const PLACE_LIST_MEMBERS = 3;
/**
 * Most places a list is checked for containment among its members: the check is pairwise, so a hostile "sentence"
 * naming thousands of places with a figure each would cost their square; such a list is left unmarked.
 */
const PLACE_LIST_MAX = 64;

/** The one place a claim counts in (`place:`, never a country: markCountryLists reads those), or null. */
function onlyPlace(c: Claim): string | null {
  let found: string | null = null;
  for (const id of c.scope) {
    if (id.startsWith('country:')) return null;
    if (!id.startsWith('place:')) continue;
    if (found) return null;
    found = id;
  }
  return found;
}

/**
 * Round 46 (place46): "turnout by noon was 25 per cent in Dorvik, 29 per cent in Kessa and 22 per cent in Brenn": one
 * sentence giving a figure of one measure for each of three or more places, none inside another, is a breakdown of a
 * whole by place (`detail.placeListed`). Each member is a rival of the same place's figure elsewhere, never of a figure
 * that names no place (the whole the list breaks down: a part's rate is no rival of the whole's, and a part's count
 * only when above it). Another report's unplaced count stays a rival: its place may be unread (check/parts.ts).
 */
function markPlaceLists(prepared: PreparedText, claims: readonly Claim[]): void {
  sentenceGroups(prepared, claims, c => {
    const place = onlyPlace(c);
    return !place || c.derived || !detailOf(c) ? null : { claim: c, place };
  }, x => x.claim.measure.key, list => {
    const places = [...new Set(list.map(x => x.place))];
    if (places.length < PLACE_LIST_MEMBERS || places.length > PLACE_LIST_MAX) return;
    for (const p of places) for (const q of places) if (p !== q && within(p, q)) return;
    for (const { claim } of list) detailOf(claim)!.placeListed = true;
  });
}

/**
 * The text right before a figure that may open a conversion ("($11.6bn)", ", or $488 billion", "(about $7 billion)"):
 * read in characters first, so a line of prices costs no token reads.
 */
const CONVERSION_LEAD = /\(|\bor\b/i;
/** Characters before the figure in which CONVERSION_LEAD is looked for. */
const CONVERSION_LOOK = 24;

/**
 * "cost 9bn euros ($11.6bn)": a sum restated in another currency right after the sum it converts (`detail.converted`,
 * round 24). Two reports converting one sum at their own day's rate differ by the rate, not by what was spent; their
 * sums as written are the ones to compare.
 */
function markConversions(prepared: PreparedText, claims: readonly Claim[]): void {
  const { tokens, sentences } = prepared;
  let prev: Claim | null = null;
  for (const c of claims) {
    if (c.derived || !convertible(c) || !detailOf(c)) continue;
    if (prev && restatedInOtherUnit(prev, c)
      && CONVERSION_LEAD.test(prepared.text.slice(Math.max(prev.quantity.end, c.quantity.start - CONVERSION_LOOK), c.quantity.start))
      && sentenceIndexAt(sentences, prev.quantity.start) === sentenceIndexAt(sentences, c.quantity.start)
      && convertsAt(tokens, tokenAt(tokens, prev.quantity.end - 1) + 1, tokenAt(tokens, c.quantity.start))) {
      detailOf(c)!.converted = true;
      detailOf(c)!.convertedFrom = `${prev.measure.unit} ${prev.value}`;
    }
    prev = c;
  }
}

/** A sum of money, or a distance (round 41: "about 4 km (2.5 miles) from Dorvik"), which a bracket may restate. */
function convertible(c: Claim): boolean {
  return isMoney(c.measure.unit) || c.measure.event === DISTANCE_EVENT;
}

/**
 * `c` may restate `prev` in another unit: a sum in another currency, or a distance in another length unit, which the
 * claims hold in one unit (km), so the restatement shows as another value of the same measure.
 */
function restatedInOtherUnit(prev: Claim, c: Claim): boolean {
  if (isMoney(c.measure.unit)) return prev.measure.unit !== c.measure.unit;
  return prev.measure.event === DISTANCE_EVENT && prev.measure.unit === c.measure.unit && prev.value !== c.value;
}

/** Fewest figures of one measure in one sentence that make it a list of parts rather than two voices' rival counts. */
const ENUMERATION_MIN = 3;

/**
 * "A reported 1,213 cases, B 32, C 22 and D six": a sentence giving three or more different figures of one measure
 * lists the parts of a distribution (by place, holder or group), each beside its own name; no two of them are rival
 * counts of one thing, even when the reader could not tell their places apart (`detail.enumeration`, the sentence's
 * number). Two figures in one sentence stay rivals ("police said 100,000, organisers 500,000"); so do a list's figures
 * against those of other sentences and reports (round 24).
 */
function markEnumerations(prepared: PreparedText, claims: readonly Claim[]): void {
  sentenceGroups(prepared, claims, c => (c.derived || c.value === null || !detailOf(c) ? null : c), measureKeyOf, (list, si) => {
    if (new Set(list.map(c => c.value)).size < ENUMERATION_MIN) return;
    for (const c of list) detailOf(c)!.enumeration = si;
  });
}

/** Units whose counts add up over places: people (a toll, a crowd). A sum of money "for Nigeria" is the country's own. */
const BY_PLACE_UNITS = new Set(['person']);
/** The places a claim's scope names (a country or a place below it). */
const placesOf = (c: Claim): string[] => c.scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

/**
 * "190 deaths in Rieti province and 57 in neighbouring Ascoli Piceno": two or more counts of people of one measure in one
 * sentence, each naming places no other names, break a count down by place (`detail.byPlace`); an unplaced larger count
 * elsewhere is their total, no rival of a part (round 30 probe; check/compare.ts wholeOverPart).
 */
function markPlaceBreakdowns(prepared: PreparedText, claims: readonly Claim[]): void {
  sentenceGroups(prepared, claims, c => (c.derived || c.value === null || !detailOf(c) || !BY_PLACE_UNITS.has(c.measure.unit)
    ? null : c), measureKeyOf, list => {
    if (list.length < 2) return;
    const seen = new Set<string>();
    for (const c of list) {
      const places = placesOf(c);
      if (places.length === 0 || places.some(p => seen.has(p))) return;
      for (const p of places) seen.add(p);
    }
    for (const c of list) detailOf(c)!.byPlace = true;
  });
}

/**
 * Calls `visit` with each group of two or more claims of one sentence that `entry` puts under one key (`keyOf` its
 * item; null: in no group), with the sentence's index, sentence by sentence: one sentence's groups are built and let
 * go before the next's. A map of every sentence's groups, keyed by sentence, lived through the whole pass (5.6 MB
 * promoted per 800 KB of figures in sentences, for one of the three passes that group so). No pass reads a group of
 * one, so a sentence with fewer than two entries, or none sharing a key, builds no groups (a map and lists per
 * sentence of a killed-and-injured report were a twentieth of its claims' garbage). The claims come sorted by figure
 * (finishClaims); a list that is not is read in that order, so a sentence's claims stay together.
 */
function sentenceGroups<T>(prepared: PreparedText, claims: readonly Claim[], entry: (c: Claim, si: number) => T | null,
  keyOf: (item: T) => string, visit: (items: T[], si: number) => void): void {
  const { sentences } = prepared;
  let sorted = true;
  for (let i = 1; i < claims.length && sorted; i++) sorted = claims[i].quantity.start >= claims[i - 1].quantity.start;
  const inOrder = sorted ? claims : [...claims].sort((a, b) => a.quantity.start - b.quantity.start);
  // One sentence's items and keys, the first `n` of each: reused, as emptying a list gives up its storage.
  const items: T[] = [];
  const keys: string[] = [];
  let n = 0;
  let current = -1;
  for (let i = 0; i < inOrder.length; i++) {
    const c = inOrder[i];
    const si = sentenceIndexAt(sentences, c.quantity.start);
    if (si !== current) {
      visitGroups(items, keys, n, current, visit);
      n = 0;
      current = si;
    }
    const item = entry(c, si);
    if (item === null) continue;
    items[n] = item;
    keys[n++] = keyOf(item);
  }
  visitGroups(items, keys, n, current, visit);
}

/** A claim's group key in the passes that group by measure alone. */
const measureKeyOf = (c: Claim): string => c.measure.key;

/** Sentences hold few figures: past this many a sentence's keys go in a map rather than being compared pairwise. */
const FEW_ENTRIES = 16;

/** Whether two of the first `n` keys are equal. */
function keyRepeats(keys: readonly string[], n: number): boolean {
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return true;
  return false;
}

/** Visits the groups of two or more of one sentence's first `n` items, by key, in the order each key first came. */
function visitGroups<T>(items: readonly T[], keys: readonly string[], n: number, si: number,
  visit: (items: T[], si: number) => void): void {
  if (n < 2 || (n <= FEW_ENTRIES && !keyRepeats(keys, n))) return;
  const groups = new Map<string, T[]>();
  for (let k = 0; k < n; k++) {
    const group = groups.get(keys[k]);
    if (group) group.push(items[k]);
    else groups.set(keys[k], [items[k]]);
  }
  for (const group of groups.values()) if (group.length >= 2) visit(group, si);
}
