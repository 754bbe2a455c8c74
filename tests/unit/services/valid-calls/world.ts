import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoDatabase, DEMO_ACCOUNTS } from '../../../../db/demo/build';
import { sourceMigrationsFolder } from '../../../../db/paths';
import { createBackend, type Backend } from '../../../../electron/backend';
import type { MethodName, MethodOutput, Role } from '../../../../shared/contract';
import { vnDate } from '../../../../shared/domain/dates';
import type { Envelope } from '../../../../shared/errors';
import { FIXED_NOW } from '../test-backend';

/** What a valid call's input is built from: a small demo facility with an account of every role. */
export interface World {
  backend: Backend;
  /** A folder of the test's own for files a call reads or writes (a backup folder, a workbook). */
  dir: string;
  /** 23/11/2026, the day the demo was built "as of" and the back end's clock. */
  today: string;
  tokens: Record<Role, string>;
  /** The first row of a query on the register, which must find one (a fixture that lacks it is a broken fixture). */
  row<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T;
  /** The single value of such a row. */
  value<T = number>(sql: string, ...params: unknown[]): T;
  /** A preparing call that must succeed, made as `role` (inside the same rolled-back transaction as the call). */
  ok<M extends MethodName>(role: Role, method: M, input: unknown): MethodOutput<M>;
  call(method: string, input: unknown, token: string | null): Envelope<unknown>;
  callAsync(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>>;
  /** Signs a role in again: a fresh token, for a call that ends its own session. */
  signIn(role: Role): string;
  close(): void;
}

export const demoPassword = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.password;
export const demoUsername = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.username;

let template: { dir: string; file: string } | null = null;

/** The demo register is built once per test file and copied for each world. */
function demoTemplate(): string {
  if (!template) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-demo-'));
    const file = path.join(dir, 'demo.sqlite');
    buildDemoDatabase({ file, migrationsFolder: sourceMigrationsFolder, residents: 60, years: 2, seed: 7, now: FIXED_NOW });
    template = { dir, file };
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return template.file;
}

export function openWorld(): World {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-world-'));
  const dbFile = path.join(dir, 'data', 'rehabdesk.sqlite');
  mkdirSync(path.dirname(dbFile));
  copyFileSync(demoTemplate(), dbFile);
  const backend = createBackend({
    dbFile,
    migrationsFolder: sourceMigrationsFolder,
    appVersion: '0.0.0-test',
    now: () => FIXED_NOW,
    logger: { error: () => {} },
  });
  const call = (method: string, input: unknown, token: string | null) => backend.router.call(method, input, token);
  const signIn = (role: Role) => {
    const r = call('auth.login', { username: demoUsername(role), password: demoPassword(role) }, null);
    if (!r.ok) throw new Error(`sign-in of ${role} failed: ${JSON.stringify(r.error)}`);
    return (r.data as { token: string }).token;
  };
  const tokens = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, signIn(a.role)])) as Record<Role, string>;
  const sqlite = () => backend.register.current.sqlite;
  const row = <T>(sql: string, ...params: unknown[]): T => {
    const found = sqlite().prepare(sql).get(...params) as T | undefined;
    if (found === undefined) throw new Error(`the demo register has no row for: ${sql}`);
    return found;
  };
  return {
    backend,
    dir,
    today: vnDate(FIXED_NOW),
    tokens,
    row,
    value: <T>(sql: string, ...params: unknown[]) => Object.values(row<Record<string, T>>(sql, ...params))[0] as T,
    ok(role, method, input) {
      const r = call(method, input, tokens[role]);
      if (!r.ok) throw new Error(`preparing ${method} as ${role} failed: ${JSON.stringify(r.error)}`);
      return r.data as MethodOutput<typeof method>;
    },
    call,
    callAsync: (method, input, token) => backend.router.callAsync(method, input, token),
    signIn,
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
