// Agreeing claims: independent confirmation, or an echo of one upstream source relayed twice.
import type { Claim, ClaimRef } from '../types';
import { chainOf } from './compare';

export interface Corroboration {
  a: ClaimRef;
  b: ClaimRef;
  /** False when both relay the same upstream source (both cite ERR). */
  independent: boolean;
  /** The shared upstream source id, when they echo one. */
  upstream?: string;
}

export function refOf(c: Claim): ClaimRef {
  return { path: c.path, start: c.start, end: c.end, claim: c.id };
}

/** The first source both chains share, original voice first; undefined when the chains are disjoint. */
export function sharedUpstream(a: Claim, b: Claim): string | undefined {
  const cb = new Set(chainOf(b));
  return chainOf(a).find(id => cb.has(id));
}

export function corroboration(a: Claim, b: Claim): Corroboration {
  const upstream = sharedUpstream(a, b);
  return upstream ? { a: refOf(a), b: refOf(b), independent: false, upstream } : { a: refOf(a), b: refOf(b), independent: true };
}
