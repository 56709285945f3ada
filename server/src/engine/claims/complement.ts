// A share told by its complement: "an abstention of 65%" states a turnout of 35%. Two reports of one vote, one giving the
// share that voted and the other the share that stayed away, are one measure a reader sets side by side (65 per cent
// participation cannot meet an abstention of 81.5%); the figure is read as the measure its complement names, on 100
// minus its interval. Each row is a measure and the measure it is the complement of.
import type { Hedge } from '../types';
import type { FigureValues } from './report';

/** A percentage measure and the measure whose complement it is (one row each; names are the measure tables' own). */
const COMPLEMENTS: ReadonlyMap<string, string> = new Map([
  ['abstention', 'turnout'],
]);

/** A whole in percent. */
const WHOLE = 100;

/** A bound's side flips with the complement: "more than 60% abstained" is a turnout of less than 40%. A hedge whose
 *  figure stands just below a point ("nearly") has no hedge of its own above it: such a figure keeps its measure. */
const MIRRORED: Readonly<Partial<Record<Hedge, Hedge>>> = {
  exact: 'exact', approximate: 'approximate', range: 'range', vague: 'vague',
  over: 'less_than', less_than: 'over', at_least: 'up_to', up_to: 'at_least',
};

/** The measure a percentage of `event` (its own, unmarked) is read as, or null when it is read as stated. */
export function complementEvent(unit: string, event: string): string | null {
  return unit === 'percent' ? COMPLEMENTS.get(event) ?? null : null;
}

/** Whether the figure's hedge has a mirror, so its complement can be stated. */
export function mirrors(hedge: Hedge): boolean {
  return MIRRORED[hedge] !== undefined;
}

const flip = (x: number | null): number | null => (x === null ? null : Math.round((WHOLE - x) * 1e6) / 1e6);

/** The complement's values: 100 minus the interval, its ends swapped and its hedge mirrored. */
export function complementValues(v: FigureValues): FigureValues {
  return { low: flip(v.high), high: flip(v.low), value: flip(v.value), hedge: MIRRORED[v.hedge] ?? v.hedge };
}

/** The figure as told, then what it was read as: "abstention of 65% (turnout 35%)", "… (turnout 25–30%)". */
export function complementFigure(told: string, event: string, low: number | null, high: number | null): string {
  return `${told} (${event} ${low === high ? low : `${low}–${high}`}%)`;
}
