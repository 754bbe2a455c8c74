import { contract } from '../../../shared/contract';
import { count, openTestBackend, setupFacility } from './test-backend';

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

export interface BadInputResult {
  tried: number;
  /** Answered with an error that has a message and is not an internal failure. */
  rejected: number;
  failures: string[];
  auditRowsWritten: number;
}

/** Every method of the contract, each of the inputs above, as the administrator. */
export function sendBadInputs(): BadInputResult {
  const t = openTestBackend();
  try {
    const token = setupFacility(t).token;
    const audits = count(t, 'audit_log');
    const failures: string[] = [];
    let tried = 0;
    let rejected = 0;
    for (const method of Object.keys(contract)) {
      if (method === 'auth.logout') continue; // ends the session the loop uses
      for (const input of garbage) {
        tried++;
        const r = t.call(method, input, token);
        if (!r.ok && r.error.code === 'internal') failures.push(`${method} ← ${JSON.stringify(input).slice(0, 40)}`);
        else if (!r.ok && !r.error.message) failures.push(`${method}: an error without a message`);
        else if (!r.ok) rejected++;
      }
    }
    return { tried, rejected, failures, auditRowsWritten: count(t, 'audit_log') - audits };
  } finally {
    t.close();
  }
}
