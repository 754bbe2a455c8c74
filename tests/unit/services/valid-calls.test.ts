import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { validCallGroups } from './valid-calls/groups';
import { runValidCalls } from './valid-calls/run';

describe('every allowed call succeeds with real data', () => {
  it('has a valid call for every method of the contract, in one group only', () => {
    const covered = Object.values(validCallGroups).flatMap((g) => Object.keys(g));
    expect(covered.sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(Object.keys(validCallGroups))('the %s calls succeed for every role the matrix allows, on the demo register', async (group) => {
    const result = await runValidCalls(validCallGroups[group]!);
    expect(result.failures).toEqual([]);
    expect(result.calls).toBeGreaterThanOrEqual(Object.keys(validCallGroups[group]!).length);
  }, 120_000);
});
