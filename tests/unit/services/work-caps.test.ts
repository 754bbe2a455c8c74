import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkWorld, type WorkWorld } from './work-fixture';

let w: WorkWorld;
let stayId: number;
beforeAll(() => {
  w = openWorkWorld();
  stayId = w.member('Nguyễn Văn Hùng');
});
afterAll(() => w.t.close());

/** Wednesday 18/11/2026; its ISO week runs 16–22/11. */
const WORK_ON = '2026-11-18';
const otherDays = ['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];
const caps = { adult: { day: 8, week: 48 }, age15to18: { day: 6, week: 30 }, age12to15: { day: 4, week: 20 } };

/** Birth dates putting him the day before or on his 15th and 18th birthday on the work date. */
const boundaries = [
  { birth: '2011-11-19', age: 14, band: 'age12to15' },
  { birth: '2011-11-18', age: 15, band: 'age15to18' },
  { birth: '2008-11-19', age: 17, band: 'age15to18' },
  { birth: '2008-11-18', age: 18, band: 'adult' },
] as const;

describe('hour caps through work.record (age on the work date)', () => {
  it('property: accepted exactly when the day and the ISO week totals stay within the caps of the band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: boundaries.length - 1 }),
        // Hours (in halves) already recorded on the other six days of that week, and on the work day itself.
        fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 20 }),
        (band, others, before, added) => {
          const b = boundaries[band]!;
          w.setBirth(stayId, b.birth);
          const hours = { others: others.map((h) => h / 2), before: before / 2, added: added / 2 };
          const cap = caps[b.band];
          const sqlite = w.t.backend.database.sqlite;
          w.rolledBack(() => {
            const put = sqlite.prepare(
              `INSERT INTO work_lines (team_id, stay_id, work_on, product_id, quantity, hours, rate_dong, amount_dong, recorded_at)
               VALUES (?, ?, ?, ?, 1, ?, 1500, 1500, '2026-11-23T00:00:00.000Z')`,
            );
            otherDays.forEach((d, i) => {
              if (hours.others[i]) put.run(w.teamId, stayId, d, w.productId, hours.others[i]);
            });
            if (hours.before) put.run(w.teamId, stayId, WORK_ON, w.productId, hours.before);
            const lines = sqlite.prepare('SELECT count(*) AS n FROM work_lines').get() as { n: number };
            const day = hours.before + hours.added;
            const week = hours.others.reduce((a, h) => a + h, 0) + day;
            const r = w.record(WORK_ON, [{ stayId, quantity: 1, hours: hours.added }]);
            const within = day <= cap.day && week <= cap.week;
            expect(r.ok).toBe(within);
            const after = (sqlite.prepare('SELECT count(*) AS n FROM work_lines').get() as { n: number }).n;
            expect(after).toBe(lines.n + (within ? 1 : 0));
            if (!r.ok) {
              expect(r.error.field).toBe('entries.0.hours');
              expect(r.error.message).toContain(`Nguyễn Văn Hùng (${b.age} tuổi): `);
              expect(r.error.message).toContain(day > cap.day ? `vượt giới hạn ${cap.day} giờ/ngày` : `vượt giới hạn ${cap.week} giờ/tuần`);
              expect(r.error.message).toContain('(Nghị định 116/2021/NĐ-CP, Điều 68, Điều 74).');
            }
            const row = w.t.ok('work.sheet', { teamId: w.teamId, date: WORK_ON }, w.tokens.officer).rows[0];
            expect(row).toMatchObject({ ageBand: b.band, capDay: cap.day, capWeek: cap.week });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
