// Whether a figure is asserted, or only conditional, forecast or possible: such figures never contradict a count.
import type { Modality, Sentence, Token } from '../types';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { isBound } from './bounds';
import { isWanted, objectReaches, WANTING } from './wanted';
import { hedgeStart } from '../quantities/hedges';
import { FINITE_BE_HAVE } from './claimWords';
import { FINITE_BE } from '../text/beVerbs';
import { CONDITIONALS, OWN_CLAUSE_OPENERS } from '../text/subordinators';
import { SentenceMemo } from './sentenceMemo';
import { RELATIVE_PRONOUNS } from '../text/pronouns';
import { PAST_IRREGULAR } from '../dates/tense';

const CONDITIONAL: ReadonlySet<string> = new Set(CONDITIONALS);
const FORECAST = new Set(['will', "'ll", 'would', 'shall', 'should', 'forecast', 'forecasts', 'projected', 'predicted', 'predicts',
  'expects', 'expected', 'expect', 'expecting', 'anticipate', 'anticipates', 'anticipating', 'predict', 'predicting',
  'forecasting', 'projects', 'projecting', 'plans', 'planned', 'planning', 'intends', 'aims', 'target', 'targets', 'going', 'set', 'poised']);
const POSSIBILITY = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'possible', 'likely', 'can']);
/** Forms of "be" before "set to" / "poised to" that make them a plan. */
const BE_FORMS = new Set([...FINITE_BE, 'be', 'been', "'s", "'re"]);
/** Past forms that a relative clause uses to assert ("that ... has stationed"); "-ed" covers the regular ones. */
const PERFECT_AUX = FINITE_BE_HAVE;
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
/** Words opening an embedded question whose own past verb asserts: "will have to explain why turnout was 99%". */
const EMBEDDED = new Set(['why', 'how']);
/**
 * Conjunctions opening a clause of its own whose past verb asserts: "knew the figure would be controversial even before
 * police estimated the crowd at 250,000"; a modal before them governs the main clause, not the figure after them.
 */
const SUBORDINATE: ReadonlySet<string> = new Set(OWN_CLAUSE_OPENERS);
/**
 * Nouns naming a figure someone has stated ("the official attendance figure of 250,000", "its estimate of 250,000"), or
 * a standing level of what a plan acts on ("plans to cut a tenth of its workforce of 9,000"): known before the plan.
 */
const STATED_FIGURE = new Set(['figure', 'estimate', 'count', 'toll', 'tally', 'total', 'workforce', 'headcount', 'payroll']);
/** Determiners that make the stated figure a known one: "the", "its"; "a figure of" may be one to come. */
const KNOWN = new Set(['the', 'its', 'their', 'his', 'her', 'our', "'s", '’s']);
/** Words a stated-figure noun may follow after its determiner: "the official attendance figure of". */
const FIGURE_NOUN_REACH = 3;

/**
 * The figure at qa is named as a known stated figure ("plans to challenge the official figure of 250,000", "to revise its
 * estimate of 250,000"): a modal before it governs what is done to the figure, not whether it was stated.
 */
function namesKnownFigure(tokens: readonly Token[], qa: number): boolean {
  if (tokens[qa - 1]?.lower !== 'of' || !STATED_FIGURE.has(tokens[qa - 2]?.lower ?? '')) return false;
  for (let i = qa - 3; i >= Math.max(0, qa - 3 - FIGURE_NOUN_REACH); i--) {
    if (KNOWN.has(tokens[i].lower)) return true;
    if (tokens[i].type !== 'word') return false;
  }
  return false;
}

/** Every word the clause scan below acts on: the scan jumps from one to the next. */
const MODAL = new Set([...POSSIBILITY, ...FORECAST, ...RELATIVE, ...EMBEDDED, ...SUBORDINATE, ',', ':']);

/**
 * "may have been 4.5%", "could have been about 4.7 percent", "was more likely to have been between 3.5% and 5.5%",
 * "might have hit close to 50%": a modal before "have" and a verb of a level estimates what a past figure was; the figure is an estimate, asserted as such, a rival of the
 * official figure for the same period. "may have killed 30" stays a possibility: whether it happened is in doubt.
 */
function estimatesPast(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  const w = tokens[i].lower;
  if (w === 'likely' && next === 'to') return tokens[i + 2]?.lower === 'have' && pastLevel(tokens, i + 3);
  return (w === 'may' || w === 'might' || w === 'could') && next === 'have' && pastLevel(tokens, i + 2);
}

/** Verbs of a result a vote gave: "should have won 63 seats", "should have received 52%". */
const RESULT_VERBS = new Set(['won', 'received', 'got', 'gotten', 'taken', 'secured', 'obtained', 'garnered']);

/**
 * "his party should have won 63 seats", "should have received 52%": a party's claim of what the true result was, a
 * rival of the official count, asserted as such (round 23); "should win 63 seats" stays a forecast.
 */
function claimsTrueResult(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'should' && tokens[i + 1]?.lower === 'have' && RESULT_VERBS.has(tokens[i + 2]?.lower ?? '');
}

/** Verbs of an impersonal remark on what follows: "it should be noted that", "it must be recalled that". */
const REMARK_VERBS = new Set(['noted', 'recalled', 'remembered', 'stressed', 'emphasised', 'emphasized', 'mentioned',
  'underlined', 'highlighted', 'recorded']);

/** "it should be noted that", "it may be recalled that": the modal at i frames the telling, not the figure after it. */
function isRemarkFrame(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'it' && tokens[i + 1]?.lower === 'be' && REMARK_VERBS.has(tokens[i + 2]?.lower ?? '')
    && tokens[i + 3]?.lower === 'that';
}

/** Words that take away what happened: "without the trade war", "absent the lockdown", "but for the rescue". */
const COUNTERFACTUAL = new Set(['without', 'absent']);

/**
 * The clause [ca, cb), or the sentence from its first word, supposes something away: "without"/"absent" before a noun
 * phrase ("without the trade war"; "without counting the missing" only leaves out), or "but for". A modal perfect there
 * tells what would have been, not an estimate of what was.
 */
function counterfactual(tokens: readonly Token[], sentenceStart: number, ca: number, cb: number): boolean {
  const supposes = (i: number) => (tokens[i].lower === 'but' && tokens[i + 1]?.lower === 'for')
    || (COUNTERFACTUAL.has(tokens[i].lower) && !!tokens[i + 1] && tokens[i + 1].pos !== 'VERB');
  if (supposes(sentenceStart)) return true;
  for (let i = ca; i < cb; i++) if (supposes(i)) return true;
  return false;
}

/** Verbs of a level a past figure stood at: "might have reached 50%", "could have stood at 4.7%". */
const LEVEL_VERBS = new Set(['been', 'reached', 'stood', 'topped', 'exceeded', 'approached']);
const PERCENT_WORDS = new Set(['%', 'percent', 'per', 'pct']);

/** A level verb at j; "hit" only before a percentage ("might have hit close to 50%"; "may have hit 30 targets" is an event). */
function pastLevel(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  if (LEVEL_VERBS.has(w)) return true;
  if (w !== 'hit') return false;
  for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) if (PERCENT_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** An embedded question at e, before the figure at qa, states a past or present fact: "why turnout was at 99%". */
function assertsEmbedded(tokens: readonly Token[], e: number, qa: number): boolean {
  for (let i = e + 1; i < qa; i++) if (PERFECT_AUX.has(tokens[i].lower) || isPast(tokens, i)) return true;
  return false;
}

function isPast(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lower.endsWith('ed') || t.lower === 'lost' || t.lower === 'sent' || t.lower === 'held' || t.lower === 'took') return true;
  return i > 0 && PERFECT_AUX.has(tokens[i - 1].lower);
}

/** Verbs of a change a modal may govern after a figure: the figure will change, it is not in doubt. */
const CHANGE_VERBS = new Set(['rise', 'grow', 'increase', 'climb', 'mount', 'soar', 'worsen', 'fall', 'drop', 'decline',
  'change', 'top', 'exceed', 'double', 'reach']);
/** Words between a modal and the verb it governs: "likely to rise", "expected to go up", "could still rise". */
const MODAL_GAP = new Set(['to', 'still', 'further', 'only', 'be', 'even']);
/** Verbs of stating after "could": "could only confirm 164". */
const ABLE_TO_STATE = new Set(['confirm', 'verify', 'say', 'count', 'identify', 'account']);

/** The modal at i (after the figure) governs a change verb within a few words of it, inside the clause. */
function governsChange(tokens: readonly Token[], i: number, cb: number): boolean {
  for (let k = i + 1; k < Math.min(cb, i + 4); k++) {
    const w = tokens[k].lower;
    if (CHANGE_VERBS.has(w)) return true;
    if (!MODAL_GAP.has(w)) return false;
  }
  return false;
}

/** Tokens back from a modal to the relative pronoun of its clause: "which may", "that is expected". */
const RELATIVE_REACH = 2;
/** Words that close a relative clause before the figure: "a count which might grow, that 75", "which might grow that 75". */
const CLAUSE_CLOSERS = new Set([',', 'that', ')', '\u2014', '\u2013']);

/**
 * Round 43 (partwhole43): the modal at i, before the figure, opens a relative clause of a change that closes before the
 * figure ("early figures which might grow, that 75 died", "the toll, which could still rise, stood at 40"):
 * it says what the count may become, not whether the figure holds. "a toll which could rise to 40" has no close and stays.
 */
function changeInRelativeBefore(tokens: readonly Token[], i: number, qa: number): boolean {
  let rel = false;
  for (let k = i - 1; k >= Math.max(0, i - RELATIVE_REACH); k--) if (RELATIVE.has(tokens[k].lower)) rel = true;
  if (!rel) return false;
  let verb = -1;
  for (let k = i + 1; k < Math.min(qa, i + 4); k++) {
    if (CHANGE_VERBS.has(tokens[k].lower)) { verb = k; break; }
    if (!MODAL_GAP.has(tokens[k].lower)) return false;
  }
  if (verb < 0) return false;
  for (let k = verb + 1; k < qa; k++) if (CLAUSE_CLOSERS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Round 44 (modality44): the modal at i, before the figure, governs a change verb that "and" joins to another verb
 * before the figure ("said the toll will grow and confirmed 40 are missing"): the modal is the change's; the joined
 * predicate that holds the figure is stated.
 */
function changeJoinedBefore(tokens: readonly Token[], i: number, qa: number): boolean {
  for (let k = i + 1; k < Math.min(qa, i + 4); k++) {
    if (CHANGE_VERBS.has(tokens[k].lower)) return tokens[k + 1]?.lower === 'and' && k + 2 < qa && tokens[k + 2].pos === 'VERB';
    if (!MODAL_GAP.has(tokens[k].lower)) return false;
  }
  return false;
}

/** "in the event of", "in case of", "provided that", "as long as" anywhere in the sentence before position `until`. */
function multiWordConditional(tokens: readonly Token[], from: number, until: number): boolean {
  for (let i = from; i + 1 < until; i++) {
    const a = tokens[i].lower;
    const b = tokens[i + 1].lower;
    if (a === 'in' && (b === 'event' || b === 'case') && tokens[i + 2]?.lower === 'of') return true;
    if (a === 'in' && tokens[i + 2]?.lower === 'event' && tokens[i + 3]?.lower === 'of') return true;
    if (a === 'provided' && b === 'that') return true;
  }
  return false;
}

/** Whether each sentence is conditional, computed once: a sentence may hold thousands of figures. */
const conditionalSentences = new SentenceMemo<boolean>();

/** Conditionals govern the whole sentence: "X if Y" and "If Y, X". */
function isConditional(tokens: readonly Token[], s: Sentence): boolean {
  let known = conditionalSentences.get(s);
  if (known !== undefined) return known;
  known = false;
  for (let i = s.tokenStart; i < s.tokenEnd && !known; i++) {
    const w = tokens[i].lower;
    known = CONDITIONAL.has(w) && !(w === 'if' && (tokens[i - 1]?.lower === 'as' || tokens[i - 1]?.lower === 'whether' || tokens[i - 1]?.lower === 'asked'));
  }
  known ||= multiWordConditional(tokens, s.tokenStart, s.tokenEnd);
  conditionalSentences.set(s, known);
  return known;
}

/** Auxiliaries that open a yes/no question: "Were 300 people killed?" (a wh-question presupposes its figure). */
const QUESTION_AUX = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will',
  'would', 'should', 'may', 'might']);
/** Where a question quoted inside a sentence opens: 'She asked: "Were 300 killed?"'. */
const QUESTION_OPENERS = new Set([':', '"', '“', ';']);
/** Words that open an embedded yes/no question: "it is unclear whether 300 died", "asked if 300 had died". */
const WHETHER = new Set(['whether', 'if']);
/** Closing marks after a question's "?": 'Were 300 killed?"'. */
const CLOSERS = new Set(['"', '”', "'", '’', ')']);

/** Whether each sentence ends in "?", computed once: a sentence may hold thousands of figures. */
const askingSentences = new SentenceMemo<boolean>();

function endsAsking(tokens: readonly Token[], s: Sentence): boolean {
  let known = askingSentences.get(s);
  if (known !== undefined) return known;
  let last = s.tokenEnd - 1;
  while (last > s.tokenStart && CLOSERS.has(tokens[last].text)) last--;
  known = tokens[last]?.text === '?';
  askingSentences.set(s, known);
  return known;
}

/**
 * The figure at qa is asked about, not stated: a yes/no question ending in "?" ("Were 300 people killed?"), or an
 * embedded one in its clause ("it is not known whether 300 died", "asked if 300 had died"). Read through word-class
 * indexes and the sentence's last token, so a long line of figures costs each figure no scan.
 */
function isAsked(tokens: readonly Token[], s: Sentence, qa: number, ca: number): boolean {
  const { next } = wordClassIndex(tokens, WHETHER);
  for (let i = next[ca]; i < qa; i = next[i + 1]) {
    if (tokens[i].lower === 'whether' || tokens[i - 1]?.lower === 'asked') return true;
  }
  if (!endsAsking(tokens, s)) return false;
  const open = Math.max(ca, wordClassIndex(tokens, QUESTION_OPENERS).prev[qa] + 1);
  return QUESTION_AUX.has(tokens[open]?.lower ?? '');
}

/**
 * Modality of a figure at tokens [qa, qb) with its event word at `eventAt` (or -1), in clause [ca, cb) of sentence s.
 * A relative clause with a past or perfect verb asserts even inside a conditional sentence: "If they withdraw, the 60,000
 * soldiers that Russia has stationed there will advance" asserts that 60,000 are stationed.
 */
export function modalityOf(tokens: readonly Token[], s: Sentence, qa: number, qb: number, eventAt: number, ca: number, cb: number): Modality {
  const relative = relativeModality(tokens, qb, eventAt);
  if (relative) return relative;
  const modal = modalWords(tokens, s, qa, qb, ca, cb, eventAt);
  if (modal !== 'asserted') return modal;
  if (atRisk(tokens, qa, qb, cb)) return 'possibility';
  // "20,000 deaths were averted": what would have happened otherwise.
  if (averted(tokens, qa, qb, ca, cb)) return 'conditional';
  // "Were 300 killed?", "it is unclear whether 300 died": asked, not stated.
  if (isAsked(tokens, s, qa, ca)) return 'question';
  if (isBound(tokens, qa, qb, ca, cb)) return 'bound';
  // "hoped to draw 1 million", "demanded the release of 300", "guidance of $2 billion": wanted or planned. A known stated
  // figure ("plans to challenge the official figure of 250,000") stays asserted.
  if ((isWanted(tokens, qa, qb, ca) || wantedAfter(tokens, qa, qb, cb)) && !namesKnownFigure(tokens, qa)) return 'forecast';
  if (foreseenFigure(tokens, qa, qb, ca)) return 'forecast';
  if (pledgedSubject(tokens, qb, cb)) return 'forecast';
  return 'asserted';
}

/** Verbs of a promise to do something, said of the people a figure counts: "had pledged to attend", "signed up to march". */
const PLEDGE_VERBS = new Set(['pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed',
  'register', 'registered', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned']);
/** The promise verbs and "signed" (of "signed up"), for the word-class index. */
const PLEDGE_WORDS: ReadonlySet<string> = new Set([...PLEDGE_VERBS, 'signed']);
/** Words between the figure and its promise ("had", "already"), and between the promise and its "to" ("on Facebook"). */
const PLEDGE_GAP = 4;

/**
 * "Some 35,000 people had pledged on Facebook to attend the rally", "40,000 have signed up online to march": the people a
 * figure counts promised to do what the clause names; a promise, not what they did (round 30, probe30c).
 */
function pledgedSubject(tokens: readonly Token[], qb: number, cb: number): boolean {
  // Most figures have no such verb within reach: one look-up instead of reading the words after each figure.
  if (firstIn(wordClassIndex(tokens, PLEDGE_WORDS), qb, Math.min(cb, qb + PLEDGE_GAP + 1)) < 0) return false;
  let i = qb;
  while (i < cb && i < qb + PLEDGE_GAP && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV')) i++;
  const w = tokens[i]?.lower ?? '';
  const signed = w === 'signed' && tokens[i + 1]?.lower === 'up';
  if (!PLEDGE_VERBS.has(w) && !signed) return false;
  for (let k = i + (signed ? 2 : 1); k < Math.min(cb, i + 2 + PLEDGE_GAP); k++) {
    // "registered to vote" is the electorate, a standing fact (round 32); "registered to march" a promise.
    if (tokens[k].lower === 'to') return (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX') && tokens[k + 1].lower !== 'vote';
    if (tokens[k].text === ',' || tokens[k].type === 'number') return false;
  }
  return false;
}

/** Nouns whose "of" figure is foreseen, never measured: "expectations of 3.7%", "a forecast of 2.9%". */
const FORESEEING_NOUNS = new Set(['expectation', 'expectations', 'forecast', 'forecasts', 'projection', 'projections',
  'prediction', 'predictions', 'consensus']);
/** Estimates are foreseen when a result is set against them: "higher than estimates of 2.9%", "beat estimates of". */
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates']);
const AGAINST = new Set(['than', 'above', 'below', 'beat', 'beating', 'missed', 'missing', 'topped', 'exceeded', 'versus', 'vs']);
/** Words between the comparison and "estimates": "than analysts' estimates", "than the consensus estimate". */
const AGAINST_GAP = 3;

/** The last token of a percentage: a rate, which analysts' estimates foresee. */
const PERCENT_ENDS = new Set(['%', 'percent', 'pct']);

/**
 * The figure is the object of a forecast (round 28): "higher than expectations of 3.7%", "above a forecast of 0.2%",
 * and a rate "higher than estimates of 2.9%". A result set against what was foreseen; the foreseen figure is no rival
 * of the measured one. An estimate of a count ("than the first estimates of 2 million") is a claim of that count.
 */
function foreseenFigure(tokens: readonly Token[], qa: number, qb: number, ca: number): boolean {
  const at = hedgeStart(tokens, qa, ca);
  if (at - 2 < ca || tokens[at - 1].lower !== 'of') return false;
  const noun = tokens[at - 2].lower;
  if (FORESEEING_NOUNS.has(noun)) return true;
  if (!ESTIMATE_NOUNS.has(noun) || !PERCENT_ENDS.has(tokens[qb - 1]?.lower ?? '')) return false;
  for (let i = at - 3; i >= Math.max(ca, at - 3 - AGAINST_GAP); i--) if (AGAINST.has(tokens[i].lower)) return true;
  return false;
}

/** Determiners and prepositions before a noun "forecast": "in the forecast", "a forecast", "against forecasts". */
const NOUN_BEFORE = new Set(['DET', 'ADP']);

/** "forecast(s)" at i is a noun: after a determiner or a preposition, or set against a result ("beating forecasts"). */
function forecastNoun(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (w !== 'forecast' && w !== 'forecasts') return false;
  const before = tokens[i - 1];
  return !!before && (NOUN_BEFORE.has(before.pos) || AGAINST.has(before.lower));
}

/** Two-word phrases after a figure that put it at risk: "5,000 jobs at risk", "2 million people in danger". */
const AT_RISK = new Map([['at', 'risk'], ['under', 'threat'], ['in', 'danger']]);
/** One-word forms of the same: "300 jobs threatened by the closure". */
const THREATENED = new Set(['threatened', 'endangered', 'imperilled', 'imperiled']);
/** The words a risk is read from, looked up through the report's word-class index. */
const RISK_WORDS: ReadonlySet<string> = new Set([...AT_RISK.values(), ...THREATENED]);
/** How far after the figure such words stand: "up to 2 million people are at risk". */
const RISK_REACH = 6;

/**
 * "5,000 jobs at risk", "up to 2 million people are in danger", "300 jobs threatened by the closure", "a potential 5,000
 * job cuts": what may be lost, not what was.
 */
function atRisk(tokens: readonly Token[], qa: number, qb: number, cb: number): boolean {
  if (tokens[qa - 1]?.lower === 'potential') return true;
  const end = Math.min(cb, qb + RISK_REACH);
  if (firstIn(wordClassIndex(tokens, RISK_WORDS), qb, end + 1) < 0) return false;
  for (let i = qb; i < end; i++) {
    const w = tokens[i].lower;
    if (AT_RISK.get(w) === tokens[i + 1]?.lower || THREATENED.has(w)) return true;
    // "300 jobs were cut at a plant at risk": the figure's own verb ends the reach.
    if (!BE_FORMS.has(w) && (tokens[i].type !== 'word' || tokens[i].pos === 'VERB')) return false;
  }
  return false;
}

/** Verbs of harm that did not happen: "20,000 deaths were averted", "prevented 300 infections". */
const AVERTING = new Set(['averted', 'averting', 'avert', 'prevented', 'preventing', 'prevent', 'avoided', 'avoiding', 'avoid']);
/** How far before or after the figure such a verb stands. */
const AVERT_REACH = 4;

/**
 * The figure is what was averted: the object of a verb of averting ("prevented 300 deaths", "averting up to 20,000
 * infections"), or the subject of its passive or participle ("20,000 deaths were averted", "300 deaths prevented"). "A
 * bus carrying 60 children narrowly avoided disaster" avoided something else.
 */
function averted(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  if (firstIn(wordClassIndex(tokens, AVERTING), Math.max(ca, qa - AVERT_REACH), Math.min(cb, qb + AVERT_REACH)) < 0) return false;
  for (let i = qa - 1; i >= Math.max(ca, qa - AVERT_REACH); i--) if (AVERTING.has(tokens[i].lower) && objectReaches(tokens, i, qa)) return true;
  // "20,000 deaths in Norvania were averted": a place and "be" may stand between.
  for (let i = qb; i < Math.min(cb, qb + AVERT_REACH); i++) {
    const t = tokens[i];
    if (AVERTING.has(t.lower)) return t.lower.endsWith('ed');
    if (!BE_FORMS.has(t.lower) && t.lower !== 'in' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/** Words of the subject of a relative clause with no pronoun: "the 60% [the ministry] had hoped for". */
const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'AUX', 'ADV']);
/** How far after the figure the verb of such a clause stands. */
const WANTED_AFTER_REACH = 5;

/** A wanting word after the figure takes the word its kind needs: "had hoped for", "threatened to send". */
function wantsAfter(tokens: readonly Token[], i: number, kind: string): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (kind === 'to') return next === 'to';
  if (kind === 'for') return next === 'for';
  return kind === 'object' || kind === 'value';
}

/**
 * "the 60% the ministry had hoped for", "the 10,000 troops that Norvania threatened to send", "the 500,000 organizers
 * had expected": a definite figure whose relative clause wants, plans or foresees it.
 */
function wantedAfter(tokens: readonly Token[], qa: number, qb: number, cb: number): boolean {
  if (tokens[qa - 1]?.lower !== 'the') return false;
  let i = qb;
  if (RELATIVE.has(tokens[i]?.lower ?? '')) i++;
  for (const end = Math.min(cb, qb + WANTED_AFTER_REACH); i < end; i++) {
    const w = tokens[i].lower;
    // "the 31,000 civilians called up" were called, for nothing wanted: a wanting word takes what its kind needs.
    if (WANTING.has(w) && wantsAfter(tokens, i, WANTING.get(w)!)) return true;
    if (FORECAST.has(w) && w !== 'set' && w !== 'going') return true;
    if (!SUBJECT_POS.has(tokens[i].pos)) return false;
  }
  return false;
}

/**
 * A relative clause after the figure with a past or perfect verb ("the 60,000 soldiers that Russia has stationed there")
 * states a fact even inside a conditional: only modal words inside it weaken it. Null when no such clause governs.
 */
function relativeModality(tokens: readonly Token[], qb: number, eventAt: number): Modality | null {
  if (eventAt < qb) return null;
  let rel = -1;
  for (let i = qb; i < eventAt; i++) if (RELATIVE.has(tokens[i].lower)) rel = i;
  if (rel < 0 || !isPast(tokens, eventAt)) return null;
  for (let i = rel; i < eventAt; i++) {
    if (POSSIBILITY.has(tokens[i].lower)) return 'possibility';
    if (FORECAST.has(tokens[i].lower)) return 'forecast';
  }
  return 'asserted';
}

/** Tokens back from a figure to the relative pronoun of the clause that holds it: "which according to the board stood at". */
const HOLDING_RELATIVE_REACH = 10;
/** Tokens after a figure within which its relative clause closes: "which released a count of 6,410, cautioned". */
const RELATIVE_CLOSE_REACH = 8;
/** Marks that close a relative clause after its figure; "and"/"but" close it before a verb of another predicate. */
const RELATIVE_ENDS = new Set([',', ')', ';', '\u2014', '\u2013']);
const PREDICATE_JOINS = new Set(['and', 'but']);

/**
 * Round 43 (modality43): the figure stands in a relative clause whose own verb, before the figure, is past or perfect
 * ("the registry, which released a count of 6,400, cautioned the count might change", "the outbreak that has claimed 724
 * lives and is expected to spread"): a modal after the clause closes governs the sentence around it, not the figure. A
 * modal inside the clause ("which could reach 40") keeps it out.
 */
function inAssertingRelative(tokens: readonly Token[], qa: number, ca: number): boolean {
  // The nearest modal word, comma, colon, clause opener or relative pronoun before the figure, in one look-up: only a
  // relative there opens the figure's own clause.
  const rel = wordClassIndex(tokens, MODAL).prev[qa];
  if (rel < Math.max(ca, qa - HOLDING_RELATIVE_REACH) || !RELATIVE.has(tokens[rel].lower)) return false;
  return statesPast(tokens, rel, qa);
}

/** A past, perfect or irregular past verb between the relative at rel and the figure: "which stood at", "that has claimed". */
function statesPast(tokens: readonly Token[], rel: number, qa: number): boolean {
  for (let i = rel + 1; i < qa; i++) if (PAST_IRREGULAR.has(tokens[i].lower)) return true;
  return assertsEmbedded(tokens, rel, qa);
}

/** Where the relative clause holding the figure ends after it: a comma or dash, or "and"/"but" before another verb. */
function relativeClose(tokens: readonly Token[], qb: number, cb: number): number {
  for (let k = qb; k < Math.min(cb, qb + RELATIVE_CLOSE_REACH); k++) {
    if (RELATIVE_ENDS.has(tokens[k].lower)) return k;
    const next = tokens[k + 1];
    if (PREDICATE_JOINS.has(tokens[k].lower) && next && (next.pos === 'AUX' || next.pos === 'VERB')) return k;
  }
  return cb;
}

/** The modal words of the figure's sentence and clause: conditional, possibility, forecast, else asserted. */
function modalWords(tokens: readonly Token[], s: Sentence, qa: number, qb: number, ca: number, cb: number, eventAt: number): Modality {
  if (isConditional(tokens, s)) return 'conditional';
  // Modal words govern their clause; "is expected to", "plans to" and "will" make a forecast.
  let possible = false;
  let forecast = false;
  const { next } = wordClassIndex(tokens, MODAL);
  const known = namesKnownFigure(tokens, qa);
  // A relative clause that states the figure: the modals after it govern the sentence around it.
  const end = inAssertingRelative(tokens, qa, ca) ? relativeClose(tokens, qb, cb) : cb;
  for (let i = next[ca]; i < end; i = next[i + 1]) {
    if (known && i < qa) continue;
    const w = tokens[i].lower;
    // "1 million marched to oppose a bill that would allow ...", "Acme, which employs 12,000, said it would cut": a
    // modal after the figure, its verb and a relative pronoun or comma governs another clause.
    if (i >= qb && i > eventAt && (RELATIVE.has(w) || (w === ',' && tokens[eventAt]?.pos === 'VERB'))) break;
    // "there were almost half a million: that was perhaps the largest ever": a colon after the figure opens a comment
    // on it, whose modal words do not weaken the figure.
    if (w === ':') {
      if (i >= qb) break;
      // Round 44: "Families will mourn them: as many as 80 people have been killed": a colon before the figure opens a
      // clause of its own when the figure's verb after it is past or perfect; the modals before the colon are not its.
      if (eventAt >= qb && isPast(tokens, eventAt)) possible = forecast = false;
      continue;
    }
    // "will have to explain why turnout was 99%": the modal governs the explaining, not the figure.
    if (EMBEDDED.has(w) || SUBORDINATE.has(w)) {
      if (i < qa && assertsEmbedded(tokens, i, qa)) possible = forecast = false;
      continue;
    }
    if (w === 'going' && tokens[i + 1]?.lower !== 'to') continue;
    // "is set to stay in power for six more years", "are poised to cut 500 jobs": a plan, not a fact; "set a record" is.
    if ((w === 'set' || w === 'poised') && (tokens[i + 1]?.lower !== 'to' || !BE_FORMS.has(tokens[i - 1]?.lower ?? ''))) continue;
    // "had expected 500,000", "the planned 5,000 job cuts": the figure is the object of the plan.
    if ((w === 'expected' || w === 'planned' || w === 'target' || w === 'targets') && tokens[i + 1]?.lower !== 'to'
      && !(w.endsWith('ed') && objectReaches(tokens, i, qa))) continue;
    if (w === 'likely' && tokens[i + 1]?.lower !== 'to') continue;
    if (w === 'can' && tokens[i + 1]?.lower !== 'be') continue;
    // "May 2", "in May": the month, not the modal.
    if (w === 'may' && (tokens[i].text === 'May' && i > s.tokenStart || tokens[i + 1]?.type === 'number' || tokens[i - 1]?.lower === 'in')) continue;
    if (w === 'could' && tokens[i + 1]?.lower === 'not') continue;
    // "raising the toll to 20 amid a hurricane in the forecast", "rose 3%, beating forecasts": the noun after the
    // figure names a forecast of something else, or the yardstick of a result; it does not make the figure foreseen.
    if (i >= qb && forecastNoun(tokens, i)) continue;
    // "It should be recalled that police put attendance at 60,000": a remark on the telling, not a modal of the figure.
    if (i < qa && isRemarkFrame(tokens, i)) continue;
    // "the toll of 2,100 seemed likely to rise further", "40 dead, a toll expected to climb": a modal after the figure
    // that governs a change speaks of what the figure will become; the figure itself is stated.
    if (i >= qb && (POSSIBILITY.has(w) || FORECAST.has(w)) && governsChange(tokens, i, cb)) continue;
    if (i < qa && (POSSIBILITY.has(w) || FORECAST.has(w)) && (changeInRelativeBefore(tokens, i, qa) || changeJoinedBefore(tokens, i, qa))) continue;
    // "could only confirm 164 rescued": what someone was able to state, in the past, is stated.
    if (w === 'could' && ABLE_TO_STATE.has(tokens[tokens[i + 1]?.lower === 'only' ? i + 2 : i + 1]?.lower ?? '')) continue;
    if (i < qa && (estimatesPast(tokens, i) || claimsTrueResult(tokens, i))) {
      // "could have reached 7% without the trade war": what would have been had something not happened.
      if (counterfactual(tokens, s.tokenStart, ca, cb)) return 'conditional';
      continue;
    }
    if (POSSIBILITY.has(w)) possible = true;
    else if (FORECAST.has(w)) forecast = true;
  }
  if (possible) return 'possibility';
  if (forecast) return 'forecast';
  return 'asserted';
}
