// Memos of the report asked about last (its line breaks, word-class indexes, sources, clock phrases): each stage asks
// several times per figure about one report, so a module keeps its last answer at hand. Held past the analysis, such a
// memo kept the finished report's tokens, and all they reach, alive through the next report's analysis: up to 40 MB
// after an 800 KB report, marked again by every full collection while the next report ran. The analysis lets go of
// them when it returns; the weakly keyed caches behind them stay.

const releases: (() => void)[] = [];

/** Registers how a module drops its memo of the last report (called once per module, at load). */
export function memoOfLastReport(release: () => void): void {
  releases.push(release);
}

/** Drops every module's memo of the last report: the analysis is done and the next report shares nothing with it. */
export function releaseReportMemos(): void {
  for (const release of releases) release();
}
