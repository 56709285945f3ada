// Who said or reported what, and through whom (a PARC-style reading: source, cue, content, relays).
// One left-to-right pass over sentence-like units; every look-around is bounded, so the pass is linear.
import type { Attribution, AttributionSource, EntityMention, PreparedText, Range, TextSpan, Token } from '../types';
import { tokenAt } from '../text/offsets';
import { hedgeEnd } from '../quantities/hedges';
import { APPEARANCE_COPULAS, APPEARANCE_FORMS, APPEARANCE_MODALS, BE, IMPRESSION_FORMS, CUE_OPENERS, CUE_PREFIX, type CueInfo, isCuePrefix, isEvidential, finiteCue, FILED_NOUNS, FILING_FORMS, FIRST_PERSON_CUES, GO_ON_FORMS, ISSUE_FORMS, ISSUED_DOCUMENTS, ISSUED_NOUNS, PUBLISH_FORMS, lemmaCue, LOOK_BACK_LEMMAS, MAKE_FORMS, PASSIVE_AGENT_LEMMAS, SPEECH_ACT_NOUNS, SPEECH_ACT_PREPS, IMPERSONAL_PASSIVES, LOOSE_FORMS, OPINION_NOUNS, RECEIVE_FORMS, RECEIVED_STANCES, REPUTATION_PREPS, UNREAD_PAST_FORMS, participleCue, phrasalCue, idiomCue, selfPresentationCue, STANCE_ADJECTIVE, STANCE_ADJECTIVES, TALK_PARTICIPLES, TITLE_PRESENT_FORMS, WISH_ADJECTIVE, topicCue, viewAsCue, VOICED_STANCES } from './cues';
import { citingAt, sourcePhrase } from './relays';
import {
  buildUnits, contentEnd, findQuotes, gluedMarkWidth, isCap, isDash, isHalfMark, isNewline, isQuote, isQuoteAt, isWord, npLeft, npRight, npToken, percentSign, type Quote,
  timePhraseStart, trimTime, type Unit,
} from './scan';
import {
  FIRST_PERSON, FIRST_PERSON_GROUP, isShareWord, namesSource, nounKind, QUANTIFIER_SOURCES, type ResolvedSource, SourceResolver, unnamedSource,
} from './sources';
import { recognizeHeadlines } from './headlines';
import { indexQuotes, type QuoteIndex } from './quoteIndex';
import { datelineAt } from './dateline';

export { datelineAt, type Dateline } from './dateline';

/** Longest content, in tokens; also bounds every scan a single cue may start. */
const MAX_CONTENT = 300;
/** How many comma-separated chunks a subject search may walk over. */
const MAX_CHUNKS = 6;
const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ']);
const INTRO_WORDS = new Set(['however', 'meanwhile', 'separately', 'thus', 'late', 'early', 'despite', 'moreover',
  'also', 'still', 'yet', 'instead', 'nevertheless', 'furthermore', 'additionally', 'previously', 'earlier', 'later']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'evening', 'morning', 'week', 'month', 'year', 'night', 'afternoon']);
const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);
/** Polls that a sentence-opening "In a ... poll," speaks for. */
const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words of when a poll was released after its head ("poll released last Thursday", "survey the same month"). */
const POLL_TAIL = new Set(['released', 'published', 'last', 'this', 'the', 'same', 'earlier', 'on']);
/** Modals and negations that make a first-person cue a hedge or a denial ("I would say", "I never said"). */
/** Negations: a state of mind denied ("do not want", "never thought") reports nothing held. */
const NEGATIONS = new Set(['not', "n't", 'never', 'didn', 'don', 'doesn']);
/** Free relatives: "what voters want" names a wish, it does not report one. */
const FREE_RELATIVES = new Set(['what', 'whatever']);
/** Words that make a later "said" the object of a relative clause ("what Lee said", "anything she has said"). */
const WHAT_OBJECTS = new Set([...FREE_RELATIVES, 'anything', 'everything', 'nothing', 'something']);
const HEDGE_AUX = new Set(['would', 'could', 'can', 'will', 'may', 'might', 'should', 'must', 'never', 'not', "n't", 'didn', 'don']);
const RELAY_PARTICIPLES = new Set(['polled', 'surveyed', 'interviewed', 'quoted', 'cited', 'contacted', 'asked']);
/**
 * Forecast and finding verbs: inside someone else's reported content they are part of it, not a new claim. So are
 * beliefs and wishes (`mental` cues) inside what someone says: "told reporters that he thought ..." (PolNeAR train: 15 of
 * 139 such nested cues are marked).
 */
const NESTED_WEAK = new Set(['expect', 'show', 'indicate', 'find']);
/** Words that open a reported clause without a subject first ("says if he wins", "said none of them"). */
/** Question words that open a reported clause whatever their tag ("explained how he built it", "asked why"). */
const WH_OPENERS = new Set(['how', 'why', 'what', 'where', 'who']);
/** Particles of phrasal cues ("lashed out", "pushed back") and the prepositions that open their object. */
const PARTICLES = new Set(['out', 'back']);
const PARTICLE_PREPS = new Set(['at', 'against', 'on', 'about']);
/** Words that open the question after an agentless "was asked" ("was asked about the cuts", "asked whether"). */
const QUESTION_LEADS = new Set([...WH_OPENERS, 'whether', 'if', 'about']);
const CLAUSE_OPENERS = new Set(['if', 'when', 'because', 'once', 'unless', 'whether', 'although', 'since', 'as',
  'none', 'no', 'nothing', 'nobody', 'everyone', 'everybody', 'everything', 'someone', 'somebody', 'anyone',
  'only', 'not', 'neither', 'either', 'all', 'both', 'each', 'every', 'many', 'most', 'few', 'much', 'more', ...WH_OPENERS]);
/** Words that open an apposition after a speaker's name ("said X, a spokesman for ...", "said X, who ..."). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'one', 'his', 'her', 'their', 'its']);
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
/** Subject pronouns that stand for people, whose appearance is someone's impression ("he seemed rattled"). */
const PERSON_SUBJECTS = new Set(['he', 'she', 'they']);
/** Object pronouns that stand for people ("attacked her"). */
const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself']);
/** A colon that opens a quotation is looked for this far into its sentence. */
const MAX_COLON_LEAD = 30;
/** A headline is a short line: the opening line of a report runs past this only when it is running text. */
const MAX_HEADLINE_TOKENS = 25;
/** Title cues whose subject may be a document or data ("New Poll Shows ..."). */
const EVIDENCE_TITLE_CUES = new Set(['shows', 'finds']);
/** Words of a title's trailing source ("..., Former White House Doctor Says."). */
const MAX_TITLE_SOURCE = 5;
/** Object pronouns after "called" ("called him a fascist", "called himself pro-choice"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us']);
/** Pro-forms that stand for what was said ("said the same", "thinks otherwise"). */
/** An evidence subject ("the poll released Friday by Gallup") is at most this long. */
const MAX_EVIDENCE_SUBJECT = 16;
/** Punctuation inside an evidence subject ("Reuters/Ipsos", "campaign-finance", "the auditor's"). */
const EVIDENCE_GLUE = new Set(['/', '-', "'s", '’s', '.', '&']);
/** Words that end an evidence subject on its left: a relative or a clause before it. */
const EVIDENCE_STOPS = new Set(['that', 'which', 'who', 'what', 'as', 'if', 'than', 'because', 'said', 'says', 'to']);
/** First and second persons: speakers inside a quotation, not the report's sources. */
const FIRST_PERSON_WORDS = new Set(['i', 'we', 'you']);
/** Words opening a clause that looks back on something said before ("As she said", "Like I said"). */
const LOOK_BACK = new Set(['as', 'like']);
/** Words around "as" that make it a comparison, not a look-back report ("as many as", "twice as much", "the same as"). */
const AS_COMPARATIVES = new Set(['many', 'much', 'well', 'long', 'soon', 'far', 'same', 'such', 'twice', 'just', 'so',
  'little', 'few', 'if', 'though', 'part', 'of', 'to', 'for', 'usual', 'expected', 'a', 'an']);
/** What a speech act made with a noun takes: "that", or the object of its preposition ("a plea for unity"). */
const SPEECH_ACT: CueInfo = { lemma: 'make', object: true, bareClause: false, infinitive: true, quoteOnly: false, addressee: false,
  docSubject: false, quoteObject: false, forwardOnly: true };
/** A filing's claim: its object, a clause of its own ("alleging ...") or an infinitive ("to stop the sale"). */
const FILING: CueInfo = { ...SPEECH_ACT, lemma: 'file', forwardOnly: true };
/** Prepositions that open what a filing is against or about ("a lawsuit against", "a request for"). */
const FILED_PREPS = new Set(['against', 'for', 'over']);
/** "made it clear (that) they will not wait". */
const MADE_CLEAR: CueInfo = { ...SPEECH_ACT, lemma: 'make clear', object: false, bareClause: true };
/** Parts of speech that may stand between "made" and its speech-act noun ("several controversial", "a bizarre"). */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);
/** Bare present forms that report after a plural subject ("experts say", "most voters want", "economists expect"). */
const PLURAL_LOOSE = new Set(['say', 'think', 'believe', 'want', 'fear', 'worry', 'expect', 'prefer', 'oppose', 'doubt']);
/** Participles that end a polled group ("those surveyed say", "voters polled think"). */
const SURVEYED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked']);
/** Cues that name how something was voiced ("expressed concern"): beside a saying of the same speaker they are its manner. */
const EXPRESSIVE = new Set(['express']);
/** Subordinators before a mid-sentence "asked" that put a question to the subject ("she said when asked whether"). */
const WHEN_ASKED = new Set(['when', 'after', 'once', 'if']);
/** Marks that only open a quotation. */
const OPENING_MARKS = new Set(['“', '«', '„']);
const PRO_CONTENT: string[][] = [['the', 'same'], ['otherwise'], ['as', 'much']];
/** Sentence adverbs set off by commas between a subject and its cue ("Forbes, however, says"). */
const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'nevertheless', 'moreover',
  'also', 'separately', 'likewise', 'similarly', 'meantime', 'still', 'then', 'now', 'later', 'earlier', 'previously']);
/** Prepositions after an agentless passive stance that say what its subject is blamed or praised for ("criticized as"). */
const PASSIVE_STANCE_PREPS = new Set(['as', 'for', 'of', 'over', 'about']);
/** Articles and demonstratives before an adjectival "said" ("the said clause"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'such']);
/** Time nouns after an issued statement ("released a statement Tuesday night calling ..."). */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'today', 'yesterday', 'weekend']);
/** Prepositions that say what an issued statement is about ("a statement on the ruling"). */
const ABOUT_PREPS = new Set(['on', 'about', 'regarding', 'against', 'of', 'for']);
/** Subordinators that open a participle clause before the main clause ("After saying ..., the man"). */
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'by', 'in', 'since', 'upon', 'on', 'without', 'despite']);
/** Conjunctions that open a new clause after a comma ("..., and the opposition warned"). */
const CLAUSE_JOIN = new Set(['and', 'but', 'while', 'whereas']);
/** Words after ", " that open a new clause, where reported content stops ("..., while Japan said"). */
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'although', 'though']);
/** After ", but" a new clause starts with a subject; "but achievable" continues the content. */
const BUT_SUBJECTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i',
  'there', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'most', 'others', 'other']);
/** Time words that may sit between a cue and its content ("announced on 18 May the start", "said last week"). */
const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'in', 'at', 'during', 'over', 'before', 'after']);

interface Found {
  source: ResolvedSource;
  cue: Range;
  content: Range;
  via: string[];
  /** Token index of the cue, for ordering and relay frames. */
  at: number;
  /** The relays whose cue is written ("according to X", a trailing "the office said", ", citing"), nearest first. */
  relays?: Relay[];
}

/** Whether a token lies in the content of a cue found before it in its unit. */
function insideContent(found: readonly Found[], t: Token): boolean {
  return found.some(f => f.content.start <= t.start && t.end <= f.content.end);
}

interface Relay {
  source: ResolvedSource;
  cue: Range;
}

/** `f` with one more written relay (a copy: found attributions are shared between passes). */
function relayed(f: Found, r: Relay[]): Found {
  return r.length ? { ...f, relays: [...(f.relays ?? []), ...r] } : f;
}

interface Frame {
  at: number;
  after: number;
  relays: ResolvedSource[];
  /** The frame's own cue ("according to") and the party it names. */
  relay: Relay;
  standalone: () => Found | null;
  /** Id of the relay's origin: an attribution by the same source after it is its own, not relayed. */
  origin: string;
}

/** What every step of the reading shares for one report: its tokens, units, quotations and their indexes, the resolver. */
export interface ReportState {
  toks: Token[];
  text: string;
  units: Unit[];
  quoteByClose: QuoteIndex;
  quoteByOpen: QuoteIndex;
  quoteAround: QuoteIndex;
  resolver: SourceResolver;
  /** Tokens some frame read as a cue (see `read` in recognizeAttributions). */
  read: Uint8Array;
  /** Outlets, for relays named around the cue. */
  outlets: EntityMention[];
  personStarts: Set<number>;
}

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

export function outletsIn(rep: ReportState, from: number, to: number) {
  const { outlets } = rep;
  return outlets.filter(m => m.start >= from && m.end <= to);
}

export function span(toks: Token[], a: number, b: number): Range {
  return ({ start: toks[a].start, end: toks[b - 1].end });
}

export function quoteContent(toks: Token[], q: Quote): Range | null {
  let e = q.close;
  if (isHalfMark(toks, e - 1, q.close)) e--;
  while (e > q.open + 1 && (toks[e - 1].text === ',' || toks[e - 1].text === '—' || toks[e - 1].text === '-')) e--;
  if (e <= q.open + 1) return null;
  const r = span(toks, q.open + 1, e);
  return { start: r.start + gluedMarkWidth(toks, q.open), end: r.end };
}

/** A quotation closing right before token `k` (allowing a comma between). */
export function quoteBefore(rep: ReportState, k: number, lo: number, closing = false): Quote | undefined {
  const { toks, quoteByClose } = rep;
  let j = k - 1;
  if (j >= lo && toks[j].text === ',') j--;
  // '"Who wants to live at home?" she said': the splitter ends the sentence at "?" or "!" inside the quotation;
  // '"... missing." Trump said.': a cue that closes its own short sentence takes the quotation before it.
  const asked = j === lo - 1 && j > 0 && (toks[j - 1].text === '?' || toks[j - 1].text === '!' || (closing && toks[j - 1].text === '.'));
  const q = j >= lo || asked ? quoteByClose.get(j) : undefined;
  // A quotation that closed its own sentence ('... “unity.” Orbán told ...') belongs to an earlier speaker.
  const last = q ? q.close - (isHalfMark(toks, q.close - 1, q.close) ? 2 : 1) : 0;
  if (!q || (!closing && last > q.open && toks[last].text === '.' && k - 1 === q.close)) return undefined;
  return q;
}

/** Does the sentence end right after the cue ending at `ce`, give or take a time phrase ("Trump said on Monday.")? */
export function closesSentence(toks: Token[], ce: number, b: number): boolean {
  let m = ce;
  while (m < b && m - ce < 5 && toks[m].text !== '.' && (isWord(toks[m]) && (TIME_LEAD.has(toks[m].lower) || TIME_WORDS.has(toks[m].lower)))) m++;
  return m >= b || (toks[m].text === '.' && m + 1 >= b);
}

/** End of a content clause starting at `s`: the unit end, or before a trailing relay/participle. */
export function clauseEnd(toks: Token[], s: number, b: number, from = s): number {
  // Content is capped so a run-on "sentence" of a megabyte stays linear.
  if (b - s > MAX_CONTENT) b = s + MAX_CONTENT;
  for (let k = Math.max(s, from) + 1; k < b - 1; k++) {
    // A semicolon or a new contrasting clause ends what was reported.
    if (toks[k].text === ';') return contentEnd(toks, s, k);
    if (toks[k].text !== ',') continue;
    const n = toks[k + 1].lower;
    if (n === 'citing' || n === 'according' || participleCue(n) || CLAUSE_BREAKS.has(n)) return k;
    if (n === 'but' && k + 2 < b && BUT_SUBJECTS.has(toks[k + 2].lower) && newClause(toks, k + 2, b)) return k;
    if (n === 'but' && k + 2 < b && isCap(toks[k + 2])) return k;
  }
  return contentEnd(toks, s, b);
}

export function sourceOut(s: ResolvedSource): AttributionSource {
  return { start: s.start, end: s.end, text: s.text, id: s.id, name: s.name };
}

export function cueOut(rep: ReportState, r: Range): TextSpan {
  const { text } = rep;
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

/**
* Last resort: a loose speech form ("said", "told", "wrote") that no frame read, outside quotations, is still a cue
* whose speaker the frames could not name ("..., who he said were living in Russia", "Yet another said, ...").
* It goes to the unsourced list, so claims and the check never see it.
*/
export function unreadSayings(rep: ReportState, us: Unit[], read: Uint8Array): Found[] {
  const { toks, quoteAround } = rep;
  const extra: Found[] = [];
  for (const u of us) {
    for (let c = u.a; c < u.b; c++) {
      const t = toks[c];
      if (t.lower === 'it') {
        const f = impersonalPassiveAt(rep, c, u);
        if (f) { extra.push(f); c = tokAt(toks, f.cue.end) - 1; continue; }
      }
      if ((RECEIVE_FORMS.has(t.text) || t.text === 'known') && read[c] !== 1 && quoteAround.get(c) === undefined) {
        const f = t.text === 'known' ? reputationAt(toks, c, u) : receivedStanceAt(toks, c, u);
        if (f) { extra.push(f); c = tokAt(toks, f.cue.end) - 1; continue; }
      }
      // Round 21: "..., according to complete but unofficial returns", "according to a book by ...": a relay whose
      // source no source phrase reads still reports its clause (PolNeAR train: 9 of 9 outside quotations).
      if (t.lower === 'according' && c + 1 < u.b && toks[c + 1].lower === 'to' && read[c] !== 1 && quoteAround.get(c) === undefined) {
        const content = spanOrNull(toks, u.a, c) ?? spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
        if (content && content.end - content.start >= 3) extra.push({ source: unnamedSource(t.start), cue: span(toks, c, c + 2), content, via: [], at: c });
        c++;
        continue;
      }
      const past = UNREAD_PAST_FORMS.has(t.text);
      if (past && read[c] !== 1 && quoteAround.get(c) === undefined && c + 1 < u.b && toks[c + 1].lower === 'by') {
        const f = agentPassiveAt(toks, c, u);
        if (f) { extra.push(f); continue; }
      }
      if (!(past || LOOSE_FORMS.has(t.text) || (t.text === 'say' && sayAfterSubject(toks, c, u)) || participleAfterComma(toks, c, u)) || read[c] === 1 || quoteAround.get(c) !== undefined || !unreadSaying(toks, c, u)) continue;
      const info = (finiteCue(t.lower) ?? participleCue(t.lower))!;
      const ce = c + 1;
      if (past && !LOOSE_FORMS.has(t.text)) {
        const f = unreadPastAt(rep, c, info, u);
        if (f) extra.push(f);
        continue;
      }
      // A quotation keeps the cue's own reading (a one-word scare quote after "acknowledged" says nothing).
      const content = contentAfter(rep, ce, ce < u.b && isQuote(toks[ce]) ? info : { ...info, bareClause: true, object: true }, u) ??
        (closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',') ? spanOrNull(toks, u.a, c) : null) ??
        // A contact relative: "the job that many economists say is the future" reports the rest of the relative.
        (ce < u.b && (toks[ce].pos === 'AUX' || toks[ce].pos === 'VERB') && !isCap(toks[ce]) ? spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) : null) ??
        // Round 21: "said on Twitter on Monday, in reference to ...", "said of the senator", "said when asked": a
        // speech verb outside quotations reports whatever its frame; the rest of its clause stands for what was said.
        // (A quotation right after it was read above: a scare quote, "acknowledged “losses”", says nothing.)
        (LOOSE_FORMS.has(t.text) && !(ce < u.b && isQuote(toks[ce])) && !saidAsObject(toks, c, u) ? spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) ?? spanOrNull(toks, u.a, c) : null);
      if (!content || content.end - content.start < 3) continue;
      extra.push({ source: unnamedSource(t.start), cue: span(toks, c, ce), content, via: [], at: c });
    }
  }
  return extra;
}

/**
* "it is said that ...", "it has long been known that ...", "it was revealed in March that ...": an impersonal passive
* reports hearsay whose holder the text does not name; the cue runs from the form of "be" to the participle.
*/
export function impersonalPassiveAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, read, quoteAround } = rep;
  let m = c + 1;
  const be = m;
  // "is", "was", "'s", "has been", "had long been", "was widely": at most four words before the participle.
  let passive = false;
  for (; m < u.b && m - be < 4; m++) {
    const w = toks[m];
    if (BE.has(w.lower)) passive = true;
    // A modal or a negation is the writer's own aside or doubt ("it should be noted", "it is not known"), no hearsay.
    else if (!(w.lower === 'has' || w.lower === 'had' || w.lower === 'have' || w.lower === 'long' || w.pos === 'ADV')) break;
  }
  if (!passive || m >= u.b || !IMPERSONAL_PASSIVES.has(toks[m].text) || read[m] === 1 || quoteAround.get(m) !== undefined) return null;
  const ce = m + 1;
  const content = contentAfter(rep, ce, { ...finiteCue('said')!, object: false }, u) ??
    (ce + 1 < u.b && toks[ce].text === ',' ? spanOrNull(toks, ce + 1, clauseEnd(toks, ce + 1, u.b)) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[c].start), cue: span(toks, be, ce), content, via: [], at: be };
}

/**
* "has drawn sharp criticism from ...", "came under heavy criticism", "is facing criticism for ...": the criticism a
* subject receives is a stance of critics the text names after "from" or not at all. The content is what follows the
* noun ("from ... for ..."), or the clause before the verb when the sentence ends there.
*/
export function receivedStanceAt(toks: Token[], c: number, u: Unit): Found | null {
  let m = c + 1;
  while (m < u.b && m - c <= 3 && isWord(toks[m]) && !isCap(toks[m]) && MODIFIER_POS.has(toks[m].pos) && !RECEIVED_STANCES.has(toks[m].lower)) m++;
  if (m >= u.b || !RECEIVED_STANCES.has(toks[m].lower)) return null;
  const ce = m + 1;
  const content = spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) ?? spanOrNull(toks, u.a, c);
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[c].start), cue: span(toks, c, ce), content, via: [], at: c };
}

/**
* "is best known for its index funds", "was known as the Poorhouse of the Caribbean": a reputation after a form of "be"
* (and at most one adverb), held by people the text does not name; what follows the preposition is the content.
*/
export function reputationAt(toks: Token[], c: number, u: Unit): Found | null {
  if (c + 2 >= u.b || !REPUTATION_PREPS.has(toks[c + 1].lower)) return null;
  let be = c - 1;
  if (be > u.a && toks[be].pos === 'ADV' && !BE.has(toks[be].lower)) be--;
  if (be < u.a || !BE.has(toks[be].lower)) return null;
  // "have been known to fib" is a habit, not a reputation; "a firm that is best known for its funds" is the writer's
  // description of the firm (PolNeAR train: 1 of 4 after "that"/"which" is a cue).
  if (toks[be].lower === 'been' && toks[c + 1].lower === 'to') return null;
  if (be > u.a && (toks[be - 1].lower === 'that' || toks[be - 1].lower === 'which') || !isWord(toks[c + 2])) return null;
  const content = spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 2), content, via: [], at: be };
}

/**
* A past form of `UNREAD_PAST_FORMS` no frame read: a cue with no named source when something said follows it (or,
* for a saying that also looks back, when it closes the clause: "..., disclosures filed on Sunday revealed."). An
* adjective ("Obama's widely criticized remarks", "the declared goal") is no cue.
*/
export function unreadPastAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks } = rep;
  let m = c - 1;
  if (m > u.a && toks[m].text.endsWith('ly') && toks[m].pos === 'ADV') m--;
  if (m >= u.a && (ARTICLES.has(toks[m].lower) || POSSESSIVES.has(toks[m].lower) || toks[m].text === "'s" || toks[m].text === '’s')) return null;
  const ce = c + 1;
  // A cue that takes no clause may take what it names as its object ("reminded voters of the shelters"); one that takes a
  // clause keeps its own reading ("denied the allegations" says nothing).
  const content = contentAfter(rep, ce, info.bareClause ? info : { ...info, object: true }, u) ??
    (!info.forwardOnly && (closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',')) ? spanOrNull(toks, u.a, c) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[c].start), cue: span(toks, c, ce), content, via: [], at: c };
}

/**
* "has been repeatedly criticized by ...", "were claimed by the group": a passive of `UNREAD_PAST_FORMS` with its agent
* that no frame read reports what its subject is said or judged to be; the subject before it is the content.
*/
export function agentPassiveAt(toks: Token[], c: number, u: Unit): Found | null {
  let m = c - 1;
  if (m > u.a && toks[m].pos === 'ADV') m--;
  if (m <= u.a || !BE.has(toks[m].lower) || toks[m].text === "'s" || toks[m].text === '’s') return null;
  // "has been", "had repeatedly been": the auxiliaries belong to the passive, not to its subject.
  while (m > u.a + 1 && c - m < 5 && (toks[m - 1].lower === 'has' || toks[m - 1].lower === 'have' || toks[m - 1].lower === 'had' ||
    toks[m - 1].pos === 'ADV' || BE.has(toks[m - 1].lower))) m--;
  const content = spanOrNull(toks, u.a, m);
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[c].start), cue: span(toks, c, c + 1), content, via: [], at: c };
}

/**
* A bare "say" right after a noun, a number or "they" ("many economists say is", "Those over 60 say", "people close
* to the mayor say.") is a present report; after "to", a modal or a first or second person it is not.
*/
export function sayAfterSubject(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return false;
  const p = toks[c - 1];
  return isWord(p) && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM' || p.lower === 'they' || QUANTIFIER_SOURCES.has(p.lower));
}

/**
* ", saying ...", ", citing ...", ", telling supporters ...": a participle of a saying after a comma whose subject the
* frames could not find (a subject with a long relative clause); states of mind (", hoping ...") stay out.
*/
export function participleAfterComma(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a || toks[c - 1].text !== ',') return false;
  const p = participleCue(toks[c].text);
  if (!p || p.mental) return false;
  // ", citing AFP" names who relays: a relay frame's job, not a cue.
  const cit = p.lemma === 'cite' ? citingAt(toks, c - 1, u.b) : null;
  return !(cit && namesSpeaker(toks, cit.phrase[0], cit.phrase[1]));
}

/** Is the loose form at `c` a finite saying of a third party: not passive, adjectival, first person or a free relative? */
/**
* Round 21. What was said as a thing talked about, not a report: "what the senator said on stage", "anything Lee has
* said", "said it in the debate", "a day after he said them" (PolNeAR train: 8 of 8 are no cues).
*/
export function saidAsObject(toks: Token[], c: number, u: Unit): boolean {
  const next = c + 1 < u.b ? toks[c + 1].lower : '';
  // "told them", "urged them to vote": an addressee, not what was said.
  if ((next === 'it' || next === 'them') && !finiteCue(toks[c].lower)?.addressee) return true;
  for (let k = c - 1; k >= u.a && k >= c - 6 && isWord(toks[k]); k--) {
    if (WHAT_OBJECTS.has(toks[k].lower)) return true;
    if (toks[k].pos === 'VERB' || (toks[k].pos === 'AUX' && !CUE_PREFIX.has(toks[k].lower))) return false;
  }
  return false;
}

export function unreadSaying(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return true;
  const p = toks[c - 1];
  // "the said clause" is an adjective; "another said" / "each told" are quantifier subjects.
  if (BE.has(p.lower) || ARTICLES.has(p.lower) || FIRST_PERSON_WORDS.has(p.lower) || FREE_RELATIVES.has(p.lower)) return false;
  if ((p.text === '-' && p.end === toks[c].start) || p.lower === 'well' || p.lower === 'just') return false;
  const next = c + 1 < u.b ? toks[c + 1].text : '.';
  // "That said, ...", "Enough said.": set phrases, not reports.
  if ((p.lower === 'that' || p.lower === 'enough') && (next === ',' || next === '.')) return false;
  return next !== 'than';
}

/**
* "Citing the cost, the senator voted no", "Noting that turnout fell, she said ...": a saying's participle opening the
* sentence has the subject after its clause as its speaker (PolNeAR train: three in four are cues). States of mind
* ("Hoping to ...") and "Adding to the pressure ..." are no sayings.
*/
export function openingSaying(toks: Token[], i: number, u: Unit): boolean {
  const p = i === firstWord(toks, u) ? participleCue(toks[i].lower) : undefined;
  return !!p && !p.mental && !(p.lemma === 'add' && i + 1 < u.b && toks[i + 1].lower === 'to');
}

/** The lower-case forms of up to `n` tokens from `k` before `b`, stopping at the first one that is no word. */
export function wordsAfter(toks: Token[], k: number, b: number, n: number): string[] {
  const out: string[] = [];
  for (let m = k; m < b && out.length < n && isWord(toks[m]); m++) out.push(toks[m].lower);
  return out;
}

/** Does a finite clause start at `k` ("the next election is ...", "they warned")? A verb within a short subject. */
export function newClause(toks: Token[], k: number, b: number): boolean {
  if (SUBJECT_PRONOUNS.has(toks[k].lower)) return true;
  for (let m = k + 1; m < b && m < k + 7; m++) {
    const t = toks[m];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !isCap(t))) return true;
    if (!isWord(t) || t.lower === 'that' || t.lower === 'which') return false;
  }
  return false;
}

/**
* A noun-verb homograph ("states") is a verb after a singular subject pronoun, "who" or a modal, or between a
* singular name and "that" ("The agency states that"); "five states", "Western states that vote" are nouns.
*/
export function verbSlot(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return false;
  const p = toks[c - 1];
  if (p.lower === 'he' || p.lower === 'she' || p.lower === 'it' || p.lower === 'who') return true;
  if (CUE_PREFIX.has(p.lower) && p.lower !== 'all' && p.lower !== 'both') return true;
  return c + 1 < u.b && toks[c + 1].lower === 'that' && isWord(p) && npToken(p) && p.pos !== 'ADJ' && p.pos !== 'NUM' &&
    !p.lower.endsWith('s') && !p.lower.endsWith('ern');
}

/**
* Does a plural subject end right before the bare "say" at `c` ("homeland security experts say", "those surveyed say",
* "Democrats — and some Republicans — say")? Then "say" is a present report, not "to say" or "would say" (PolNeAR
* train: "say" after a plural noun is a cue in four uses of five).
*/
export function pluralSubjectBefore(toks: Token[], c: number, u: Unit): boolean {
  let p = c - 1;
  if (p > u.a && isDash(toks[p])) p--;
  if (p < u.a || !isWord(toks[p])) return false;
  const t = toks[p];
  if (SURVEYED.has(t.lower)) return true;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') &&
    !t.lower.endsWith('us') && !t.lower.endsWith('is');
}

/** Is there a number among the two words before `c` ("25 basis points to 7%")? */
export function numberBefore(toks: Token[], c: number, u: Unit): boolean {
  for (let k = c - 1; k >= u.a && k >= c - 2; k--) if (toks[k].type === 'number' || toks[k].pos === 'NUM') return true;
  return false;
}

/** Is most of the unit in title case (a headline), with a few words at least? */
export function titleCase(toks: Token[], u: Unit): boolean {
  let words = 0;
  let caps = 0;
  for (let k = u.a; k < u.b && k < u.a + 40; k++) {
    if (toks[k].type !== 'word') continue;
    words++;
    if (isCap(toks[k])) caps++;
  }
  return words >= 4 && caps >= words * 0.7;
}

/** "Name Says What Follows": a short capitalized source right before the cue, the rest of the line reported. */
export function titleCueAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c + 2 >= u.b || !isWord(toks[c + 1])) return trailingTitleCue(rep, c, u);
  let s = c - 1;
  while (s > u.a && c - s < 4 && isWord(toks[s - 1]) && isCap(toks[s - 1])) s--;
  if (!isWord(toks[c - 1]) || !isCap(toks[c - 1])) return null;
  const src = resolver.resolve(s, c);
  // "New Poll Shows Bump For Clinton": evidence speaks in a title as it does in running text.
  if (!src || (src.kind === 'doc' && !EVIDENCE_TITLE_CUES.has(toks[c].lower))) return null;
  const content = spanOrNull(toks, c + 1, contentEnd(toks, c + 1, u.b));
  return content ? { source: src, cue: span(toks, c, c + 1), content, via: [], at: c } : null;
}

/**
* "Trump Could Address Clean Energy, Lindsey Graham Says.": a title that ends with its source and cue after a comma
* reports what comes before the comma.
*/
export function trailingTitleCue(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (!(c + 1 === u.b || (c + 2 === u.b && toks[c + 1].text === '.'))) return null;
  let s = c;
  while (s > u.a && c - s < MAX_TITLE_SOURCE && isWord(toks[s - 1]) && isCap(toks[s - 1])) s--;
  if (s === c || s - 1 <= u.a || toks[s - 1].text !== ',') return null;
  const src = resolver.resolve(s, c);
  const content = spanOrNull(toks, u.a, s - 1);
  if (!src || src.kind === 'doc' || !content) return null;
  return { source: src, cue: span(toks, c, c + 1), content, via: [], at: c };
}

/**
* A colon that opens a quotation with no cue before it ("Here is Senator Hale in 1992: “...”", "the finding: “...”",
* "Pollster Ann Ruiz: “...”"): the colon is the cue and the phrase before it the speaker, when it names one, else the
* source is unnamed. A cue that already took the quotation ("said in a statement: “...”") keeps it.
*/
export function colonQuoteAt(rep: ReportState, u: Unit, found: Found[]): Found | null {
  const { toks, quoteByOpen, resolver } = rep;
  for (let k = u.a + 1; k + 1 < u.b && k - u.a < MAX_COLON_LEAD; k++) {
    if (toks[k].text !== ':') continue;
    const q = quoteByOpen.get(k + 1);
    if (!q || found.some(f => f.at < k)) return null;
    const content = quoteContent(toks, q);
    // Only a colon after a bare phrase ("Pollster Ann Ruiz: “...”"); after a clause ("She delivered a message: “...”")
    // the quotation is as often the verb's object or a later cue's (PolNeAR train: under half are colon cues).
    if (!content || !isWord(toks[k - 1]) || hasVerb(toks, u.a, k)) return null;
    const s = npLeft(toks, k - 1, u.a);
    const src = s >= 0 ? resolver.resolve(s, k) : null;
    const source = src && src.kind !== 'doc' ? src : unnamedSource(toks[k].start);
    return { source, cue: span(toks, k, k + 1), content, via: [], at: k };
  }
  return null;
}

/** Does a person stand at token `k`: "him", "her", "them" or a person's name the entity recognizer found? */
export function personAt(rep: ReportState, k: number, u: Unit): boolean {
  const { toks, personStarts } = rep;
  if (k >= u.b) return false;
  if (PERSON_PRONOUNS.has(toks[k].lower)) return true;
  // A name may follow a title or a determiner ("the former governor Ann Hale"): a few tokens on.
  for (let m = k; m < u.b && m < k + 4; m++) if (personStarts.has(toks[m].start)) return true;
  return false;
}

/** Token index of the token starting at or containing character `pos`. */
export function tokAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

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
  for (let k = f.at - 1; k >= 0 && f.at - k < 4 && toks[k].end > f.source.start; k--) if (HEDGE_AUX.has(toks[k].lower)) return false;
  return true;
}

/**
* Does a cue inside someone else's quotation name a known person or body ('"Ping demands a recount," Chege wrote')?
* A pronoun or a description there ('"He said no," she said', '"The neighbors complained"') belongs to the quoted
* speaker's own story, whose antecedents the text outside does not give: PolNeAR train marks 2 of 218 such cues.
*/
export function namedInQuote(toks: Token[], f: Found): boolean {
  if (!namesSource(f) || f.source.end <= f.source.start) return false;
  const s = toks[tokAt(toks, f.source.start)];
  return isCap(s) && !CLAUSE_SUBJECTS.has(s.lower) && !f.source.id.startsWith('source:');
}

export function firstPerson(f: Found): boolean {
  return f.source.id === FIRST_PERSON || f.source.id === FIRST_PERSON_GROUP;
}

/**
* "I think" / "we believe" inside a quotation is said by the quotation's speaker ('"I think we can win," Lee said'
* → Lee thinks); outside quotations it is the writer's. A quoted first person whose speaker is not found is dropped.
*/
export function speakFirstPerson(rep: ReportState, all: Found[]): void {
  const { toks, quoteAround, quoteByOpen } = rep;
  let pending = false;
  for (const f of all) if (firstPerson(f) && quoteAround.get(tokAt(toks, f.source.start))) pending = true;
  if (!pending) return;
  const speakerOf = new Map<Quote, ResolvedSource>();
  for (const f of all) {
    if (firstPerson(f) || !namesSource(f)) continue;
    const k = tokAt(toks, f.content.start);
    const q = quoteAround.get(k) ?? quoteByOpen.get(k - 1);
    if (q && !quoteAround.get(f.at) && !speakerOf.has(q)) speakerOf.set(q, f.source);
  }
  for (let x = 0; x < all.length; x++) {
    const f = all[x];
    if (!firstPerson(f)) continue;
    const q = quoteAround.get(tokAt(toks, f.source.start));
    if (!q) continue;
    const sp = speakerOf.get(q);
    if (sp) all[x] = { ...f, source: { ...f.source, id: sp.id, name: sp.name, kind: sp.kind } };
    else all[x] = { ...f, content: { start: f.content.start, end: f.content.start } };
  }
}

export function deniedOrDescribed(toks: Token[], c: number): boolean {
  if (c > 0 && NEGATIONS.has(toks[c - 1].lower)) return true;
  return (c > 1 && FREE_RELATIVES.has(toks[c - 2].lower)) || (c > 2 && FREE_RELATIVES.has(toks[c - 3].lower) && toks[c - 1].pos === 'ADV');
}

/** What a quoted speaker reports ends with the quotation it is quoted in. */
export function clipToQuote(rep: ReportState, f: Found): Found {
  const { toks, quoteAround } = rep;
  const q = quoteAround.get(f.at);
  if (!q || f.content.end <= toks[q.close].start || f.content.start >= toks[q.close].start) return f;
  let e = q.close;
  while (e > f.at + 1 && q.close - e < 8 && !isWord(toks[e - 1])) e--;
  if (toks[e - 1].end <= f.content.start) return f;
  return { ...f, content: { start: f.content.start, end: toks[e - 1].end } };
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

// ---- frames: "according to X[, citing Y]" and "as reported by X" --------------------------------------

export function frameAt(rep: ReportState, i: number, p: number, u: Unit): Frame | null {
  const { toks, resolver } = rep;
  let x: [number, number] | null = p < u.b && ['him', 'her', 'them', 'it'].includes(toks[p].lower) ? [p, p + 1] : sourcePhrase(toks, p, u.b);
  if (!x) return null;
  let xs = resolver.resolve(x[0], x[1]);
  if (!xs) {
    // "according to" always names a source, even one the resolver has no kind for ("some on Twitter", "one of
    // his aides"): the phrase up to the next comma or the end of the sentence.
    let e = x[0];
    while (e < u.b && e - x[0] < 12 && toks[e].text !== ',' && toks[e].text !== '.' && !isQuote(toks[e])) e++;
    x = [x[0], Math.max(e, x[1])];
    xs = resolver.describe(x[0], x[1]);
  }
  if (!xs) return null;
  let after = x[1];
  const relays: ResolvedSource[] = [xs];
  let origin = xs;
  const cit = citingAt(toks, after, u.b);
  if (cit) {
    const ys = resolver.resolve(cit.phrase[0], cit.phrase[1]);
    if (ys) { relays.unshift(ys); origin = ys; }
    after = cit.after;
  } else if (after + 2 < u.b && (toks[after].lower === 'cited' || toks[after].lower === 'quoted') && toks[after + 1].lower === 'by') {
    // "according to a World Bank report cited by the Financial Times": the Times relays the report.
    const y = sourcePhrase(toks, after + 2, u.b);
    const ys = y ? resolver.resolve(y[0], y[1]) : null;
    if (y && ys) { relays.push(ys); after = y[1]; }
  }
  const cue = span(toks, i, p);
  const initial = i === u.a || (toks[i - 1].text === ',' && introBefore(toks, u.a, i - 1));
  const standalone = (): Found | null => {
    let content: Range | null = null;
    if (initial) {
      // The rest of the relay phrase ("on Telegram", "on January 5") runs to the comma.
      let s = after;
      while (s < u.b && s - after < 8 && toks[s].text !== ',') s++;
      s = s < u.b && toks[s].text === ',' ? s + 1 : after;
      if (s < u.b) content = spanOrNull(toks, s, clauseEnd(toks, s, u.b));
    } else if (after >= u.b - 1 || toks[after].text === '.' || relativeAfter(toks, after, u.b)) {
      let e = i;
      while (e > u.a && toks[e - 1].text === ',') e--;
      // "...; some 2,000 remain, according to X": only the clause after the semicolon.
      let s = u.a;
      for (let k = e - 1; k > u.a && e - k < MAX_CONTENT; k--) if (toks[k].text === ';') { s = k + 1; break; }
      content = spanOrNull(toks, s, e);
    } else {
      let s = u.a;
      if (toks[i - 1].text === ',' && i - 2 >= u.a && ['which', 'who', 'that'].includes(toks[i - 2].lower)) s = i - 2;
      content = spanOrNull(toks, s, clauseEnd(toks, s, u.b, after));
    }
    if (!content) return null;
    return { source: origin, cue, content, via: relays.filter(r => r !== origin).map(r => r.id), at: i };
  };
  return { at: i, after, relays, relay: { source: xs, cue }, standalone, origin: origin.id };
}

/**
* A sentence opened by whose view it gives: "In a new poll, ...", "In Trump's view, ...". The rest of the
* sentence is what the poll or the person holds. ("In a statement, X said" names its own speaker; "For X, ..." and
* "To X, ..." are as often a matter as a view, PolNeAR train marks a third of them, so they are left alone.)
*/
export function openingFrameAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  let k = i + 1;
  while (k < u.b && k - i < 16 && toks[k].text !== ',' && !isQuote(toks[k]) && toks[k].text !== '.') k++;
  if (k >= u.b - 1 || toks[k].text !== ',' || k === i + 1) return null;
  const head = toks[k - 1];
  if (!isWord(head)) return null;
  let src: ResolvedSource | null = null;
  const owner = k - 3 > i && (toks[k - 2].text === "'s" || toks[k - 2].text === '’s') && OPINION_NOUNS.has(head.lower);
  if (owner) src = resolver.resolve(i + 1, k - 2);
  else {
    // "In a Gallup poll released Monday,", "In a CNN poll last month,": the poll may carry when it was taken.
    let p = k - 1;
    while (p > i + 1 && k - p <= 5 && (POLL_TAIL.has(toks[p].lower) || TIME_WORDS.has(toks[p].lower) || toks[p].type === 'number')) p--;
    if (POLL_HEADS.has(toks[p].lower)) src = resolver.resolve(i + 1, p + 1) ?? resolver.describe(i + 1, p + 1);
  }
  if (!src) return null;
  const content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b));
  return content ? { source: src, cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
* A look-back clause: "As Politico reported, the fund ...", "..., as the senator noted.", "(As the paper first reported,
* ...)". The speaker is the phrase after "as"; the content is the main clause after the comma when the clause opens the
* sentence, else the clause before it. Comparisons ("as much as she said", "twice as many voters said") and a first
* person ("As I said") are no look-back reports.
*/
export function lookBackAt(rep: ReportState, i: number, u: Unit): { found: Found; ce: number } | null {
  const { toks, resolver } = rep;
  if (i > u.a && (toks[i - 1].pos === 'ADJ' || AS_COMPARATIVES.has(toks[i - 1].lower))) return null;
  const s = i + 1;
  if (!isWord(toks[s]) || AS_COMPARATIVES.has(toks[s].lower) || FIRST_PERSON_WORDS.has(toks[s].lower)) return null;
  const e = npRight(toks, s, u.b, 10);
  if (e < 0 || e >= u.b) return null;
  let c = e;
  while (c < u.b && c - e < 3 && CUE_PREFIX.has(toks[c].lower)) c++;
  if (c >= u.b || isCap(toks[c])) return null;
  const next = c + 1 < u.b ? toks[c + 1].lower : '';
  const ph = phrasalCue(toks[c].lower, next);
  const putIt = toks[c].lower === 'put' && next === 'it';
  const info = ph ?? finiteCue(toks[c].lower);
  if (!putIt && !(info && LOOK_BACK_LEMMAS.has(info.lemma))) return null;
  const ce = ph || putIt ? c + 2 : c + 1;
  const src = resolver.resolve(s, trimTime(toks, s, e));
  if (!src || src.kind === 'doc') return null;
  let content: Range | null = null;
  const w = firstWord(toks, u);
  const opens = i === w || (i === w + 1 && (toks[w].pos === 'CCONJ' || toks[w].pos === 'ADV' || toks[w].text === '(')) ||
    (toks[i - 1].text === ',' && introBefore(toks, u.a, i - 1));
  if (opens) {
    let k = ce;
    while (k < u.b && k - ce < 12 && toks[k].text !== ',' && toks[k].text !== ':' && toks[k].text !== '.') k++;
    if (k + 1 < u.b && (toks[k].text === ',' || toks[k].text === ':')) content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b));
  } else {
    let k = i;
    while (k > u.a && (toks[k - 1].text === ',' || isDash(toks[k - 1]) || toks[k - 1].text === '(')) k--;
    if (k > w + 1) content = spanOrNull(toks, u.a, k);
  }
  if (!content) return null;
  return { found: { source: src, cue: span(toks, c, ce), content, via: [], at: c }, ce };
}

/**
* "made it clear (that) ...", "made the case that ...", "made a plea for unity", "has made no secret of": a form of
* "make" and a speech-act noun (after a few determiners and modifiers) with "that" or a preposition after it. The cue
* runs to the preposition; what follows is the content.
*/
export function speechActAt(toks: Token[], i: number, u: Unit): { ce: number; info: CueInfo } | null {
  if (i + 2 < u.b && toks[i + 1].lower === 'it' && toks[i + 2].lower === 'clear') return { ce: i + 3, info: MADE_CLEAR };
  for (let m = i + 1; m < u.b && m < i + 7; m++) {
    const t = toks[m];
    if (isWord(t) && SPEECH_ACT_NOUNS.has(t.lower) && m > i + 1 && m + 1 < u.b) {
      const n = toks[m + 1].lower;
      if (n === 'that') return { ce: m + 1, info: SPEECH_ACT };
      // "made a call to his mother" is a telephone call; "made a call for calm" is a speech act.
      if ((t.lower === 'call' || t.lower === 'calls') && n !== 'for') return null;
      return SPEECH_ACT_PREPS.has(n) && !(t.lower === 'secret' && n !== 'of') ? { ce: m + 2, info: SPEECH_ACT } : null;
    }
    const modifier = isWord(t) ? MODIFIER_POS.has(t.pos) && !isCap(t) : t.text === ',' || t.text === '-';
    if (!modifier) return null;
  }
  return null;
}

/**
* "issued a statement saying ...", "released a letter this week urging ...", "sent out a tweet that ...", "posted a
* message: “...”": the end of the cue (after the noun) when something said follows the issued noun, else -1.
*/
export function issuedAt(toks: Token[], i: number, u: Unit): number {
  const m = issuedNounAt(toks, i, u);
  if (m < 0) return -1;
  const ce = m + 1;
  let k = ce;
  while (k < u.b && k - ce < 4 && (TIME_WORDS.has(toks[k].lower) || TIME_LEAD.has(toks[k].lower) || TIME_NOUNS.has(toks[k].lower))) k++;
  if (k < u.b && toks[k].text === ',') k++;
  if (k >= u.b) return -1;
  const t = toks[k];
  if (t.text === ':' || OPENING_MARKS.has(t.text) || t.text === '"' || t.lower === 'that') return ce;
  if (!isWord(t) || isCap(t)) return -1;
  // "issued a statement saying ...": one cue through the participle, which would otherwise be a second one.
  if (participleCue(t.lower)) return k + 1;
  return (t.lower.endsWith('ing') && t.pos === 'VERB') || ABOUT_PREPS.has(t.lower) ? ce : -1;
}

/**
* "filed a lawsuit against ...", "filed a $40 million suit alleging ...": the end of the cue (after the filed noun, and
* after a preposition that opens what the filing is against or about), or -1. The noun follows "a"/"an" and at most
* five modifiers, figures or compounds ("a class-action lawsuit", "a wrongful death claim").
*/
export function filedAt(toks: Token[], i: number, u: Unit): number {
  let m = i + 1;
  if (m >= u.b || (toks[m].lower !== 'a' && toks[m].lower !== 'an')) return -1;
  const n0 = ++m;
  while (m < u.b && m - n0 < 6 && !FILED_NOUNS.has(toks[m].lower) && !isCap(toks[m]) &&
    (isWord(toks[m]) || toks[m].type === 'number' || toks[m].text === '$' || toks[m].text === '-')) m++;
  if (m >= u.b || !FILED_NOUNS.has(toks[m].lower)) return -1;
  // "a lawsuit in 2013 alleging ...": one cue through the participle, which would otherwise be a second one.
  let k = m + 1;
  while (k < u.b && k - m <= 3 && (TIME_LEAD.has(toks[k].lower) || TIME_WORDS.has(toks[k].lower) || toks[k].type === 'number')) k++;
  if (k < u.b && isWord(toks[k]) && participleCue(toks[k].lower)) return k + 1;
  return m + 1 < u.b && FILED_PREPS.has(toks[m + 1].lower) ? m + 2 : m + 1;
}

/** The index of the issued noun after an issuing verb ("issued a brief statement", "sent out a tweet"), or -1. */
export function issuedNounAt(toks: Token[], i: number, u: Unit): number {
  let m = i + 1;
  if (m < u.b && toks[m].lower === 'out') m++;
  else if (toks[i].lower.startsWith('put')) return -1;
  const n0 = m;
  // "a $275 billion proposal", "a new 30-second ad": figures may stand among the modifiers. (A compound noun stays out:
  // "a jobs report that revised ..." put a replaced figure in a statement of its own in check-dev8.)
  const modifier = (t: Token): boolean => t.text === '$' || t.text === '-' || t.type === 'number' ||
    (isWord(t) && !ISSUED_NOUNS.has(t.lower) && MODIFIER_POS.has(t.pos) && !isCap(t));
  while (m < u.b && m - n0 < 6 && modifier(toks[m])) m++;
  return m >= u.b || !ISSUED_NOUNS.has(toks[m].lower) ? -1 : m;
}

/** "went on to say", "continues to criticize": the index of the cue verb after "on to" / "to", or -1. */
export function goOnVerb(toks: Token[], i: number, u: Unit): number {
  let v = i + 1;
  // "going to say" is a future, not a report: forms of "go" need "on".
  if (!toks[i].lower.startsWith('continu')) {
    if (v >= u.b || toks[v].lower !== 'on') return -1;
    v++;
  }
  if (v + 1 >= u.b || toks[v].lower !== 'to') return -1;
  v++;
  if (toks[v].pos === 'ADV' && v + 1 < u.b && !isCap(toks[v])) v++;
  const info = lemmaCue(toks[v].lower);
  return info && !info.quoteOnly && !info.docSubject && !isCap(toks[v]) ? v : -1;
}

/** ", which said ..." or "(MetService), which ..." after a relay's source: a new clause about the source. */
export function relativeAfter(toks: Token[], k: number, b: number): boolean {
  if (k < b && toks[k].text === '(') {
    let m = k + 1;
    while (m < b && m - k < 8 && toks[m].text !== ')') m++;
    k = m + 1;
  }
  return k + 1 < b && toks[k].text === ',' && (toks[k + 1].lower === 'which' || toks[k + 1].lower === 'who');
}

export function spanOrNull(toks: Token[], a: number, b: number): Range | null {
  while (a < b && !isWord(toks[a]) && !isQuote(toks[a])) a++;
  return b > a ? span(toks, a, b) : null;
}

/** True when [lo, k) is an introductory adverbial ("At the same time", "On 24 January"). */
export function introBefore(toks: Token[], lo: number, k: number, depth = 0): boolean {
  if (depth >= MAX_CHUNKS) return false;
  let s = k - 1;
  while (s > lo && toks[s - 1].text !== ',' && k - s < 40) s--;
  if (s < lo) return false;
  return isIntro(toks, s, k) && (s === lo || introBefore(toks, lo, s - 1, depth + 1));
}

export function isIntro(toks: Token[], s: number, e: number): boolean {
  const f = toks[s];
  // "About 40 percent of voters stayed home" is a clause with a hedged subject, not an adverbial.
  const m = hedgeEnd(toks, s, Math.min(e, s + 4), true);
  if (m > s && hasVerb(toks, s, e)) {
    if (m < e && (toks[m].type === 'number' || toks[m].pos === 'NUM')) return false;
  }
  // "Nearly one-third of workers do not have access" is a clause; "Still" or "Earlier this week" is an adverbial.
  if (f.pos === 'ADV' && !INTRO_WORDS.has(f.lower) && hasVerb(toks, s, e)) return false;
  if (INTRO_POS.has(f.pos) || INTRO_WORDS.has(f.lower)) return true;
  // "On Monday" is an adverbial; "Heavy rain is expected through Friday" is a clause.
  for (let k = s; k < e && k < s + 6; k++) if (TIME_WORDS.has(toks[k].lower)) return !hasVerb(toks, s, e);
  return false;
}

// ---- finite cues: "X said ...", "“...,” said X", "..., X said." ----------------------------------------

export function cueAt(rep: ReportState, c: number, info: CueInfo, u: Unit, ui: number, ce = c + 1): Found | null {
  const { toks, resolver } = rep;
  const prev = c > u.a ? toks[c - 1] : undefined;
  // "the reported losses"; "Some say ..." is a quantifier subject, unless a noun follows ("some reported losses").
  const quantifier = prev && QUANTIFIER_SOURCES.has(prev.lower) && !(c + 1 < u.b && (toks[c + 1].pos === 'NOUN' || toks[c + 1].pos === 'ADJ'));
  if (prev && (prev.pos === 'DET' || prev.lower === 'the') && !quantifier) return null;
  if (c + 1 < u.b && isWord(toks[c + 1]) && toks[c + 1].pos === 'NOUN' && prev && !npToken(prev) && prev.text !== ',' && !isQuote(prev)) {
    // "reported losses" used as an adjective after a preposition
    if (prev.pos === 'ADP') return null;
  }
  // Passive: "is believed to", "this was reported by X".
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  // "Clinton is calling for a no-fly zone": a progressive, not a passive; its subject stands before "is".
  const progressive = j >= u.a && toks[c].lower.endsWith('ing') && BE.has(toks[j].lower) && toks[j].lower !== 'being';
  if (!progressive && j >= u.a && BE.has(toks[j].lower)) return passiveAt(rep, c, j, u, ui, info) ?? agentlessAt(rep, c, j, info, u);

  const cue = span(toks, c, ce);
  const q = quoteBefore(rep, c, u.a);
  // "“...,” said X" / "“...,” informed Kiviselg"
  if (q) {
    const e = npRight(toks, ce, u.b);
    if (e > 0) {
      // '“...,” said the 46-year-old': after a quotation the phrase after a speech cue is its speaker, even one the
      // resolver has no kind for.
      const src = resolver.resolve(ce, trimTime(toks, ce, e)) ?? (info.bareClause && !info.forwardOnly ? resolver.describe(ce, trimTime(toks, ce, e)) : null);
      const content = quoteContent(toks, q);
      if (src && content) return withCiting(rep, { source: src, cue, content, via: [], at: c }, e, u);
    }
    return null;
  }
  // "“We're happy” about the decision, said RoseAnn DeMoro, the union's director.": the speaker follows the cue.
  const inverted = invertedAfter(rep, c, ce, info, u);
  if (inverted) return inverted;
  const left = leftSource(rep, progressive ? j : c, u);
  if (!left) {
    // "..., said X." after the content
    if (prev && prev.text === ',' && !info.quoteOnly && !info.docSubject) {
      const e = npRight(toks, ce, u.b);
      if (e > 0) {
        const src = resolver.resolve(ce, trimTime(toks, ce, e));
        const content = spanOrNull(toks, u.a, c - 1);
        if (src && content && hasVerb(toks, u.a, c - 1)) return withCiting(rep, { source: src, cue, content, via: [], at: c }, e, u);
      }
    }
    return null;
  }
  // "Figures show", "the report found": these verbs report only when a document or data speaks.
  if (info.docSubject && !docIn(toks, left.first, c)) return null;
  const inter = interjected(rep, left, c, ce, u);
  if (inter) {
    const s = left.near ?? [left.s, left.e];
    const src = subjectSource(rep, s[0], s[1]);
    return src ? withCiting(rep, { source: src, cue, content: inter, via: [], at: c }, ce, u) : null;
  }
  const src = subjectSource(rep, left.s, left.e);
  if (!src) return null;
  let via: string[] = left.relayedBy ? [left.relayedBy.id] : [];
  if (left.citing) {
    const ys = resolver.resolve(left.citing[0], left.citing[1]);
    if (ys) {
      via = [src.id];
      const relays = [{ source: src, cue: span(toks, left.citing[0] - 1, left.citing[0]) }];
      return relayedByOutlet(finish({ source: ys, cue, content: null as unknown as Range, via, at: c, relays }));
    }
  }
  return relayedByOutlet(finish({ source: src, cue, content: null as unknown as Range, via, at: c }));

  /**
   * The outlet the source spoke to or through: named between the cue and the content ("told TASS that", "said in
   * an interview with CNN that") or in an interview phrase opening the sentence ("In an interview with CNN, X said").
   */
  function relayedByOutlet(f: Found | null): Found | null {
    if (!f || !f.content || f.content.start < toks[c].end) return f;
    const found = outletsIn(rep, toks[c].end, f.content.start);
    const opening = outletsIn(rep, toks[u.a].start, toks[left!.first].start).filter(m => {
      const k = tokenAt(toks, m.start);
      return k >= 2 && toks[k - 1].lower === 'with' && (toks[k - 2].lower === 'interview' || toks[k - 3]?.lower === 'interview');
    });
    const ids = [...found, ...opening].map(m => m.id).filter(id => id !== f.source.id && !f.via.includes(id));
    return ids.length ? { ...f, via: [...f.via, ...new Set(ids)] } : f;
  }

  function finish(f: Found): Found | null {
    const lq = quoteBefore(rep, left!.first, u.a, left!.first === u.a && closesSentence(toks, ce, u.b));
    if (lq) {
      const content = quoteContent(toks, lq);
      if (!content) return null;
      return withCiting(rep, { ...f, content }, ce, u);
    }
    if (left!.gap) {
      // "which UN agencies estimate hosts 500,000 people": the rest of the relative clause is the content.
      const content = spanOrNull(toks, ce, clauseEnd(toks, ce, u.b));
      return content ? { ...f, content } : null;
    }
    const fwd = contentAfter(rep, ce, info, u);
    if (fwd) return withCiting(rep, { ...f, content: fwd }, ce, u);
    if (info.quoteOnly || info.forwardOnly) return null;
    if (left!.before) {
      // An interjected cue ("If ..., von der Leyen said, that alone would ..."): the sentence goes on after it.
      if (ce + 1 < u.b && toks[ce].text === ',' && isWord(toks[ce + 1]) && !participleCue(toks[ce + 1].lower) &&
          toks[ce + 1].lower !== 'citing' && toks[ce + 1].lower !== 'according') {
        const e = clauseEnd(toks, ce + 1, u.b);
        if (e > ce + 1) return withCiting(rep, { ...f, content: { start: left!.before.start, end: toks[e - 1].end } }, ce, u);
      }
      return withCiting(rep, { ...f, content: left!.before }, ce, u);
    }
    return null;
  }
}

/**
* "..., said X." / "..., said X, the head of ...": after a comma, a speech cue followed by a name that ends the
* sentence (or opens an apposition) has its speaker on the right and reports everything before the comma.
*/
export function invertedAfter(rep: ReportState, c: number, ce: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c - 1 <= u.a || toks[c - 1].text !== ',' || !info.bareClause || info.docSubject || info.forwardOnly) return null;
  if (ce >= u.b || !isWord(toks[ce]) || TIME_WORDS.has(toks[ce].lower) || TIME_LEAD.has(toks[ce].lower)) return null;
  const e = npRight(toks, ce, u.b);
  if (e < 0) return null;
  const after = e < u.b ? toks[e].text : '.';
  if (!(after === '.' || (after === ',' && e + 1 < u.b && APPOSITION_OPENERS.has(toks[e + 1].lower)) ||
    (after === ',' && e + 1 < u.b && isWord(toks[e + 1]) && nounKind(toks[e + 1].lower) !== null))) return null;
  if (after === '.' && e + 1 < u.b) return null;
  // Only what a quotation opens, so a list or a clause that happens to end in a comma is left alone.
  if (!hasVerb(toks, u.a, c - 1) || !quoteIn(rep, u.a, c - 1)) return null;
  // The chunk right before the comma is a clause, not an apposition ("X, the head of the agency, said Kyiv, ...").
  let cs = c - 2;
  while (cs > u.a && toks[cs - 1].text !== ',' && c - cs < 40) cs--;
  if (!hasVerb(toks, cs, c - 1) && !quoteIn(rep, cs, c - 1)) return null;
  const src = resolver.resolve(ce, trimTime(toks, ce, e));
  const content = spanOrNull(toks, u.a, c - 1);
  if (!src || !content) return null;
  return withCiting(rep, { source: src, cue: span(toks, c, ce), content: quotedWhole(rep, u.a, c - 1) ?? content, via: [], at: c }, e, u);
}

/**
* 'Said Dana Hale, who runs the ferry, "We will rebuild."': a speech cue opening the sentence, its speaker right
* after it, and a quotation after a comma or colon (PolNeAR train: every such opening is a cue).
*/
export function invertedOpening(rep: ReportState, c: number, ce: number, info: CueInfo, u: Unit): Found | null {
  const { toks, quoteByOpen, resolver } = rep;
  if (c !== u.a || !info.bareClause || info.docSubject || info.forwardOnly || ce >= u.b || !isWord(toks[ce])) return null;
  const e = npRight(toks, ce, u.b);
  if (e < 0) return null;
  // The quotation follows the name or an apposition after it, within a bounded stretch.
  for (let k = e; k + 1 < u.b && k - e < 24 && toks[k].text !== '.'; k++) {
    const q = (toks[k].text === ',' || toks[k].text === ':') ? quoteByOpen.get(k + 1) : undefined;
    if (!q) continue;
    const src = resolver.resolve(ce, trimTime(toks, ce, e));
    const content = quoteContent(toks, q);
    return src && content ? { source: src, cue: span(toks, c, ce), content, via: [], at: c } : null;
  }
  return null;
}

export function quoteIn(rep: ReportState, a: number, e: number): boolean {
  const { quoteByOpen } = rep;
  for (let k = a; k < e && k < a + MAX_CONTENT; k++) if (quoteByOpen.has(k)) return true;
  return false;
}

/** The quotation that makes up [a, e) when the stretch is one quotation, else null. */
export function quotedWhole(rep: ReportState, a: number, e: number): Range | null {
  const { toks, quoteByOpen } = rep;
  const q = quoteByOpen.get(a);
  return q && q.close >= e - 1 ? quoteContent(toks, q) : null;
}

/**
* A speaker set off by commas inside the sentence it reports: "Acts of protest, Mr. Obama said, are acts of
* patriotism", "That culture, they said, emphasizes speed". The content is the whole sentence around the speaker.
*/
export function interjected(rep: ReportState, left: Left, c: number, ce: number, u: Unit): Range | null {
  const { toks } = rep;
  const s0 = left.near ? left.near[0] : left.s;
  // "The answer, the banker told them, was simple": the one spoken to may stand before the closing comma.
  if (ce + 1 < u.b && (OBJECT_PRONOUNS.has(toks[ce].lower) || toks[ce].lower === 'reporters') && toks[ce + 1].text === ',') ce++;
  if (left.before || ce + 1 >= u.b || toks[ce].text !== ',' || s0 - 1 <= u.a || toks[s0 - 1].text !== ',') return null;
  if (quoteBefore(rep, left.first, u.a)) return null;
  const n = toks[ce + 1];
  if (!isWord(n) || participleCue(n.lower) || n.lower === 'citing' || n.lower === 'according' || n.lower === 'adding') return null;
  // The sentence goes on with its verb soon after the speaker ("are acts", "a majority ... have come").
  let verb = false;
  for (let m = ce + 1; m < u.b && m < ce + 9; m++) {
    const t = toks[m];
    if (t.text === ',' || t.text === '.' || isQuote(t)) break;
    if (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX')) { verb = true; break; }
  }
  if (!verb) return null;
  const e = clauseEnd(toks, ce + 1, u.b);
  return e > ce + 1 ? spanOrNull(toks, u.a, e) : null;
}

/** Is there a document or data noun in [a, b) ("figures from the ministry", "the auditor's report")? */
export function docIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b && k < a + 20; k++) if (nounKind(toks[k].lower) === 'doc') return true;
  return false;
}

/** ", citing Y" after the cue: Y is the origin, the subject only relays. */
export function withCiting(rep: ReportState, f: Found, from: number, u: Unit): Found {
  const { toks, resolver } = rep;
  let k = from;
  while (k < u.b && k - from < 8 && toks[k].text !== ',' && toks[k].text !== '.') k++;
  const cit = citingAt(toks, k, u.b);
  if (!cit || !namesSpeaker(toks, cit.phrase[0], cit.phrase[1])) return f;
  const ys = resolver.resolve(cit.phrase[0], cit.phrase[1]);
  if (!ys || ys.id === f.source.id) return f;
  return relayed({ ...f, source: ys, via: [f.source.id, ...f.via] }, [{ source: f.source, cue: span(toks, k + 1, k + 2) }]);
}

export function passiveAt(rep: ReportState, c: number, be: number, u: Unit, ui: number, info: CueInfo): Found | null {
  const { units, toks, resolver } = rep;
  if (c + 1 >= u.b || toks[c + 1].lower !== 'by') return null;
  const x = sourcePhrase(toks, c + 2, u.b);
  if (!x) return null;
  const subj = be - 1 >= u.a ? toks[be - 1].lower : '';
  let content: Range | null = null;
  if ((subj === 'this' || subj === 'that') && (be - 1 === firstWord(toks, u) || toks[be - 2]?.text === ',')) {
    // "This was reported by X": the previous sentence is what was reported.
    const pu = ui > 0 ? units[ui - 1] : null;
    if (pu) content = spanOrNull(toks, pu.a, contentEnd(toks, pu.a, pu.b));
  } else if (subj === 'it') {
    for (let k = x[1]; k < u.b && k < x[1] + 8; k++) {
      if (toks[k].lower === 'that') { content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b)); break; }
    }
  } else if (PASSIVE_AGENT_LEMMAS.has(info.lemma)) {
    // "The move was hotly criticized by economists", "Her bid has been endorsed by the union": the subject is what
    // the agent criticized or endorsed.
    let e = be;
    while (e > u.a && isCuePrefix(toks[e - 1])) e--;
    // "The article is reported by RFE/RL" credits a document to its outlet: a byline, not an attribution.
    const head = e > u.a ? toks[e - 1] : null;
    const s = head && isWord(head) && npToken(head) && !SUBJECT_PRONOUNS.has(head.lower) && nounKind(head.lower) !== 'doc'
      ? npLeft(toks, e - 1, u.a) : -1;
    if (s >= 0) content = spanOrNull(toks, s, e);
  }
  if (!content) return null;
  const src = resolver.resolve(x[0], x[1]);
  if (!src) return null;
  return { source: src, cue: span(toks, c, c + 2), content, via: [], at: c };
}

/** The source a subject [a, e) names; a pronoun with no antecedent the resolver trusts ("they say") is unnamed. */
export function subjectSource(rep: ReportState, a: number, e: number): ResolvedSource | null {
  const { toks, resolver } = rep;
  const src = resolver.resolve(a, e);
  if (src || e !== a + 1 || !SUBJECT_PRONOUNS.has(toks[a].lower)) return src;
  return { ...unnamedSource(toks[a].start), end: toks[a].end, text: toks[a].text };
}

/**
* An agentless passive of a cue that reports without its holder ("The senator is expected to endorse ...", "She was
* asked whether ..."): the source is unnamed. "by X" is the plain passive's job.
*/
export function agentlessAt(rep: ReportState, c: number, be: number, info: CueInfo, u: Unit): Found | null {
  const { toks } = rep;
  if (c + 1 >= u.b || toks[c + 1].lower === 'by') return null;
  // "was widely criticized as reckless", "is accused of lying": a voiced stance whose holders go unnamed, with what
  // it says of its subject after a preposition.
  if (VOICED_STANCES.has(info.lemma) && PASSIVE_STANCE_PREPS.has(toks[c + 1].lower) && toks[be].lower !== 'being') {
    const said = spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
    return said ? { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 2), content: said, via: [], at: be } : null;
  }
  if (!info.agentless) return null;
  const content = contentAfter(rep, c + 1, info, u)
    ?? (QUESTION_LEADS.has(toks[c + 1].lower) ? spanOrNull(toks, c + 1, clauseEnd(toks, c + 1, u.b)) : null);
  return content ? { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 1), content, via: [], at: be } : null;
}

/** "The senator seemed to soften his stance": an impression with no named holder, reported from "to" on. */
export function appearanceAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks } = rep;
  if (i + 1 < u.b && toks[i + 1].lower === 'like') return likenessAt(rep, i, i + 2, u);
  if (i + 1 < u.b && toks[i + 1].lower !== 'to') return impersonalAppearanceAt(rep, i, u) ?? personAppearanceAt(rep, i, i + 1, u);
  if (i + 2 >= u.b || toks[i + 1].lower !== 'to' || !isWord(toks[i + 2])) return null;
  if (APPEARANCE_COPULAS.has(toks[i + 2].lower)) return personAppearanceAt(rep, i, i + 1, u);
  const content = spanOrNull(toks, i + 2, clauseEnd(toks, i + 2, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/** "Perez keeps talking about baseball": what is talked about, with no named talker, outside quotations. */
export function talkParticipleAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  if (i + 2 >= u.b || !TALK_PARTICIPLES.get(toks[i].text)!.has(toks[i + 1].lower) || !isWord(toks[i + 2])) return null;
  if (quoteAround.get(i) !== undefined) return null;
  const content = spanOrNull(toks, i + 2, clauseEnd(toks, i + 2, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 2), content, via: [], at: i } : null;
}

/**
* Round 22. "Sanders appears to be slipping", "Clinton seemed irritated": how a named person or "he"/"she"/"they"
* struck someone the text does not name (PolNeAR train: about two thirds outside quotations, where a thing's
* appearance, "the bill appeared to be sailing through", is as often plain description). Only before "to be/have" or
* an adjective or participle; "appeared together", "appeared Sunday" are appearances in person.
*/
export function personAppearanceAt(rep: ReportState, i: number, from: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  let s = i - 1;
  while (s > u.a && toks[s].pos === 'ADV' && toks[s].text === toks[s].lower) s--;
  if (s < u.a || quoteAround.get(i) !== undefined) return null;
  const subj = toks[s];
  if (!(PERSON_SUBJECTS.has(subj.lower) && subj.text === subj.lower) && subj.pos !== 'PROPN') return null;
  const next = toks[from];
  if (next.lower !== 'to' && next.pos !== 'ADJ' && !(next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower))) return null;
  const content = spanOrNull(toks, from, clauseEnd(toks, from, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
* Round 22. "The plan seems like a fair idea", "Trump seemed like a different candidate", "Pence sounded subdued": an
* impression someone the text does not name has (PolNeAR train: 12 of 15 and 11 of 15 outside quotations; inside one
* it is the speaker's own hedge). The cue is the verb at `i` up to `from`, where what is perceived begins.
*/
export function likenessAt(rep: ReportState, i: number, from: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  if (i === u.a || quoteAround.get(i) !== undefined || from >= u.b || !isWord(toks[from])) return null;
  const content = spanOrNull(toks, from, clauseEnd(toks, from, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, from), content, via: [], at: i } : null;
}

/**
* Round 20. "it appears that ...", "it seems likely the bill will pass", "it would seem as if ...": an impression with
* "it" as its subject (at most an adverb or a modal between) whose holder the text does not name (PolNeAR train: 19 of
* 25 outside quotations). Inside a quotation it is the speaker's own hedge; a parenthetical ", it seems,",
* a comparison ("than it appears.") and a place ("it appeared on Fox") are no report.
*/
export function impersonalAppearanceAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  const it = i - 1 > u.a && toks[i - 1].lower !== 'it' && (toks[i - 1].pos === 'ADV' || APPEARANCE_MODALS.has(toks[i - 1].lower)) ? i - 2 : i - 1;
  if (it < u.a || toks[it].lower !== 'it' || quoteAround.get(i) !== undefined) return null;
  // "makes it seem insensitive": "it" is an object there, and the impression the maker's.
  if (it > u.a && toks[it - 1].pos === 'VERB') return null;
  const next = toks[i + 1];
  if (!isWord(next) || (next.pos === 'ADP' && next.lower !== 'that' && next.lower !== 'like' && next.lower !== 'as')) return null;
  const content = spanOrNull(toks, i + 1, clauseEnd(toks, i + 1, u.b));
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[it].start), cue: span(toks, it, i + 1), content, via: [], at: it };
}

/**
* A sentence opened by the question put to its subject ("Asked about the vote, ...", "When asked whether ..., she
* smiled"): the question is reported with no named asker, up to the comma that ends it.
*/
export function openingAskedAt(toks: Token[], i: number, u: Unit): Found | null {
  const w = firstWord(toks, u);
  if (!(i === w && toks[i].text === 'Asked') && !(i === w + 1 && (toks[w].text === 'When' || toks[w].text === 'If'))) return null;
  let k = i + 1;
  while (k < u.b && k - i < 40 && toks[k].text !== ',' && toks[k].text !== '.') k++;
  if (k >= u.b - 1 || toks[k].text !== ',' || k < i + 2) return null;
  const content = spanOrNull(toks, i + 1, k);
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
* '"We'll see," she said when asked whether she would run': a question put to the speaker inside the sentence, with
* no named asker (PolNeAR train: two thirds of "when asked" are cues; only before a question word or "about", since
* "when asked to condemn ..." is as often a request the writer reports).
*/
export function whenAskedAt(toks: Token[], i: number, u: Unit): Found | null {
  let q = i + 1;
  if (q < u.b && toks[q].pos === 'ADV' && !isCap(toks[q])) q++;
  if (q >= u.b || !QUESTION_LEADS.has(toks[q].lower)) return null;
  const e = clauseEnd(toks, q, u.b);
  let k = q;
  while (k < e && toks[k].text !== ',' && toks[k].text !== '.' && !isQuote(toks[k])) k++;
  const content = k > q + 1 ? spanOrNull(toks, q, k) : null;
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

export function firstWord(toks: Token[], u: Unit): number {
  let k = u.a;
  while (k < u.b && !isWord(toks[k])) k++;
  // Skip a relay frame at the start ("According to X, citing Y, this was ...").
  return k;
}

export function hasVerb(toks: Token[], a: number, b: number): boolean {
  for (let k = Math.max(a, b - MAX_CONTENT); k < b; k++) if ((toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !isCap(toks[k])) return true;
  return false;
}

/** What follows the cue: a that-clause, a quotation, an infinitive, a bare clause or an object. */
export function contentAfter(rep: ReportState, k: number, info: CueInfo, u: Unit, depth = 0): Range | null {
  const { toks, quoteByOpen } = rep;
  const b = u.b;
  if (k >= b) return null;
  // "He said, however, that ...": a sentence adverb set off by commas right after the cue.
  if (toks[k].text === ',' && k + 3 < b && ASIDE_ADVERBS.has(toks[k + 1].lower) && toks[k + 2].text === ',') k += 3;
  const n = toks[k];
  if (n.text === ':' || (n.text === ',' && k + 1 < b && isQuoteAt(toks, k + 2 < b && toks[k + 1].text === "'" ? k + 2 : k + 1))) {
    const q = quoteByOpen.get(k + 1) ?? quoteByOpen.get(k + 2);
    if (q) return quotedContent(toks, q, info);
    if (n.text === ':') return spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, b));
    return null;
  }
  if (isQuote(n)) {
    const q = quoteByOpen.get(k);
    return q ? quotedContent(toks, q, info) : null;
  }
  if (info.quoteOnly) return null;
  if (info.quoteObject) {
    // "called it “a strong message”", "described the quantity as “insufficient”"
    for (let m = k; m < b && m < k + 16; m++) {
      const q = quoteByOpen.get(m);
      // After an object one quoted word is what the object is called ("called Trump “unhinged”").
      if (q) return m > k ? quoteContent(toks, q) : quotedContent(toks, q, info);
      if (toks[m].text === ',' || toks[m].text === '.') break;
    }
    // "called him a kind man", "called himself pro-choice", "called Trump a fascist": a person as object and what
    // they are called ("called the police a day later" is a deed: its object is no name, its "a" opens a time).
    // "called the charges baseless": a definite object of a few words works as a name does.
    const obj = OBJECT_PRONOUNS.has(n.lower) ? k + 1 : n.lower === 'the' ? definiteObjectEnd(toks, k, b) : namedObjectEnd(toks, k, b);
    if (obj > k && obj + 1 < b && isWord(toks[obj]) && (toks[obj].pos === 'ADJ' ||
      ((toks[obj].lower === 'a' || toks[obj].lower === 'an') && !TIME_WORDS.has(toks[obj + 1].lower) && toks[obj + 1].lower !== 'day'))) {
      return spanOrNull(toks, k, clauseEnd(toks, k, b));
    }
    if (!info.object) return null;
  }
  // "questioned why the fund was closed", "discussed how to pay for it": a question opens a stance's object.
  if (info.object && info.forwardOnly && (WH_OPENERS.has(n.lower) || n.lower === 'whether') && k + 1 < b && isWord(toks[k + 1])) {
    return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  if (n.lower === 'that') return spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, b));
  if (n.lower === 'to' && info.infinitive && k + 1 < b && toks[k + 1].pos !== 'DET') return spanOrNull(toks, k, clauseEnd(toks, k, b));
  // A hedged figure opens the reported clause ("said about 90 percent of houses were destroyed").
  if (info.bareClause || info.object) {
    const m = hedgeEnd(toks, k, Math.min(b, k + 4), true);
    if (m < b && toks[m].type === 'number') return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  // Adverbials or an addressee before "that": "reported on January 6 that", "told reporters that",
  // "said last week, before the quake, that".
  const firstPos = n.pos;
  const timeLead = TIME_LEAD.has(n.lower);
  if (firstPos === 'ADP' || firstPos === 'ADV' || info.addressee || timeLead) {
    for (let m = k; m < b && m < k + 14; m++) {
      const t = toks[m];
      if (t.lower === 'that') return m > k ? spanOrNull(toks, m + 1, clauseEnd(toks, m + 1, b)) : null;
      // "said on Twitter: “...”", "said in a statement: the plan ...": a colon after the adverbial opens the content.
      // ("Figures reported by the media point to ...: 38,000 in Lyon" is a participle with its agent, no cue.)
      if (t.text === ':' && m > k && m + 1 < b && n.lower !== 'by') {
        const q = quoteByOpen.get(m + 1);
        return q ? quotedContent(toks, q, info) : info.bareClause ? spanOrNull(toks, m + 1, clauseEnd(toks, m + 1, b)) : null;
      }
      // "argued for “joint borrowing”", "warned of “a long war”"
      if (isQuote(t) && m > k && toks[m - 1].pos === 'ADP') {
        const q = quoteByOpen.get(m);
        return q ? quotedContent(toks, q, info) : null;
      }
      // "said in a statement carried by TASS that": a participle with its agent belongs to the adverbial.
      const agentParticiple = t.lower.endsWith('ed') && m + 1 < b && toks[m + 1].lower === 'by';
      if (t.text === '.' || (t.text === ',' && !(firstPos === 'ADP' || timeLead)) ||
        (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX') && !agentParticiple)) break;
    }
    // "announced on 18 May the start of ...": skip the time phrase, read what follows.
    if (timeLead && depth === 0) {
      let m = k + 1;
      const timeTok = (t: Token): boolean => TIME_WORDS.has(t.lower) || t.type === 'number' || t.type === 'ordinal' || t.lower === 'may';
      while (m < b && m < k + 6 && (timeTok(toks[m]) || (toks[m].lower === 'the' && m + 1 < b && timeTok(toks[m + 1])))) m++;
      if (m > k + 1 && timeTok(toks[m - 1])) {
        if (m < b && toks[m].text === ',') m++;
        return contentAfter(rep, m, info, u, 1);
      }
    }
    // "said nearly every donor wants ...", "said just because it failed does not mean ...": a lower-case adverb may
    // open a bare clause whose subject follows it.
    if (firstPos === 'ADV' && info.bareClause && depth === 0 && !timeLead && !TIME_WORDS.has(n.lower) && !isCap(n)) {
      const inner = adverbClause(rep, k, info, u);
      if (inner) return inner;
    }
    if ((firstPos === 'ADP' || firstPos === 'ADV') && !WH_OPENERS.has(n.lower)) return null;
  }
  // "26 percent said the same", "others said otherwise": a pro-form stands for the content.
  if (info.bareClause && !info.docSubject) {
    const pro = proContentEnd(toks, k, b);
    if (pro > k) return span(toks, k, pro);
  }
  // A bare clause may open with a subordinator, a gerund or a quantifier ("says if he wins", "said legalizing it
  // could", "said none of them").
  const opensClause = info.bareClause && isWord(n) && !isCap(n) &&
    (CLAUSE_OPENERS.has(n.lower) || (n.pos === 'VERB' && n.lower.endsWith('ing')));
  // "called for reducing the rate", "called for increased spending": a gerund or participle opens the object.
  const verbalObject = info.object && info.forwardOnly && isWord(n) && !isCap(n) && n.pos === 'VERB' && (n.lower.endsWith('ing') || n.lower.endsWith('ed'));
  // "accused him of lying", "endorsed her", "defended himself": a stance's object may be a person pronoun.
  const personObject = info.object && info.forwardOnly && PERSON_PRONOUNS.has(n.lower);
  const startsPhrase = isWord(n) && (CLAUSE_SUBJECTS.has(n.lower) || npToken(n) || opensClause || verbalObject || personObject);
  if (!startsPhrase) return null;
  // "told reporters the wall would be built": the addressee is not part of what was told.
  if (info.addressee && depth === 0) {
    let m = k;
    if (toks[m].pos === 'DET') m++;
    while (m < b && m < k + 3 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || toks[m].pos === 'PRON')) m++;
    // "telling the crowd, “...”": a quotation after the addressee and a comma or colon is what was told.
    if (m > k && m + 1 < b && (toks[m].text === ',' || toks[m].text === ':')) {
      const q = quoteByOpen.get(m + 1) ?? (m + 2 < b ? quoteByOpen.get(m + 2) : undefined);
      if (q) return quotedContent(toks, q, info);
    }
  }
  if (info.addressee && info.bareClause && depth === 0) {
    let m = k;
    if (toks[m].pos === 'DET') m++;
    while (m < b && m < k + 3 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || toks[m].pos === 'PRON')) m++;
    if (m > k && m < b && isWord(toks[m]) && (CLAUSE_SUBJECTS.has(toks[m].lower) || toks[m].pos === 'DET')) {
      const inner = contentAfter(rep, m, info, u, 1);
      if (inner) return inner;
    }
  }
  if (info.bareClause) {
    // The clause's verb may come after an aside or a quotation ("said the talks, which started in 2009, remained").
    const e = clauseEnd(toks, k, b);
    for (let m = k + 1; m < e && m < k + 30; m++) {
      const t = toks[m];
      if (t.text === '.' || t.text === ';') break;
      if (t.text === ',') {
        // Only a relative aside is walked over; any other comma ends the search as before.
        const r = m + 1 < e ? toks[m + 1].lower : '';
        if (r !== 'which' && r !== 'who') break;
        let c = m + 2;
        while (c < e && c < m + 20 && toks[c].text !== ',') c++;
        if (c >= e || toks[c].text !== ',') break;
        m = c;
        continue;
      }
      if (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX')) return spanOrNull(toks, k, e);
    }
  }
  // A possessive opens an object ("talked about her plan"), not a clause.
  const possessive = POSSESSIVES.has(n.lower) && k + 1 < b && isWord(toks[k + 1]) && !SUBJECT_PRONOUNS.has(toks[k + 1].lower);
  if (info.object && (!CLAUSE_SUBJECTS.has(n.lower) || possessive || personObject) && !objectIsNoContent(toks, k, b)) return spanOrNull(toks, k, clauseEnd(toks, k, b));
  return null;
}

/**
* A bare clause opened by one or two adverbs ("nearly every donor wants", "just because it failed does not mean"):
* the clause after them must open with a subject and reach a verb; the adverbs belong to the content.
*/
export function adverbClause(rep: ReportState, k: number, info: CueInfo, u: Unit): Range | null {
  const { toks } = rep;
  let m = k + 1;
  if (m < u.b && toks[m].pos === 'ADV' && !isCap(toks[m])) m++;
  if (m >= u.b || !isWord(toks[m]) || isCap(toks[m]) || toks[m].lower === 'that') return null;
  const inner = contentAfter(rep, m, { ...info, object: false }, u, 1);
  return inner ? { start: toks[k].start, end: inner.end } : null;
}

/** End of a short definite object at `k` ("the charges", "the new tax plan"): up to four nouns, or -1. */
export function definiteObjectEnd(toks: Token[], k: number, b: number): number {
  let m = k + 1;
  while (m < b && m < k + 5 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN')) m++;
  return m > k + 1 && !TIME_WORDS.has(toks[m - 1].lower) ? m : -1;
}

/** End of a run of capitalized words at `k` (a named object, "Donald Trump"), or -1. */
export function namedObjectEnd(toks: Token[], k: number, b: number): number {
  let m = k;
  while (m < b && m < k + 4 && isWord(toks[m]) && isCap(toks[m]) && !TIME_WORDS.has(toks[m].lower)) m++;
  return m > k ? m : -1;
}

/** End of a pro-form object at `k` ("the same", "otherwise", "as much"), or -1. */
export function proContentEnd(toks: Token[], k: number, b: number): number {
  for (const words of PRO_CONTENT) {
    if (k + words.length > b) continue;
    let ok = true;
    for (let m = 0; m < words.length && ok; m++) ok = toks[k + m].lower === words[m];
    if (ok) return k + words.length;
  }
  return -1;
}

/** A quotation as content; a one-word scare quote after a non-speech cue ("acknowledged “losses”") says nothing. */
export function quotedContent(toks: Token[], q: Quote, info: CueInfo): Range | null {
  if (!info.bareClause || info.docSubject) {
    let words = 0;
    for (let m = q.open + 1; m < q.close && words < 2; m++) if (isWord(toks[m])) words++;
    if (words < 2) return null;
  }
  return quoteContent(toks, q);
}

/** "claimed the lives of", "claimed responsibility" is content; "claimed lives" is a death toll, not a claim. */
export function objectIsNoContent(toks: Token[], k: number, b: number): boolean {
  for (let m = k; m < b && m < k + 3; m++) {
    const l = toks[m].lower;
    if (l === 'lives' || l === 'life' || l === 'victims') return true;
  }
  return false;
}

/** Index before a bracketed aside ending at `j` ("(WFP)", "(formerly the Wagner Group)"), or `j` itself. */
export function skipParen(toks: Token[], j: number, lo: number): number {
  if (j < lo || toks[j].text !== ')') return j;
  for (let k = j - 1; k >= lo && j - k <= 12; k--) {
    if (toks[k].text === '(') return k - 1;
    // An abbreviation's full stop stays inside the aside ("(I-Vt.)", "(R-Fla.)").
    if (toks[k].text === ')' || (toks[k].text === '.' && toks[k - 1]?.end !== toks[k].start)) break;
  }
  return j;
}

interface Left {
  s: number;
  e: number;
  /** First token of the subject stretch (apposition included), to find a quotation before it. */
  first: number;
  /** Content before the source when the cue closes the sentence ("..., the ministry said."). */
  before: Range | null;
  citing: [number, number] | null;
  /** "X, quoted by Y, said": Y passes X's words on. */
  relayedBy?: ResolvedSource | null;
  /** The subject of an object-gap relative ("the plan, which she says could raise ..."): content follows the cue. */
  gap?: boolean;
  /** The noun phrase right before the cue, when appositions were walked over ("Jeffrey Bewkes, the chief ..., said"). */
  near?: [number, number];
}

/** The source on the cue's left: a subject, its apposition, a coordinated subject or a relative antecedent. */
export function leftSource(rep: ReportState, c: number, u: Unit, asides = 0): Left | null {
  const { toks, resolver } = rep;
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  j = skipParen(toks, j, u.a);
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  if (j < u.a) return null;
  // "the senator, who on Tuesday endorsed X": a time phrase between the relative pronoun and its cue.
  const when = timePhraseStart(toks, j, u.a);
  if (when > u.a && when <= j && (toks[when - 1].lower === 'who' || toks[when - 1].lower === 'which')) j = when - 1;
  const t = toks[j];
  // "Mr. Trump, however, said": a sentence adverb set off by commas sits between subject and cue (once: the
  // walk stays bounded on a run of ", however, however, ...").
  if (t.text === ',' && asides === 0 && j - 2 >= u.a && toks[j - 2].text === ',' && ASIDE_ADVERBS.has(toks[j - 1].lower)) {
    return leftSource(rep, j - 2, u, 1);
  }
  if (t.lower === 'and' || t.lower === 'but') {
    const sub = unitSubject(toks, u.a, j);
    return sub ? { ...sub, first: sub.s, before: null, citing: null } : null;
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    const before = j > u.a && toks[j - 1].text === ',' && hasVerb(toks, u.a, j - 1) ? spanOrNull(toks, u.a, j - 1) : null;
    // "what he calls corruption", "which she says could": the content is the rest of the relative clause.
    // A contact relative after a noun ("a decision they say allowed ...") has its gap before a verb.
    const gap = j > u.a && (toks[j - 1].lower === 'which' || toks[j - 1].lower === 'that' || toks[j - 1].lower === 'what' ||
      (toks[j - 1].pos === 'NOUN' && c + 1 < u.b && toks[c + 1].pos === 'VERB' && toks[c + 1].lower.endsWith('ed')));
    // "On Tuesday night he said": a time phrase may open the sentence without a comma.
    if (j > u.a && !before && !gap && !isQuoteAt(toks, j - 1) && toks[j - 1].text !== ',' && !INTRO_POS.has(toks[j - 1].pos) &&
      !TIME_WORDS.has(toks[j - 1].lower)) return null;
    return { s: j, e: j + 1, first: j, before, citing: null, gap };
  }
  if (t.lower === 'who' || (t.lower === 'which' && j > u.a && toks[j - 1].text === ',')) {
    let k = j - 1;
    if (k >= u.a && toks[k].text === ',') k--;
    k = skipParen(toks, k, u.a);
    const tp = timePhraseStart(toks, k, u.a);
    if (tp > u.a) k = tp - 1;
    if (k < u.a) return null;
    const s = npLeft(toks, k, u.a);
    if (s < 0) return null;
    const e = trimTime(toks, s, k + 1);
    return { s, e, first: s, before: null, citing: null };
  }
  // "most of them said", "some of us think": a share of a group named before.
  if ((t.lower === 'them' || t.lower === 'us') && j - 2 >= u.a && toks[j - 1].lower === 'of' && isShareWord(toks[j - 2])) {
    return { s: j - 2, e: j + 1, first: j - 2, before: null, citing: null };
  }
  let citing: [number, number] | null = null;
  let relayedBy: ResolvedSource | null = null;
  if (t.text === ',') {
    // "X, citing Y, said" / "X, quoted by Y, said"
    let k = j - 1;
    while (k > u.a && toks[k].text !== ',' && j - k < 16) k--;
    if (k > u.a && toks[k].text === ',' && toks[k + 1].lower === 'citing') {
      citing = sourcePhrase(toks, k + 2, j);
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && (toks[k + 1].lower === 'quoted' || toks[k + 1].lower === 'cited') &&
      toks[k + 2]?.lower === 'by') {
      const y = sourcePhrase(toks, k + 3, j);
      relayedBy = y ? resolver.resolve(y[0], y[1]) : null;
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && toks[k + 1].lower.endsWith('ing') && toks[k + 1].pos === 'VERB') {
      // "A senior official, speaking on condition of anonymity, said": the participle phrase is no source.
      j = k - 1;
    } else {
      j -= 1; // "X, the head of ..., said": the apposition closes right before the cue
    }
    j = skipParen(toks, j, u.a);
    if (j < u.a) return null;
  }
  const tp = timePhraseStart(toks, j, u.a);
  if (tp > u.a) j = tp - 1; // "Media reports from Kiev on Sunday said"
  if ((!isWord(toks[j]) && !percentSign(toks, j)) || !npToken(toks[j])) return null;
  if (t.text === ',') {
    // An apposition with its own relative clause ("COGAT, the military body that coordinates aid, said"):
    // the phrase before "that" is the apposition.
    let cs = j;
    while (cs > u.a && toks[cs - 1].text !== ',' && j - cs < 30) cs--;
    for (let m = cs + 1; m < j; m++) {
      const l = toks[m].lower;
      if ((l === 'that' || l === 'who' || l === 'which') && npToken(toks[m - 1]) && isWord(toks[m - 1])) {
        if (npRight(toks, cs, m) === m) j = m - 1;
        break;
      }
    }
  }
  let s = npLeft(toks, j, u.a);
  if (s < 0) return null;
  // "..., his nephew added": a possessive determiner opens the subject (the tagger reads it as a pronoun).
  if (s > u.a && POSSESSIVES.has(toks[s - 1].lower)) s--;
  if (t.text === ',' && s > u.a) {
    // "Nordvik Foods ASA, a leading producer of frozen seafood, today announced": POS tags break the
    // description ("frozen"/VERB); a chunk opened by an article after a comma is one apposition.
    let cs = s;
    while (cs > u.a && toks[cs - 1].text !== ',' && s - cs < 16) cs--;
    const a0 = toks[cs].lower;
    if (cs < s && toks[cs - 1]?.text === ',' && (a0 === 'a' || a0 === 'an' || a0 === 'the')) {
      let aux = false;
      for (let m = cs; m < s; m++) if (toks[m].pos === 'AUX' || toks[m].lower === 'that' || toks[m].lower === 'who') aux = true;
      if (!aux) s = cs;
    }
  }
  // "economists polled by Reuters expected": the economists speak, Reuters relays.
  if (s - 2 > u.a && toks[s - 1].lower === 'by' && RELAY_PARTICIPLES.has(toks[s - 2].lower)) {
    const s2 = npLeft(toks, s - 3, u.a);
    if (s2 >= 0) {
      relayedBy = resolver.resolve(s, j + 1);
      j = s - 3;
      s = s2;
    }
  }
  const near: [number, number] = [s, trimTime(toks, s, j + 1)];
  // Walk back over an apposition ("Colonel X, the Head of ..., said") or find the content before.
  const run: [number, number][] = [near];
  let before: Range | null = null;
  let k = s - 1;
  let chunks = 0;
  // "the camp, which UN agencies estimate hosts ...": the phrase is the subject of an object-gap relative.
  // "an event that Carson says led him to run": a restrictive relative after a noun is one too.
  if (s > u.a && (toks[s - 1].lower === 'which' || toks[s - 1].lower === 'that') && s - 1 > u.a &&
    (toks[s - 2].text === ',' || (toks[s - 2].pos === 'NOUN' && c + 1 < u.b && toks[c + 1].pos === 'VERB'))) {
    return { s: near[0], e: near[1], first: s, before: null, citing: null, gap: true };
  }
  // The phrase may close a relative clause ("X, who provided the ministry's data, noted"): skip it.
  let r = s - 1;
  while (r >= u.a && s - r < 24 && toks[r].text !== ',' && !isQuote(toks[r])) r--;
  if (r >= u.a && toks[r].text === ',' && ['who', 'which', 'whose'].includes(toks[r + 1].lower)) {
    run.length = 0;
    k = r;
  }
  while (k >= u.a && toks[k].text === ',' && chunks++ < MAX_CHUNKS) {
    let cs = k - 1;
    // A dateline's dash ("November 5, 2024 – Nordvik Foods ASA, ...") opens the chunk too.
    while (cs > u.a && toks[cs - 1].text !== ',' && !isQuote(toks[cs - 1]) && toks[cs - 1].text !== '–' &&
      toks[cs - 1].text !== '—' && k - cs < 40) cs--;
    if (cs < u.a || cs >= k) break;
    const f = toks[cs];
    if (f.lower === 'who' || f.lower === 'whose' || f.lower === 'which') { k = cs - 1; continue; }
    if (f.lower === 'citing') { citing ??= sourcePhrase(toks, cs + 1, k); k = cs - 1; continue; }
    if (hasVerb(toks, cs, k)) { before = spanOrNull(toks, u.a, k); break; }
    if (isIntro(toks, cs, k)) break;
    const ce = skipParen(toks, k - 1, cs) + 1;
    if (npRight(toks, cs, ce) === ce) { run.unshift([cs, ce]); k = cs - 1; continue; }
    before = spanOrNull(toks, u.a, k);
    break;
  }
  if (!run.length) return null;
  const first = run[0][0];
  if (before && run.length > 1) before = null;
  const pick = run.find(r => isNameChunk(toks, r[0], r[1])) ?? run[0];
  return { s: pick[0], e: pick[1], first, before, citing, relayedBy, near };
}

export function isNameChunk(toks: Token[], s: number, e: number): boolean {
  const f = toks[s];
  if (!isCap(f) || f.pos === 'DET' || f.lower === 'the') return false;
  if (s + 1 < e && toks[s + 1].lower === 'of') return false;
  // "Chile's mining minister" is a title, not a name: a lower-case head noun describes.
  for (let k = s + 1; k < e; k++) {
    const t = toks[k];
    if (isWord(t) && !isCap(t)) {
      const kind = nounKind(t.lower);
      if (kind === 'person' || kind === 'org' || kind === 'group') return false;
    }
  }
  return true;
}

/** The subject at the start of a unit, after introductory adverbials. */
export function unitSubject(toks: Token[], a: number, lim: number): { s: number; e: number } | null {
  let cs = a;
  for (let n = 0; cs < lim; n++) {
    if (n >= MAX_CHUNKS) return null;
    let ce = cs;
    while (ce < lim && toks[ce].text !== ',' && ce - cs < 40) ce++;
    if (ce - cs >= 40) break;
    if (!isIntro(toks, cs, ce)) break;
    cs = ce + 1;
  }
  if (cs >= lim) return null;
  const e = npRight(toks, cs, lim);
  if (e < 0) return null;
  if (e < lim && toks[e].text === ',' && !isNameChunk(toks, cs, e)) {
    const e2 = npRight(toks, e + 1, lim);
    if (e2 > 0 && isNameChunk(toks, e + 1, e2)) return { s: e + 1, e: e2 };
  }
  return { s: cs, e: trimTime(toks, cs, e) };
}

// ---- strong speech verbs no frame fits: the nearest speaker and what the sentence says around the cue ----

/**
* "said" and its like report nearly wherever they stand as verbs. When no frame fits (a long apposition, a
* subject two clauses back, a quotation split by the cue), the speaker is the nearest noun phrase on the left (or
* the phrase right after the cue) that stands for a source, and the content what follows the cue, else what
* precedes the speaker. Passives and "the said" stay out.
*/
export function looseAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c > u.a && (toks[c - 1].pos === 'DET' || BE.has(toks[c - 1].lower))) return null;
  // "easier said than done"
  if (c + 1 < u.b && toks[c + 1].lower === 'than') return null;
  let src: ResolvedSource | null = null;
  let j = c - 1;
  while (j >= u.a && c - j < 4 && (CUE_PREFIX.has(toks[j].lower) || toks[j].text === ',' || toks[j].pos === 'ADV')) j--;
  if (j >= u.a && BE.has(toks[j].lower)) return null;
  // "..., which said": the relative frame had its chance; a guess past it would name the wrong antecedent.
  if (j >= u.a && (toks[j].lower === 'which' || toks[j].lower === 'who' || toks[j].lower === 'that')) return null;
  // Inside a relative clause ("the volunteers who staffed the tables told"), the speaker is its antecedent.
  for (let k = j; k > u.a && j - k < 30; k--) {
    const l = toks[k].lower;
    if (isQuote(toks[k]) || l === '.' || l === ';') break;
    if (l === 'who' || l === 'which') { j = toks[k - 1].text === ',' ? k - 2 : k - 1; break; }
  }
  for (let k = j; k >= u.a && j - k < 30 && !src; k--) {
    const t = toks[k];
    if (isQuote(t) || t.text === '.' || t.text === ';') break;
    if (!isWord(t) || !npToken(t)) continue;
    const s0 = npLeft(toks, k, u.a);
    if (s0 < 0) continue;
    k = s0;
    // Objects of prepositions ("in every election", "to the governor and the mayor"), times and bare numbers are
    // no speakers: the walk goes on to the phrase they modify.
    let p = s0 - 1;
    if (p >= u.a && (toks[p].lower === 'and' || toks[p].lower === 'or') && p - 1 >= u.a && npToken(toks[p - 1])) {
      const s1 = npLeft(toks, p - 1, u.a);
      if (s1 >= 0) p = s1 - 1;
    }
    if (p >= u.a && toks[p].pos === 'ADP') continue;
    const e0 = trimTime(toks, s0, j + 1 < c ? Math.min(npEnd(toks, s0, c), c) : c);
    if (e0 <= s0 || TIME_WORDS.has(toks[e0 - 1].lower) || toks[e0 - 1].type === 'number') continue;
    src = resolver.resolve(s0, e0);
  }
  const ce = c + 1;
  if (!src && ce < u.b && isWord(toks[ce])) {
    const e = npRight(toks, ce, u.b);
    if (e > 0) src = resolver.resolve(ce, trimTime(toks, ce, e));
  }
  if (!src || src.kind === 'doc') return null;
  // A quotation keeps the cue's own reading (a one-word scare quote after "acknowledged" says nothing).
  const after = contentAfter(rep, ce, ce < u.b && isQuote(toks[ce]) ? info : { ...info, bareClause: true, object: true }, u);
  const srcTok = tokAt(toks, src.start);
  // What precedes the speaker only when the cue closes the sentence or a comma follows it ("..., they said, ...").
  const closes = closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',');
  const content = after ?? (closes && srcTok > u.a + 1 && srcTok < c ? spanOrNull(toks, u.a, srcTok) : null) ??
    (info.lemma === 'say' && opensClause(toks, srcTok, tokAt(toks, src.end - 1), u) ? restOfClause(toks, ce, u) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: src, cue: span(toks, c, ce), content, via: [], at: c };
}

/**
* Evidence whose subject is too long for the subject frames: "The latest poll released Friday shows that ...",
* "Video of the arrest showed him ...", "A review of the filings shows ...", "..., court records show.". A document
* or data noun in the subject, which runs back to a clause boundary or a finite verb, makes it speak.
*/
export function evidenceAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  // "A 2014 study by the law school found 31 cases": findings speak like evidence, with an object or a clause.
  if (info.lemma === 'find') info = { ...info, object: true, bareClause: true };
  else if (info.lemma === 'indicate') info = { ...info, docSubject: true };
  else if (!info.docSubject) return null;
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  if (j < u.a || !isWord(toks[j]) || BE.has(toks[j].lower) || toks[j].pos === 'DET' || EVIDENCE_STOPS.has(toks[j].lower)) return null;
  // "a talk show host": the form is a noun inside a compound.
  if (c + 1 < u.b && toks[c + 1].pos === 'NOUN' && toks[j].pos === 'NOUN' && nounKind(toks[j].lower) !== 'doc') return null;
  let lo = j;
  while (lo > u.a && j - lo < MAX_EVIDENCE_SUBJECT) {
    const t = toks[lo - 1];
    if (!isWord(t) && !EVIDENCE_GLUE.has(t.text)) break;
    if (EVIDENCE_STOPS.has(t.lower) || (t.pos === 'AUX' && !isCap(t))) break;
    // A finite verb ends the subject; a participle that modifies it ("released Friday", "taken last week") does not.
    if (t.pos === 'VERB' && !isCap(t) && !/(?:ed|en|wn)$/.test(t.lower)) break;
    lo--;
  }
  while (lo < j && (toks[lo].pos === 'CCONJ' || toks[lo].pos === 'SCONJ' || toks[lo].pos === 'ADP' || !isWord(toks[lo]))) lo++;
  let head = -1;
  for (let k = lo; k <= j && head < 0; k++) if (isWord(toks[k]) && nounKind(toks[k].lower) === 'doc') head = k;
  // "Videos purportedly from the region showed": the writer keeps a distance, the evidence is no source.
  for (let k = lo; k < c; k++) if (isEvidential(toks[k].lower)) return null;
  if (head < 0) return null;
  const ce = c + 1;
  let content = contentAfter(rep, ce, info, u);
  // "..., court records show.": the evidence closes the sentence and vouches for what came before it.
  if (!content && lo - 1 > u.a && toks[lo - 1].text === ',' && closesSentence(toks, ce, u.b) && hasVerb(toks, u.a, lo - 1)) {
    content = spanOrNull(toks, u.a, lo - 1);
  }
  if (!content) return null;
  // Its agent speaks ("the poll by Gallup"), else the evidence itself ("the latest Reuters poll"), not a time after it.
  const agent = head + 2 <= j && (toks[head + 1].lower === 'by' || toks[head + 1].lower === 'from');
  const src = (agent ? resolver.resolve(lo, j + 1) : null) ?? resolver.resolve(lo, head + 1) ?? resolver.describe(lo, head + 1);
  return src ? { source: src, cue: span(toks, c, ce), content, via: [], at: c } : null;
}

/**
* Does the speaker at token `k` open a clause of its own (sentence start, after a comma or a conjunction), rather
* than sit inside a relative ("what Obama said", "everything I said") or a first-person aside?
*/
export function opensClause(toks: Token[], k: number, last: number, u: Unit): boolean {
  if (k < u.a || k >= u.b) return false;
  // "As she has said, ...", "Like I said" look back on what was said before rather than report the clause after.
  for (let m = k; m <= last && m < k + 8; m++) if (FIRST_PERSON_WORDS.has(toks[m].lower) || LOOK_BACK.has(toks[m].lower)) return false;
  if (k <= firstWord(toks, u)) return true;
  const p = toks[k - 1];
  if (k - 1 === firstWord(toks, u) && LOOK_BACK.has(p.lower)) return false;
  return p.text === ',' || p.text === ';' || (isQuote(p) && !OPENING_MARKS.has(p.text));
}

/**
* What a loose speech cue reports when no content frame fits ("said yes", "said — on Twitter — that", "said, if
* elected, she would", "said of the senator, “...”"): the rest of its clause, after a comma, colon or dash.
*/
export function restOfClause(toks: Token[], ce: number, u: Unit): Range | null {
  let s = ce;
  if (s < u.b && (toks[s].text === ',' || toks[s].text === ':' || isDash(toks[s]))) s++;
  if (s >= u.b || !(isWord(toks[s]) || isQuote(toks[s]))) return null;
  const e = clauseEnd(toks, s, u.b);
  return e > s + 1 ? spanOrNull(toks, s, e) : null;
}

/** End of the noun phrase starting at `s`, before `lim`. */
export function npEnd(toks: Token[], s: number, lim: number): number {
  const e = npRight(toks, s, lim);
  return e > s ? e : s + 1;
}

/**
* ", citing low growth" after an attribution: the speaker gives a reason, a cue of its own. ", citing officials"
* names the origin instead (`withCiting`), and "X, citing Y, said" is read by the frame after it.
*/
export function citesReason(rep: ReportState, c: number, u: Unit, found: Found[]): boolean {
  const { toks, resolver } = rep;
  if (c - 1 <= u.a || toks[c - 1].text !== ',' || !found.length || found[found.length - 1].at >= c) return false;
  const x = sourcePhrase(toks, c + 1, u.b);
  return !x || !namesSpeaker(toks, x[0], x[1]) || !resolver.resolve(x[0], x[1]);
}

/** Does [a, e) name who could speak (a name, a pronoun, a source noun) rather than a reason ("low growth")? */
export function namesSpeaker(toks: Token[], a: number, e: number): boolean {
  for (let k = a; k < e && k < a + 20; k++) {
    const t = toks[k];
    if (isWord(t) && (isCap(t) || nounKind(t.lower) !== null || OBJECT_PRONOUNS.has(t.lower))) return true;
  }
  return false;
}

// ---- participles: "..., adding that", "issued a statement saying that", "with officials claiming that" --

/** Does a form of "be" (not "being") stand before the participle at `c`, past adverbs ("is now calling")? */
/**
* "Cruz was also critical of Obama's stance", "they have been supportive of her bid", "he is adamant that ...": the cue
* runs from the form of "be" (at most two adverbs before the adjective) to the adjective's "of", or to the adjective
* before "that"; the subject before "be" holds the stance. "being critical of" is no report.
*/
export function stanceAdjectiveAt(rep: ReportState, c: number, next: string, u: Unit, ui: number): Found | null {
  const { toks } = rep;
  if (c + 2 >= u.b || toks[c + 1].lower !== next) return null;
  let be = c - 1;
  while (be > u.a && c - be <= 2 && !BE.has(toks[be].lower) && (toks[be].pos === 'ADV' || CUE_PREFIX.has(toks[be].lower))) be--;
  if (be <= u.a || !BE.has(toks[be].lower) || toks[be].lower === 'being') return null;
  return cueAt(rep, be, next === 'to' ? WISH_ADJECTIVE : STANCE_ADJECTIVE, u, ui, next === 'of' ? c + 2 : c + 1);
}

export function progressiveAt(toks: Token[], c: number, u: Unit): boolean {
  let j = c - 1;
  while (j > u.a && c - j < 4 && isCuePrefix(toks[j])) j--;
  return j > u.a && BE.has(toks[j].lower) && toks[j].lower !== 'being';
}

export function participleAt(rep: ReportState, c: number, info: CueInfo, u: Unit, found: Found[]): Found | null {
  const { toks, resolver } = rep;
  // "..., he said, referring to Barack Obama": whom the speaker meant is part of what was said.
  const referring = info.lemma === 'refer' && c + 2 < u.b && toks[c + 1].lower === 'to' && toks[c - 1]?.text === ',';
  // A stance's participle takes an object only as an adverbial or progressive (", denouncing the tax", "is backing
  // him"); "voters supporting the plan" describes the voters.
  // After a subordinator anywhere, only a stance that is itself voiced keeps its object ("won votes by denouncing the
  // tax"; "by supporting the bill" is as often a deed).
  const objectOk = c > u.a && (toks[c - 1].text === ',' || BE.has(toks[c - 1].lower) ||
    (SUBORDINATORS.has(toks[c - 1].lower) && (c - 1 === firstWord(toks, u) || VOICED_STANCES.has(info.lemma))));
  // ", citing low growth": whatever is cited, up to the end of the clause.
  const citing = info.lemma === 'cite' && c + 1 < u.b && isWord(toks[c + 1]);
  const content = referring ? spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b)) : citing ? spanOrNull(toks, c + 1, clauseEnd(toks, c + 1, u.b)) : contentAfter(rep, c + 1, objectOk ? info : { ...info, object: false }, u);
  if (!content) return null;
  const cue = span(toks, c, c + 1);
  const prev = toks[c - 1];
  // After a reported clause "citing" gives its reason; after a plain deed ("cut the budget, citing low growth") the
  // subject of the deed is the one who cites.
  const afterReport = found.length > 0 && found[found.length - 1].at < c;
  // "won endorsements by citing his results": after a subordinator the one who cites is the clause's subject.
  const subordinated = !!prev && SUBORDINATORS.has(prev.lower);
  if (info.lemma === 'cite' && c !== firstWord(toks, u) && !subordinated && (afterReport ? !citesReason(rep, c, u, found) : prev?.text !== ',')) return null;
  if (prev && prev.text === ',') {
    const last = found[found.length - 1];
    if (last) return { source: last.source, cue, content, via: [...last.via], at: c };
  } else if (prev && isWord(prev) && npToken(prev)) {
    const s = npLeft(toks, c - 1, u.a);
    if (s > u.a && toks[s - 1].lower === 'with') {
      const src = resolver.resolve(s, c);
      return src ? { source: src, cue, content, via: [], at: c } : null;
    }
  }
  const sub = c === firstWord(toks, u) ? null : unitSubject(toks, u.a, c);
  if (!sub) return c - 1 === firstWord(toks, u) || c === firstWord(toks, u) ? openingParticiple(rep, c, cue, content, u) : null;
  const src = resolver.resolve(sub.s, sub.e);
  return src ? { source: src, cue, content, via: [], at: c } : null;
}

/**
* "After saying he was nervous, the man ...", "While praising the plan, Ryan warned ...": a participle clause that
* opens the sentence after a subordinator has the subject of the clause after its comma as its speaker.
*/
export function openingParticiple(rep: ReportState, c: number, cue: Range, content: Range, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c !== firstWord(toks, u) && !SUBORDINATORS.has(toks[c - 1].lower)) return null;
  let k = c + 1;
  while (k < u.b && k - c < 40 && toks[k].text !== ',' && toks[k].text !== '.' && toks[k].text !== ';') k++;
  if (k + 2 >= u.b || toks[k].text !== ',') return null;
  const e = npRight(toks, k + 1, u.b);
  if (e < 0 || e >= u.b || !newClause(toks, k + 1, u.b)) return null;
  const src = resolver.resolve(k + 1, trimTime(toks, k + 1, e));
  if (!src || toks[k - 1].end <= content.start) return null;
  return { source: src, cue, content: { start: content.start, end: Math.min(content.end, toks[k - 1].end) }, via: [], at: c };
}
