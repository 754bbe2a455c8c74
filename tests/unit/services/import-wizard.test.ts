import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import { admission, openTestBackend, setupFacility, type TestBackend } from './test-backend';
import { CSV_1258_EXPECTED, CSV_UTF8_EXPECTED, csv1258, csvUtf8Bom, largeRegister, MESSY_EXPECTED, MESSY_HEADERS, MESSY_MAPPING, messyRegister, type BuiltFile } from './import-workbooks';

let t: TestBackend;
let token: string;
let bedIds: number[];
beforeEach(() => {
  t = openTestBackend();
  ({ token, bedIds } = setupFacility(t));
});
afterEach(() => t.close());

async function callAsync(method: MethodName, input: unknown) {
  return t.backend.router.callAsync(method, input, token);
}
async function okAsync<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await callAsync(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}
const sql = <T>(q: string, ...p: unknown[]) => t.backend.database.sqlite.prepare(q).all(...p) as T[];
const count = (table: string) => (sql<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]?.n ?? 0);

async function openAndAnalyse(file: BuiltFile) {
  const opened = await okAsync('import.open', file);
  const sheet = opened.sheets[0]!.name;
  const analysed = t.ok('import.analyse', { uploadId: opened.uploadId, sheet }, token);
  return { opened, sheet, analysed, choice: { uploadId: opened.uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping } };
}
const allRows = (choice: object) => t.ok('import.preview', { ...choice, limit: 500 }, token);

describe('import wizard on a messy register', () => {
  it('finds the two-row header under the merged title and proposes each column’s field', async () => {
    const { opened, analysed } = await openAndAnalyse(await messyRegister());
    expect(opened.sheets).toEqual([{ name: 'So 2024', rows: 13, columns: 12 }]);
    expect(analysed.headerTop).toBe(2);
    expect(analysed.dataStart).toBe(4);
    expect(analysed.columns.map((c) => c.header)).toEqual(MESSY_HEADERS);
    expect(analysed.mapping).toEqual(MESSY_MAPPING);
    expect(analysed.columns[0]).toMatchObject({ letter: 'A', samples: ['NGUYỄN VĂN AN', 'trần thị bình', 'LÊ VĂN CƯỜNG'] });
    expect(analysed.remembered).toBe(false);
  });

  it('previews every row with its problems named per cell, and the stay each valid row writes', async () => {
    const { choice } = await openAndAnalyse(await messyRegister());
    const p = allRows(choice);
    const statuses = Object.fromEntries(p.rows.map((r) => [r.rowNumber, r.status]));
    expect(statuses).toEqual(MESSY_EXPECTED.statuses);
    for (const [row, codes] of Object.entries(MESSY_EXPECTED.problems)) {
      const r = p.rows.find((x) => x.rowNumber === Number(row))!;
      expect(r.problems.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual(codes);
      expect(r.problems[0]!.column).toBe(MESSY_EXPECTED.errorCells[Number(row) as 10 | 11 | 13]);
      expect(r.problems[0]!.action).toBe('Dòng này sẽ không được nhập');
    }
    expect(p.rows.find((r) => r.rowNumber === 9)!.skipReason).toBe('subtotal');
    expect(p.rows.find((r) => r.rowNumber === 6)!.values).toMatchObject({ fullName: 'Trần Thị Bình', admittedOn: '15/03/2023', dischargedOn: '15/09/2023', kind: 'Tự nguyện' });
    expect(p.summary).toEqual({ rows: 9, ok: 4, warnings: 0, errors: 3, skipped: 2, newPersons: MESSY_EXPECTED.persons, matchedPersons: 0 });
    const problems = t.ok('import.preview', { ...choice, only: 'problems' }, token);
    expect(problems.rows.map((r) => r.rowNumber)).toEqual([10, 11, 13]);
  });

  it('all_or_nothing refuses the whole file while rows have errors; valid_only imports exactly the valid rows', async () => {
    const { choice } = await openAndAnalyse(await messyRegister());
    const refused = await callAsync('import.run', { ...choice, mode: 'all_or_nothing' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    expect(!refused.ok && refused.error.message).toMatch(/^3 dòng có lỗi/);
    expect([count('stays'), count('persons'), count('import_batches')]).toEqual([0, 0, 0]);

    const run = await okAsync('import.run', { ...choice, mode: 'valid_only' });
    expect(run).toMatchObject({ stays: 4, personsCreated: 3, personsMatched: 0, rowsLeftOut: 3 });
    const stays = sql<Record<string, unknown>>(
      `SELECT s.import_source AS src, p.full_name AS fullName, p.birth_year AS birthYear, p.sex, p.citizen_id AS citizenId, s.kind,
              s.admitted_on AS admittedOn, s.discharged_on AS dischargedOn, s.discharge_reason AS dischargeReason, s.term_months AS termMonths,
              s.state, s.current_bed_id AS bed, s.expected_release AS expectedRelease, s.is_readmission AS readmission,
              (SELECT decision_number FROM court_decisions WHERE stay_id = s.id) AS decisionNumber
       FROM stays s JOIN persons p ON p.id = s.person_id ORDER BY s.id`,
    );
    expect(stays.map((s) => s.src)).toEqual([5, 6, 8, 12].map((n) => `so-quan-ly-2024.xlsx / So 2024 / dòng ${n}`));
    for (const [row, expected] of Object.entries(MESSY_EXPECTED.stays)) {
      const s = stays.find((x) => x.src === `so-quan-ly-2024.xlsx / So 2024 / dòng ${row}`)!;
      expect(s).toMatchObject(expected);
      expect(s.state).toBe(expected.dischargedOn ? 'discharged' : 'present');
      expect(s.bed).toBeNull();
    }
    // Row 12 is the earlier stay of the person of row 5: one person, and row 5's stay is the re-admission.
    expect(sql('SELECT DISTINCT person_id FROM stays WHERE import_source LIKE ? OR import_source LIKE ?', '%dòng 5', '%dòng 12')).toHaveLength(1);
    expect(stays.map((s) => s.readmission)).toEqual([1, 0, 0, 0]);
    expect(stays[0]!.expectedRelease).toBe('2026-03-15');
    // The movements the app itself writes: an admission for each stay, a discharge for each ended one.
    expect(sql('SELECT type, occurred_on AS "on", reason FROM movements ORDER BY stay_id, id')).toEqual([
      { type: 'admitted', on: '2024-03-15', reason: null },
      { type: 'admitted', on: '2023-03-15', reason: null },
      { type: 'discharged', on: '2023-09-15', reason: 'Hoàn thành cai nghiện tự nguyện' },
      { type: 'admitted', on: SERIAL, reason: null },
      { type: 'discharged', on: '2024-03-15', reason: 'Chấp hành xong' },
      { type: 'admitted', on: '2020-01-01', reason: null },
      { type: 'discharged', on: '2021-01-01', reason: 'Chấp hành xong' },
    ]);
    // One audit row for the whole batch.
    expect(sql("SELECT method FROM audit_log WHERE method = 'import.run'")).toHaveLength(1);

    const batches = t.ok('import.batches', {}, token);
    expect(batches).toEqual([
      expect.objectContaining({ id: run.batchId, fileName: 'so-quan-ly-2024.xlsx', sheet: 'So 2024', stays: 4, personsCreated: 3, undoneAt: null, undoBlocked: null, importedBy: 'admin' }),
    ]);
    // The upload is dropped once imported.
    expect(t.call('import.analyse', { uploadId: choice.uploadId, sheet: choice.sheet }, token)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('remembers the confirmed mapping for the same headers', async () => {
    const first = await openAndAnalyse(await messyRegister());
    const changed = [...MESSY_MAPPING];
    changed[3] = null as unknown as string; // the officer ignores STT
    await okAsync('import.run', { ...first.choice, mapping: changed, mode: 'valid_only' });
    const again = await openAndAnalyse(await messyRegister());
    expect(again.analysed.remembered).toBe(true);
    expect(again.analysed.mapping).toEqual(changed);
  });

  it('undoes a batch as a whole while nothing was built on it, and refuses once something was', async () => {
    const { choice } = await openAndAnalyse(await messyRegister());
    const run = await okAsync('import.run', { ...choice, mode: 'valid_only' });
    const present = sql<{ id: number }>("SELECT id FROM stays WHERE state = 'present'")[0]!.id;
    t.ok('beds.move', { stayId: present, toBedId: bedIds[0], occurredOn: '2026-11-20', reason: 'Xếp giường sau khi nhập sổ' }, token);
    const blocked = t.ok('import.batches', {}, token)[0]!;
    expect(blocked.undoBlocked).toMatch(/không thể hủy/);
    expect(t.call('import.undo', { batchId: run.batchId, reason: 'Nhập nhầm tệp' }, token)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(count('stays')).toBe(4);
  });

  it('undo removes exactly what the batch created and leaves the register as it was', async () => {
    t.ok('admissions.admit', admission({ bedId: bedIds[0]!, fullName: 'Trần Văn Khác', citizenId: '079070009999' }), token);
    const before = ['persons', 'stays', 'movements', 'court_decisions'].map(count);
    const { choice } = await openAndAnalyse(await messyRegister());
    const run = await okAsync('import.run', { ...choice, mode: 'valid_only' });
    expect(t.ok('import.undo', { batchId: run.batchId, reason: 'Nhập nhầm tệp' }, token)).toEqual({ stays: 4, persons: 3 });
    expect(['persons', 'stays', 'movements', 'court_decisions'].map(count)).toEqual(before);
    expect(t.ok('import.batches', {}, token)[0]).toMatchObject({ undoneAt: expect.any(String), undoBlocked: null });
    expect(t.call('import.undo', { batchId: run.batchId, reason: 'Lần nữa' }, token)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Movements stay append-only for everything else.
    expect(() => t.backend.database.sqlite.prepare('DELETE FROM movements').run()).toThrow(/append-only/);
  });
});

const SERIAL = MESSY_EXPECTED.stays[8].admittedOn;

describe('import against the register', () => {
  it('matches a person already in the register instead of creating them twice, and refuses an overlapping stay', async () => {
    const admitted = t.ok('admissions.admit', admission({ bedId: bedIds[0]!, fullName: 'Lê Văn Cường', citizenId: '079085004321', birthDate: '1985-01-01', broughtInOn: '2026-10-01', decisionDate: '2026-09-20' }), token);
    const { choice } = await openAndAnalyse(await messyRegister());
    const p = allRows(choice);
    const row8 = p.rows.find((r) => r.rowNumber === 8)!;
    expect(row8.status).toBe('warning');
    expect(row8.matchedPerson).toEqual({ personId: admitted.personId, fullName: 'Lê Văn Cường', fileNumbers: [admitted.fileNumber] });
    expect(row8.problems.map((x) => x.code)).toEqual(['matches_existing_person']);
    expect(p.summary).toMatchObject({ newPersons: 2, matchedPersons: 1 });
    const run = await okAsync('import.run', { ...choice, mode: 'valid_only' });
    expect(run).toMatchObject({ personsCreated: 2, personsMatched: 1 });
    expect(sql('SELECT id FROM persons WHERE citizen_id = ?', '079085004321')).toHaveLength(1);
  });

  it('names a stay that would overlap one the person has in the register', async () => {
    t.ok('admissions.admit', admission({ bedId: bedIds[0]!, fullName: 'Nguyễn Văn An', citizenId: '079090001234', birthDate: '1990-02-02', broughtInOn: '2024-01-10', decisionDate: '2024-01-05' }), token);
    const { choice } = await openAndAnalyse(await messyRegister());
    const row5 = allRows(choice).rows.find((r) => r.rowNumber === 5)!;
    expect(row5.status).toBe('error');
    expect(row5.problems.map((x) => x.code)).toContain('overlapping_stay');
  });
});

describe('import of CSV files', () => {
  for (const [name, build, expected] of [
    ['UTF-8 with BOM, semicolons, a quoted separator', csvUtf8Bom, CSV_UTF8_EXPECTED],
    ['Windows-1258', csv1258, CSV_1258_EXPECTED],
  ] as const) {
    it(`reads a CSV in ${name}`, async () => {
      const { choice } = await openAndAnalyse(build());
      const p = allRows(choice);
      expect(p.summary).toMatchObject({ rows: expected.length, errors: 0 });
      await okAsync('import.run', { ...choice, mode: 'all_or_nothing' });
      const rows = sql<Record<string, unknown>>(
        `SELECT p.full_name AS fullName, p.birth_date AS birthDate, p.birth_year AS birthYear, p.sex, s.kind, s.admitted_on AS admittedOn,
                s.term_months AS termMonths, s.discharged_on AS dischargedOn, s.discharge_reason AS dischargeReason
         FROM stays s JOIN persons p ON p.id = s.person_id ORDER BY s.id`,
      );
      rows.forEach((r, i) => expect(r).toMatchObject(expected[i]!));
    });
  }
});

describe('imported past stays in the reports', () => {
  const headcount = (r: MethodOutput<'reports.figures'>) =>
    (['start', 'admitted', 'left', 'end', 'turns'] as const).map((k) => r.figures.find((f) => f.key === `headcount.${k}` && JSON.stringify(f.dims) === '{}')?.values.current);
  const readmitted = (r: MethodOutput<'reports.figures'>) => r.figures.find((f) => f.key === 'admissions.readmitted' && JSON.stringify(f.dims) === '{}')?.values.current;

  it('counts them like stays entered in the app, and the period balances', async () => {
    const { choice } = await openAndAnalyse(await messyRegister());
    await okAsync('import.run', { ...choice, mode: 'valid_only' });
    // 2023: Bình (15/03–15/09) and Cường (15/03/2023–15/03/2024) come in, Bình leaves; An's 2020–2021 stay is long over.
    const y2023 = t.ok('reports.figures', { period: { kind: 'custom', from: '2023-01-01', to: '2023-12-31' }, compare: false }, token);
    expect(y2023.balance).toEqual({ holds: true, problems: [] });
    expect(headcount(y2023)).toEqual([0, 2, 1, 1, 2]);
    expect(readmitted(y2023)).toBe(0);
    // 2024: Cường leaves on 15/03; An comes back on 15/03 (his second stay: a re-admission).
    const y2024 = t.ok('reports.figures', { period: { kind: 'custom', from: '2024-01-01', to: '2024-12-31' }, compare: false }, token);
    expect(y2024.balance.holds).toBe(true);
    expect(headcount(y2024)).toEqual([1, 1, 1, 1, 2]);
    expect(readmitted(y2024)).toBe(1);
  });
});

describe('a long import', () => {
  it('answers progress polls while it runs, and holds every other call off until it is done', async () => {
    const { choice } = await openAndAnalyse(await largeRegister(1_200));
    const running = callAsync('import.run', { ...choice, mode: 'all_or_nothing' });
    let seen: unknown = null;
    let other: unknown = null;
    for (let i = 0; i < 1000 && seen === null; i++) {
      await new Promise((r) => setImmediate(r));
      const p = await callAsync('import.progress', {});
      if (p.ok && p.data) {
        seen = p.data;
        other = t.call('residents.list', { scope: 'all' }, token);
      }
    }
    // Reported after each chunk of 500 rows.
    expect([{ done: 500, total: 1_200 }, { done: 1_000, total: 1_200 }]).toContainEqual(seen);
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await running).toMatchObject({ ok: true, data: { stays: 1_200, personsCreated: 1_200 } });
    expect(await callAsync('import.progress', {})).toEqual({ ok: true, data: null });
  });
});
