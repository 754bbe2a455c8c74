import { describe, expect, it } from 'vitest';
import { malformedCases, sendMalformedRequests } from './malformed-run';

describe('malformed requests to the web host', () => {
  it('each get a 4xx JSON error envelope with a clear message, write nothing, and the host keeps answering', async () => {
    const result = await sendMalformedRequests();
    expect(result.failures).toEqual([]);
    expect(result.answered4xx).toBe(malformedCases.length);
    expect(result.databaseUnchanged).toBe(true);
    expect(result.stillAnswers).toBe(true);
  }, 60_000);
});
