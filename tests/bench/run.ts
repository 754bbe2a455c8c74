import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildDemoDatabase, DEMO_ACCOUNTS, DEMO_DEFAULTS } from '../../db/demo/build';
import { sourceMigrationsFolder } from '../../db/paths';
import { createBackend, type Backend } from '../../electron/backend';
import type { MethodOutput } from '../../shared/contract';
import { benchBedBoard } from './beds';
import { benchImport } from './import';
import { count, median, medianOf, ms, table, time } from './measure';
import { benchReports } from './reports';
import { benchRoll } from './roll';
import { benchSearch } from './search';
import { benchWork } from './work';

/**
 * `npm run bench [-- --runs N] [--rebuild]`: on the demo database of 1.500 present residents and 30.000 stays
 * (built once into data/bench/ and reused), times in one run, side by side: opening the database until the
 * first call answers, the resident list and the accent-free searches through the router (session, zod,
 * count, query, output check) against the same rows fetched by a raw better-sqlite3 query; a month's pay run
 * over three million work lines (tests/bench/work.ts) against one raw aggregate; the head's month and year report
 * (tests/bench/reports.ts) against one hand-written aggregate of the same headcount; then importing a 30.000-row
 * register workbook into an empty database (tests/bench/import.ts).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dbFile = path.join(root, 'data', 'bench', 'rehabdesk.sqlite');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '25' }, rebuild: { type: 'boolean', default: false } },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`Lỗi / error: --runs phải là số nguyên dương / must be a positive whole number (got "${args.runs}").`);
  process.exit(1);
}

/** Reuses the cached demo when it has the expected size; otherwise (or with --rebuild) builds it anew. */
function ensureDemo(): number | null {
  if (existsSync(dbFile) && !args.rebuild) {
    const db = new Database(dbFile, { readonly: true });
    const c = db
      .prepare(
        "SELECT (SELECT count(*) FROM stays WHERE state <> 'discharged') AS present, (SELECT count(*) FROM stays) AS stays",
      )
      .get() as { present: number; stays: number };
    db.close();
    const { residents, years } = DEMO_DEFAULTS;
    if (c.present === residents && c.stays === residents * years * 2) return null;
  }
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  console.log('Đang tạo cơ sở dữ liệu mẫu / building the demo database…');
  return buildDemoDatabase({ file: dbFile, migrationsFolder: sourceMigrationsFolder }).seconds;
}

const rowColumns = `s.id AS stayId, p.id AS personId, s.file_number AS fileNumber, p.full_name AS fullName,
  p.birth_date AS birthDate, p.birth_year AS birthYear, p.sex, p.citizen_id AS citizenId, s.kind, s.state,
  s.admitted_on AS admittedOn, s.expected_release AS expectedRelease,
  CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel`;
const bedJoins = `LEFT JOIN beds b ON b.id = s.current_bed_id LEFT JOIN rooms r ON r.id = b.room_id
  LEFT JOIN areas a ON a.id = r.area_id`;
const order = 'ORDER BY p.name_sort_key, s.admitted_on DESC, s.id LIMIT 2000';

/** What a developer would write by hand for the same rows, straight on better-sqlite3. */
const rawSql = {
  present: `SELECT ${rowColumns} FROM stays s JOIN persons p ON p.id = s.person_id ${bedJoins}
            WHERE s.state <> 'discharged' ${order}`,
  name: `SELECT ${rowColumns} FROM persons_fts f JOIN persons p ON p.id = f.rowid JOIN stays s ON s.person_id = p.id
         ${bedJoins} WHERE persons_fts MATCH ? ${order}`,
};

interface Case {
  label: string;
  input: { query?: string; scope: 'present' | 'all'; limit: number };
  raw: () => { stayId: number }[];
}

function main(): void {
  const built = ensureDemo();
  const raw = new Database(dbFile, { readonly: true });
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');
  if (!admin) throw new Error('no demo administrator');

  // (a) From nothing to the first answer: open, pragmas, migration check, router, one query.
  const openRouter: number[] = [];
  const openRaw: number[] = [];
  for (let i = 0; i < 5; i++) {
    let backend: Backend | null = null;
    openRouter.push(
      time(() => {
        backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: version });
        if (!backend.router.call('setup.status', {}, null).ok) throw new Error('setup.status failed');
      }),
    );
    (backend as Backend | null)?.close();
    openRaw.push(
      time(() => {
        const db = new Database(dbFile, { readonly: true });
        db.prepare('SELECT (SELECT name FROM facility) AS name, (SELECT count(*) FROM users) AS users').get();
        db.close();
      }),
    );
  }

  const backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: version });
  const login = backend.router.call('auth.login', { username: admin.username, password: admin.password }, null);
  if (!login.ok) throw new Error(`demo admin login failed: ${login.error.message}`);
  const token = (login.data as MethodOutput<'auth.login'>).token;

  const present = raw.prepare(rawSql.present);
  const byName = raw.prepare(rawSql.name);
  const idPrefix = ((present.get() as { citizenId: string }).citizenId ?? '').slice(0, 6);
  const cases: Case[] = [
    {
      label: 'Danh sách đang ở / present list',
      input: { scope: 'present', limit: 2000 },
      raw: () => present.all() as { stayId: number }[],
    },
    ...['nguyen van hung', 'hung'].map((q) => ({
      label: `Tìm / search "${q}"`,
      input: { query: q, scope: 'all' as const, limit: 2000 },
      raw: () => byName.all(q.split(' ').map((w) => `"${w}"*`).join(' ')) as { stayId: number }[],
    })),
    {
      label: `Tìm CCCD / ID prefix "${idPrefix}"`,
      input: { query: idPrefix, scope: 'all', limit: 2000 },
      raw: () => byName.all(`citizen_id : "${idPrefix}"*`) as { stayId: number }[],
    },
  ];

  const rows: string[][] = [];
  rows.push([
    'Mở lần đầu trong tiến trình / first open in process',
    ms(openRouter[0] ?? 0),
    ms(openRaw[0] ?? 0),
    `×${ms((openRouter[0] ?? 0) / (openRaw[0] ?? 1))}`,
    '',
  ]);
  rows.push([
    'Mở CSDL → trả lời đầu tiên / open → first answer (5 lần)',
    ms(median(openRouter)),
    ms(median(openRaw)),
    `×${ms(median(openRouter) / median(openRaw))}`,
    '',
  ]);
  let mismatch = false;
  for (const c of cases) {
    const call = () => {
      const r = backend.router.call('residents.list', c.input, token);
      if (!r.ok) throw new Error(`${c.label}: ${r.error.message}`);
      return r.data as MethodOutput<'residents.list'>;
    };
    const routed = call().rows.map((r) => r.stayId);
    const direct = c.raw().map((r) => r.stayId);
    const same = routed.length === direct.length && routed.every((id, i) => id === direct[i]);
    mismatch ||= !same;
    const tRouter = medianOf(call, runs);
    const tRaw = medianOf(c.raw, runs);
    const rowCounts = `${count(routed.length)} ${same ? '=' : '≠'} ${count(direct.length)}`;
    rows.push([c.label, ms(tRouter), ms(tRaw), `×${ms(tRouter / tRaw)}`, rowCounts]);
  }
  if (!benchBedBoard(backend, raw, token, runs, rows)) mismatch = true;
  if (!benchSearch(backend, raw, token, runs, rows)) mismatch = true;
  if (!benchWork(backend, token, runs, rows)) mismatch = true;
  if (!benchReports(backend, raw, token, runs, rows)) mismatch = true;
  if (!benchRoll(backend, raw, token, runs, rows, dbFile)) mismatch = true;
  backend.close();
  raw.close();

  console.log(`RehabDesk bench: ${path.relative(root, dbFile)}, trung vị ${runs} lần đo / median of ${runs} runs (ms)`);
  console.log(
    built === null
      ? 'Dữ liệu mẫu / demo: dùng lại bản đã tạo / reused the cached build'
      : `Dữ liệu mẫu / demo: tạo trong / built in ${ms(built)} s`,
  );
  console.log(
    table(['Phép đo / measure', 'Router', 'SQL thô / raw', 'Tỉ lệ / ratio', 'Dòng / rows (router = raw)'], rows),
  );
  if (mismatch) {
    console.error('Lỗi / error: router và SQL thô trả về dòng khác nhau / router and raw SQL returned different rows.');
    process.exit(1);
  }
}

main();
// The import runs on a database of its own, after the demo's measures (it is async: the router yields while importing).
if (!(await benchImport(version))) {
  console.error('Lỗi / error: nhập 30.000 dòng không xong trong 30 s / importing 30.000 rows missed the 30 s target.');
  process.exit(1);
}
