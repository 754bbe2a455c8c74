import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/desktop/app-protocol';

/** app://rehabdesk/ serves the built renderer, and only it, with the CSP that keeps the page to its own files. */
describe('the app:// protocol', () => {
  let dir = '';
  let handle: (request: Request) => Promise<Response>;
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-protocol-'));
    const rendererDir = path.join(dir, 'renderer');
    handle = createAppProtocolHandler(rendererDir);
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>RehabDesk</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'rehabdesk.sqlite'), 'the register');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with a strict CSP at the root and for client routes', async () => {
    for (const url of ['app://rehabdesk/', 'app://rehabdesk/residents/12', 'app://rehabdesk/admission?bed=3']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>RehabDesk</title>');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('serves assets with their type, and a missing asset as 404 rather than HTML', async () => {
    const js = await get('app://rehabdesk/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://rehabdesk/assets/index-old.js')).status).toBe(404);
  });

  it('never reads outside the renderer folder, whatever the encoding', async () => {
    for (const url of [
      'app://rehabdesk/../rehabdesk.sqlite',
      'app://rehabdesk/%2e%2e/rehabdesk.sqlite',
      'app://rehabdesk/..%2frehabdesk.sqlite',
      'app://rehabdesk/assets/..%2f..%2frehabdesk.sqlite',
      'app://rehabdesk/%2e%2e%5crehabdesk.sqlite',
    ]) {
      const res = await get(url);
      expect(await res.text(), url).not.toContain('the register');
    }
  });

  it('answers only its own host and only reads', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://rehabdesk/', 'POST')).status).toBe(405);
  });
});
