import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../shared/contract/reports';
import { columnPeriod, groupValue, headcountValue, sectionGroups } from './figure-model';

const values = (current: number, previous = current) => ({ current, previous, lastYear: null, yearToDate: current });
const row = (key: FigureRow['key'], dims: FigureRow['dims'], current: number, extra: Partial<FigureRow> = {}): FigureRow => ({
  key,
  dims,
  itemName: null,
  itemUnit: null,
  values: values(current),
  ...extra,
});

describe('a section of the report', () => {
  it('lists its figures in the catalogue order, each total with its slices', () => {
    const rows = [
      row('departures.reason', { code: 'died' }, 1),
      row('headcount.end', {}, 120),
      row('departures.reason', {}, 5),
      row('departures.reason', { code: 'completed' }, 4),
    ];
    const groups = sectionGroups(rows, 'departures');
    expect(groups.map((g) => g.key)).toEqual(['departures.reason']);
    expect(groups[0]?.total?.values.current).toBe(5);
    expect(groups[0]?.parts.map((p) => p.dims.code)).toEqual(['died', 'completed']);
  });

  it('adds up slices without a total, but never quantities of different products', () => {
    const [reasons] = sectionGroups([row('departures.reason', { code: 'completed' }, 4), row('departures.reason', { code: 'died' }, 1)], 'departures');
    expect(groupValue(reasons!, 'current')).toBe(5);
    expect(groupValue(reasons!, 'lastYear')).toBeNull();
    const output = sectionGroups(
      [row('work.output', { itemId: 1 }, 300, { itemName: 'Ghế nhựa', itemUnit: 'cái' }), row('work.output', { itemId: 2 }, 40, { itemName: 'Hạt điều', itemUnit: 'kg' })],
      'work',
    );
    expect(groupValue(output[0]!, 'current')).toBeNull();
  });
});

describe('the headcount balance table', () => {
  const rows = [
    row('headcount.start', { kind: 'compulsory_adult', sex: 'male' }, 10),
    row('headcount.start', { kind: 'compulsory_adult', sex: 'female' }, 2),
    row('headcount.start', { kind: 'voluntary', sex: 'male' }, 3),
    row('headcount.start', { sex: 'male' }, 13),
  ];

  it('takes the row of exactly that slice when the back end sends it', () => {
    expect(headcountValue(rows, 'headcount.start', undefined, 'male')).toBe(13);
  });

  it('adds up the kind × sex cells for a slice it does not send', () => {
    expect(headcountValue(rows, 'headcount.start', 'compulsory_adult')).toBe(12);
    expect(headcountValue(rows, 'headcount.start')).toBe(15);
    expect(headcountValue(rows, 'headcount.left')).toBe(0);
  });
});

describe('drilling into a comparison column', () => {
  const period = { kind: 'month', convention: 'calendar', year: 2026, month: 11 } as const;
  const columns = [
    { column: 'current', range: { from: '2026-11-01', to: '2026-11-30' } },
    { column: 'lastYear', range: { from: '2025-11-01', to: '2025-11-30' } },
  ] as const;

  it('asks for that column’s own dates', () => {
    expect(columnPeriod(period, 'current', [...columns])).toBe(period);
    expect(columnPeriod(period, 'lastYear', [...columns])).toEqual({ kind: 'custom', from: '2025-11-01', to: '2025-11-30' });
  });
});
