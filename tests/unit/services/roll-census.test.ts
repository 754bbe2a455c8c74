import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { censusAt, type CensusFact } from '../../../shared/domain/census';
import { censusRows } from '../../../electron/services/census/census';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../../../db/open';
import { sourceMigrationsFolder } from '../../../db/paths';

let dir = '';
let db: OpenDatabase | null = null;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A bare register: one area, one room of ten beds, six residents admitted on 1 January 2026. */
function openRegister() {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-census-'));
  db = openDatabase(path.join(dir, 'r.sqlite'), { migrationsFolder: sourceMigrationsFolder });
  const sqlite = db.sqlite;
  sqlite.exec(`INSERT INTO areas (id, code, name, purpose, sex) VALUES (1, 'A', 'Khu A', 'compulsory', 'male');
    INSERT INTO rooms (id, area_id, code, name, design_capacity, working_capacity) VALUES (1, 1, 'P01', 'Phòng 1', 10, 10);`);
  const beds = Array.from({ length: 10 }, (_, i) => Number(sqlite.prepare("INSERT INTO beds (room_id, code) VALUES (1, ?)").run(`G${i}`).lastInsertRowid));
  const stays = beds.slice(0, 6).map((bed, i) => {
    const person = sqlite
      .prepare(`INSERT INTO persons (full_name, family_name, middle_name, given_name, name_folded, name_sort_key, birth_year, sex)
                VALUES (?, 'Nguyễn', 'Văn', ?, ?, ?, 1990, 'male')`)
      .run(`Nguyễn Văn S${i}`, `S${i}`, `nguyen van s${i}`, `s${i}`).lastInsertRowid;
    const stay = Number(sqlite
      .prepare(`INSERT INTO stays (person_id, file_number, kind, admitted_on, state, current_bed_id) VALUES (?, ?, 'compulsory_adult', '2026-01-01', 'present', ?)`)
      .run(person, `2026/${i}`, bed).lastInsertRowid);
    sqlite.prepare(`INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, to_bed_id) VALUES (?, 'admitted', '2026-01-01T02:00:00.000Z', '2026-01-01', '2026-01-01T02:00:00.000Z', ?)`).run(stay, bed);
    return stay;
  });
  return { sqlite, beds, stays };
}

const kinds = ['to_hospital', 'from_hospital', 'funeral_leave', 'funeral_return', 'escaped', 'returned', 'bed_move', 'to_court', 'from_court', 'discharged'];

describe('the SQL census agrees with the pure census on random movements', () => {
  it('for reversals, late entries and same-instant ties', () => {
    const { sqlite, beds, stays } = openRegister();
    const insert = sqlite.prepare(
      `INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, to_bed_id, reverses_id)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    const step = fc.record({
      stay: fc.integer({ min: 0, max: 5 }),
      type: fc.constantFrom(...kinds, 'reversal'),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.constantFrom(0, 12),
      bed: fc.integer({ min: 6, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 29 }), (steps, askDay) => {
        sqlite.exec('SAVEPOINT random');
        try {
          const ids: number[] = [];
          for (const s of steps) {
            const at = `2026-02-${String(s.day).padStart(2, '0')}T${String(s.hour).padStart(2, '0')}:00:00.000Z`;
            const target = s.type === 'reversal' ? (ids[s.day % Math.max(ids.length, 1)] ?? null) : null;
            if (s.type === 'reversal' && target === null) continue;
            const toBed = s.type === 'bed_move' || s.type === 'returned' ? beds[s.bed]! : null;
            const row = insert.get(stays[s.stay], s.type, at, at.slice(0, 10), '2026-03-30T00:00:00.000Z', toBed, target) as { id: number };
            ids.push(row.id);
          }
          const facts = sqlite
            .prepare(
              `SELECT id, stay_id AS stayId, type, occurred_at AS occurredAt, occurred_on AS occurredOn,
                      reverses_id AS reversesId, to_bed_id AS toBedId FROM movements`,
            )
            .all() as CensusFact[];
          const instant = askDay === 0 ? '2026-01-15T00:00:00.000Z' : `2026-02-${String(askDay).padStart(2, '0')}T12:00:00.000Z`;
          const pure = censusAt(facts, instant).map((r) => [r.stayId, r.status, r.bedId, r.movementId]);
          const sql = censusRows(sqlite, instant, null)
            .map((r) => [r.stayId, r.status, r.bedId, r.movement.id])
            .sort((a, b) => Number(a[0]) - Number(b[0]));
          expect(sql).toEqual(pure);
        } finally {
          sqlite.exec('ROLLBACK TO random; RELEASE random');
        }
      }),
      { numRuns: 150 },
    );
  });
});
