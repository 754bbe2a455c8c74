import Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend';
import { vnDate } from '../../shared/domain/dates';
import { addMonthsToMonth, monthEnd, monthOf, monthStart } from '../../shared/domain/ratings';
import type { MethodOutput } from '../../shared/contract';
import { lineAmount } from '../../shared/domain/work-pay';
import { count, medianOf, ms, time } from './measure';

/**
 * Work therapy on the demo (DOMAIN.md §11: 3 million output lines over ten years): a month's pay run over the
 * ≈1.500 residents, drafted through the router ('pay.draft': checks, the per-stay sums, the run and its lines,
 * audit; rolled back after each run so the cached database is unchanged), against one raw aggregate of the same
 * month (GROUP BY stay_id SUM(amount_dong)).
 */
const TARGET_LINES = 3_000_000;

const PRODUCTS = [
  { name: 'Đan giỏ mây', unit: 'piece', rateDong: 1_500 },
  { name: 'Bóc hạt điều', unit: 'kg', rateDong: 6_000 },
  { name: 'Lắp ráp đồ chơi', unit: 'set', rateDong: 2_500 },
  { name: 'Trồng rau', unit: 'workday', rateDong: 40_000 },
  { name: 'May túi vải', unit: 'piece', rateDong: 3_000 },
  { name: 'Làm nhang', unit: 'kg', rateDong: 8_000 },
] as const;

/** A deterministic hash of two integers in [0, 1). */
function unit(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
  return ((h ^ (h >>> 15)) >>> 0) / 4_294_967_296;
}

/**
 * Writes about three million output lines once (skipped when the cached demo has them): every stay, Monday to
 * Saturday of its time in the facility (movements ignored: this is load, not a record), kept with the probability
 * that gives the target, one product and 4 or 8 hours, in one transaction through one prepared INSERT.
 */
export function ensureWorkLines(sqlite: Database.Database): number | null {
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM work_lines').get() as { n: number };
  if (n >= TARGET_LINES / 2) return null;
  console.log('Đang thêm 3 triệu dòng sản lượng vào dữ liệu mẫu / adding three million work lines to the cached demo…');
  // A large page cache for the bulk insert (three indexes filled out of order) and no per-row foreign-key
  // look-ups: the rows come from the stays, teams and products just read. Both restored after.
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -524288');
  sqlite.pragma('foreign_keys = OFF');
  try {
    return time(() =>
    sqlite.transaction(() => {
      const asOf = vnDate(new Date());
      const first = (sqlite.prepare('SELECT min(admitted_on) AS d FROM stays').get() as { d: string }).d;
      const insertProduct = sqlite.prepare('INSERT OR IGNORE INTO products (name, unit) VALUES (?, ?)');
      const insertRate = sqlite.prepare('INSERT OR IGNORE INTO product_rates (product_id, rate_dong, valid_from) VALUES (?, ?, ?)');
      const products = PRODUCTS.map((p) => {
        insertProduct.run(p.name, p.unit);
        const { id } = sqlite.prepare('SELECT id FROM products WHERE name = ?').get(p.name) as { id: number };
        insertRate.run(id, p.rateDong, first);
        return { id, rateDong: p.rateDong, unit: p.unit };
      });
      let teamId = (sqlite.prepare('SELECT min(id) AS id FROM teams').get() as { id: number | null }).id;
      if (teamId === null) teamId = (sqlite.prepare("INSERT INTO teams (name) VALUES ('Tổ lao động') RETURNING id").get() as { id: number }).id;
      const stays = sqlite
        .prepare(
          `SELECT s.id, s.admitted_on AS fromOn, coalesce(s.discharged_on, ?) AS untilOn,
                  (SELECT m.team_id FROM team_members m WHERE m.stay_id = s.id ORDER BY m.id DESC LIMIT 1) AS teamId
           FROM stays s ORDER BY s.id`,
        )
        .all(asOf) as { id: number; fromOn: string; untilOn: string; teamId: number | null }[];
      const dayNo = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
      // Epoch day 0 (1970-01-01) was a Thursday: (n + 3) % 7 is 0 on Monday, 6 on Sunday.
      const workdays = stays.reduce((sum, s) => sum + Math.max(0, dayNo(s.untilOn) - dayNo(s.fromOn)) * (6 / 7), 0);
      const keep = Math.min(1, TARGET_LINES / workdays);
      const insert = sqlite.prepare(
        `INSERT INTO work_lines (team_id, stay_id, work_on, product_id, quantity, hours, rate_dong, amount_dong, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
      );
      let written = 0;
      for (const s of stays) {
        const team = s.teamId ?? teamId;
        const p = products[s.id % products.length]!;
        const start = dayNo(s.fromOn);
        const end = dayNo(s.untilOn);
        for (let d = start; d < end; d++) {
          if ((d + 3) % 7 === 6 || unit(s.id, d) >= keep) continue;
          const day = dayText(d);
          const hours = unit(d, s.id) < 0.2 ? 4 : 8;
          const quantity = p.unit === 'workday' ? hours / 8 : Math.round(5 + unit(s.id + 1, d) * 20);
          insert.run(team, s.id, day, p.id, quantity, hours, p.rateDong, lineAmount(quantity, p.rateDong), `${day}T10:00:00.000Z`);
          written++;
        }
      }
      sqlite.exec('ANALYZE work_lines');
      return written;
    })(),
    );
  } finally {
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`cache_size = ${cache}`);
  }
}

/** A day number (days since 1970-01-01) as YYYY-MM-DD, computed once per day for all stays. */
const dayTexts = new Map<number, string>();
function dayText(d: number): string {
  let t = dayTexts.get(d);
  if (t === undefined) {
    t = new Date(d * 86_400_000).toISOString().slice(0, 10);
    dayTexts.set(d, t);
  }
  return t;
}

export function benchWork(backend: Backend, token: string, runs: number, rows: string[][]): boolean {
  const sqlite = backend.database.sqlite;
  const added = ensureWorkLines(sqlite);
  // A plain read-only connection opened after the lines are in (one opened before keeps the old statistics).
  const raw = new Database(sqlite.name, { readonly: true });
  const { n: lines } = sqlite.prepare('SELECT count(*) AS n FROM work_lines').get() as { n: number };
  const month = addMonthsToMonth(monthOf(vnDate(new Date())), -1);
  const rolledBack = <T>(fn: () => T): T => {
    sqlite.exec('BEGIN');
    try {
      return fn();
    } finally {
      sqlite.exec('ROLLBACK');
    }
  };
  const draft = () =>
    rolledBack(() => {
      const r = backend.router.call('pay.draft', { month }, token);
      if (!r.ok) throw new Error(`pay.draft: ${r.error.message}`);
      return r.data as MethodOutput<'pay.draft'>;
    });
  const aggregate = raw.prepare('SELECT stay_id AS stayId, sum(amount_dong) AS amountDong FROM work_lines WHERE work_on BETWEEN ? AND ? GROUP BY stay_id');
  const direct = () => aggregate.all(monthStart(month), monthEnd(month)) as { stayId: number; amountDong: number }[];
  const routed = draft();
  const byHand = direct().filter((r) => r.amountDong !== 0);
  const total = byHand.reduce((a, r) => a + r.amountDong, 0);
  const same = routed.residents === byHand.length && routed.totalDong === total;
  const tRouter = medianOf(draft, runs);
  const tRaw = medianOf(direct, runs);
  rows.push([
    `Bảng thanh toán tháng / pay run ${month.slice(5)}/${month.slice(0, 4)} (pay.draft)`,
    ms(tRouter),
    ms(tRaw),
    `×${ms(tRouter / tRaw)}`,
    `${count(routed.residents)} ${same ? '=' : '≠'} ${count(byHand.length)}`,
  ]);
  console.log(
    `Sản lượng trong dữ liệu mẫu / work lines in the demo: ${count(lines)} dòng / lines` +
      (added !== null ? `, vừa thêm trong / just added in ${ms(added / 1000)} s` : ''),
  );
  raw.close();
  return same;
}

