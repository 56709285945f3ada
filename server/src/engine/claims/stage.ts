// The stage of one gathering a crowd count holds at: "at the start of the march", "at its peak", "at the height of the
// protest", "at the end of the rally". A crowd swells and thins through its day, so two counts of one march at stages
// the words name are counts of two moments, no rivals (check/parts.ts `crowdStagesApart`). The evening, the night and a
// clock hour ("by 7 pm") are stages too; hour.ts reads them (`detail.hour`), and they are not written again here.

/** Words of a stage, each with the stage it names. */
const STAGE_WORDS: ReadonlyMap<string, Stage> = new Map([
  ['start', 'start'], ['beginning', 'start'], ['outset', 'start'],
  ['peak', 'peak'], ['height', 'peak'],
  ['end', 'end'], ['close', 'end'],
]);

/** The stages of a gathering a word names. */
export type Stage = 'start' | 'peak' | 'end';

/** Nouns of a span of time: "at the start of the year" is no stage of a gathering. */
const TIME_SPANS = ['year', 'month', 'week', 'day', 'decade', 'century', 'season', 'quarter'];

/**
 * A preposition, a determiner, a stage word, and no span of time after "of": "at the start", "at its peak", "by the end",
 * "towards the close of the rally". One pass, no nested repetition.
 */
const STAGE = new RegExp(String.raw`\b(?:at|by|towards?|near)\s+(?:the|its|their)\s+(?:very\s+)?(` + [...STAGE_WORDS.keys()].join('|')
  + String.raw`)\b(?!\s+of\s+(?:the\s+|this\s+|last\s+|that\s+)?(?:` + TIME_SPANS.join('|') + String.raw`)s?\b)`, 'i');
const STAGE_ALL = new RegExp(STAGE.source, 'gi');

/**
 * The stage a crowd figure's clause (`clause`) names, else one right after the figure with no other figure between
 * (`after`: "reported 60,000 people at the start and ..."; a clause may end before it), else the last its sentence
 * names before the clause (`before`: "At its peak, the march drew 45,000"); undefined when none names one.
 */
export function stageOf(clause: string, after: string, before: string): Stage | undefined {
  const next = STAGE.exec(after);
  const m = STAGE.exec(clause) ?? (next && !/\d/.test(after.slice(0, next.index)) ? next : null) ?? lastMatch(before);
  return m ? STAGE_WORDS.get(m[1].toLowerCase()) : undefined;
}

function lastMatch(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  STAGE_ALL.lastIndex = 0;
  for (let m = STAGE_ALL.exec(text); m; m = STAGE_ALL.exec(text)) last = m;
  return last;
}
