import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/desktop/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/desktop/csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .map(([name, ...sources]) => [name as string, sources]),
);

/** The renderer's CSP: the page runs only its own code and reaches nothing but its own origin. */
describe('the Content-Security-Policy', () => {
  it('never allows eval, and allows inline code only for styles', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    for (const [name, sources] of directives) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote source: only the page itself, data: and blob: for images and fonts', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed, `${name} ${source}`).toContain(source);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('shuts what default-src does not cover: plugins, base URL, form posts, framing', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the header of every answer of the app:// protocol, errors included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-csp-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>RehabDesk</title>');
      const handle = createAppProtocolHandler(dir);
      for (const url of ['app://rehabdesk/', 'app://rehabdesk/assets/missing.js', 'app://rehabdesk/%2e%2e/x.txt']) {
        expect((await handle(new Request(url))).headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
