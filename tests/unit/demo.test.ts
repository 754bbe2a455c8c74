import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase, DEMO_ACCOUNTS, type DemoSummary } from '../../db/demo/build';
import { sourceMigrationsFolder } from '../../db/paths';
import { createBackend, type Backend } from '../../electron/backend';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { formatFileNumber } from '../../shared/domain/file-number';
import { compareVietnameseNames, foldForSearch } from '../../shared/domain/names';

/** 05/03/2026, 10:00 in Vietnam: the demo is built "as of" this moment, and the back end runs at it. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
const TODAY = '2026-03-05';
const SMALL = { residents: 150, years: 2, seed: 7, now: NOW, migrationsFolder: sourceMigrationsFolder };

let dir: string;
let file: string;
let summary: DemoSummary;

function build(name: string, seed = SMALL.seed): { file: string; summary: DemoSummary } {
  const f = path.join(dir, name, 'rehabdesk.sqlite');
  return { file: f, summary: buildDemoDatabase({ ...SMALL, seed, file: f }) };
}

function rows<T>(f: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(f, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-demo-'));
  ({ file, summary } = build('main'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo database', () => {
  it('holds the residents asked for today and about two stays per resident-year of history', () => {
    expect(summary).toMatchObject({ present: 150, stays: 600 });
    const [c] = rows<{ present: number; stays: number; persons: number }>(
      file,
      `SELECT (SELECT count(*) FROM stays WHERE state <> 'discharged') AS present, (SELECT count(*) FROM stays) AS stays,
              (SELECT count(*) FROM persons) AS persons`,
    );
    expect(c).toEqual({ present: 150, stays: 600, persons: summary.persons });
    const readmitted = rows<{ n: number }>(file, 'SELECT count(*) AS n FROM stays WHERE is_readmission = 1')[0]?.n ?? 0;
    expect(readmitted).toBeGreaterThan(0);
  });

  it('builds the smallest facilities too, exactly as many present, one discipline resident moved in from a compulsory bed', () => {
    // These sizes once failed: no compulsory bed had been free long enough for the discipline area's resident.
    for (const [residents, years, seed] of [[20, 3, 1], [25, 3, 1], [30, 2, 3], [30, 3, 1]] as const) {
      const f = path.join(dir, `small-${residents}-${years}-${seed}`, 'rehabdesk.sqlite');
      expect(buildDemoDatabase({ ...SMALL, residents, years, seed, now: new Date('2026-11-23T03:00:00.000Z'), file: f }).present).toBe(residents);
      const [c] = rows<{ present: number; beds: number; discipline: number; movedIn: number }>(
        f,
        `SELECT count(*) AS present, count(DISTINCT s.current_bed_id) AS beds,
                sum(a.purpose = 'discipline') AS discipline,
                sum(a.purpose = 'discipline' AND EXISTS (SELECT 1 FROM movements m WHERE m.stay_id = s.id AND m.type = 'bed_move')) AS movedIn
         FROM stays s JOIN beds b ON b.id = s.current_bed_id JOIN rooms r ON r.id = b.room_id JOIN areas a ON a.id = r.area_id
         WHERE s.state <> 'discharged'`,
      );
      expect(c).toEqual({ present: residents, beds: residents, discipline: c!.movedIn, movedIn: expect.any(Number) });
      expect(c!.discipline).toBeGreaterThan(0);
    }
  });

  it('is deterministic: the same seed gives the same people, beds and file numbers; another seed does not', () => {
    const sql = `SELECT p.full_name, p.citizen_id, s.file_number, s.kind, s.state, s.current_bed_id, s.admitted_on,
                        s.expected_release
                 FROM stays s JOIN persons p ON p.id = s.person_id ORDER BY s.id`;
    const again = build('again');
    expect(rows(again.file, sql)).toEqual(rows(file, sql));
    const other = build('other', SMALL.seed + 1);
    expect(rows(other.file, sql)).not.toEqual(rows(file, sql));
  });

  it('gives every present resident a bed of their own, in an area of their sex; minors only in the minors area', () => {
    const present = rows<{ bed: number | null; sex: string; areaSex: string; kind: string; purpose: string }>(
      file,
      `SELECT s.current_bed_id AS bed, p.sex, a.sex AS areaSex, s.kind, a.purpose
       FROM stays s JOIN persons p ON p.id = s.person_id
       LEFT JOIN beds b ON b.id = s.current_bed_id LEFT JOIN rooms r ON r.id = b.room_id
       LEFT JOIN areas a ON a.id = r.area_id
       WHERE s.state <> 'discharged'`,
    );
    expect(present).toHaveLength(150);
    expect(present.filter((s) => s.bed === null)).toEqual([]);
    expect(new Set(present.map((s) => s.bed)).size).toBe(present.length);
    expect(present.filter((s) => s.sex !== s.areaSex)).toEqual([]);
    expect(present.filter((s) => (s.kind === 'compulsory_minor') !== (s.purpose === 'minors'))).toEqual([]);
    expect(present.some((s) => s.kind === 'compulsory_minor')).toBe(true);
  });

  it('draws surnames as in Vietnam: Nguyễn first, with 30–45% of people', () => {
    const counts = rows<{ family: string; n: number }>(
      file,
      'SELECT family_name AS family, count(*) AS n FROM persons GROUP BY family_name ORDER BY n DESC',
    );
    const total = counts.reduce((n, c) => n + c.n, 0);
    expect(counts[0]?.family).toBe('Nguyễn');
    expect((counts[0]?.n ?? 0) / total).toBeGreaterThan(0.3);
    expect((counts[0]?.n ?? 0) / total).toBeLessThan(0.45);
  });

  it('keeps the file-number counters at the last number used each year', () => {
    const counters = rows<{ year: number; last: number }>(file, 'SELECT year, last FROM file_number_counters ORDER BY year');
    const used = rows<{ year: number; n: number }>(
      file,
      "SELECT CAST(substr(admitted_on, 1, 4) AS INTEGER) AS year, count(*) AS n FROM stays GROUP BY year ORDER BY year",
    );
    expect(counters).toEqual(used.map((u) => ({ year: u.year, last: u.n })));
  });

  it('refuses to build over an existing database and leaves it untouched', () => {
    expect(() => buildDemoDatabase({ ...SMALL, file })).toThrow(/already exists/);
    expect(rows<{ n: number }>(file, 'SELECT count(*) AS n FROM stays')[0]?.n).toBe(600);
  });
});

describe('the app on the demo database', () => {
  let backend: Backend;
  let token: string;
  function ok<M extends MethodName>(method: M, input: unknown): MethodOutput<M> {
    const r = backend.router.call(method, input, token);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.data as MethodOutput<M>;
  }

  beforeAll(() => {
    backend = createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: 'test', now: () => NOW });
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');
    const r = backend.router.call('auth.login', { username: admin?.username, password: admin?.password }, null);
    if (!r.ok) throw new Error(`admin login failed: ${r.error.message}`);
    token = (r.data as MethodOutput<'auth.login'>).token;
  });
  afterAll(() => backend.close());

  it('signs in every documented demo account with its role', () => {
    for (const a of DEMO_ACCOUNTS) {
      const r = backend.router.call('auth.login', { username: a.username, password: a.password }, null);
      expect(r).toMatchObject({ ok: true, data: { user: { role: a.role } } });
    }
    const wrong = backend.router.call('auth.login', { username: 'admin', password: 'demo-admin-2025' }, null);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('lists the present residents in Vietnamese name order and finds them without accents', () => {
    const list = ok('residents.list', { scope: 'present', limit: 2000 });
    expect(list.total).toBe(150);
    for (let i = 1; i < list.rows.length; i++) {
      const [a, b] = [list.rows[i - 1]?.fullName ?? '', list.rows[i]?.fullName ?? ''];
      expect(compareVietnameseNames(a, b), `${a} before ${b}`).toBeLessThanOrEqual(0);
    }
    const found = ok('residents.list', { scope: 'all', query: 'nguyen', limit: 2000 });
    expect(found.total).toBeGreaterThan(0);
    const words = (name: string) => foldForSearch(name).split(' ');
    expect(found.rows.filter((r) => !words(r.fullName).some((w) => w.startsWith('nguyen')))).toEqual([]);
  });

  it('shows each present resident the release date the demo stored (escapes and deductions included)', () => {
    const list = ok('residents.list', { scope: 'present', limit: 2000 });
    for (const r of list.rows.filter((x) => x.expectedRelease !== null)) {
      expect(ok('residents.get', { stayId: r.stayId }).clock?.releaseDate).toBe(r.expectedRelease);
    }
  });

  it('continues file numbering after the demo when an officer admits one more resident', () => {
    const [counter] = rows<{ last: number }>(file, 'SELECT last FROM file_number_counters WHERE year = 2026');
    const bed = ok('beds.board', {})
      .filter((a) => a.purpose === 'compulsory' && a.sex === 'male')
      .flatMap((a) => a.rooms.flatMap((r) => r.beds))
      .find((b) => b.inService && !b.occupant);
    const taken = new Set(rows<{ id: string }>(file, 'SELECT citizen_id AS id FROM persons').map((p) => p.id));
    const citizenId = ['075090000001', '075090000002', '075090000003'].find((id) => !taken.has(id));
    const admitted = ok('admissions.admit', {
      kind: 'compulsory_adult',
      person: {
        fullName: 'Nguyễn Văn Hùng',
        birthDate: '1990-05-01',
        sex: 'male',
        citizenId,
        residence: { province: 'Đồng Nai', commune: 'Xã Xuân Lộc', address: 'Tổ 3, ấp 2' },
      },
      decision: {
        court: 'Tòa án nhân dân khu vực 3 - Đồng Nai',
        decisionNumber: '999/2026/QĐ-TA',
        decisionDate: '2026-03-02',
        termMonths: 24,
      },
      broughtInOn: TODAY,
      bedId: bed?.id,
      health: { onArrival: 'Tỉnh táo, không sốt' },
      handover: { handedOverBy: 'Công an xã Xuân Lộc' },
    });
    expect(admitted.fileNumber).toBe(formatFileNumber('{yyyy}/{nnnn}', 2026, (counter?.last ?? 0) + 1));
    expect(rows(file, 'SELECT id FROM stays WHERE file_number = ?', admitted.fileNumber)).toHaveLength(1);
  });
});
