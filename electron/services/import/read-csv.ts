import type { Cell, SheetGrid } from '../../../shared/domain/import/types';

/**
 * Text of a CSV file: UTF-8 (with or without the BOM Excel writes), else Windows-1258, the code page Vietnamese
 * Windows saves "CSV" in (its accents are combining marks, so the text is composed back to NFC).
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).normalize('NFC');
  } catch {
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  }
}

/** The separator of the first line outside quotes: Excel writes ';' where the decimal mark is ',' (vi-VN), else ','. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** RFC 4180 rows: quoted fields may hold the separator, line breaks and doubled quotes. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file as one grid named after the file; every cell is text (dates are read as typed). */
export function readCsv(bytes: Uint8Array, name: string): SheetGrid {
  const text = decodeCsv(bytes);
  const rows = parseCsv(text, detectSeparator(text)).map((r) => r.map((v): Cell => (v.trim() === '' ? null : v)));
  return { name, rows, merges: [] };
}
