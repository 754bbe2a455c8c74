import { foldText } from './text';

/** The words registers write before an area's or a room's code ("Khu A", "Phòng 03", "P.3", "Buồng 2"). */
const prefixes = { area: ['khu'], room: ['phong', 'buong', 'p'] } as const;

/** Folded, without spaces or punctuation, numbers without leading zeros: "P.03" → "p3", "Khu nữ" → "khunu". */
const compact = (folded: string) => folded.replace(/\s+/g, '').replace(/\d+/g, (n) => String(Number(n)));

/** The ways a written place may be read: as written, and without the word before its code. */
export function placeKeys(text: string, kind: keyof typeof prefixes): string[] {
  const folded = foldText(text);
  if (folded === '') return [];
  const keys = [compact(folded)];
  for (const p of prefixes[kind]) {
    // "P3" is "P" + 3 but "phong" is not "p" + "hong": the word must end before a space or a digit.
    const next = folded[p.length] ?? '';
    if (folded.startsWith(p) && (next === ' ' || /\d/.test(next))) keys.push(compact(folded.slice(p.length)));
  }
  return [...new Set(keys)];
}

export type PlaceMatch<T> = { found: T } | { found: null; ambiguous: T[] };

/**
 * The area or room an officer's text names, by its code or its name, with or without the word before the code,
 * accents, case or leading zeros. A text matching two places finds neither (both are returned, to be named).
 */
export function findPlace<T extends { code: string; name: string }>(text: string, places: readonly T[], kind: keyof typeof prefixes): PlaceMatch<T> {
  const written = placeKeys(text, kind);
  const matching = places.filter((p) => [...placeKeys(p.code, kind), ...placeKeys(p.name, kind)].some((k) => written.includes(k)));
  if (matching.length === 1) return { found: matching[0]! };
  // Prefer the one named exactly as written when the shorter readings match several.
  const exact = matching.filter((p) => [p.code, p.name].some((x) => placeKeys(x, kind)[0] === written[0]));
  if (exact.length === 1) return { found: exact[0]! };
  return { found: null, ambiguous: matching };
}

/** "khu A, phòng 3" as the register wrote them, without doubling a word the text already has ("Khu A", "Phòng 3"). */
export function writtenPlace(area: string | null, room: string | null): string {
  const named = (text: string | null, kind: keyof typeof prefixes, word: string) =>
    // A second reading means the text starts with the word already.
    text && (placeKeys(text, kind).length > 1 ? text : `${word} ${text}`);
  return [named(area, 'area', 'khu'), named(room, 'room', 'phòng')].filter(Boolean).join(', ');
}
