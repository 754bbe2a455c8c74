import { describe, expect, it } from 'vitest';
import { headcountGrid } from './headcount-model';

describe('today\'s headcount by kind of stay and area', () => {
  it('counts present and away per kind and area, with the totals, leaving out empty kinds and areas', () => {
    const grid = headcountGrid({
      date: '2026-11-20',
      designCapacity: 300,
      areas: [
        { areaId: 1, code: 'A', name: 'Khu A', beds: 40, workingCapacity: 40 },
        { areaId: 2, code: 'B', name: 'Khu B', beds: 20, workingCapacity: 20 },
        { areaId: 3, code: 'C', name: 'Khu C', beds: 10, workingCapacity: 10 },
      ],
      cells: [
        { areaId: 1, kind: 'compulsory_adult', present: 30, away: 2 },
        { areaId: 2, kind: 'compulsory_adult', present: 10, away: 0 },
        { areaId: 2, kind: 'voluntary', present: 4, away: 1 },
        { areaId: null, kind: 'pending_decision', present: 1, away: 0 },
        { areaId: 3, kind: 'assessment', present: 0, away: 0 },
      ],
      daily: [],
    });
    expect(grid.columns.map((c) => c.areaId)).toEqual([1, 2, null]);
    expect(grid.rows.map((r) => [r.kind, r.cells.map((c) => c.present), r.total])).toEqual([
      ['compulsory_adult', [30, 10, 0], { present: 40, away: 2 }],
      ['voluntary', [0, 4, 0], { present: 4, away: 1 }],
      ['pending_decision', [0, 0, 1], { present: 1, away: 0 }],
    ]);
    expect(grid.columnTotals).toEqual([
      { present: 30, away: 2 },
      { present: 14, away: 1 },
      { present: 1, away: 0 },
    ]);
    expect(grid.total).toEqual({ present: 45, away: 3 });
  });
});
