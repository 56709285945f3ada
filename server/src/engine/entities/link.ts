// Links entities across reports (a surname alone in one report, the full name in another; transliteration variants).
import type { DocumentAnalysis } from '../types';
import { foldKey } from './fold';

interface PersonInfo {
  id: string;
  name: string;
  words: string[];
}

/** Returns a map from per-report ids to corpus-wide canonical ids; ids absent from the map stay as they are. */
export function linkAcrossDocuments(docs: readonly DocumentAnalysis[]): Map<string, string> {
  const people = new Map<string, PersonInfo>();
  for (const d of docs) {
    for (const e of d.entities) {
      if (e.kind !== 'person' || people.has(e.id)) continue;
      const words = foldKey(e.name).split(' ').filter(Boolean);
      if (words.length) people.set(e.id, { id: e.id, name: e.name, words });
    }
  }
  const remap = new Map<string, string>();
  // Full names: the same fold key is one person (Zelenskyy/Zelenskiy spelled out in full in two reports).
  const byFull = new Map<string, PersonInfo>();
  const full = [...people.values()].filter(p => p.words.length >= 2);
  for (const p of full) {
    const key = p.words.join(' ');
    const first = byFull.get(key);
    if (!first) byFull.set(key, p);
    else if (first.id !== p.id) remap.set(p.id, first.id);
  }
  // Surnames alone: link when exactly one full name in the corpus ends with that folded surname.
  const bySurname = new Map<string, Set<string>>();
  for (const p of byFull.values()) {
    const last = p.words[p.words.length - 1];
    let s = bySurname.get(last);
    if (!s) bySurname.set(last, (s = new Set()));
    s.add(p.id);
  }
  for (const p of people.values()) {
    if (p.words.length !== 1) continue;
    const cands = bySurname.get(p.words[0]);
    if (cands && cands.size === 1) {
      const target = [...cands][0];
      if (target !== p.id) remap.set(p.id, target);
    }
  }
  return remap;
}
