import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { sendBadInputs } from './bad-input-run';

describe('bad input to any method', () => {
  it('generated from each schema, wrong in one place: refused as invalid_input naming the field, in Vietnamese, writing nothing', () => {
    const result = sendBadInputs();
    expect(result.failures).toEqual([]);
    expect(result.internal).toBe(0);
    expect(result.changedBy).toEqual([]);
    expect(result.methods).toBe(Object.keys(contract).length);
    expect(result.generated).toBeGreaterThanOrEqual(result.methods * 40);
    // Every kind of mistake the generator knows was tried somewhere.
    for (const kind of ['wrong type', 'missing', 'empty string', 'huge string', 'out of range', 'non-integer', 'NaN-like', 'impossible date', 'not an object', 'nested junk']) {
      expect(result.byKind[kind], kind).toBeGreaterThan(0);
    }
    expect(result.withUnknownField).toBeGreaterThan(result.generated / 4);
  }, 120_000);
});
