import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/desktop/app-protocol';
import { rendererFile } from '../../../electron/desktop/renderer-path';

/** The guard both the app:// protocol and the web host use to stay inside the renderer build. */
describe('the renderer path guard', () => {
  const root = path.resolve('/srv/rehabdesk/renderer');

  it('maps a URL path to the file under the build', () => {
    expect(rendererFile(root, '/')).toBe(root);
    expect(rendererFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(rendererFile(root, '/h%E1%BB%8Dc-vi%C3%AAn/12')).toBe(path.join(root, 'học-viên', '12'));
    expect(rendererFile(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    // An absolute path in the URL is read as a path under the build, never as itself.
    expect(rendererFile(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(rendererFile(root, '/%2Fetc%2Fpasswd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses a path that leaves the build, cannot be decoded, or holds a backslash or NUL', () => {
    for (const urlPath of [
      '/..',
      '/../rehabdesk.sqlite',
      '/%2e%2e/rehabdesk.sqlite',
      '/..%2frehabdesk.sqlite',
      '/assets/..%2F..%2F..%2Frehabdesk.sqlite',
      '/..%2frenderer-backup/rehabdesk.sqlite',
      '/..%5crehabdesk.sqlite',
      '/assets\\..\\..\\rehabdesk.sqlite',
      '/C:%5cWindows%5cwin.ini',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      expect(rendererFile(root, urlPath), urlPath).toBeNull();
    }
  });
});

describe('the app:// protocol beside a folder with a similar name', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-guard-'));
    mkdirSync(path.join(dir, 'renderer'));
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>RehabDesk</title>');
    mkdirSync(path.join(dir, 'renderer-backup'));
    writeFileSync(path.join(dir, 'renderer-backup', 'rehabdesk.sqlite'), 'the register');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('does not serve it, nor anything by absolute path', async () => {
    const handle = createAppProtocolHandler(path.join(dir, 'renderer'));
    for (const url of [
      'app://rehabdesk/..%2frenderer-backup/rehabdesk.sqlite',
      `app://rehabdesk/${encodeURIComponent(path.join(dir, 'renderer-backup', 'rehabdesk.sqlite'))}`,
      `app://rehabdesk/${path.join(dir, 'renderer-backup', 'rehabdesk.sqlite')}`,
    ]) {
      const res = await handle(new Request(url));
      expect(await res.text(), url).not.toContain('the register');
    }
  });

  it("serves the app page at the root even when the build folder's name has a dot", async () => {
    mkdirSync(path.join(dir, 'app.v2'));
    writeFileSync(path.join(dir, 'app.v2', 'index.html'), '<!doctype html><title>RehabDesk</title>');
    const res = await createAppProtocolHandler(path.join(dir, 'app.v2'))(new Request('app://rehabdesk/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>RehabDesk</title>');
  });
});
