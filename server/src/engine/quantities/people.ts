// Adjectives that stand for people when they head a count ("left 12 dead", "92 of the dead"), with what befell them.
export const PEOPLE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['dead', 'killed'], ['injured', 'wounded'], ['wounded', 'wounded'], ['missing', 'missing'], ['displaced', 'displaced'],
  ['homeless', 'displaced'], ['detained', 'arrested'], ['arrested', 'arrested'], ['evacuated', 'evacuated'],
]);
