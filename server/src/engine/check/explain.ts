// Why two claims make no finding: every part of the frame that keeps them apart, named in one fixed order, so a tool
// can count missed contradictions by cause (scripts/eval-check-why.mjs). It reads the same tests the matcher runs
// (claimIndex.ts, judge), each on its own, and changes nothing.
import { detailOf } from '../claims/detail';
import { isMeasurementUnit } from '../quantities/units';
import type { Claim, DocumentAnalysis } from '../types';
import { asOfReach } from './asOf';
import { correctedBy, provisionalDrift } from './claimIndex';
import {
  compareFigures, differentVoices, groupSide, otherGathering, resultsSaidTogether, scopeObstacle, scopesOf, settingOf, settingsOverlap, spanOf, timeFit,
  partyId, placesBeside, wholeOverPart,
} from './compare';
import { instancesApart } from '../claims/incidents';
import { aggregatePart, aloneBelowWhole, siteBelowWhole, blowInRunningTotal, crowdStagesApart, bothRisenSameDay, spreadOverPart, breakdownApart, wholeBeside, clauseMates, earlierWordApart, countsElsewhere, oneGathering, countedLater, listedPart, rivalVoicesInOneReport, readingsApart, runningTotalsApart, currencyLossSpansApart, sameDayStages, occasionsApart } from './parts';
import { baseEvent } from '../claims/measure';
import { contextOf, contextPartSide, otherCountry, partSide, partWholeVerdict, periodExceeds, periodPart, unplacedFit, wholeRateOverPart, contextListPart } from './places';
import { issuedDay, orderBetween, saidDay } from './order';
import { isStatedChange, statedChanges } from './revisions';
import { estimatesMeet } from './recall';

/** The parts of the frame, in the order a diagnosis names them. */
export const WHY_PARTS = ['unit', 'thing', 'measure', 'holder', 'place', 'time', 'modality', 'change', 'source', 'compatible',
  'other'] as const;
export type WhyPart = typeof WHY_PARTS[number];

export interface WhyApart {
  part: WhyPart;
  /** What the frames say, in a few words ("percent vs person", "weekday:sunday vs 2024-03-02"). */
  detail: string;
}

/** The part of a measure key after the unit's and event's own names: "killed+part" -> "+part". */
function marks(event: string): string {
  return event.slice(baseEvent(event).length);
}

const UNSPECIFIED = 'unspecified';

/** What the measures say: unit, counted thing, measure, or a mark of part or change that differs. */
function measureObstacles(a: Claim, b: Claim, out: WhyApart[]): void {
  const ua = a.measure.unit;
  const ub = b.measure.unit;
  if (ua !== ub) {
    const part = isMeasurementUnit(ua) || isMeasurementUnit(ub) ? 'unit' : 'thing';
    out.push({ part, detail: `${ua} vs ${ub}` });
  }
  const ea = baseEvent(a.measure.event);
  const eb = baseEvent(b.measure.event);
  if (ea.startsWith(UNSPECIFIED) || eb.startsWith(UNSPECIFIED)) out.push({ part: 'measure', detail: `${ea} vs ${eb} (no event read)` });
  else if (ea !== eb) out.push({ part: 'measure', detail: `${ea} vs ${eb}` });
  if (marks(a.measure.event) !== marks(b.measure.event)) {
    out.push({ part: 'change', detail: `marks ${marks(a.measure.event) || 'none'} vs ${marks(b.measure.event) || 'none'}` });
  }
}

const timeText = (c: Claim) => {
  const d = detailOf(c);
  if (d?.timeBasis === 'unresolved') return `${d.timeText} (unresolved)`;
  return `${c.time.from ?? '-'}..${c.time.to ?? '-'} (${d?.timeBasis ?? 'none'})`;
};

/**
 * Every part of the frame that keeps `a` and `b` apart, in WHY_PARTS order; the first is the cause a diagnosis names.
 * 'compatible' when the frames meet but the figures can both hold; 'other' when the matcher would pair them (a finding
 * kept for another copy, a cap). `docs` are the reports the claims come from (for their settings and stated changes).
 */
export function explainPair(a: Claim, b: Claim, docs: readonly DocumentAnalysis[]): WhyApart[] {
  const out: WhyApart[] = [];
  measureObstacles(a, b, out);
  const da = detailOf(a);
  const db = detailOf(b);
  const docA = docs.find(d => d.path === a.path);
  const docB = docs.find(d => d.path === b.path);
  const sa = scopesOf(a, docA ? settingOf(docA.entities) : null);
  const sb = scopesOf(b, docB ? settingOf(docB.entities) : null);
  const event = a.measure.event;
  const scope = scopeObstacle(sa, sb, event, true, true, a.measure.unit);
  if (scope) out.push({ part: scope, detail: `[${a.scope.join(' ')}]${sa.holder ? ` holder=${sa.holder}` : ''} vs [${b.scope.join(' ')}]${sb.holder ? ` holder=${sb.holder}` : ''}` });
  if (readingsApart(a, b)) out.push({ part: 'holder', detail: 'readings of different agencies' });
  if (docA && docB && !settingsOverlap(settingOf(docA.entities), settingOf(docB.entities))) {
    out.push({ part: 'place', detail: 'reports of different countries (settings)' });
  }
  let fit = timeFit(a, b, da, db);
  // Figures of different times that a count which only grows orders (order.ts): their times keep them together.
  const ordered = fit === 'different' ? orderBetween(a, b, docs) : null;
  if (fit === 'different') {
    const reach = asOfReach(a, da, spanOf(a), b, db, spanOf(b));
    const together = resultsSaidTogether(a, da, spanOf(a), saidDay(a, da, docA), db, spanOf(b), saidDay(b, db, docB));
    if (together) fit = 'uncertain';
    else if (!reach && !ordered) out.push({ part: 'time', detail: `${timeText(a)} vs ${timeText(b)}` });
    else if (reach) {
      fit = 'uncertain';
      if (reach !== 'latest' && !partWholeVerdict(a, b, reach, fit)) out.push({ part: 'change', detail: 'a period\'s count inside a later running total' });
    }
  }
  // A place inside the other's: part and whole, no finding while the whole holds the part.
  const side = scope === null ? partSide(placesBeside(sa, sb, a.measure.unit), placesBeside(sb, sa, a.measure.unit), sa.placeList, sb.placeList, sa.hosts, sb.hosts) : null;
  if (side && !partWholeVerdict(a, b, side, fit)) out.push({ part: 'place', detail: `one place inside the other, whole holds part` });
  // A counted group on one side only (children among the dead): the whole holds the part.
  const group = scope === null && !side ? groupSide(sa, sb) : null;
  if (group && !partWholeVerdict(a, b, group, fit)) out.push({ part: 'change', detail: `a counted group inside the other's whole` });
  if (!estimatesMeet(a, b)) out.push({ part: 'modality', detail: `${a.modality} vs ${b.modality}` });
  changeObstacles(a, b, docs, out);
  if (!differentVoices(a, b)) out.push({ part: 'source', detail: `same voice in one report (${a.source?.name ?? detailOf(a)?.voice ?? 'none'})` });
  if (a.low === null && a.high === null || b.low === null && b.high === null) out.push({ part: 'other', detail: 'no bounded value' });
  if (!ordered && compareFigures(a, b, fit === 'uncertain').relation === 'agree') out.push({ part: 'compatible', detail: `${a.low}..${a.high} ${a.hedge} vs ${b.low}..${b.high} ${b.hedge}` });
  if (!out.length) out.push({ part: 'other', detail: 'the matcher pairs them' });
  return out.sort((x, y) => WHY_PARTS.indexOf(x.part) - WHY_PARTS.indexOf(y.part));
}

/** Parts and wholes, stated changes and stages of a count: frames that say both figures hold, one after the other. */
function changeObstacles(a: Claim, b: Claim, docs: readonly DocumentAnalysis[], out: WhyApart[]): void {
  const da = detailOf(a);
  const db = detailOf(b);
  const push = (detail: string) => out.push({ part: 'change', detail });
  if (earlierWordApart(a, da, b, db)) push('a superseded value');
  if (da?.yardstick || db?.yardstick) push('a yardstick');
  if (breakdownApart(da, db)) push(`parts of a split count (${da?.breakdown ?? '-'} vs ${db?.breakdown ?? '-'})`);
  if (runningTotalsApart(da, db)) push(`running totals since ${da?.since} vs ${db?.since}`);
  if (currencyLossSpansApart(a, da, b, db)) push(`a currency's loss since ${da?.since ?? db?.since} against one told without a start`);
  if (instancesApart(da?.instances, db?.instances)) push('one incident\'s count against a sum over several');
  if (sameDayStages(a, da, b, db)) push('stages of one day\'s count');
  if (crowdStagesApart(a, da, b, db)) push('stages of one gathering');
  if (bothRisenSameDay(a, da, b, db)) push('two risen tolls of one day');
  if (spreadOverPart(a, da, b, db)) push('a total over many places against one of them');
  if (occasionsApart(da, db)) push(`crowds of two occasions (${da?.occasionKind} vs ${db?.occasionKind})`);
  const sa = scopesOf(a);
  const sb = scopesOf(b);
  if (aloneBelowWhole(a, da, sa.places, b, db, sb.places)) push('a part singled out ("alone") within a larger count');
  if (siteBelowWhole(a, da, sa.places, b, db, sb.places)) push('one site\'s toll within a larger count');
  if (blowInRunningTotal(a, da, b, db)) push('one blow\'s toll within a running total since a start');
  const said = (c: Claim, d: typeof da) => ({ claim: c, detail: d, span: spanOf(c), said: saidDay(c, d, docs.find(x => x.path === c.path)) });
  if (countedLater(said(a, da), said(b, db), [...a.scope].sort().join() === [...b.scope].sort().join())) push('a toll counted later, higher');
  const holderPart = aggregatePart(da, db) ?? listedPart(a, da, sa.places.size, b, db, sb.places.size);
  if (holderPart && !partWholeVerdict(a, b, holderPart, 'same')) push('a holder\'s part of a sum over holders');
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  const inside = periodPart(a, spanA, da?.timeBasis, b, spanB, db?.timeBasis);
  if (inside && !periodExceeds(a, b, inside)) push('a count over part of the other\'s period');
  // An unplaced figure read in its report's title and lead (places.ts, contextFit), as the matcher reads it.
  const contextA = contextOf(docs.find(d => d.path === a.path), partyId);
  const contextB = contextOf(docs.find(d => d.path === b.path), partyId);
  const unplaced = unplacedFit(sa, contextA, sb, contextB);
  if (otherCountry(unplaced, contextA, contextB, sa, sb)) out.push({ part: 'place', detail: 'an unplaced figure of another country (its report\'s title or lead)' });
  if (wholeRateOverPart(unplaced, a) && wholeBeside(docs.find(d => d.path === (unplaced!.unplaced === 'a' ? b : a).path), unplaced!.unplaced === 'a' ? b : a)) out.push({ part: 'place', detail: 'an unplaced rate of a larger area (its report\'s title or lead)' });
  const beside = (x: Claim, y: Claim) => clauseMates(docs.find(d => d.path === x.path), x).some(q => q.value !== null && q.value === y.value);
  if (unplaced && (beside(a, b) || beside(b, a))) push('the other\'s value stated beside this one in its own clause');
  const listPart = contextListPart(unplaced, contextA, contextB, sa, sb);
  if (listPart && (a.measure.unit === 'percent' || !partWholeVerdict(a, b, listPart, 'same'))) push('one place\'s count against the total over the places its report names');
  const contextPart = unplaced && contextPartSide(unplaced, a);
  if (contextPart && !partWholeVerdict(a, b, contextPart, 'same')) {
    push('an unplaced part of the other\'s area (its report\'s title or lead)');
  } else if (!oneGathering(unplaced, a, b, (u, placed) => countsElsewhere(docs.find(d => d.path === u.path), u, placed)) && !rivalVoicesInOneReport(a, b) && wholeOverPart(a, sa, b, sb)) push('an unplaced total over a placed part');
  if (provisionalDrift({ claim: a, detail: da }, { claim: b, detail: db })) push('a count in progress near the final');
  if (otherGathering(a, b)) push('another gathering (a hundred times apart)');
  const changes = new Set<string>();
  for (const doc of docs) for (const change of statedChanges(doc).get(a.measure.key) ?? []) changes.add(change);
  if (changes.size && isStatedChange(a, b, changes)) push('old and new value of a stated change');
  // Round 31: a later report's correction of the same voice's figure (claimIndex.ts, staleSince).
  const issued = (c: Claim, d: typeof da) => ({ claim: c, detail: d, issued: issuedDay(docs.find(x => x.path === c.path)) });
  const corrected = correctedBy(issued(a, da), issued(b, db)) ?? correctedBy(issued(b, db), issued(a, da));
  if (corrected) push(corrected === 'gone' ? 'an earlier figure a later report corrects' : 'an earlier figure a report corrects months later');
}
