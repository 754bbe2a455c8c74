import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase, DEMO_ACCOUNTS } from '../../../db/demo/build';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import { contract, type MethodName, type MethodOutput } from '../../../shared/contract';
import type { Role } from '../../../shared/contract/roles';
import { registerColumns } from '../../../shared/domain/import/register-columns';

/** Every list's Excel file read back with exceljs and compared with what the list method returns for the same filters. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
const TODAY = '2026-03-05';
let dir: string;
let backend: Backend;
const tokens = {} as Record<Role, string>;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-exports-'));
  const file = path.join(dir, 'rehabdesk.sqlite');
  buildDemoDatabase({ residents: 60, years: 3, seed: 7, now: NOW, migrationsFolder: sourceMigrationsFolder, file });
  backend = createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: '0.0.0-test', now: () => NOW, logger: { error: () => {} } });
  for (const a of DEMO_ACCOUNTS) tokens[a.role] = ok('auth.login', { username: a.username, password: a.password }, null).token;
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

function ok<M extends MethodName>(method: M, input: unknown, token: string | null = tokens.officer): MethodOutput<M> {
  const r = backend.router.call(method, input, token);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}
const sql = <T>(query: string, ...params: unknown[]) => backend.database.sqlite.prepare(query).all(...params) as T[];

/** The sheet's rows under its header (the header is the row whose first cell is STT), as plain values. */
async function readSheet(file: { base64: string }, name?: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const ws = name ? wb.getWorksheet(name)! : wb.worksheets[0]!;
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  let headerAt = 1;
  while (headerAt < 10 && !['STT', 'Mã khu'].includes(String(values(headerAt)[0]))) headerAt += 1;
  const rows: unknown[][] = [];
  for (let n = headerAt + 1; n <= ws.rowCount; n += 1) rows.push(values(n));
  return { ws, title: ws.getCell(1, 1).value, header: values(headerAt), headerAt, rows };
}
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : undefined);
const orUndef = <T>(v: T | null) => (v === null ? undefined : v);

describe('Excel export of every list', () => {
  it('exports the residents list as the register: the import’s headers, and the list’s rows for the same filters', async () => {
    const filters = { scope: 'present' as const, kind: 'compulsory_adult' as const };
    const list = ok('residents.list', { ...filters, limit: 5000 });
    expect(list.total).toBeGreaterThan(5);
    const file = ok('exports.residents', filters);
    expect(file.fileName).toBe(`hoc-vien-${TODAY}.xlsx`);
    const sheet = await readSheet(file);
    expect(sheet.title).toBe('CƠ SỞ CAI NGHIỆN MA TÚY SỐ 2 (DỮ LIỆU MẪU)');
    expect(sheet.header).toEqual(registerColumns.map((c) => c.header));
    expect(sheet.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: sheet.headerAt });
    const col = (h: string) => sheet.header.indexOf(h);
    expect(sheet.rows.map((r) => [r[col('STT')], r[col('Họ và tên')], r[col('Số hồ sơ')], r[col('Ngày vào')], r[col('Giới tính')], r[col('Năm sinh')]])).toEqual(
      list.rows.map((r, i) => [i + 1, r.fullName, r.fileNumber, day(r.admittedOn), r.sex === 'male' ? 'Nam' : 'Nữ', r.birthYear]),
    );
    expect(sheet.rows.every((r) => r[col('Hình thức')] === 'Bắt buộc (người thành niên)')).toBe(true);
    expect(sheet.ws.getCell(sheet.headerAt + 1, col('Ngày vào') + 1).numFmt).toBe('dd/mm/yyyy');
    // The court decision, read the other way: from the stay's own court_decisions row.
    const first = list.rows[0]!;
    const [decision] = sql<{ decision_number: string; decision_date: string; court: string; term: number }>(
      'SELECT cd.decision_number, cd.decision_date, cd.court, s.term_months AS term FROM court_decisions cd JOIN stays s ON s.id = cd.stay_id WHERE cd.stay_id = ? ORDER BY cd.id LIMIT 1',
      first.stayId,
    );
    const row = sheet.rows[0]!;
    expect([row[col('Số quyết định')], row[col('Ngày quyết định')], row[col('Tòa án')], row[col('Thời hạn (tháng)')]]).toEqual([
      decision!.decision_number,
      day(decision!.decision_date),
      decision!.court,
      decision!.term,
    ]);
    expect(row[col('Khu')]).toBe(first.bedLabel!.split('-')[0]);
  });

  it('exports the whole register, one row per stay: a person admitted twice has two rows', async () => {
    const sheet = await readSheet(ok('exports.residents', { allStays: true, kind: 'voluntary' }));
    const col = (h: string) => sheet.header.indexOf(h);
    const stays = sql<{ file_number: string; discharged_on: string | null }>('SELECT file_number, discharged_on FROM stays');
    expect(sheet.rows).toHaveLength(stays.length);
    expect(new Set(sheet.rows.map((r) => r[col('Số hồ sơ')]))).toEqual(new Set(stays.map((s) => s.file_number)));
    const [twice] = sql<{ id: number; full_name: string; n: number }>(
      'SELECT p.id, p.full_name, count(*) AS n FROM persons p JOIN stays s ON s.person_id = p.id GROUP BY p.id HAVING n > 1 LIMIT 1',
    );
    expect(twice).toBeDefined();
    const files = sql<{ file_number: string }>('SELECT file_number FROM stays WHERE person_id = ?', twice!.id).map((s) => s.file_number);
    const rows = sheet.rows.filter((r) => files.includes(r[col('Số hồ sơ')] as string));
    expect(rows).toHaveLength(twice!.n);
    expect(new Set(rows.map((r) => r[col('Họ và tên')]))).toEqual(new Set([twice!.full_name]));
    const past = stays.filter((s) => s.discharged_on !== null);
    expect(past.length).toBeGreaterThan(0);
    expect(sheet.rows.filter((r) => r[col('Ngày ra')] !== undefined)).toHaveLength(past.length);
    expect(sheet.rows.filter((r) => r[col('Ngày ra')] !== undefined).every((r) => typeof r[col('Lý do ra')] === 'string')).toBe(true);
  });

  it('exports the bed board bed by bed, with initials only in privacy mode', async () => {
    const board = ok('beds.board', {});
    const beds = board.flatMap((a) => a.rooms.flatMap((r) => r.beds));
    const sheet = await readSheet(ok('exports.beds', {}));
    expect(sheet.rows).toHaveLength(beds.length);
    expect(sheet.rows.map((r) => [r[3], orUndef(r[5] as string | null)])).toEqual(beds.map((b) => [b.code, b.occupant?.fullName ?? undefined]));
    const counts = await readSheet(ok('exports.beds', {}), 'Theo khu');
    expect(counts.rows.map((r) => [r[0], r[2], r[3]])).toEqual(board.map((a) => [a.code, a.counts.beds, a.counts.occupied]));
    const one = board[1]!;
    const chosen = await readSheet(ok('exports.beds', { areaIds: [one.id] }));
    expect(chosen.rows).toHaveLength(one.counts.beds);
    const hidden = await readSheet(ok('exports.beds', { privacy: true }));
    expect(hidden.rows.map((r) => orUndef(r[5] as string | null))).toEqual(beds.map((b) => (b.occupant ? b.occupant.initials : undefined)));
  });

  it('exports the roll of an area as the roll screen lists it', async () => {
    const areaId = ok('beds.board', {})[0]!.id;
    const input = { areaId, date: TODAY, slot: 'morning' };
    const roll = ok('roll.expected', input);
    expect(roll.entries.length).toBeGreaterThan(0);
    const file = ok('exports.roll', input);
    expect(file.fileName).toMatch(new RegExp(`^diem-danh-.+-morning-${TODAY}\\.xlsx$`));
    const sheet = await readSheet(file);
    expect(sheet.rows.map((r) => [r[1], r[2], orUndef(r[3] as string | null)])).toEqual(roll.entries.map((e) => [e.fullName, e.fileNumber, e.bedLabel ?? undefined]));
  });

  it('exports the classes list for the same status filter, and a class’s residents', async () => {
    const all = ok('classes.list', {});
    const running = ok('classes.list', { status: 'running' });
    expect(running.classes.length).toBeGreaterThan(0);
    expect(running.classes.length).toBeLessThan(all.classes.length);
    const sheet = await readSheet(ok('exports.classes', { status: 'running' }));
    expect(sheet.rows.map((r) => [r[1], r[2], r[5], r[8], r[9]])).toEqual(
      running.classes.map((c) => [c.name, c.tradeName, day(c.startsOn), c.capacity, c.enrolled]),
    );
    const detail = ok('classes.get', { classId: running.classes[0]!.id });
    const roster = await readSheet(ok('exports.classRoster', { classId: detail.class.id }));
    expect(roster.rows.map((r) => [r[1], r[2], r[9], r[10]])).toEqual(detail.enrolments.map((e) => [e.fullName, e.fileNumber, e.attended, e.held]));
  });

  it('exports a team’s output of a day, the exemption’s reason only for roles that read health data', async () => {
    const [team] = ok('teams.list', {}).teams;
    const sheetOf = () => ok('work.sheet', { teamId: team!.id, date: TODAY });
    const working = sheetOf().rows.filter((r) => r.blocked === null);
    expect(working.length).toBeGreaterThan(2);
    const product = ok('products.create', { name: 'Ghế nhựa lắp ráp', unit: 'piece', rateDong: 2500, validFrom: '2026-01-01' }, tokens.head).id;
    ok('work.record', { teamId: team!.id, date: TODAY, entries: [{ stayId: working[0]!.stayId, productId: product, quantity: 12, hours: 4 }] });
    const reason = 'Viêm phổi, điều trị tại trạm y tế';
    ok('work.exempt', { stayId: working[1]!.stayId, fromOn: TODAY, toOn: '2026-03-09', reason }, tokens.medical);
    const screen = sheetOf();
    const officer = await readSheet(ok('exports.work', { teamId: team!.id, date: TODAY }));
    expect(officer.rows.map((r) => [r[1], orUndef(r[4] as string | null), orUndef(r[5] as number | null)])).toEqual(
      screen.rows.flatMap((r): unknown[][] => (r.lines.length ? r.lines.map((l) => [r.fullName, l.productName, l.quantity]) : [[r.fullName, undefined, undefined]])),
    );
    const lineRow = officer.rows.find((r) => r[1] === working[0]!.fullName)!;
    expect([lineRow[6], lineRow[7], lineRow[8]]).toEqual([4, 2500, 30000]);
    const noteOf = (s: typeof officer) => String(s.rows.find((r) => r[1] === working[1]!.fullName)![13]);
    expect(noteOf(officer)).toBe('Miễn lao động từ 05/03/2026 đến 09/03/2026');
    expect(noteOf(await readSheet(ok('exports.work', { teamId: team!.id, date: TODAY }, tokens.medical)))).toContain(reason);
    expect(noteOf(await readSheet(ok('exports.work', { teamId: team!.id, date: TODAY }, tokens.trainer)))).not.toContain(reason);
  });

  it('lets exactly the roles that may read a list export it, and nobody signed out', () => {
    const listOf: Record<string, MethodName> = {
      'exports.residents': 'residents.list',
      'exports.beds': 'beds.board',
      'exports.roll': 'roll.expected',
      'exports.classes': 'classes.list',
      'exports.classRoster': 'classes.get',
      'exports.work': 'work.sheet',
      'exports.movements': 'movements.list',
      'exports.visits': 'visits.list',
      'exports.depositStatement': 'deposit.statement',
      'exports.payRun': 'pay.get',
      'exports.releases': 'releases.upcoming',
      'exports.notices': 'notices.pending',
      'exports.certificates': 'certificates.list',
      'exports.teamMembers': 'teams.members',
      'exports.ratings': 'ratings.sheet',
      'exports.reductionReview': 'reductions.get',
      'exports.schoolList': 'training.schoolList',
      'exports.census': 'census.asOf',
      'exports.headcount': 'roll.headcount',
      'exports.audit': 'audit.list',
      'exports.users': 'users.list',
      'exports.trades': 'trades.list',
      'exports.products': 'products.list',
      'exports.holidays': 'settings.holidays',
    };
    const exportMethods = Object.keys(contract).filter((m) => m.startsWith('exports.'));
    expect(exportMethods.sort()).toEqual(Object.keys(listOf).sort());
    for (const [exp, list] of Object.entries(listOf)) expect(contract[exp as MethodName].access).toBe(contract[list].access);
    expect(backend.router.call('exports.residents', {}, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
