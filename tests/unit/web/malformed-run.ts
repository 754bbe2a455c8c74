import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost } from '../../../electron/web/server';
import { dumpDatabase } from '../services/bad-input-run';
import { openTestBackend, setupFacility } from '../services/test-backend';

interface Case {
  label: string;
  method?: string;
  httpMethod?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string | null;
}

const tenMegabytes = `{"username": "${'x'.repeat(10 * 1024 * 1024)}"}`;

/** Requests a broken script, a proxy or a hostile page could send to POST /api/<method>. */
export const malformedCases: Case[] = [
  { label: 'truncated JSON', body: '{"username": "canbo", "role": "offi' },
  { label: 'truncated after a comma', body: '{"username": "canbo",' },
  { label: 'not JSON', body: 'username=canbo&role=admin' },
  { label: 'XML', body: '<user><name>canbo</name></user>' },
  { label: 'JSON with a trailing comma', body: '{"username": "canbo",}' },
  { label: 'JSON with comments', body: '{/* x */ "username": "canbo"}' },
  { label: 'NaN literal', body: '{"designCapacity": NaN}' },
  { label: 'form content type', body: '{"username": "canbo"}', contentType: 'application/x-www-form-urlencoded' },
  { label: 'text/plain content type', body: '{"username": "canbo"}', contentType: 'text/plain' },
  { label: 'no content type', body: '{"username": "canbo"}', contentType: null },
  { label: 'empty body', body: '' },
  { label: 'only whitespace', body: '   \n ' },
  { label: 'a 10 MB body', body: tenMegabytes },
  { label: 'a JSON array', body: '[{"username": "canbo"}]' },
  { label: 'a JSON number', body: '42' },
  { label: 'a JSON string', body: '"canbo"' },
  { label: 'JSON null', body: 'null' },
  { label: 'invalid UTF-8 inside a string', body: new Uint8Array([...Buffer.from('{"username": "can'), 0xff, 0xfe, ...Buffer.from('bo"}')]) },
  { label: 'UTF-16 body', body: new Uint8Array(Buffer.from('{"username": "canbo"}', 'utf16le')) },
  { label: 'a lone surrogate escape', body: '{"username": "\\ud800", "fullName": "A", "role": "officer", "password": "mat-khau-du-dai"}' },
  { label: 'deep nesting', body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
  { label: 'a method that does not exist', method: 'users.dropAll', body: '{}' },
  { label: 'a method name with a path', method: 'users.create%2F..', body: '{}' },
  { label: 'GET on a POST route', httpMethod: 'GET' },
  { label: 'PUT on a POST route', httpMethod: 'PUT', body: '{}' },
  { label: 'DELETE on a POST route', httpMethod: 'DELETE' },
];

export interface MalformedResult {
  cases: number;
  /** Cases answered with a 4xx JSON envelope ok:false with a message. */
  answered4xx: number;
  failures: string[];
  databaseUnchanged: boolean;
  stillAnswers: boolean;
}

/** Every case above to users.create (a command that writes) on a real back end, as the signed-in administrator. */
export async function sendMalformedRequests(): Promise<MalformedResult> {
  const t = openTestBackend();
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const host = await startWebHost({ router: t.backend.router, staticDir });
  const failures: string[] = [];
  let answered4xx = 0;
  try {
    const { token } = setupFacility(t);
    const before = dumpDatabase(t.backend.database.sqlite);
    for (const c of malformedCases) {
      const headers: Record<string, string> = { 'X-RehabDesk-Key': host.key, Authorization: `Bearer ${token}` };
      if (c.contentType !== null) headers['Content-Type'] = c.contentType ?? 'application/json';
      const httpMethod = c.httpMethod ?? 'POST';
      const res = await fetch(`${host.url}api/${c.method ?? 'users.create'}`, {
        method: httpMethod,
        headers,
        signal: AbortSignal.timeout(10_000),
        ...(c.body === undefined || httpMethod === 'GET' ? {} : { body: c.body }),
      });
      const text = await res.text();
      let envelope: { ok?: boolean; error?: { code?: string; message?: string } } = {};
      try {
        envelope = JSON.parse(text) as typeof envelope;
      } catch {
        failures.push(`${c.label}: ${res.status}, not a JSON envelope: ${text.slice(0, 60)}`);
        continue;
      }
      const clear = envelope.ok === false && !!envelope.error?.message?.trim() && envelope.error.code !== 'internal';
      if (res.status >= 400 && res.status < 500 && clear) answered4xx++;
      else failures.push(`${c.label}: ${res.status} ${text.slice(0, 120)}`);
    }
    const health = await fetch(`${host.url}api/health`);
    return {
      cases: malformedCases.length,
      answered4xx,
      failures,
      databaseUnchanged: dumpDatabase(t.backend.database.sqlite) === before,
      stillAnswers: health.status === 200,
    };
  } finally {
    await host.close();
    t.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}
