import { describe, expect, it } from 'vitest';
import { sendBadInputs } from './bad-input-run';

describe('bad input to any method', () => {
  it('is answered with a clear error (never an internal failure) and writes nothing', () => {
    const result = sendBadInputs();
    expect(result.failures).toEqual([]);
    expect(result.auditRowsWritten).toBe(0);
    expect(result.rejected).toBeGreaterThan(result.tried / 2);
  });
});
