import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildDemoDatabase, DEMO_ACCOUNTS } from '../../../db/demo/build';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import type { Role } from '../../../shared/contract/roles';

/** The demo register on a fixed day, signed in as every role, for reading exported lists back. */
export function demoBackend(now: Date, name: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `rehabdesk-${name}-`));
  const file = path.join(dir, 'rehabdesk.sqlite');
  buildDemoDatabase({ residents: 60, years: 3, seed: 7, now, migrationsFolder: sourceMigrationsFolder, file });
  const backend: Backend = createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: '0.0.0-test', now: () => now, logger: { error: () => {} } });
  const tokens = {} as Record<Role, string>;
  const call = <M extends MethodName>(method: M, input: unknown, token: string | null = tokens.officer): MethodOutput<M> => {
    const r = backend.router.call(method, input, token);
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.data as MethodOutput<M>;
  };
  for (const a of DEMO_ACCOUNTS) tokens[a.role] = call('auth.login', { username: a.username, password: a.password }, null).token;
  const sql = <T>(query: string, ...params: unknown[]) => backend.database.sqlite.prepare(query).all(...params) as T[];
  const close = () => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { backend, tokens, call, sql, close };
}

/** A sheet read back: its title lines, the header (the row starting with `first`) and the rows under it, as plain values. */
export async function readSheet(file: { base64: string }, name?: string, first = 'STT') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = name ? wb.getWorksheet(name)! : wb.worksheets[0]!;
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  let headerAt = 1;
  while (headerAt < 12 && String(values(headerAt)[0]) !== first) headerAt += 1;
  const title: string[] = [];
  for (let n = 1; n < headerAt; n += 1) if (ws.getCell(n, 1).value !== null) title.push(String(ws.getCell(n, 1).value));
  const header = values(headerAt).map(String);
  const rows: unknown[][] = [];
  for (let n = headerAt + 1; n <= ws.rowCount; n += 1) rows.push(values(n));
  /** A column's values by its header, missing cells as null. */
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${header.join(' | ')}`);
    return rows.map((r) => r[i] ?? null);
  };
  return { ws, title, header, headerAt, rows, col, names: wb.worksheets.map((w) => w.name) };
}

export const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
