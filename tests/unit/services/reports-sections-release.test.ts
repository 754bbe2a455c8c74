import type Database from 'better-sqlite3';
import { columnContext } from '../../../electron/services/reports/engine';
import { calendarNovember, calendarOctober, cutoffNovember, expectDrillAddsUp } from './reports-sections-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conductSection } from '../../../electron/services/reports/sections/conduct';
import { ratingMonthsOf, ratingsSection } from '../../../electron/services/reports/sections/ratings';
import { reductionsSection } from '../../../electron/services/reports/sections/reductions';
import { periodRange, type DateRange } from '../../../shared/domain/report-period';
import { openReleaseWorld, type ReleaseWorld } from './release-fixture';

/**
 * Five residents rated by Tổ 1 and confirmed by the head for 08–10/2026 (11/2026 rated, not confirmed), merit acts
 * and discipline on both sides of 14/10 and 14/11, and the review of 23/11/2026 (today) approved and decided.
 */
let w: ReleaseWorld;
let sqlite: Database.Database;
const s = {} as Record<'hung' | 'nam' | 'an' | 'binh' | 'cuong', number>;

const cutoffOctober = periodRange({ kind: 'month', convention: 'cutoff15', year: 2026, month: 10 });
const cutoffDecember = periodRange({ kind: 'month', convention: 'cutoff15', year: 2026, month: 12 });
const calendarQ3 = periodRange({ kind: 'quarter', convention: 'calendar', year: 2026, quarter: 3 });

beforeAll(() => {
  w = openReleaseWorld();
  sqlite = w.t.backend.database.sqlite;
  const team = w.team('Tổ 1');
  s.hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
  s.nam = w.admit('Trần Văn Nam', '2026-02-01');
  s.an = w.admit('Lê Văn An', '2026-06-01');
  s.binh = w.admit('Phạm Văn Bình', '2026-03-01');
  s.cuong = w.admit('Đỗ Văn Cường', '2026-02-01');
  w.t.ok('teams.addMembers', { teamId: team, stayIds: Object.values(s), on: '2026-06-01' }, w.tokens.officer);
  const grades: Record<string, Record<keyof typeof s, string>> = {
    '2026-08': { hung: 'tot', nam: 'tot', an: 'kem', binh: 'kha', cuong: 'tot' },
    '2026-09': { hung: 'kha', nam: 'kha', an: 'kem', binh: 'kha', cuong: 'tot' },
    '2026-10': { hung: 'kha', nam: 'kha', an: 'trung_binh', binh: 'kha', cuong: 'tot' },
  };
  for (const [month, byName] of Object.entries(grades)) {
    const entries = (Object.keys(byName) as (keyof typeof s)[]).map((name) => ({ stayId: s[name], grade: byName[name] }));
    w.t.ok('ratings.save', { teamId: team, month, entries }, w.tokens.officer);
    w.t.ok('ratings.confirmMonth', { month }, w.tokens.head);
  }
  // November is rated but not confirmed: it counts nowhere yet.
  w.t.ok('ratings.save', { teamId: team, month: '2026-11', entries: [{ stayId: s.hung, grade: 'tot' }] }, w.tokens.officer);

  w.t.ok('release.recordMerit', { stayId: s.cuong, actOn: '2026-10-14', description: 'Dập lửa cứu xưởng may' }, w.tokens.officer);
  w.t.ok('release.recordMerit', { stayId: s.nam, actOn: '2026-11-02', description: 'Cứu người đuối nước' }, w.tokens.officer);
  // Discipline has no screen yet (visits.test.ts writes it the same way).
  const discipline = sqlite.prepare('INSERT INTO discipline_records (stay_id, measure, from_on, to_on, reason) VALUES (?, ?, ?, ?, ?)');
  discipline.run(s.hung, 'Khiển trách', '2026-09-28', '2026-10-05', 'Không chấp hành nội quy');
  discipline.run(s.an, 'Cảnh cáo', '2026-10-20', '2026-10-27', 'Đánh nhau');

  w.t.ok('release.recordGround', { stayId: s.binh, ground: 'prison_sentence', recordedOn: '2026-11-20', documentNumber: '88/2026/HS-ST' }, w.tokens.officer);
  const { reviewId } = w.t.ok('reductions.draft', { reviewOn: '2026-11-23' }, w.tokens.officer);
  const proposals = w.t.ok('reductions.get', { reviewId }, w.tokens.officer).proposals;
  const proposalOf = (stayId: number) => proposals.find((p) => p.stayId === stayId)!.id;
  expect(proposals.map((p) => p.stayId).sort()).toEqual([s.hung, s.nam, s.binh, s.cuong].sort());
  w.t.ok('reductions.updateProposal', { proposalId: proposalOf(s.nam), included: false, note: 'Vừa lập công, xét đợt sau' }, w.tokens.officer);
  w.t.ok('reductions.approve', { reviewId }, w.tokens.head);
  const decide = (stayId: number, outcome: 'granted' | 'refused', monthsGranted?: number) =>
    w.t.ok('reductions.recordDecision', { proposalId: proposalOf(stayId), outcome, decisionNumber: `${stayId}/2026/QĐ-TA`, decidedOn: '2026-11-23', monthsGranted }, w.tokens.officer);
  decide(s.hung, 'granted', 1);
  decide(s.cuong, 'refused');
  decide(s.binh, 'granted');
});
afterAll(() => w.t.close());


const grades = (range: DateRange) => ratingsSection.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.dims.code ?? 'total', f.value]);

describe('ratings in the report', () => {
  it('a range reports the rating months whose last day falls in it', () => {
    expect(ratingMonthsOf(calendarOctober)).toEqual(['2026-10']);
    expect(ratingMonthsOf(cutoffOctober)).toEqual(['2026-09']);
    expect(ratingMonthsOf(cutoffNovember)).toEqual(['2026-10']);
    const cutoffYear = periodRange({ kind: 'year', convention: 'cutoff15', year: 2026 });
    expect(ratingMonthsOf(cutoffYear)).toEqual(['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    expect(ratingMonthsOf({ from: '2026-10-02', to: '2026-10-30' })).toEqual([]);
  });

  it('counts confirmed ratings by grade, every grade of the scale shown', () => {
    // October: Cường tốt; Hùng, Nam, Bình khá; An trung bình.
    const october = [['total', 5], ['tot', 1], ['kha', 3], ['trung_binh', 1], ['kem', 0]];
    expect(grades(calendarOctober)).toEqual(october);
    // 15/10–14/11 reports October too; 15/09–14/10 reports September (An kém instead of trung bình).
    expect(grades(cutoffNovember)).toEqual(october);
    expect(grades(cutoffOctober)).toEqual([['total', 5], ['tot', 1], ['kha', 3], ['trung_binh', 0], ['kem', 1]]);
    // August and September: tốt Hùng, Nam, Cường, then Cường; khá Bình, then Hùng, Nam, Bình; kém An twice.
    expect(grades(calendarQ3)).toEqual([['total', 10], ['tot', 4], ['kha', 4], ['trung_binh', 0], ['kem', 2]]);
    // November is not confirmed.
    expect(grades(cutoffDecember)).toEqual([['total', 0], ['tot', 0], ['kha', 0], ['trung_binh', 0], ['kem', 0]]);
  });

  it('drills to each resident-month, dated at the month end', () => {
    expect(ratingsSection.drill(sqlite, calendarQ3, 'ratings.grade', { code: 'kem' }, columnContext(sqlite, calendarQ3))).toEqual([
      { stayId: s.an, date: '2026-08-31', detail: 'kem', value: null },
      { stayId: s.an, date: '2026-09-30', detail: 'kem', value: null },
    ]);
    expect(ratingsSection.drill(sqlite, cutoffNovember, 'conduct.merits', {}, columnContext(sqlite, cutoffNovember))).toBeNull();
    for (const range of [calendarOctober, cutoffOctober, cutoffNovember, calendarQ3]) expectDrillAddsUp(sqlite, ratingsSection, range);
  });
});

describe('rewards and discipline in the report', () => {
  it('counts merit acts dated in the range and discipline started in it', () => {
    const values = (range: DateRange) => conductSection.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.key, f.value]);
    // October: Cường's act of 14/10 and An's warning from 20/10 (Hùng's began in September).
    expect(values(calendarOctober)).toEqual([['conduct.merits', 1], ['conduct.discipline', 1]]);
    expect(conductSection.drill(sqlite, calendarOctober, 'conduct.merits', {}, columnContext(sqlite, calendarOctober))).toEqual([{ stayId: s.cuong, date: '2026-10-14', detail: 'Dập lửa cứu xưởng may', value: null }]);
    // 15/10–14/11: Nam's act of 02/11, An's warning.
    expect(values(cutoffNovember)).toEqual([['conduct.merits', 1], ['conduct.discipline', 1]]);
    expect(conductSection.drill(sqlite, cutoffNovember, 'conduct.merits', {}, columnContext(sqlite, cutoffNovember))).toEqual([{ stayId: s.nam, date: '2026-11-02', detail: 'Cứu người đuối nước', value: null }]);
    expect(conductSection.drill(sqlite, cutoffNovember, 'conduct.discipline', {}, columnContext(sqlite, cutoffNovember))).toEqual([{ stayId: s.an, date: '2026-10-20', detail: 'Cảnh cáo', value: null }]);
    expect(values(calendarQ3)).toEqual([['conduct.merits', 0], ['conduct.discipline', 1]]);
    for (const range of [calendarOctober, cutoffNovember, calendarQ3]) expectDrillAddsUp(sqlite, conductSection, range);
  });
});

describe('reductions in the report', () => {
  it('counts the residents of the review approved in the range and the court’s grants decided in it', () => {
    const values = (range: DateRange) => reductionsSection.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.key, f.value]);
    // Approved on 23/11: Hùng, Cường, Bình (Nam taken off the list); granted Hùng's month and Bình's exemption.
    for (const range of [calendarNovember, cutoffDecember]) {
      expect(values(range)).toEqual([['reductions.proposed', 3], ['reductions.granted', 2]]);
      expectDrillAddsUp(sqlite, reductionsSection, range);
    }
    expect(values(cutoffNovember)).toEqual([['reductions.proposed', 0], ['reductions.granted', 0]]);
    const proposed = reductionsSection.drill(sqlite, calendarNovember, 'reductions.proposed', {}, columnContext(sqlite, calendarNovember))!;
    expect(proposed.map((r) => [r.stayId, r.date, r.detail]).sort()).toEqual(
      [[s.hung, '2026-11-23', 'reduction'], [s.cuong, '2026-11-23', 'reduction'], [s.binh, '2026-11-23', 'exemption']].sort(),
    );
    const granted = reductionsSection.drill(sqlite, calendarNovember, 'reductions.granted', {}, columnContext(sqlite, calendarNovember))!;
    expect(granted.map((r) => [r.stayId, r.detail])).toEqual([[s.hung, 'reduction'], [s.binh, 'exemption']]);
  });
});
