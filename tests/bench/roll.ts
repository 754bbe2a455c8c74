import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { statusAfter, statusMovementTypes, vnInstantOf } from '../../shared/domain/census';
import { addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import type { MovementType } from '../../shared/domain/vocabulary';
import { count, medianOf, ms, time } from './measure';
import { ensureDemoRolls } from './roll-data';

/**
 * The roll on the demo with ten years of saved rolls, added to the table rows of `npm run bench`: the expected
 * roll of the largest area and of every area (≈1.500), saving a whole roll (rolled back, so the cached database
 * is unchanged), the census as of a day five years ago, each through the router against the same rows from SQL
 * a developer would write by hand (last status and last bed per stay by window functions); and the roll screen
 * rendering the largest area in Chromium (tests/bench/roll-screen.ts, in its own process with the web host).
 */
const statusTypes = statusMovementTypes.map((t) => `'${t}'`).join(', ');
const rawCensus = `
  WITH eff AS (
    SELECT m.id, m.stay_id, m.type, m.to_bed_id, m.occurred_at FROM movements m
    WHERE m.occurred_at <= @at AND m.type <> 'reversal'
      AND NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = m.stay_id AND x.type = 'reversal' AND x.reverses_id = m.id)
  ),
  st AS (SELECT stay_id, type, id, row_number() OVER (PARTITION BY stay_id ORDER BY occurred_at DESC, id DESC) AS rn
         FROM eff WHERE type IN (${statusTypes})),
  bd AS (SELECT stay_id, to_bed_id, row_number() OVER (PARTITION BY stay_id ORDER BY occurred_at DESC, id DESC) AS rn
         FROM eff WHERE to_bed_id IS NOT NULL)
  SELECT s.id AS stayId, p.full_name AS fullName, a.code || '-' || r.code || '-' || b.code AS bedLabel, st.type, st.id AS movementId
  FROM st JOIN stays s ON s.id = st.stay_id JOIN persons p ON p.id = s.person_id
  LEFT JOIN bd ON bd.stay_id = st.stay_id AND bd.rn = 1
  LEFT JOIN beds b ON b.id = bd.to_bed_id LEFT JOIN rooms r ON r.id = b.room_id LEFT JOIN areas a ON a.id = r.area_id
  WHERE st.rn = 1 AND st.type <> 'discharged' AND (@areaId IS NULL OR a.id = @areaId)
  ORDER BY a.code, r.code, b.code, s.id`;

interface RawRow {
  stayId: number;
  type: string;
  movementId: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function benchRoll(backend: Backend, raw: Database.Database, token: string, runs: number, rows: string[][], dbFile: string): boolean {
  const sqlite = backend.database.sqlite;
  const added = time(() => ensureDemoRolls(sqlite));
  const { n: saved } = sqlite.prepare('SELECT count(*) AS n FROM roll_entries').get() as { n: number };
  const call = <M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M> => {
    const r = backend.router.call(method, input, token);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as MethodOutput<M>;
  };
  const today = vnDate(new Date());
  const [morning] = call('roll.times', {});
  if (!morning) throw new Error('no roll times in settings');
  const areas = raw
    .prepare(
      `SELECT a.id, a.code, (SELECT count(*) FROM stays s JOIN beds b ON b.id = s.current_bed_id JOIN rooms r ON r.id = b.room_id
         WHERE r.area_id = a.id AND s.state <> 'discharged') AS n FROM areas a ORDER BY a.code`,
    )
    .all() as { id: number; code: string; n: number }[];
  const [largest, other] = [...areas].sort((a, b) => b.n - a.n);
  if (!largest || !other) throw new Error('the demo has fewer than two areas');
  const census = raw.prepare(rawCensus);
  const rawAt = (at: string, areaId: number | null) => census.all({ at, areaId }) as RawRow[];
  const at = vnInstantOf(today, morning.time);
  const key = { areaId: largest.id, date: today, slot: morning.slot };
  const fiveYearsAgo = addMonths(today, -60);

  let same = true;
  const compare = (label: string, routed: () => number[], direct: () => number[]) => {
    const a = routed();
    const b = direct();
    const match = a.length === b.length && a.every((id, i) => id === b[i]);
    same &&= match;
    const tRouter = medianOf(routed, runs);
    const tRaw = medianOf(direct, runs);
    rows.push([label, ms(tRouter), ms(tRaw), `×${ms(tRouter / tRaw)}`, `${count(a.length)} ${match ? '=' : '≠'} ${count(b.length)}`]);
  };
  compare(
    `Điểm danh khu lớn nhất / roll, largest area (${largest.code})`,
    () => call('roll.expected', key).entries.map((e) => e.stayId),
    () => rawAt(at, largest.id).map((r) => r.stayId),
  );
  compare(
    'Điểm danh mọi khu / roll, every area',
    () => areas.flatMap((a) => call('roll.expected', { ...key, areaId: a.id }).entries.map((e) => e.stayId)),
    () => rawAt(at, null).map((r) => r.stayId),
  );
  compare(
    `Sĩ số ngày / census as of ${formatDateVN(fiveYearsAgo)}`,
    () => call('census.asOf', { date: fiveYearsAgo }).rows.map((r) => r.stayId),
    () => rawAt(vnInstantOf(fiveYearsAgo, '23:59'), null).map((r) => r.stayId),
  );
  same &&= benchSave(sqlite, key, rawAt(at, largest.id), runs, rows, call);

  const screen = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['tests/bench/roll-screen.ts', dbFile, largest.code, other.code, today], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const measured = /ROLL_SCREEN (\S+) (\S+) (\d+) (\S+) (\d+)/.exec(screen.stdout);
  if (!measured) throw new Error(`roll screen measure failed:\n${screen.stdout}\n${screen.stderr}`);
  rows.push([
    `Màn hình điểm danh ${largest.code}, Chromium: mở trang / open page`,
    ms(Number(measured[1])),
    '',
    '',
    count(Number(measured[3])),
  ]);
  rows.push([`Màn hình điểm danh ${largest.code}, Chromium: chọn khu / select area`, ms(Number(measured[2])), '', '', count(Number(measured[3]))]);
  rows.push([`Màn hình điểm danh toàn cơ sở, Chromium / whole facility`, ms(Number(measured[4])), '', '', count(Number(measured[5]))]);
  console.log(
    `Điểm danh trong dữ liệu mẫu / rolls in the demo: ${count(saved)} lượt / entries` +
      (added > 1000 ? `, vừa thêm trong / just added in ${ms(added / 1000)} s` : ''),
  );
  // The screen shows the same morning roll the router gave.
  return same && Number(measured[3]) === call('roll.expected', key).entries.length;
}

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => MethodOutput<M>;

/** One whole roll saved through the router (checks, escapes, audit) and by hand; each run rolled back. */
function benchSave(
  sqlite: Database.Database,
  key: { areaId: number; date: string; slot: string },
  expected: RawRow[],
  runs: number,
  rows: string[][],
  call: Call,
): boolean {
  const entries = expected.map((e) => ({
    stayId: e.stayId,
    status: statusAfter[e.type as MovementType] === 'present' ? ('present' as const) : ('away' as const),
  }));
  const insertRoll = sqlite.prepare(
    `INSERT INTO rolls (area_id, roll_date, slot, taken_by, saved_at, expected_count, present_count) VALUES (?, ?, ?, 1, ?, ?, ?) RETURNING id`,
  );
  const insertEntry = sqlite.prepare('INSERT INTO roll_entries (roll_id, stay_id, status, movement_id) VALUES (?, ?, ?, ?)');
  const rolledBack = <T>(fn: () => T): T => {
    sqlite.exec('BEGIN');
    try {
      return fn();
    } finally {
      sqlite.exec('ROLLBACK');
    }
  };
  const viaRouter = () => rolledBack(() => call('roll.save', { ...key, entries }));
  const byHand = () =>
    rolledBack(() => {
      const present = entries.filter((e) => e.status === 'present').length;
      const { id } = insertRoll.get(key.areaId, key.date, key.slot, new Date().toISOString(), entries.length, present) as { id: number };
      expected.forEach((e, i) => insertEntry.run(id, e.stayId, entries[i]?.status, entries[i]?.status === 'present' ? null : e.movementId));
      return entries.length;
    });
  const routed = viaRouter().expectedCount;
  const direct = byHand();
  const tRouter = medianOf(viaRouter, runs);
  const tRaw = medianOf(byHand, runs);
  const match = routed === direct;
  rows.push(['Lưu cả buổi điểm danh / save a whole roll', ms(tRouter), ms(tRaw), `×${ms(tRouter / tRaw)}`, `${count(routed)} ${match ? '=' : '≠'} ${count(direct)}`]);
  return match;
}
