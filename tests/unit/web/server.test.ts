import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { ADMIN, count, openTestBackend, setupFacility, type TestBackend } from '../services/test-backend';

let t: TestBackend;
let host: WebHost;
let staticDir: string;

beforeAll(async () => {
  t = openTestBackend();
  setupFacility(t);
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>RehabDesk</title></head><body></body></html>');
  host = await startWebHost({ router: t.backend.router, staticDir });
});
afterAll(async () => {
  await host.close();
  t.close();
  rmSync(staticDir, { recursive: true, force: true });
});

function post(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-RehabDesk-Key': host.key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('web host', () => {
  it('listens on 127.0.0.1 only and answers GET /api/health with the version', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${host.url}api/health`);
    expect(await res.json()).toEqual({ ok: true, data: { version: '0.0.0-test' } });
  });

  it('writes the per-start key into the page it serves, and serves the page for client routes', async () => {
    const html = await (await fetch(`${host.url}hoc-vien/12`)).text();
    expect(html).toContain(`<meta name="rehabdesk-key" content="${host.key}">`);
    const res = await fetch(`${host.url}`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('signs in and calls a method with the bearer token', async () => {
    const login = await (await post('auth.login', { username: ADMIN.username, password: ADMIN.password })).json();
    expect(login.ok).toBe(true);
    const me = await (await post('auth.me', {}, { Authorization: `Bearer ${login.data.token}` })).json();
    expect(me.data.user.username).toBe('admin');
  });

  it('refuses another origin, a missing key and a wrong key without running the method', async () => {
    const audits = count(t, 'audit_log');
    const creds = { username: ADMIN.username, password: ADMIN.password };
    const foreign = await post('auth.login', creds, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const noKey = await fetch(`${host.url}api/auth.login`, { method: 'POST', body: JSON.stringify(creds) });
    expect(noKey.status).toBe(403);
    const wrongKey = await post('auth.login', creds, { 'X-RehabDesk-Key': 'guess' });
    expect(wrongKey.status).toBe(403);
    expect(count(t, 'audit_log')).toBe(audits);
    const sameOrigin = await post('auth.login', creds, { Origin: host.url.slice(0, -1) });
    expect(sameOrigin.status).toBe(200);
  });

  it('maps errors to HTTP statuses and keeps the envelope', async () => {
    const unauth = await post('residents.list', {});
    expect(unauth.status).toBe(401);
    expect(await unauth.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const badJson = await post('auth.login', '{not json');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await post('nope.method', {})).status).toBe(404);
    const huge = await post('auth.login', { username: 'x'.repeat(5 * 1024 * 1024), password: 'y' });
    expect(huge.status).toBe(413);
  });
});

describe('static files', () => {
  it('answers a missing asset with 404, not with the page, so a browser never runs HTML as a script', async () => {
    const res = await fetch(`${host.url}hoc-vien/assets/missing.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("base-uri 'self'");
  });
});
