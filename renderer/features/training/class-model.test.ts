import { describe, expect, it } from 'vitest';
import {
  enrolErrorField,
  enrolmentShown,
  enrolInput,
  isoWeekday,
  resultErrorField,
  resultsInput,
  scheduleText,
  statusMoves,
  type ResultRow,
} from './class-model';

const names = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const words = { weekday: (n: number) => names[n - 1] ?? '?', hours: (n: number) => `${n} giờ` };

describe('scheduleText', () => {
  it('groups days with the same start and length, in week order', () => {
    const text = scheduleText(
      [
        { weekday: 3, start: '08:00', hours: 3 },
        { weekday: 1, start: '08:00', hours: 3 },
        { weekday: 5, start: '13:30', hours: 4 },
      ],
      words,
    );
    expect(text).toBe('Thứ Hai, Thứ Tư 08:00 (3 giờ); Thứ Sáu 13:30 (4 giờ)');
  });

  it('keeps a day with two sittings in both groups and says nothing for an empty schedule', () => {
    expect(
      scheduleText(
        [
          { weekday: 7, start: '14:00', hours: 2 },
          { weekday: 7, start: '08:00', hours: 2 },
        ],
        words,
      ),
    ).toBe('Chủ nhật 08:00 (2 giờ); Chủ nhật 14:00 (2 giờ)');
    expect(scheduleText([], words)).toBe('');
  });
});

describe('isoWeekday', () => {
  it('counts Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });
});

describe('statusMoves', () => {
  it('offers start or cancel, then finish or cancel, then nothing', () => {
    expect(statusMoves('planned')).toEqual(['running', 'cancelled']);
    expect(statusMoves('running')).toEqual(['finished', 'cancelled']);
    expect(statusMoves('finished')).toEqual([]);
    expect(statusMoves('cancelled')).toEqual([]);
  });
});

describe('enrolment payload', () => {
  const trained = { trade: 'Hàn', className: 'Hàn K1', fileNumber: 'HS-1', result: 'pass' as const };
  const chosen = [
    { stayId: 4, alreadyTrained: null },
    { stayId: 9, alreadyTrained: trained },
  ];

  it('sends a reason only for the flagged resident, trimmed', () => {
    expect(enrolInput(2, '2026-03-02', chosen, { '4': 'ignored', '9': '  Học lại nghề khác  ' })).toEqual({
      classId: 2,
      enrolledOn: '2026-03-02',
      stays: [{ stayId: 4 }, { stayId: 9, fundingReason: 'Học lại nghề khác' }],
    });
    expect(enrolInput(2, '2026-03-02', chosen, { '9': '   ' }).stays[1]).toEqual({ stayId: 9 });
  });

  it('puts a refusal of the second resident under his reason', () => {
    expect(enrolErrorField('stays.1.fundingReason', chosen)).toBe('reasons.9');
    expect(enrolErrorField('enrolledOn', chosen)).toBe('enrolledOn');
  });
});

describe('results payload', () => {
  const row = (over: Partial<ResultRow>): ResultRow => ({
    enrolmentId: 1,
    result: null,
    reason: '',
    certificateNumber: '',
    certificateDate: null,
    ...over,
  });

  it('skips rows without a result and sends the certificate only with a pass', () => {
    const { input, rowOf } = resultsInput(5, [
      row({ enrolmentId: 1 }),
      row({ enrolmentId: 2, result: 'pass', certificateNumber: ' CC-01 ', certificateDate: '2026-05-30', reason: 'x' }),
      row({ enrolmentId: 3, result: 'dropped', reason: 'Chuyển cơ sở', certificateNumber: 'CC-02' }),
    ]);
    expect(input).toEqual({
      classId: 5,
      results: [
        { enrolmentId: 2, result: 'pass', certificateNumber: 'CC-01', certificateDate: '2026-05-30' },
        { enrolmentId: 3, result: 'dropped', reason: 'Chuyển cơ sở' },
      ],
    });
    expect(rowOf).toEqual([1, 2]);
    expect(resultErrorField('results.1.reason', rowOf)).toBe('rows.2.reason');
    expect(resultErrorField('classId', rowOf)).toBe('classId');
  });
});

describe('enrolmentShown', () => {
  it('says studying, then done or left once results are in and the class finished', () => {
    expect(enrolmentShown({ status: 'enrolled', result: null }, 'running')).toBe('enrolled');
    expect(enrolmentShown({ status: 'enrolled', result: 'pass' }, 'running')).toBe('enrolled');
    expect(enrolmentShown({ status: 'enrolled', result: 'pass' }, 'finished')).toBe('completed');
    expect(enrolmentShown({ status: 'enrolled', result: 'dropped' }, 'running')).toBe('withdrawn');
    expect(enrolmentShown({ status: 'waiting', result: null }, 'finished')).toBe('waiting');
  });
});
