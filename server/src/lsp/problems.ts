// The status notification carries the problems the status bar lists; a store with 40,000 broken items must not
// make every notification megabytes long, so the list is cut and the rest counted.
export const MAX_STATUS_PROBLEMS = 20;

export function capProblems(list: readonly string[], max = MAX_STATUS_PROBLEMS): string[] {
  if (list.length <= max) return [...list];
  const rest = list.length - (max - 1);
  return [...list.slice(0, max - 1), `…and ${rest.toLocaleString('en-US')} more problems`];
}
