// The reporting-verb lexicon: which word forms introduce an attribution, and what they may take.

export interface CueInfo {
  lemma: string;
  /** May take a bare noun-phrase object as what is reported ("reported 44 clashes"). */
  object: boolean;
  /** May take a clause with no "that" ("said it had recorded ..."). */
  bareClause: boolean;
  /** May take "to" + verb ("claims to have repelled"). */
  infinitive: boolean;
  /** Only counts right after a quotation (", it continued."). */
  quoteOnly: boolean;
  /** Takes an addressee before its content ("told reporters that"). */
  addressee: boolean;
}

type Flags = Partial<Omit<CueInfo, 'lemma'>>;

const SPEECH: Flags = { bareClause: true };
const REPORT: Flags = { bareClause: true, object: true };
const THAT_ONLY: Flags = {};

// lemma -> [flags, inflected forms]. Participles ("saying") are listed apart: they borrow their subject.
const TABLE: [string, Flags, string[]][] = [
  ['say', SPEECH, ['say', 'says', 'said']],
  ['tell', { addressee: true }, ['tell', 'tells', 'told']],
  ['inform', { addressee: true }, ['informs', 'informed']],
  ['state', SPEECH, ['states', 'stated']],
  ['write', SPEECH, ['write', 'writes', 'wrote']],
  ['add', SPEECH, ['add', 'adds', 'added']],
  ['note', SPEECH, ['note', 'notes', 'noted']],
  ['emphasize', SPEECH, ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised']],
  ['stress', SPEECH, ['stresses', 'stressed']],
  ['underline', THAT_ONLY, ['underlines', 'underlined']],
  ['explain', SPEECH, ['explains', 'explained']],
  ['warn', { bareClause: true, addressee: true }, ['warn', 'warns', 'warned']],
  ['claim', { bareClause: true, infinitive: true }, ['claim', 'claims', 'claimed']],
  ['allege', { bareClause: true, infinitive: true }, ['allege', 'alleges', 'alleged']],
  ['report', REPORT, ['report', 'reports', 'reported']],
  ['announce', REPORT, ['announce', 'announces', 'announced']],
  ['confirm', REPORT, ['confirm', 'confirms', 'confirmed']],
  ['deny', REPORT, ['deny', 'denies', 'denied']],
  ['estimate', REPORT, ['estimate', 'estimates', 'estimated']],
  ['believe', SPEECH, ['believe', 'believes', 'believed']],
  ['think', THAT_ONLY, ['thinks']],
  ['argue', SPEECH, ['argue', 'argues', 'argued']],
  ['insist', THAT_ONLY, ['insist', 'insists', 'insisted']],
  ['maintain', THAT_ONLY, ['maintains', 'maintained']],
  ['affirm', THAT_ONLY, ['affirms', 'affirmed']],
  ['assert', THAT_ONLY, ['asserts', 'asserted']],
  ['declare', THAT_ONLY, ['declares', 'declared']],
  ['acknowledge', THAT_ONLY, ['acknowledges', 'acknowledged']],
  ['admit', THAT_ONLY, ['admits', 'admitted']],
  ['reveal', THAT_ONLY, ['reveals', 'revealed']],
  ['predict', THAT_ONLY, ['predicts', 'predicted']],
  ['conclude', THAT_ONLY, ['concludes', 'concluded']],
  ['suggest', THAT_ONLY, ['suggests', 'suggested']],
  ['point out', THAT_ONLY, []],
  ['recall', THAT_ONLY, ['recalls', 'recalled']],
  ['assess', THAT_ONLY, ['assesses', 'assessed']],
  ['observe', THAT_ONLY, ['observed']],
  ['comment', { quoteOnly: true }, ['commented']],
  ['continue', { quoteOnly: true }, ['continued', 'continues']],
  ['reply', { quoteOnly: true }, ['replied']],
  ['ask', { quoteOnly: true }, ['asked']],
];

const PARTICIPLES: [string, string][] = [
  ['saying', 'say'], ['adding', 'add'], ['claiming', 'claim'], ['noting', 'note'], ['stating', 'state'],
  ['stressing', 'stress'], ['warning', 'warn'], ['arguing', 'argue'], ['insisting', 'insist'],
  ['emphasizing', 'emphasize'], ['emphasising', 'emphasize'], ['alleging', 'allege'],
];

const FORMS = new Map<string, CueInfo>();
for (const [lemma, flags, forms] of TABLE) {
  const info: CueInfo = {
    lemma, object: false, bareClause: false, infinitive: false, quoteOnly: false, addressee: false, ...flags,
  };
  for (const f of forms) FORMS.set(f, info);
}
const PARTICIPLE_FORMS = new Map<string, CueInfo>();
for (const [form, lemma] of PARTICIPLES) {
  const base = [...FORMS.values()].find(i => i.lemma === lemma)!;
  PARTICIPLE_FORMS.set(form, { ...base, object: false });
}

/** The cue a finite verb form stands for, or undefined. */
export function finiteCue(lower: string): CueInfo | undefined {
  return FORMS.get(lower);
}

/** The cue a present participle stands for ("adding that ..."), or undefined. */
export function participleCue(lower: string): CueInfo | undefined {
  return PARTICIPLE_FORMS.get(lower);
}

/** Forms of "be": before a past participle they make it passive ("is believed to"), which names no source. */
export const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** Words that may sit between a subject and its cue ("has also stated", "previously said"). */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'also', 'previously', 'earlier', 'later', 'then', 'again', 'further', 'repeatedly',
  'recently', 'already', 'publicly', 'once', 'reportedly', 'officially', 'separately', 'subsequently',
  'will', 'would', 'may', 'might', 'could', 'can', 'did', 'does', 'do', 'not', 'never', 'only', 'even',
  'himself', 'herself', 'itself', 'themselves', 'openly', 'first', 'initially', 'now', 'still', 'however',
]);
