// A weight is compared in tonnes whatever unit it is written in (issue 11, round 45): "7.8 tonnes of gold" against
// "26,000 oz" or "13,157.5 kg" is one quantity told in two units, not two things counted. The recognizer keeps each
// unit as written (its golden rows and messages show it so); the claim alone puts the value on the common base.

/** The unit a claim's weight is compared in. */
export const MASS_BASE = 'tonne';

/**
 * Tonnes in one unit of each weight the recognizer names. An ounce in the news weighs a precious metal, so it is the
 * troy ounce (31.1 g); pounds and stones are left as written (a person's weight, a parcel), never a rival in tonnes.
 */
const TONNES_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['kg', 1e-3],
  ['g', 1e-6],
  ['mg', 1e-9],
  ['oz', 3.1103477e-5],
]);

/** The factor that puts a figure in `unit` on tonnes, or null when the unit is no weight to convert. */
export function tonnesPer(unit: string): number | null {
  return TONNES_PER_UNIT.get(unit) ?? null;
}
