import { describe, expect, it } from 'vitest';
import { sortUntaken } from './home-model';

describe("the trainer's day", () => {
  it('lists attendance still owed oldest first, by day then start time', () => {
    const s = (id: number, sessionOn: string, startTime: string) => ({ id, sessionOn, startTime });
    const sorted = sortUntaken([s(1, '2026-05-04', '07:30'), s(2, '2026-05-02', '13:30'), s(3, '2026-05-02', '07:30'), s(4, '2026-04-28', '13:30')]);
    expect(sorted.map((x) => x.id)).toEqual([4, 3, 2, 1]);
  });
});
