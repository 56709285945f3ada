// Who said or reported what, and through whom (a PARC-style reading: source, cue, content, relays).
// One left-to-right pass over sentence-like units; every look-around is bounded, so the pass is linear.
import { APPEARANCE_FORMS, IMPRESSION_FORMS, CUE_OPENERS, type CueInfo, finiteCue, FILING_FORMS, GO_ON_FORMS, ISSUE_FORMS, ISSUED_DOCUMENTS, PUBLISH_FORMS, lemmaCue, MAKE_FORMS, LOOSE_FORMS, participleCue, phrasalCue, idiomCue, selfPresentationCue, STANCE_ADJECTIVES, TALK_PARTICIPLES, TITLE_PRESENT_FORMS, topicCue, viewAsCue, VOICED_STANCES } from './cues';
import type { Attribution, AttributionSource, EntityMention, PreparedText, Range, TextSpan } from '../types';
import { buildUnits, findQuotes, isCap, isNewline, isWord } from './scan';
import { indexQuotes } from './quoteIndex';
import { namesSource, type ResolvedSource, SourceResolver, unnamedSource } from './sources';
import { datelineAt } from './dateline';
import { recognizeHeadlines } from './headlines';
import { clauseEnd } from './clauses';
import { openingAskedAt, whenAskedAt, speechActAt, issuedAt, issuedNounAt, filedAt, goOnVerb, stanceAdjectiveAt, numberBefore, appearanceAt, likenessAt, verbSlot, openingSaying } from './constructions';
import { frameAt, openingFrameAt, lookBackAt } from './frames';
import { pluralSubjectBefore, looseAt, evidenceAt } from './loose';
import { talkParticipleAt, progressiveAt, participleAt } from './participles';
import { invertedOpening, colonQuoteAt, namedInQuote, clipToQuote, speakFirstPerson } from './quotations';
import { cueAt } from './reading';
import { type Found, type ReportState, type Frame, tokAt, wordsAfter, insideContent, spanOrNull, span } from './report';
import { cueInfo, settle, cueLemma, firstPerson, firstPersonReports, retoldSaying, deniedOrDescribed } from './settle';
import { personAt } from './subjects';
import { titleCueAt, titleCase } from './titles';
import { unreadSayings } from './unread';
import { SPEECH_ACT } from './words';

export { datelineAt, type Dateline } from './dateline';

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
  ...FILING_FORMS, ...TITLE_CUES, ...APPEARANCE_FORMS, ...IMPRESSION_FORMS, ...TALK_PARTICIPLES.keys()]);

/** A headline is a short line: the opening line of a report runs past this only when it is running text. */
const MAX_HEADLINE_TOKENS = 25;

/** A filing's claim: its object, a clause of its own ("alleging ...") or an infinitive ("to stop the sale"). */
const FILING: CueInfo = { ...SPEECH_ACT, lemma: 'file', forwardOnly: true };

/** Bare present forms that report after a plural subject ("experts say", "most voters want", "economists expect"). */
const PLURAL_LOOSE = new Set(['say', 'think', 'believe', 'want', 'fear', 'worry', 'expect', 'prefer', 'oppose', 'doubt']);

/** Cues that name how something was voiced ("expressed concern"): beside a saying of the same speaker they are its manner. */
const EXPRESSIVE = new Set(['express']);
/** Subordinators before a mid-sentence "asked" that put a question to the subject ("she said when asked whether"). */
const WHEN_ASKED = new Set(['when', 'after', 'once', 'if']);

export function recognizeAttributions(prepared: PreparedText, entities: EntityMention[]): Attribution[] {
  const toks = prepared.tokens;
  const text = prepared.text;
  if (!toks.length) return [];
  const units = buildUnits(prepared);
  const quotes = findQuotes(prepared);
  // The quotation each token stands inside (quotations do not nest once paired), for cues quoted by another speaker.
  const { byClose: quoteByClose, byOpen: quoteByOpen, around: quoteAround } = indexQuotes(quotes, toks.length);
  const resolver = new SourceResolver(toks, text, entities);
  const out: Found[] = [];
  // Tokens some frame read as a cue: one flag per token (a set of numbers cost 10 MB per MB of quotations).
  const read = new Uint8Array(toks.length);
  const claimedInUnit = new Set<number>();
  // Outlets, for relays named around the cue ("told TASS that", "in an interview with CNN, X said").
  const outlets = entities.filter(m => m.kind === 'outlet');
  const personStarts = new Set(entities.filter(m => m.kind === 'person').map(m => m.start));
  const rep: ReportState = { toks, text, units, quoteByClose, quoteByOpen, quoteAround, resolver, read, outlets, personStarts };

  for (let ui = 0; ui < units.length; ui++) {
    // A wire dateline ("LONDON, March 3 (Reuters) -") is no part of the sentence it opens.
    const dl = datelineAt(toks, text, units[ui].a, units[ui].b);
    if (dl) units[ui] = { a: dl.end, b: units[ui].b };
    const u = units[ui];
    // The report's opening line on its own, short: its headline, whatever its case.
    const headline = ui === 0 && u.b - u.a <= MAX_HEADLINE_TOKENS && (u.b >= toks.length || isNewline(toks[u.b]));
    const found: Found[] = [];
    const frames: Frame[] = [];
    // One set for every unit, emptied per unit: a new set per sentence cost some 10 MB per MB of short sentences.
    const claimed = claimedInUnit;
    claimed.clear();

    for (let i = u.a; i < u.b; i++) {
      const t = toks[i];
      if (!isWord(t) || !LOOP_WORDS.has(t.lower)) continue;
      if (t.lower === 'according' && i + 1 < u.b && toks[i + 1].lower === 'to') {
        const fr = frameAt(rep, i, i + 2, u);
        if (fr) { frames.push(fr); read[i] = 1; i = fr.after - 1; }
        continue;
      }
      if (t.lower === 'asked' && i <= u.a + 1) {
        const f = openingAskedAt(toks, i, u);
        if (f) { found.push(f); continue; }
      }
      if (t.lower === 'asked' && i > u.a + 1 && WHEN_ASKED.has(toks[i - 1].text)) {
        const f = whenAskedAt(toks, i, u);
        if (f) { found.push(f); continue; }
      }
      if (i === u.a && t.lower === 'in') {
        const f = openingFrameAt(rep, i, u);
        if (f) { found.push(f); i = tokAt(toks, f.content.start) - 1; continue; }
      }
      if (t.lower === 'as' && i + 2 < u.b && toks[i + 1].lower !== 'reported') {
        const lb = lookBackAt(rep, i, u);
        if (lb) { found.push(lb.found); i = lb.ce - 1; continue; }
      }
      if (t.lower === 'as' && i + 2 < u.b && toks[i + 1].lower === 'reported' && toks[i + 2].lower === 'by') {
        const fr = frameAt(rep, i, i + 3, u);
        if (fr) { frames.push(fr); claimed.add(i + 1); i = fr.after - 1; }
        continue;
      }
      if (MAKE_FORMS.has(t.lower) && !isCap(t)) {
        const act = speechActAt(toks, i, u);
        if (act) {
          const f = cueAt(rep, i, act.info, u, ui, act.ce);
          if (f) { found.push(f); i = act.ce - 1; continue; }
        }
      }
      if (ISSUE_FORMS.has(t.lower) && !isCap(t)) {
        const ce = issuedAt(toks, i, u);
        // "released a statement on Friday": with nothing said after it, a published document is itself what was said.
        const doc = PUBLISH_FORMS.has(t.lower) && ISSUED_DOCUMENTS.has(toks[issuedNounAt(toks, i, u)]?.lower ?? '');
        const said = ce > 0 ? cueAt(rep, i, SPEECH_ACT, u, ui, ce) : null;
        const f = said ?? (doc ? cueAt(rep, i, SPEECH_ACT, u, ui) : null);
        if (f) { found.push(f); if (said) i = ce - 1; continue; }
      }
      if (FILING_FORMS.has(t.lower) && !isCap(t)) {
        const ce = filedAt(toks, i, u);
        const f = ce > 0 ? cueAt(rep, i, FILING, u, ui, ce) : null;
        if (f) { found.push(f); i = ce - 1; continue; }
      }
      if (GO_ON_FORMS.has(t.lower) && !isCap(t)) {
        const v = goOnVerb(toks, i, u);
        const f = v > 0 ? cueAt(rep, i, lemmaCue(toks[v].lower)!, u, ui, v + 1) : null;
        if (f) { found.push(f); i = v; continue; }
      }
      // "cast himself as the outsider", "distanced herself from the plan".
      const self = i + 3 < u.b && !isCap(t) ? selfPresentationCue(t.lower, toks[i + 1].lower, toks[i + 2].lower) : undefined;
      if (self) {
        const f = cueAt(rep, i, self, u, ui, i + 3);
        if (f) { found.push(f); i += 2; continue; }
      }
      // "took aim at the tax", "takes issue with the ruling".
      const idiom = i + 3 < u.b && !isCap(t) ? idiomCue(t.lower, toks[i + 1].lower, toks[i + 2].lower) : undefined;
      if (idiom) {
        const f = cueAt(rep, i, idiom, u, ui, i + 3);
        if (f) { found.push(f); i += 2; continue; }
      }
      // "has been critical of the deal", "is adamant that ...": a stance adjective after a form of "be".
      const stanceNext = isCap(t) ? undefined : STANCE_ADJECTIVES.get(t.lower);
      if (stanceNext) {
        const f = stanceAdjectiveAt(rep, i, stanceNext, u, ui);
        if (f) { found.push(f); i = tokAt(toks, f.cue.end) - 1; }
        continue;
      }
      // "voters see Sanders as electable": the view is the object and what it is seen as.
      const view = isCap(t) ? undefined : viewAsCue(t.lower, wordsAfter(toks, i + 1, u.b, 7));
      if (view) {
        const f = cueAt(rep, i, view, u, ui);
        if (f) { found.push(f); continue; }
      }
      const ph = i + 1 < u.b ? phrasalCue(t.lower, toks[i + 1].lower) : undefined;
      if (ph && !isCap(t) && (!ph.homograph || !numberBefore(toks, i, u))) {
        // "lashed out at critics", "spoke out against the merger": a preposition after the particle joins the cue.
        const ce = i + 2 < u.b && PARTICLES.has(toks[i + 1].lower) && PARTICLE_PREPS.has(toks[i + 2].lower) ? i + 3 : i + 2;
        const f = cueAt(rep, i, ph, u, ui, ce);
        if (f) found.push(f);
        i++;
        continue;
      }
      // A sentence-case headline ("Mayor calls recount 'a farce'", "Hale hints at run"): a present form right after a
      // name reports the rest of the line, as a title-case one does.
      if (headline && !isCap(t) && i > u.a && isCap(toks[i - 1]) && t.lower.endsWith('s') && TITLE_PRESENT_FORMS.has(t.lower)
        && !insideContent(found, t)) {
        const f = titleCueAt(rep, i, u);
        if (f) { found.push(f); continue; }
      }
      // A title-case headline ("Sanders Says He Has Started Writing His Address"): the cue is capitalized too.
      // A cue word inside what an earlier title cue reports is part of the report ("Trump Says He Never Pledged To ...").
      if (isCap(t) && i > u.a && TITLE_CUES.has(t.lower) && titleCase(toks, u) && !insideContent(found, t)) {
        const f = titleCueAt(rep, i, u);
        if (f) found.push(f);
        continue;
      }
      // "Trump reportedly wants Tyson at the convention": hearsay whose holder goes unnamed (PolNeAR train: 66 %).
      // Before a cue of its own ("reportedly told aides") it is only that cue's manner.
      if (t.text === 'reportedly' && i > u.a && i + 1 < u.b && isWord(toks[i + 1]) && !finiteCue(toks[i + 1].lower) &&
        !(i + 2 < u.b && phrasalCue(toks[i + 1].lower, toks[i + 2].lower))) {
        const content = spanOrNull(toks, i + 1, clauseEnd(toks, i + 1, u.b));
        if (content) found.push({ source: unnamedSource(t.start), cue: span(toks, i, i + 1), content, via: [], at: i });
        continue;
      }
      if (APPEARANCE_FORMS.has(t.text)) {
        const f = appearanceAt(rep, i, u);
        if (f) { found.push(f); continue; }
      }
      if (IMPRESSION_FORMS.has(t.text)) {
        const f = likenessAt(rep, i, i + 1, u);
        if (f) { found.push(f); continue; }
      }
      if (TALK_PARTICIPLES.has(t.text)) {
        const f = talkParticipleAt(rep, i, u);
        if (f) { found.push(f); i++; continue; }
      }
      // 'Said Dana Hale, "..."': a capitalized cue opening the sentence, only with its speaker and a quotation after.
      if (i === u.a && isCap(t) && t.text.slice(1) === t.text.slice(1).toLowerCase()) {
        const open = finiteCue(t.lower);
        const f = open ? invertedOpening(rep, i, i + 1, open, u) : null;
        if (f) { found.push(f); continue; }
      }
      // A capitalized "Warning" or "Reports" inside a name is no cue, nor a hyphenated adjective ("court-ordered").
      const fin = isCap(t) || (i > u.a && toks[i - 1].text === '-' && toks[i - 1].end === t.start) ? undefined : finiteCue(t.lower);
      if (fin && !claimed.has(i) && (!fin.homograph || verbSlot(toks, i, u))) {
        const loose = LOOSE_FORMS.has(t.lower) || (PLURAL_LOOSE.has(t.lower) && pluralSubjectBefore(toks, i, u));
        // "warned of the risk", "joked about moving": the preposition's object is what was said.
        const topic = i + 2 < u.b ? topicCue(t.lower, toks[i + 1].lower) : undefined;
        const f = (topic ? cueAt(rep, i, topic, u, ui, i + 2) : null) ?? cueAt(rep, i, fin, u, ui) ?? (loose ? looseAt(rep, i, fin, u) : evidenceAt(rep, i, fin, u));
        const purchase = fin.lemma === 'order' && i + 1 < u.b && (toks[i + 1].type === 'number' || toks[i + 1].pos === 'NUM');
        if (f && (!fin.personObject || personAt(rep, i + 1, u)) && !purchase) found.push(f);
        continue;
      }
      const part = isCap(t) && !openingSaying(toks, i, u) ? undefined : participleCue(t.lower);
      if (part) {
        // "Sanders is suggesting he beat expectations", "advisers have been urging the governor to ...": a progressive
        // reads like the finite cue, with the subject before the form of "be".
        // Backing and support in the progressive ("who is supporting Rubio") are as often a state as a statement.
        const voiced = !part.forwardOnly || VOICED_STANCES.has(part.lemma);
        const f = (voiced && progressiveAt(toks, i, u) ? cueAt(rep, i, lemmaCue(part.lemma) ?? part, u, ui) : null) ?? participleAt(rep, i, part, u, found);
        if (f) found.push(f);
      }
    }
    // Relay frames ("according to X, citing Y, ...") wrap the attributions after them, up to the next frame.
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
    found.push(...standalone);
    const colon = colonQuoteAt(rep, u, found);
    if (colon) found.push(colon);
    found.sort((x, y) => x.at - y.at);
    // Every cue a frame read, kept or dropped later (a relay, a hedge), is no candidate for the last resort.
    for (const f of found) for (let k = tokAt(toks, f.cue.start); k < toks.length && toks[k].start < f.cue.end; k++) read[k] = 1;
    const settled = settle(rep, found);
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
      out.push(clipToQuote(rep, f));
    }
  }
  speakFirstPerson(rep, out);
  out.push(...unreadSayings(rep, units, read));

  for (const h of recognizeHeadlines(prepared, resolver)) out.push({ ...h, at: -1 });

  const seen = new Set<number>();
  const result: Attribution[] = [];
  for (const f of out.sort((x, y) => x.cue.start - y.cue.start)) {
    if (seen.has(f.cue.start) || f.content.end - f.content.start < 3) continue;
    seen.add(f.cue.start);
    const via = f.via.length ? [...new Set(f.via.filter(v => v !== f.source.id))] : [];
    const a: Attribution = { source: sourceOut(f.source), cue: cueOut(rep, f.cue), content: f.content, via };
    const relays = (f.relays ?? []).filter((r, k, all) => r.source.id !== f.source.id && all.findIndex(x => x.cue.start === r.cue.start) === k);
    if (relays.length) a.relays = relays.map(r => ({ source: sourceOut(r.source), cue: cueOut(rep, r.cue) }));
    result.push(a);
  }
  return result;
}

function sourceOut(s: ResolvedSource): AttributionSource {
  return { start: s.start, end: s.end, text: s.text, id: s.id, name: s.name };
}

function cueOut(rep: ReportState, r: Range): TextSpan {
  const { text } = rep;
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}
