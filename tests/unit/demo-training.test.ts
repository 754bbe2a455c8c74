import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDatabase } from '../../db/demo/build';
import { sourceMigrationsFolder } from '../../db/paths';

/** The demo's vocational training: classes of every status, results, and attendance that follows the movements. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
let dir: string;
let db: Database.Database;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-demo-training-'));
  const file = path.join(dir, 'rehabdesk.sqlite');
  buildDemoDatabase({ residents: 150, years: 2, seed: 5, now: NOW, migrationsFolder: sourceMigrationsFolder, file });
  db = new Database(file, { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string) => db.prepare(sql).all() as T[];

describe('demo training', () => {
  it('has finished, running and planned classes, by the dates around today', () => {
    const wrong = all(
      `SELECT id FROM training_classes WHERE NOT (
         (status = 'finished' AND ends_on < '2026-03-05') OR (status = 'running' AND starts_on <= '2026-03-05' AND ends_on >= '2026-03-05')
         OR (status = 'planned' AND starts_on > '2026-03-05'))`,
    );
    expect(wrong).toEqual([]);
    expect(all<{ status: string }>('SELECT DISTINCT status FROM training_classes ORDER BY status').map((r) => r.status)).toEqual(['finished', 'planned', 'running']);
  });

  it('enrols only residents in the facility for the whole course, and a certificate goes with every pass', () => {
    expect(
      all(
        `SELECT e.id FROM enrolments e JOIN training_classes c ON c.id = e.class_id JOIN stays s ON s.id = e.stay_id
         WHERE s.admitted_on > c.starts_on OR (s.discharged_on IS NOT NULL AND s.discharged_on <= c.ends_on)`,
      ),
    ).toEqual([]);
    expect(all("SELECT id FROM enrolments WHERE (result = 'pass') <> (certificate_number IS NOT NULL)")).toEqual([]);
  });

  it('marks nobody present on a day he was in hospital or escaped, and gives every absence a reason', () => {
    expect(all('SELECT 1 FROM session_attendance WHERE present = 0 AND reason IS NULL')).toEqual([]);
    const presentWhileAway = all(
      `SELECT a.session_id FROM session_attendance a JOIN training_sessions x ON x.id = a.session_id
       JOIN enrolments e ON e.id = a.enrolment_id
       WHERE a.present = 1 AND EXISTS (
         SELECT 1 FROM movements m WHERE m.stay_id = e.stay_id AND m.type IN ('to_hospital', 'escaped') AND m.occurred_on <= x.session_on
           AND NOT EXISTS (SELECT 1 FROM movements b WHERE b.stay_id = m.stay_id AND b.type IN ('from_hospital', 'returned')
                           AND b.occurred_at > m.occurred_at AND b.occurred_on <= x.session_on))`,
    );
    expect(presentWhileAway).toEqual([]);
  });
});
