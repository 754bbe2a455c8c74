import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase, DEMO_ACCOUNTS } from '../../../db/demo/build';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import { registerColumns } from '../../../shared/domain/import/register-columns';
import { ADMIN, openTestBackend, type TestBackend } from './test-backend';

/**
 * The round trip of issue 10: the demo register exported with every stay, imported into an empty database that has
 * the same areas and rooms (a facility lays out its beds before it imports), exported again: the two workbooks hold
 * the same register, row by row, each present resident back in the room the register names.
 */
const NOW = new Date('2026-11-23T03:00:00.000Z');
let dir: string;
let demo: Backend;
let demoToken: string;
let empty: TestBackend;
let token: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-roundtrip-'));
  const file = path.join(dir, 'rehabdesk.sqlite');
  buildDemoDatabase({ residents: 30, years: 3, seed: 11, now: NOW, migrationsFolder: sourceMigrationsFolder, file });
  demo = createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: '0.0.0-test', now: () => NOW, logger: { error: () => {} } });
  const head = DEMO_ACCOUNTS.find((a) => a.role === 'head')!;
  demoToken = (demo.router.call('auth.login', { username: head.username, password: head.password }, null) as { data: { token: string } }).data.token;
  empty = openTestBackend(NOW);
  empty.ok('setup.create', { facility: { name: 'Cơ sở mới', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Lộc', designCapacity: 300 }, admin: ADMIN });
  token = empty.ok('auth.login', ADMIN).token;
  copyBedLayout();
});

/** The demo's areas and rooms, each with as many beds, made by the administrator's own methods. */
function copyBedLayout(): void {
  const areas = demo.database.sqlite.prepare('SELECT id, code, name, purpose, sex FROM areas ORDER BY id').all() as { id: number; code: string; name: string; purpose: string; sex: string }[];
  for (const a of areas) {
    const areaId = empty.ok('beds.createArea', { code: a.code, name: a.name, purpose: a.purpose, sex: a.sex }, token).id;
    const rooms = demo.database.sqlite
      .prepare(
        `SELECT r.code, r.name, r.design_capacity AS designCapacity, r.working_capacity AS workingCapacity,
                r.separate_room AS separateRoom, (SELECT count(*) FROM beds b WHERE b.room_id = r.id) AS bedCount
         FROM rooms r WHERE r.area_id = ? ORDER BY r.id`,
      )
      .all(a.id) as { code: string; name: string; designCapacity: number; workingCapacity: number; separateRoom: number; bedCount: number }[];
    for (const r of rooms) empty.ok('beds.createRoom', { areaId, ...r, separateRoom: r.separateRoom === 1 }, token);
  }
}
afterAll(() => {
  demo.close();
  empty.close();
  rmSync(dir, { recursive: true, force: true });
});

function ok<M extends MethodName>(b: Backend, method: M, input: unknown, tk: string): MethodOutput<M> {
  const r = b.router.call(method, input, tk);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}
async function okAsync<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await empty.backend.router.callAsync(method, input, token);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}

/** The register's rows under its header (the row starting with STT), each cell as a comparable value. */
async function registerRows(base64: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const values = (n: number) => registerColumns.map((_, c) => {
    const v = ws.getRow(n).getCell(c + 1).value;
    return v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null);
  });
  let header = 1;
  while (values(header)[0] !== 'STT') header++;
  expect(values(header)).toEqual(registerColumns.map((c) => c.header));
  const rows: unknown[][] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) rows.push(values(n));
  return rows;
}

const counts = (b: Backend) =>
  b.database.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM stays) AS stays,
              (SELECT count(*) FROM stays WHERE state = 'discharged') AS discharged,
              (SELECT count(*) FROM movements m WHERE type = 'admitted' AND NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_id = m.id)) AS admittedMoves,
              (SELECT count(*) FROM movements m WHERE type = 'discharged' AND NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_id = m.id)) AS dischargedMoves`,
    )
    .get();

describe('export → import into an empty database → export', () => {
  it('gives the same register back', async () => {
    const first = ok(demo, 'exports.residents', { allStays: true }, demoToken);
    const opened = await okAsync('import.open', { fileName: first.fileName, contentBase64: first.base64 });
    const sheet = opened.sheets[0]!.name;
    const analysed = empty.ok('import.analyse', { uploadId: opened.uploadId, sheet }, token);
    expect(analysed.mapping).toEqual(registerColumns.map((c) => c.field));
    const choice = { uploadId: opened.uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping };
    const preview = empty.ok('import.preview', { ...choice, only: 'problems', limit: 500 }, token);
    expect(preview.rows.filter((r) => r.status === 'error')).toEqual([]);
    // Present residents have a bed in the demo; each is planned one in the room the register names.
    const placedNow = demo.database.sqlite.prepare('SELECT count(*) FROM stays WHERE current_bed_id IS NOT NULL').pluck().get() as number;
    expect(placedNow).toBeGreaterThan(0);
    let planned = 0;
    for (let offset = 0; offset < preview.summary.rows; offset += 500) {
      planned += empty.ok('import.preview', { ...choice, offset, limit: 500 }, token).rows.filter((r) => r.bed).length;
    }
    // Except in the infectious area: health records are not imported, and only a group A/B case may be placed there.
    const infectious = demo.database.sqlite
      .prepare(
        `SELECT s.file_number FROM stays s JOIN beds b ON b.id = s.current_bed_id JOIN rooms r ON r.id = b.room_id
         JOIN areas a ON a.id = r.area_id WHERE a.purpose = 'infectious'`,
      )
      .pluck()
      .all() as string[];
    expect(infectious.length).toBeGreaterThan(0);
    expect(planned).toBe(placedNow - infectious.length);
    const notPlaced = preview.rows.filter((r) => r.problems.some((p) => p.code === 'bed_not_assigned'));
    expect(notPlaced.map((r) => r.values.fileNumber).sort()).toEqual([...infectious].sort());
    expect(notPlaced[0]!.problems.find((p) => p.code === 'bed_not_assigned')!.message).toContain('Khu bệnh truyền nhiễm nhóm A, B chỉ dành cho');
    const run = await okAsync('import.run', { ...choice, mode: 'all_or_nothing' });
    expect(run.bedsAssigned).toBe(placedNow - infectious.length);
    const firstRows = await registerRows(first.base64);
    expect(run.stays).toBe(firstRows.length);
    const second = ok(empty.backend, 'exports.residents', { allStays: true }, token);
    const secondRows = await registerRows(second.base64);
    // The same register, but Khu and Phòng blank for the residents of the infectious area (placed after the import).
    const area = registerColumns.findIndex((c) => c.field === 'area');
    const room = registerColumns.findIndex((c) => c.field === 'room');
    const file = registerColumns.findIndex((c) => c.field === 'fileNumber');
    const unplaced = (rows: unknown[][]) => rows.map((r) => (infectious.includes(String(r[file])) ? r.map((v, c) => (c === area || c === room ? null : v)) : r));
    expect(secondRows).toEqual(unplaced(firstRows));
    expect(secondRows).not.toEqual(firstRows);
    expect(counts(empty.backend)).toEqual(counts(demo));
  });
});
