import { contract, permissionMatrix, roles, type MethodName, type Role } from '../../../../shared/contract';
import type { MethodDef } from '../../../../shared/contract/define';
import { openTestBackend } from '../test-backend';
import type { Catalogue, ValidCall } from './catalogue';
import { openWorld, type World } from './world';

export interface ValidCallsResult {
  /** Allowed (method, role) pairs called with a valid input. */
  calls: number;
  /** Each call that did not succeed, with the error it got. */
  failures: string[];
}

const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function callOnce(w: World, name: MethodName, entry: ValidCall, role: Role): Promise<string | null> {
  const input = await entry.input(w, role);
  const token = entry.token ? entry.token(w, role) : w.tokens[role];
  const def = contract[name] as MethodDef;
  const r = def.async ? await w.callAsync(name, input, token) : w.call(name, input, token);
  return r.ok ? null : `${name} × ${role}: ${r.error.code}: ${r.error.message}${r.error.field ? ` (${r.error.field})` : ''}`;
}

/**
 * Calls each method of `catalogue` as every role the permission matrix allows, with the catalogue's valid input,
 * on a copy of the demo register. Each wrapped call is rolled back, so every role meets the same register.
 */
export async function runValidCalls(catalogue: Catalogue): Promise<ValidCallsResult> {
  const rows = permissionMatrix(contract).filter((r) => r.method in catalogue);
  const failures: string[] = [];
  let calls = 0;
  const w = openWorld();
  try {
    const later: (() => Promise<void>)[] = [];
    for (const row of rows) {
      const name = row.method as MethodName;
      const entry = catalogue[name]!;
      if (entry.fresh) {
        calls++;
        const t = openTestBackend();
        try {
          const r = t.call(name, await entry.input(w, 'admin'), null);
          if (!r.ok) failures.push(`${name} (fresh register): ${r.error.code}: ${r.error.message}`);
        } finally {
          t.close();
        }
        continue;
      }
      for (const role of roles.filter((r) => row.allowed[r])) {
        calls++;
        const attempt = async () => {
          const failure = await callOnce(w, name, entry, role).catch((e: unknown) => `${name} × ${role}: threw ${describeError(e)}`);
          if (failure) failures.push(failure);
        };
        if (entry.commits) {
          later.push(attempt);
          continue;
        }
        const sqlite = w.backend.register.current.sqlite;
        sqlite.exec('BEGIN');
        try {
          await attempt();
        } finally {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        }
      }
    }
    for (const attempt of later) await attempt();
    return { calls, failures };
  } finally {
    w.close();
  }
}
