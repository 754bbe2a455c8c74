import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase } from '../../db/demo/build';
import { sourceMigrationsFolder } from '../../db/paths';

/** The demo's release records: discharges behind every ended stay, a certificate register without gaps, ratings. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
let dir: string;
let db: Database.Database;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-demo-release-'));
  const file = path.join(dir, 'rehabdesk.sqlite');
  buildDemoDatabase({ residents: 150, years: 2, seed: 3, now: NOW, migrationsFolder: sourceMigrationsFolder, file });
  db = new Database(file, { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string) => db.prepare(sql).all() as T[];

describe('demo release records', () => {
  it('gives every stay ended on the discharge screen its discharge record, with the same reason and day', () => {
    const missing = all(
      `SELECT s.id FROM stays s LEFT JOIN discharges d ON d.stay_id = s.id
       WHERE s.state = 'discharged' AND s.discharge_reason <> 'to_compulsory'
         AND (d.id IS NULL OR d.reason <> s.discharge_reason OR d.discharged_on <> s.discharged_on)`,
    );
    expect(missing).toEqual([]);
  });

  it('numbers certificates 1, 2, 3… per kind and year, and the counter continues from the last', () => {
    const groups = all<{ kind: string; year: number; n: number; maxSeq: number; last: number }>(
      `SELECT c.kind, c.year, count(*) AS n, max(c.seq) AS maxSeq, k.last FROM certificates c
       JOIN certificate_counters k ON k.kind = c.kind AND k.year = c.year GROUP BY c.kind, c.year`,
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect([g.n, g.last]).toEqual([g.maxSeq, g.maxSeq]);
  });

  it('issues Mẫu 46 only to compulsory stays and Mẫu 26b only to voluntary ones', () => {
    const wrong = all(
      `SELECT c.id FROM certificates c JOIN stays s ON s.id = c.stay_id
       WHERE (c.kind = 'mau46' AND s.kind NOT IN ('compulsory_adult', 'compulsory_minor')) OR (c.kind = 'mau26b' AND s.kind <> 'voluntary')`,
    );
    expect(wrong).toEqual([]);
  });

  it('rates present residents for past months, confirmed up to two months ago, last month left to rate', () => {
    const months = all<{ month: string; confirmed: number }>(
      `SELECT r.month, (SELECT count(*) FROM rating_months m WHERE m.month = r.month) AS confirmed FROM ratings r GROUP BY r.month ORDER BY r.month`,
    );
    expect(months.at(-1)).toEqual({ month: '2026-01', confirmed: 1 });
    expect(all("SELECT 1 FROM ratings WHERE month = '2026-02'")).toEqual([]);
  });
});
