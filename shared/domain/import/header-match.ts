import { fieldSynonyms } from './field-synonyms';
import { foldText } from './text';
import { importFields, type ColumnMapping, type ImportField } from './types';

const folded = importFields.map((field) => ({ field, synonyms: fieldSynonyms[field].map(foldText) }));

/**
 * How well a folded header names a field: the length of the longest synonym it contains as whole words, so the
 * header equal to a synonym scores highest and "Hình thức ra" is the discharge reason rather than the kind.
 */
function scoreFor(header: string, synonyms: string[]): number {
  let best = 0;
  for (const s of synonyms) if (` ${header} `.includes(` ${s} `)) best = Math.max(best, s.length);
  return best;
}

/** The field a header names best, or null. */
export function bestField(header: string): ImportField | null {
  const h = foldText(header);
  let best: { field: ImportField; score: number } | null = null;
  for (const { field, synonyms } of folded) {
    const score = scoreFor(h, synonyms);
    if (score > 0 && (!best || score > best.score)) best = { field, score };
  }
  return best?.field ?? null;
}

/** Whether a cell's text is exactly one of the field's header texts (a header repeated on a printed page). */
export function isHeaderTextOf(field: ImportField, text: string): boolean {
  const t = foldText(text);
  // Called for every cell of every row (repeated headers): the synonyms are folded once, above.
  return folded.find((f) => f.field === field)?.synonyms.includes(t) ?? false;
}

/**
 * A pair of columns "… Nam" | "… Nữ" under one parent: registers either tick the sex ("Giới tính" over "Nam" | "Nữ")
 * or write the birth date in the column of the person's sex ("Ngày tháng năm sinh" over "Nam" | "Nữ"). Both columns
 * get the parent's field; interpretRow reads the sex from which of the two is filled, the first being Nam, as on every
 * printed form.
 */
function splitPair(a: string, b: string): ImportField | null {
  const fa = foldText(a).split(' ');
  const fb = foldText(b).split(' ');
  if (fa.at(-1) !== 'nam' || fb.at(-1) !== 'nu') return null;
  const parent = fa.slice(0, -1).join(' ');
  if (parent !== fb.slice(0, -1).join(' ')) return null;
  if (parent === '') return 'sex';
  const field = bestField(parent);
  return field === 'sex' || field === 'birthDate' || field === 'birthYear' ? field : null;
}

/** The best field for each column, each field used once (the best-matching column wins), unmatched columns null. */
export function proposeMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (let c = 0; c + 1 < headers.length; c++) {
    const field = splitPair(headers[c] ?? '', headers[c + 1] ?? '');
    if (field && !taken.has(field)) {
      mapping[c] = mapping[c + 1] = field;
      taken.add(field);
      c++;
    }
  }
  const candidates: { column: number; field: ImportField; score: number }[] = [];
  headers.forEach((header, column) => {
    if (mapping[column] !== null) return;
    const h = foldText(header);
    for (const { field, synonyms } of folded) {
      const score = scoreFor(h, synonyms);
      if (score > 0 && !taken.has(field)) candidates.push({ column, field, score });
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.column - y.column);
  for (const { column, field } of candidates) {
    if (mapping[column] !== null || taken.has(field)) continue;
    mapping[column] = field;
    taken.add(field);
  }
  return mapping;
}

/** A key for remembering a mapping: the folded headers, trailing empty columns dropped (ragged rows differ). */
export function headerSignature(headers: string[]): string {
  const keys = headers.map(foldText);
  while (keys.length > 0 && keys.at(-1) === '') keys.pop();
  return keys.join('|');
}
