import { describe, expect, it } from 'vitest';
import { crashSummary, runCrashIterations } from './crash-run';

/** 25 kills take 30–60 s on two cores; CRASH_ITERATIONS sets another count (the timeout follows). */
const iterations = Number(process.env.CRASH_ITERATIONS ?? 25);

describe('the register after a writer is killed mid-burst, again and again', () => {
  it('opens intact and holds every write the writer reported committed, with caches that agree', async ({ signal }) => {
    const f = await runCrashIterations(iterations, signal);
    console.log(crashSummary(f));

    expect(f.integrity).toEqual(['ok']);
    expect(f.foreignKeyViolations).toEqual([]);
    expect(f.missing).toEqual([]);
    expect(f.staleStays).toEqual([]);
    expect(f.sumMismatches).toEqual([]);
    expect(f.refusals).toEqual([]);
    // The writers really wrote each kind, so the checks above were not over an empty register.
    expect(f.reported.admissions).toBeGreaterThan(0);
    expect(f.reported.movements).toBeGreaterThan(0);
    expect(f.reported.workLines).toBeGreaterThan(0);
    expect(f.writesVerified).toBe(f.reported.admissions + f.reported.memberships + f.reported.movements + f.reported.workLines);
  }, Math.max(150_000, iterations * 6_000));
});
