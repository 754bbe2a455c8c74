import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/desktop/csp';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { ADMIN, count, openTestBackend, setupFacility, type TestBackend } from '../services/test-backend';

/** What keeps other programs and pages on the machine away from the register the web host serves. */
const SECRET = 'SO-DANG-KY-HOC-VIEN';
let t: TestBackend;
let host: WebHost;
let dir: string;
let token: string;

beforeAll(async () => {
  t = openTestBackend();
  token = setupFacility(t).token;
  dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-host-'));
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>RehabDesk</title></head></html>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Beside the build: a file, and a folder whose name starts with the build folder's name.
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  mkdirSync(path.join(dir, 'renderer-backup'));
  writeFileSync(path.join(dir, 'renderer-backup', 'rehabdesk.sqlite'), SECRET);
  host = await startWebHost({ router: t.backend.router, staticDir });
});
afterAll(async () => {
  await host.close();
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends the request line exactly as written (fetch would normalise the path first) and returns status and body. */
function raw(requestPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`);
  });
}

function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 2000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function post(method: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  return fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-RehabDesk-Key': host.key, Authorization: `Bearer ${token}`, ...headers },
    body,
  });
}

describe('the web host listens on the loopback address only', () => {
  it('binds 127.0.0.1, so no other address of this machine, not even another loopback one, reaches it', async () => {
    expect(host.address).toBe('127.0.0.1');
    expect(await connects('127.0.0.1', host.port)).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .map((i) => i?.address)
      .filter((a): a is string => !!a && a !== '127.0.0.1' && !a.startsWith('fe80:'));
    for (const address of ['127.0.0.2', '::1', ...others]) {
      expect(await connects(address, host.port), address).toBe(false);
    }
  });
});

describe('requests from other pages', () => {
  it('refuses every Origin but its own, before the key or the method is looked at', async () => {
    const audits = count(t, 'audit_log');
    const creds = JSON.stringify({ username: ADMIN.username, password: ADMIN.password });
    for (const origin of [
      'null',
      'http://evil.example',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
      `http://127.0.0.1.evil.example:${host.port}`,
      `http://localhost:${host.port}.evil.example`,
    ]) {
      const res = await post('auth.login', creds, { Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await fetch(`${host.url}api/health`, { headers: { Origin: origin } })).status, origin).toBe(403);
    }
    expect(count(t, 'audit_log')).toBe(audits);
  });

  it('refuses a call without the key even with a valid session', async () => {
    const res = await fetch(`${host.url}api/users.list`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Thiếu hoặc sai khóa truy cập.' } });
  });
});

describe('static files', () => {
  it('never serves a file outside the renderer build, whatever the encoding', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%252e%252e/secret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/..%2frenderer-backup/rehabdesk.sqlite',
      `/${path.join(dir, 'secret.txt')}`,
      `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
      `//${path.join(dir, 'secret.txt')}`,
      `http://127.0.0.1:${host.port}/..%2fsecret.txt`,
      '/..%00/secret.txt',
      '/%E0%A4%A/secret.txt',
    ];
    for (const attempt of attempts) {
      const res = await raw(attempt);
      expect(res.body, attempt).not.toContain(SECRET);
      expect([200, 400, 404], `${attempt} → ${res.status}`).toContain(res.status);
    }
    // The host is still up and still serves its own files.
    expect(await (await fetch(`${host.url}assets/app.js`)).text()).toBe('console.log(1)');
  });

  it('answers a request line it cannot parse with 400 and keeps running', async () => {
    expect((await raw('//')).status).toBe(400);
    expect((await raw('//[::1')).status).toBe(400);
    expect((await fetch(`${host.url}api/health`)).status).toBe(200);
  });

  it('sends the same strict CSP as the desktop app', async () => {
    expect((await fetch(host.url)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await post('users.list', '{}')).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('bad request bodies', () => {
  it('answer with a clear error envelope, never a 500, and change nothing', async () => {
    const before = { users: count(t, 'users'), audits: count(t, 'audit_log') };
    const bodies: (string | Uint8Array<ArrayBuffer>)[] = [
      '{not json',
      '{"username": "canbo",',
      'null',
      '[]',
      '"canbo"',
      '42',
      'true',
      '{"username": 1, "fullName": [], "role": {}, "password": null}',
      '{"__proto__": {"role": "admin"}, "username": "canbo"}',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"username": "${'x'.repeat(1_000_000)}", "fullName": "A", "role": "officer", "password": "mat-khau-du-dai"}`,
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    ];
    for (const body of bodies) {
      const res = await post('users.create', body);
      const label = String(body).slice(0, 40);
      expect(res.status, label).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      const envelope = await res.json();
      expect(envelope, label).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    }
    const tooBig = await post('users.create', `{"username": "${'x'.repeat(5 * 1024 * 1024)}"}`);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Dữ liệu gửi lên quá lớn.' } });
    expect({ users: count(t, 'users'), audits: count(t, 'audit_log') }).toEqual(before);
  });
});
