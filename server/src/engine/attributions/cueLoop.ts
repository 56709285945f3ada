// The cue loop over one unit's tokens, in steps by kind of cue. Each step returns the token to resume after (the loop
// moves one past it) once it has acted on token i, or PASS to let the next step look; the order is the rules' order.
import type { Token } from '../types';
import { APPEARANCE_FORMS, IMPRESSION_FORMS, CUE_OPENERS, type CueInfo, finiteCue, FILING_FORMS, GO_ON_FORMS, ISSUE_FORMS, ISSUED_DOCUMENTS, PUBLISH_FORMS, lemmaCue, evidenceParticipleCue, MAKE_FORMS, LOOSE_FORMS, participleCue, phrasalCue, idiomCue, selfPresentationCue, opensSignShown, opensViewAs, signShownCue, POST_FORMS, POSTED, postedToPlatform, passivePost, STANCE_ADJECTIVES, VOICED_NOUNS, TALK_PARTICIPLES, TITLE_PRESENT_FORMS, topicCue, viewAsCue, VOICED_STANCES } from './cues';
import { isCap, isWord, type Unit } from './scan';
import { unnamedSource } from './sources';
import { clauseEnd } from './clauses';
import { openingAskedAt, whenAskedAt, voicedNounAt, speechActAt, issuedAt, issuedNounAt, filedAt, goOnVerb, stanceAdjectiveAt, numberBefore, appearanceAt, likenessAt, verbSlot, openingSaying } from './constructions';
import { frameAt, openingFrameAt, lookBackAt, viewpointFrameAt } from './frames';
import { pluralSubjectBefore, looseAt, evidenceAt } from './loose';
import { talkParticipleAt, progressiveAt, participleAt, evidenceParticipleAt } from './participles';
import { invertedOpening } from './quotations';
import { cueAt } from './reading';
import { type Found, type ReportState, type Frame, tokAt, wordsAfter, insideContent, spanOrNull, span } from './report';
import { personAt } from './subjects';
import { titleCueAt, titleCase } from './titles';
import { SPEECH_ACT } from './words';
import { ASKED_OPENERS } from '../text/subordinators';

/** Particles of phrasal cues ("lashed out", "pushed back") and the prepositions that open their object. */
const PARTICLES = new Set(['out', 'back']);
const PARTICLE_PREPS = new Set(['at', 'against', 'on', 'about']);

/** Cues that title-case headlines capitalize ("Trump Says ...", "Clinton Slams ..."); none of them names a body. */
const TITLE_CUES = new Set(['says', 'said', 'tells', 'told', 'thinks', 'wants', 'vows', 'denies', 'admits', 'warns',
  'urges', 'slams', 'insists', 'predicts', 'believes', 'suggests', 'argues', 'endorses', 'criticizes', 'accuses', 'blames',
  'rejects', 'defends', 'praises', 'mocks', 'questions', 'demands', 'claims', 'explains', 'reveals', 'describes', 'shows', 'finds',
  ...TITLE_PRESENT_FORMS]);
/**
 * Every word the cue loop acts on (a cue's first word, "according", "asked", "in", "as", "reportedly", make/go-on forms,
 * title cues, verbs of appearance): the others, most words, are passed over with one look-up instead of one per kind of cue.
 */
const LOOP_WORDS: ReadonlySet<string> = new Set([...CUE_OPENERS, 'according', 'asked', 'in', 'as', 'reportedly', ...MAKE_FORMS, ...GO_ON_FORMS, ...ISSUE_FORMS,
  ...FILING_FORMS, ...TITLE_CUES, ...APPEARANCE_FORMS, ...IMPRESSION_FORMS, ...TALK_PARTICIPLES.keys(), ...VOICED_NOUNS.keys()]);

/** A filing's claim: its object, a clause of its own ("alleging ...") or an infinitive ("to stop the sale"). */
const FILING: CueInfo = { ...SPEECH_ACT, lemma: 'file', forwardOnly: true };

/** Bare present forms that report after a plural subject ("experts say", "most voters want", "economists expect"). */
const PLURAL_LOOSE = new Set(['say', 'think', 'believe', 'want', 'fear', 'worry', 'expect', 'prefer', 'oppose', 'doubt']);

/** Subordinators before a mid-sentence "asked" that put a question to the subject ("she said when asked whether"). */
const WHEN_ASKED: ReadonlySet<string> = new Set(ASKED_OPENERS);

/** A step's answer when it did not act on the token. */
const PASS = -2;

/** What the cue loop keeps for one unit: what it found, the relay frames it read, and tokens a frame claimed. */
export interface UnitState {
  u: Unit;
  /** The unit's index (0: the report's first line). */
  ui: number;
  /** Whether the unit is the report's opening line on its own: its headline. */
  headline: boolean;
  found: Found[];
  frames: Frame[];
  claimed: Set<number>;
}

/** Reads every cue of one unit into `s.found` and its relay frames into `s.frames`. */
export function readCues(rep: ReportState, s: UnitState): void {
  const { toks } = rep;
  const { u } = s;
  for (let i = u.a; i < u.b; i++) {
    const t = toks[i];
    // "to" is acted on only where it opens the unit (a viewpoint, `viewpointFrameAt`): it is too common to loop on.
    if (!isWord(t) || !(LOOP_WORDS.has(t.lower) || (i === u.a && t.lower === 'to'))) continue;
    let next = framedCue(rep, s, i, t);
    if (next === PASS) next = verbPhraseCue(rep, s, i, t);
    if (next === PASS) next = idiomaticCue(rep, s, i, t);
    if (next === PASS) next = headlineOrMannerCue(rep, s, i, t);
    if (next === PASS) next = verbCue(rep, s, i, t);
    if (next !== PASS) i = next;
  }
}

/** Frames around a clause: "according to", "asked", an opening "In a ... poll,", a look-back "As she said", "as reported by". */
function framedCue(rep: ReportState, s: UnitState, i: number, t: Token): number {
  const { toks, read } = rep;
  const { u, found, frames, claimed } = s;
  if (t.lower === 'according' && i + 1 < u.b && toks[i + 1].lower === 'to') {
    const fr = frameAt(rep, i, i + 2, u);
    if (fr) { frames.push(fr); read[i] = 1; return fr.after - 1; }
    return i;
  }
  if (t.lower === 'asked' && i <= u.a + 1) {
    const f = openingAskedAt(toks, i, u);
    if (f) { found.push(f); return i; }
  }
  if (t.lower === 'asked' && i > u.a + 1 && WHEN_ASKED.has(toks[i - 1].text)) {
    const f = whenAskedAt(toks, i, u);
    if (f) { found.push(f); return i; }
  }
  if (i === u.a && t.lower === 'in') {
    const f = openingFrameAt(rep, i, u);
    if (f) { found.push(f); return tokAt(toks, f.content.start) - 1; }
  }
  if (i === u.a && t.lower === 'to') {
    const f = viewpointFrameAt(rep, i, u);
    if (f) { found.push(f); return tokAt(toks, f.content.start) - 1; }
  }
  if (t.lower === 'as' && i + 2 < u.b && toks[i + 1].lower !== 'reported') {
    const lb = lookBackAt(rep, i, u);
    if (lb) { found.push(lb.found); return lb.ce - 1; }
  }
  if (t.lower === 'as' && i + 2 < u.b && toks[i + 1].lower === 'reported' && toks[i + 2].lower === 'by') {
    const fr = frameAt(rep, i, i + 3, u);
    if (fr) { frames.push(fr); claimed.add(i + 1); return fr.after - 1; }
    return i;
  }
  return PASS;
}

/** Verb phrases that report: a speech act made ("made the case"), a document issued or filed, "went on to say". */
function verbPhraseCue(rep: ReportState, s: UnitState, i: number, t: Token): number {
  const { toks } = rep;
  const { u, ui, found } = s;
  if (MAKE_FORMS.has(t.lower) && !isCap(t)) {
    const act = speechActAt(toks, i, u);
    if (act) {
      const f = cueAt(rep, i, act.info, u, ui, act.ce);
      if (f) { found.push(f); return act.ce - 1; }
    }
  }
  if (ISSUE_FORMS.has(t.lower) && !isCap(t)) {
    const ce = issuedAt(toks, i, u);
    // "released a statement on Friday": with nothing said after it, a published document is itself what was said.
    const doc = PUBLISH_FORMS.has(t.lower) && ISSUED_DOCUMENTS.has(toks[issuedNounAt(toks, i, u)]?.lower ?? '');
    const said = ce > 0 ? cueAt(rep, i, SPEECH_ACT, u, ui, ce) : null;
    const f = said ?? (doc ? cueAt(rep, i, SPEECH_ACT, u, ui) : null);
    if (f) { found.push(f); return said ? ce - 1 : i; }
  }
  if (FILING_FORMS.has(t.lower) && !isCap(t)) {
    const ce = filedAt(toks, i, u);
    const f = ce > 0 ? cueAt(rep, i, FILING, u, ui, ce) : null;
    if (f) { found.push(f); return ce - 1; }
  }
  if (GO_ON_FORMS.has(t.lower) && !isCap(t)) {
    const v = goOnVerb(toks, i, u);
    const f = v > 0 ? cueAt(rep, i, lemmaCue(toks[v].lower)!, u, ui, v + 1) : null;
    if (f) { found.push(f); return v; }
  }
  return PASS;
}

/** Self-presentations, idioms, stance adjectives, "see X as", phrasal cues. */
function idiomaticCue(rep: ReportState, s: UnitState, i: number, t: Token): number {
  const { toks } = rep;
  const { u, ui, found } = s;
  // "cast himself as the outsider", "distanced herself from the plan".
  const self = i + 3 < u.b && !isCap(t) ? selfPresentationCue(t.lower, toks[i + 1].lower, toks[i + 2].lower) : undefined;
  if (self) {
    const f = cueAt(rep, i, self, u, ui, i + 3);
    if (f) { found.push(f); return i + 2; }
  }
  // "took aim at the tax", "takes issue with the ruling".
  const idiom = i + 3 < u.b && !isCap(t) ? idiomCue(t.lower, toks[i + 1].lower, toks[i + 2].lower) : undefined;
  if (idiom) {
    const f = cueAt(rep, i, idiom, u, ui, i + 3);
    if (f) { found.push(f); return i + 2; }
  }
  // "showed no sign of giving way": holding out is a stance, whoever shows it (the finite "show" wants data).
  // The words after are read only past the first word's test: this runs at every cue word of the report.
  const sign = isCap(t) || !opensSignShown(t.lower) ? undefined : signShownCue(wordsAfter(toks, i, u.b, 5));
  if (sign) {
    const f = cueAt(rep, i, sign.info, u, ui, i + sign.length);
    if (f) { found.push(f); return i + sign.length - 1; }
  }
  // "posted a photo on Instagram": a post to a social platform is the poster's act, whatever it carries.
  if (!isCap(t) && POST_FORMS.has(t.lower) && !passivePost(toks[i - 1]?.lower) && postedToPlatform(wordsAfter(toks, i + 1, u.b, 12))) {
    const f = cueAt(rep, i, POSTED, u, ui, i + 1);
    if (f) { found.push(f); return i; }
  }
  // "complaints that the course was noisy", "praise for the plan": a voiced noun, held by its owner or no one named.
  if (!isCap(t) && VOICED_NOUNS.has(t.lower)) {
    const f = voicedNounAt(rep, i, u);
    if (f) { found.push(f); return i; }
  }
  // "has been critical of the deal", "is adamant that ...": a stance adjective after a form of "be".
  const stanceNext = isCap(t) ? undefined : STANCE_ADJECTIVES.get(t.lower);
  if (stanceNext) {
    const f = stanceAdjectiveAt(rep, i, stanceNext, u, ui);
    if (f) { found.push(f); return tokAt(toks, f.cue.end) - 1; }
    return i;
  }
  // "voters see Sanders as electable": the view is the object and what it is seen as.
  const view = isCap(t) || !opensViewAs(t.lower) ? undefined : viewAsCue(t.lower, wordsAfter(toks, i + 1, u.b, 7));
  if (view) {
    const f = cueAt(rep, i, view, u, ui);
    if (f) { found.push(f); return i; }
  }
  const ph = i + 1 < u.b ? phrasalCue(t.lower, toks[i + 1].lower) : undefined;
  if (ph && !isCap(t) && (!ph.homograph || !numberBefore(toks, i, u))) {
    // "lashed out at critics", "spoke out against the merger": a preposition after the particle joins the cue.
    const ce = i + 2 < u.b && PARTICLES.has(toks[i + 1].lower) && PARTICLE_PREPS.has(toks[i + 2].lower) ? i + 3 : i + 2;
    const f = cueAt(rep, i, ph, u, ui, ce);
    if (f) found.push(f);
    return i + 1;
  }
  return PASS;
}

/** Headline cues, "reportedly", appearances and impressions, talk participles, an inverted opening cue. */
function headlineOrMannerCue(rep: ReportState, s: UnitState, i: number, t: Token): number {
  const { toks } = rep;
  const { u, headline, found } = s;
  // A sentence-case headline ("Mayor calls recount 'a farce'", "Hale hints at run"): a present form right after a
  // name reports the rest of the line, as a title-case one does.
  if (headline && !isCap(t) && i > u.a && isCap(toks[i - 1]) && t.lower.endsWith('s') && TITLE_PRESENT_FORMS.has(t.lower)
    && !insideContent(found, t)) {
    const f = titleCueAt(rep, i, u);
    if (f) { found.push(f); return i; }
  }
  // A title-case headline ("Sanders Says He Has Started Writing His Address"): the cue is capitalized too.
  // A cue word inside what an earlier title cue reports is part of the report ("Trump Says He Never Pledged To ...").
  if (isCap(t) && i > u.a && TITLE_CUES.has(t.lower) && titleCase(toks, u) && !insideContent(found, t)) {
    const f = titleCueAt(rep, i, u);
    if (f) found.push(f);
    return i;
  }
  // "Trump reportedly wants Tyson at the convention": hearsay whose holder goes unnamed (PolNeAR train: 66 %).
  // Before a cue of its own ("reportedly told aides") it is only that cue's manner.
  if (t.text === 'reportedly' && i > u.a && i + 1 < u.b && isWord(toks[i + 1]) && !finiteCue(toks[i + 1].lower) &&
    !(i + 2 < u.b && phrasalCue(toks[i + 1].lower, toks[i + 2].lower))) {
    const content = spanOrNull(toks, i + 1, clauseEnd(toks, i + 1, u.b));
    if (content) found.push({ source: unnamedSource(t.start), cue: span(toks, i, i + 1), content, via: [], at: i });
    return i;
  }
  if (APPEARANCE_FORMS.has(t.text)) {
    const f = appearanceAt(rep, i, u);
    if (f) { found.push(f); return i; }
  }
  if (IMPRESSION_FORMS.has(t.text)) {
    const f = likenessAt(rep, i, i + 1, u);
    if (f) { found.push(f); return i; }
  }
  if (TALK_PARTICIPLES.has(t.text)) {
    const f = talkParticipleAt(rep, i, u);
    if (f) { found.push(f); return i + 1; }
  }
  // 'Said Dana Hale, "..."': a capitalized cue opening the sentence, only with its speaker and a quotation after.
  if (i === u.a && isCap(t) && t.text.slice(1) === t.text.slice(1).toLowerCase()) {
    const open = finiteCue(t.lower);
    const f = open ? invertedOpening(rep, i, i + 1, open, u) : null;
    if (f) { found.push(f); return i; }
  }
  return PASS;
}

/** A finite cue ("said", "warned of") or a participle one ("saying", "is suggesting"). */
function verbCue(rep: ReportState, s: UnitState, i: number, t: Token): number {
  const { toks } = rep;
  const { u, ui, found, claimed } = s;
  // A capitalized "Warning" or "Reports" inside a name is no cue, nor a hyphenated adjective ("court-ordered").
  const fin = isCap(t) || (i > u.a && toks[i - 1].text === '-' && toks[i - 1].end === t.start) ? undefined : finiteCue(t.lower);
  if (fin && !claimed.has(i) && (!fin.homograph || verbSlot(toks, i, u))) {
    const loose = LOOSE_FORMS.has(t.lower) || (PLURAL_LOOSE.has(t.lower) && pluralSubjectBefore(toks, i, u));
    // "warned of the risk", "joked about moving": the preposition's object is what was said.
    const topic = i + 2 < u.b ? topicCue(t.lower, toks[i + 1].lower) : undefined;
    const f = (topic ? cueAt(rep, i, topic, u, ui, i + 2) : null) ?? cueAt(rep, i, fin, u, ui) ?? (loose ? looseAt(rep, i, fin, u) : evidenceAt(rep, i, fin, u));
    const purchase = fin.lemma === 'order' && i + 1 < u.b && (toks[i + 1].type === 'number' || toks[i + 1].pos === 'NUM');
    if (f && (!fin.personObject || personAt(rep, i + 1, u)) && !purchase) found.push(f);
    return i;
  }
  const part = isCap(t) && !openingSaying(toks, i, u) ? undefined : participleCue(t.lower);
  if (part) {
    // "Sanders is suggesting he beat expectations", "advisers have been urging the governor to ...": a progressive
    // reads like the finite cue, with the subject before the form of "be".
    // Backing and support in the progressive ("who is supporting Rubio") are as often a state as a statement.
    const voiced = !part.forwardOnly || VOICED_STANCES.has(part.lemma);
    const f = (voiced && progressiveAt(toks, i, u) ? cueAt(rep, i, lemmaCue(part.lemma) ?? part, u, ui) : null) ?? participleAt(rep, i, part, u, found);
    if (f) found.push(f);
    return PASS;
  }
  // "with polls showing a close race": a data cue's participle speaks only in an absolute phrase.
  const data = isCap(t) ? undefined : evidenceParticipleCue(t.lower);
  if (data) {
    const f = evidenceParticipleAt(rep, i, data, u);
    if (f) found.push(f);
  }
  return PASS;
}
