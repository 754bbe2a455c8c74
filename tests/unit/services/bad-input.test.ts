import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
let token: string;
beforeAll(() => {
  t = openTestBackend();
  token = setupFacility(t).token;
});
afterAll(() => t.close());

// Inputs an officer's mistake, a stale screen or a script could send: wrong types, missing fields, huge strings,
// impossible dates, ids that do not exist.
const garbage: unknown[] = [
  null,
  'text',
  42,
  [],
  {},
  { stayId: -1, personId: 0, areaId: 1e20 },
  { stayId: 'a'.repeat(100_000) },
  { date: '2026-02-30', slot: '', query: '"*(' },
];

describe('bad input to any method', () => {
  it('is answered with a clear error (never an internal failure) and writes nothing', () => {
    const audits = count(t, 'audit_log');
    const failures: string[] = [];
    for (const method of Object.keys(contract)) {
      if (method === 'auth.logout') continue; // ends the session the loop uses
      for (const input of garbage) {
        const r = t.call(method, input, token);
        if (!r.ok && r.error.code === 'internal') failures.push(`${method} ← ${JSON.stringify(input).slice(0, 40)}`);
        if (!r.ok && !r.error.message) failures.push(`${method}: an error without a message`);
      }
    }
    expect(failures).toEqual([]);
    expect(count(t, 'audit_log')).toBe(audits);
  });
});
