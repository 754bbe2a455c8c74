import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { cellText } from '../../../shared/domain/import/cells';
import { detectHeader, headerSignature, proposeMapping } from '../../../shared/domain/import/headers';
import { importFields, type ColumnMapping, type ImportField, type SheetGrid } from '../../../shared/domain/import/types';
import type { Ctx } from '../../router/types';
import { getUpload, sheetOf } from './uploads';

const SAMPLES = 3;

/** Excel's column letters: A…Z, AA… */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A mapping confirmed earlier for the same headers, fitted to this sheet's width. */
export function rememberedMapping(sqlite: Database.Database, headers: string[]): ColumnMapping | null {
  const row = sqlite.prepare('SELECT mapping_json AS m FROM import_mappings WHERE signature = ?').get(headerSignature(headers)) as { m: string } | undefined;
  if (!row) return null;
  const saved = JSON.parse(row.m) as (string | null)[];
  const known = new Set<string>(importFields);
  return headers.map((_, c) => {
    const f = saved[c] ?? null;
    return f !== null && known.has(f) ? (f as ImportField) : null;
  });
}

export function rememberMapping(ctx: Ctx, headers: string[], mapping: ColumnMapping): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO import_mappings (signature, mapping_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT(signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(headerSignature(headers), JSON.stringify(mapping), ctx.now().toISOString(), ctx.user?.id ?? null);
}

/** The header texts of a sheet as detected (the run remembers the mapping under them). */
export function headersOf(grid: SheetGrid): string[] {
  return detectHeader(grid).headers;
}

export function analyse(ctx: Ctx, input: { uploadId: string; sheet: string }): MethodOutput<'import.analyse'> {
  const grid = sheetOf(getUpload(ctx, input.uploadId), input.sheet);
  const guess = detectHeader(grid);
  const remembered = rememberedMapping(ctx.sqlite, guess.headers);
  const mapping = remembered ?? proposeMapping(guess.headers);
  const columns = guess.headers.map((header, index) => {
    const samples: string[] = [];
    for (let r = guess.dataStart; r < grid.rows.length && samples.length < SAMPLES; r++) {
      const t = cellText(grid.rows[r]?.[index] ?? null);
      if (t !== '') samples.push(t);
    }
    return { index, letter: columnLetter(index), header, samples };
  });
  return { dataStart: guess.dataStart, headerTop: guess.headerTop, columns, mapping, remembered: remembered !== null };
}
