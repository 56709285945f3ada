// Word tables of the attribution recognizer shared by several of its steps.
import { type CueInfo } from './cues';

export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'evening', 'morning', 'week', 'month', 'year', 'night', 'afternoon']);
export const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);

/** Free relatives: "what voters want" names a wish, it does not report one. */
export const FREE_RELATIVES = new Set(['what', 'whatever']);

/** Words that open a reported clause without a subject first ("says if he wins", "said none of them"). */
/** Question words that open a reported clause whatever their tag ("explained how he built it", "asked why"). */
export const WH_OPENERS = new Set(['how', 'why', 'what', 'where', 'who']);

/** Words that open the question after an agentless "was asked" ("was asked about the cuts", "asked whether"). */
export const QUESTION_LEADS = new Set([...WH_OPENERS, 'whether', 'if', 'about']);

/** Object pronouns that stand for people ("attacked her"). */
export const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself']);

/** Object pronouns after "called" ("called him a fascist", "called himself pro-choice"). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us']);

/** First and second persons: speakers inside a quotation, not the report's sources. */
export const FIRST_PERSON_WORDS = new Set(['i', 'we', 'you']);

/** What a speech act made with a noun takes: "that", or the object of its preposition ("a plea for unity"). */
export const SPEECH_ACT: CueInfo = { lemma: 'make', object: true, bareClause: false, infinitive: true, quoteOnly: false, addressee: false,
  docSubject: false, quoteObject: false, forwardOnly: true };

/** Parts of speech that may stand between "made" and its speech-act noun ("several controversial", "a bizarre"). */
export const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);

/** Marks that only open a quotation. */
export const OPENING_MARKS = new Set(['“', '«', '„']);

/** Sentence adverbs set off by commas between a subject and its cue ("Forbes, however, says"). */
export const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'nevertheless', 'moreover',
  'also', 'separately', 'likewise', 'similarly', 'meantime', 'still', 'then', 'now', 'later', 'earlier', 'previously']);

/** Time words that may sit between a cue and its content ("announced on 18 May the start", "said last week"). */
export const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'in', 'at', 'during', 'over', 'before', 'after']);
