import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from '../../../electron/web/login-throttle';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { ADMIN, count, openTestBackend, setupFacility, type TestBackend } from '../services/test-backend';

/** Password guessing through the web host is slowed per client and account, on a real register. */
describe('login rate limit in the web host', () => {
  let t: TestBackend;
  let host: WebHost;
  let staticDir: string;
  let clock = 0;

  beforeEach(async () => {
    t = openTestBackend();
    setupFacility(t);
    const admin = t.ok('auth.login', ADMIN).token;
    t.ok('users.create', { username: 'canbo', fullName: 'Lê Thị Cán Bộ', role: 'officer', password: 'mat-khau-can-bo-1' }, admin);
    // The throttle alone: the back end's durable lock (auth-lock.test.ts) would otherwise shut the account first.
    t.ok('auth.setPolicy', { lockAfterFailures: 20, idleMinutes: 15 }, admin);
    staticDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-static-'));
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>');
    clock = Date.parse('2026-11-23T03:00:00Z');
    host = await startWebHost({ router: t.backend.router, staticDir, now: () => clock });
  });
  afterEach(async () => {
    await host.close();
    t.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const login = (username: string, password: string) =>
    fetch(`${host.url}api/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-RehabDesk-Key': host.key },
      body: JSON.stringify({ username, password }),
    });
  const failTimes = async (n: number, username = ADMIN.username) => {
    for (let i = 0; i < n; i++) expect((await login(username, `sai-${i}`)).status).toBe(401);
  };

  it('refuses further attempts with 429 and a Vietnamese message, even with the right password, until the window passes', async () => {
    await failTimes(LOGIN_MAX_FAILURES);
    const sessions = count(t, 'audit_log');

    const refused = await login(ADMIN.username, ADMIN.password);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(LOGIN_WINDOW_MS / 1000));
    const body = await refused.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(body.error.message).toBe(`Đăng nhập sai quá ${LOGIN_MAX_FAILURES} lần. Vui lòng thử lại sau 15 phút.`);
    // The username is normalised the way the router does, so case and spaces do not buy more guesses.
    expect((await login(' ADMIN ', ADMIN.password)).status).toBe(429);
    expect(count(t, 'audit_log')).toBe(sessions);

    clock += LOGIN_WINDOW_MS - 60_000;
    const later = await login(ADMIN.username, ADMIN.password);
    expect(later.status).toBe(429);
    expect((await later.json()).error.message).toContain('sau 1 phút');

    clock += 60_000;
    const again = await login(ADMIN.username, ADMIN.password);
    expect(again.status).toBe(200);
    expect((await again.json()).data.token).toEqual(expect.any(String));
  });

  it('holds one account only: another officer on the same machine still signs in', async () => {
    await failTimes(LOGIN_MAX_FAILURES);
    expect((await login('canbo', 'mat-khau-can-bo-1')).status).toBe(200);
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(429);
  });

  it('starts the count afresh after a successful sign-in', async () => {
    await failTimes(LOGIN_MAX_FAILURES - 1);
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(200);
    await failTimes(LOGIN_MAX_FAILURES - 1);
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('does not count a request the router refused for its shape', async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES + 1; i++) expect((await login(ADMIN.username, '')).status).toBe(400);
    expect((await login(ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('lets the officer in at once when an administrator unlocks the account, not after the window', async () => {
    // Both the back end's lock and the throttle shut the account after the same number of wrong passwords.
    t.ok('auth.setPolicy', { lockAfterFailures: LOGIN_MAX_FAILURES, idleMinutes: 15 }, t.ok('auth.login', ADMIN).token);
    await failTimes(LOGIN_MAX_FAILURES, 'canbo');
    expect((await login('canbo', 'mat-khau-can-bo-1')).status).toBe(429);
    const admin = (await (await login(ADMIN.username, ADMIN.password)).json()).data.token as string;
    const userId = t.backend.database.sqlite.prepare("SELECT id FROM users WHERE username = 'canbo'").pluck().get();
    const unlock = await fetch(`${host.url}api/users.unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-RehabDesk-Key': host.key, Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ userId }),
    });
    expect(unlock.status).toBe(200);
    expect((await login('canbo', 'mat-khau-can-bo-1')).status).toBe(200);
  });
});
