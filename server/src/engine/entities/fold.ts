// Spelling-fold keys: one key for the spellings of one name (case, diacritics, apostrophes, transliteration endings).
import anyAscii from 'any-ascii';
import { BoundedMemo } from '../text/boundedMemo';

const APOSTROPHES = /['’ʼ`´‘]/g;
const COMBINING = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Folds one lower-case ASCII word: transliteration variants of Slavic names collapse to one form. */
function foldWord(w: string): string {
  if (w.length < 4) return w;
  // Alexei/Aleksei, Qaddafi/Kadhafi: x and ks, q and k, dh and d are one sound in transliteration.
  let s = w.replace(/kh/g, 'h').replace(/ie/g, 'e').replace(/ye/g, 'e').replace(/x/g, 'ks').replace(/q/g, 'k')
    .replace(/dh/g, 'd');
  // Zelenskyy/Zelenskyi/Zelenskiy/Zelensky, Syrskyi/Syrsky: one ending; Alexey/Alexei/Aleksej: another.
  s = s.replace(/(?:yy|yi|iy|ij|ii|yj)$/, 'y').replace(/(?:ey|ej)$/, 'ei');
  // Kurakhove/Kurakhovo, Bolshoye/Bolshoe.
  s = s.replace(/ov[eo]$/, 'ov');
  // Doubled letters (Kharkiv/Kharkiiv, Odessa/Odesa); linear, no backtracking.
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

const CACHE_LIMIT = 50000;
// Reports repeat their words; a bounded cache keeps the per-word cost flat.
const FOLDS = new BoundedMemo<string, string>(CACHE_LIMIT, name => computeFold(name));

/** The fold key of a name: lower case, no diacritics or apostrophes, words folded and joined by one space. */
export function foldKey(name: string): string {
  return FOLDS.get(name);
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Latin letters lose their diacritics; any other script (Cyrillic, Greek, CJK, Arabic...) is transliterated to ASCII
 * first, so "Владимир Путин" folds like "Vladimir Putin" instead of to nothing. Latin names never reach the library,
 * so their keys and ids stay as they were.
 */
function toAscii(name: string): string {
  // Plain ASCII (most names) is its own NFD form and has none of the letters below: lower case without apostrophes.
  if (!NON_ASCII.test(name)) return name.toLowerCase().replace(APOSTROPHES, '');
  const plain = name.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(APOSTROPHES, '')
    .replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/æ/g, 'ae');
  return NON_ASCII.test(plain) ? anyAscii(plain).toLowerCase().replace(APOSTROPHES, '') : plain;
}

function computeFold(name: string, ascii = toAscii(name)): string {
  const words = ascii.replace(NON_ALNUM, ' ').trim().split(' ');
  const key = words.map(foldWord).join(' ');
  // A name with no letter or digit even after transliteration keeps its own spelling as key: an empty key would
  // merge every such name into one.
  return key === '' ? name.trim().toLowerCase() : key;
}

// Reports name the same entities again and again; the bounded cache spares the normalization.
const SLUGS = new BoundedMemo<string, string>(CACHE_LIMIT, name => computeSlug(name));

/** A readable id slug: lower-case ASCII words joined by hyphens ("north-korea"). */
export function slug(name: string): string {
  return SLUGS.get(name);
}

/**
 * The fold key and slug of a name, made without the bounded caches: for tables built once at load (the gazetteer's
 * tens of thousands of places would otherwise fill the caches and push out the words of the reports).
 */
export function foldAndSlug(name: string): [key: string, slug: string] {
  const ascii = toAscii(name);
  return [computeFold(name, ascii), computeSlug(name, ascii)];
}

function computeSlug(name: string, ascii = toAscii(name)): string {
  const s = ascii.replace(NON_ALNUM, '-').replace(/^-+|-+$/g, '');
  // Never an empty slug: "person:" would be one entity for every name that has none.
  return s === '' ? `u${hash(name)}` : s;
}

/** FNV-1a over UTF-16 units, as 8 hex digits: a stable stand-in slug for a name with no ASCII form. */
function hash(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
