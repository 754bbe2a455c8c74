import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase, type DemoSummary } from '../../db/demo/build';
import { sourceMigrationsFolder } from '../../db/paths';
import { censusRows } from '../../electron/services/census/census';
import { vnInstantOf } from '../../shared/domain/census';

/** 05/03/2026, 10:00 in Vietnam: a tiny demo with its rolls, built "as of" this moment. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
const TINY = { residents: 80, years: 2, seed: 3, now: NOW, migrationsFolder: sourceMigrationsFolder };

let dir: string;
let db: Database.Database;
let summary: DemoSummary;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-demo-rolls-'));
  summary = buildDemoDatabase({ ...TINY, file: path.join(dir, 'rolls', 'rehabdesk.sqlite'), rolls: true });
  db = new Database(path.join(dir, 'rolls', 'rehabdesk.sqlite'), { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RollRow {
  id: number;
  areaId: number;
  date: string;
  slot: string;
  expected: number;
  present: number;
  entries: number;
  marked: number;
}

describe('demo rolls', () => {
  it('writes a morning and an evening roll of every occupied area for every day before today, none by default', () => {
    expect(summary.rolls).toMatchObject({ from: '2024-03-05', until: '2026-03-05' });
    const days = db.prepare('SELECT count(DISTINCT roll_date) AS n, min(roll_date) AS first, max(roll_date) AS last FROM rolls').get();
    expect(days).toEqual({ n: 730, first: '2024-03-05', last: '2026-03-04' });
    const slots = db.prepare('SELECT DISTINCT slot FROM rolls ORDER BY slot').all();
    expect(slots).toEqual([{ slot: 'evening' }, { slot: 'morning' }]);
    const counts = db.prepare('SELECT count(*) AS rolls, (SELECT count(*) FROM roll_entries) AS entries FROM rolls').get();
    expect(counts).toEqual({ rolls: summary.rolls?.rolls, entries: summary.rolls?.entries });
    const plain = buildDemoDatabase({ ...TINY, file: path.join(dir, 'plain', 'rehabdesk.sqlite') });
    expect(plain.rolls).toBeUndefined();
    const other = new Database(path.join(dir, 'plain', 'rehabdesk.sqlite'), { readonly: true });
    expect(other.prepare('SELECT count(*) AS n FROM rolls').get()).toEqual({ n: 0 });
    other.close();
  });

  it("keeps every roll's counts equal to its entries", () => {
    const wrong = db
      .prepare(
        `SELECT r.id, r.expected_count AS expected, r.present_count AS present, count(e.stay_id) AS entries,
                sum(e.status = 'present') AS marked
         FROM rolls r LEFT JOIN roll_entries e ON e.roll_id = r.id GROUP BY r.id
         HAVING expected <> entries OR present <> marked OR entries = 0`,
      )
      .all() as RollRow[];
    expect(wrong).toEqual([]);
  });

  it('expects exactly the stays the census puts in the area at the roll time, away ones by the movement that says so', () => {
    const times = new Map([['morning', '06:30'], ['evening', '21:00']]);
    const rolls = db.prepare('SELECT id, area_id AS areaId, roll_date AS date, slot FROM rolls ORDER BY id').all() as RollRow[];
    const entriesOf = db.prepare('SELECT stay_id AS stayId, status, movement_id AS movementId FROM roll_entries WHERE roll_id = ? ORDER BY stay_id');
    // Every fifth roll keeps the test quick and still crosses every escape, hospital stay and discharge.
    for (const r of rolls.filter((_, i) => i % 5 === 0)) {
      const census = censusRows(db, vnInstantOf(r.date, times.get(r.slot) ?? ''), r.areaId).sort((a, b) => a.stayId - b.stayId);
      const want = census.map((c) => ({
        stayId: c.stayId,
        away: c.status !== 'present',
        movementId: c.status === 'present' ? null : c.movement.id,
      }));
      const got = (entriesOf.all(r.id) as { stayId: number; status: string; movementId: number | null }[]).map((e) => ({
        stayId: e.stayId,
        away: e.status !== 'present',
        movementId: e.movementId,
      }));
      expect(got, `roll ${r.id} (${r.areaId}, ${r.date} ${r.slot})`).toEqual(want);
    }
  });

  it('marks an escape once, at the first roll after it; later rolls show the resident away by the same movement', () => {
    const escapes = db
      .prepare(
        // Rolls are written in time order, so the lowest roll id is the first roll after the escape.
        `SELECT e.movement_id AS movementId, count(*) AS n, min(r.id) AS firstRoll,
                min(CASE WHEN e.status = 'escaped' THEN r.id END) AS escapedAt
         FROM roll_entries e JOIN rolls r ON r.id = e.roll_id JOIN movements m ON m.id = e.movement_id
         WHERE m.type = 'escaped' GROUP BY e.movement_id`,
      )
      .all() as { movementId: number; n: number; firstRoll: number; escapedAt: number | null }[];
    expect(escapes.length).toBeGreaterThan(0);
    for (const e of escapes) expect(e.escapedAt, `escape ${e.movementId}`).toBe(e.firstRoll);
    const twice = db.prepare("SELECT movement_id FROM roll_entries WHERE status = 'escaped' GROUP BY movement_id HAVING count(*) > 1").all();
    expect(twice).toEqual([]);
  });
});
