import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlainDatabase } from '../../../db/encryption';
import { openDatabase } from '../../../db/open';
import { sourceMigrationsFolder } from '../../../db/paths';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-cli-'));
  temps.push(d);
  return d;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Run {
  /** null while it is serving (stopped by the test once its URL appeared). */
  code: number | null;
  output: string;
}

/** `npm run serve` as a user runs it; resolves when it exits or once it serves (then stops it). */
function serve(args: string[], options: { env?: NodeJS.ProcessEnv; uid?: number } = {}): Promise<Run> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['electron/web/cli.ts', '--port', '0', '--no-build', ...args], {
    cwd: root,
    env: { ...process.env, REHABDESK_PASSPHRASE: undefined, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  let output = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/RehabDesk: http:\/\//.test(output)) {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve({ code: null, output }));
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => resolve({ code, output }));
    // A child that cannot start at all (EACCES) answers at once instead of leaving the test to time out.
    child.once('error', (err) => resolve({ code: -1, output: `${output}${String(err)}` }));
  });
}

/** Whether another user can reach the project: every folder above it lets others through (o+x). */
function othersCanReach(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}
const asRoot = process.getuid?.() === 0;
// As root the read-only case runs the host as `nobody`, which needs to reach the project (a clone under /root may not).
const readOnlyRunnable = !asRoot || othersCanReach(root);
if (!readOnlyRunnable) {
  console.warn(`skipped: the read-only data folder test runs the host as nobody when run as root, and nobody cannot reach ${root}`);
}

describe('npm run serve with encryption (electron/web/cli.ts)', () => {
  it('--new-key-file encrypts the register; without the key it is refused naming the flag; --key-file opens it', async () => {
    const data = tempDir();
    const keyFile = path.join(tempDir(), 'rehabdesk.key');
    const first = await serve(['--data', data, '--new-key-file', keyFile]);
    expect(first.code, first.output).toBeNull();
    expect(first.output).toMatch(/Đã tạo khóa mới trong/);
    expect(isPlainDatabase(path.join(data, 'rehabdesk.sqlite'))).toBe(false);

    const without = await serve(['--data', data]);
    expect(without.code).toBe(1);
    expect(without.output).toMatch(/Lỗi: Dữ liệu .* đã được mã hóa: hãy chạy với --key-file PATH/);

    const again = await serve(['--data', data, '--key-file', keyFile]);
    expect(again.code, again.output).toBeNull();
    expect(again.output).not.toMatch(/CẢNH BÁO/);
  }, 60_000);

  it('a plain register still runs, with a warning that it is not encrypted', async () => {
    const data = tempDir();
    const run = await serve(['--data', data]);
    expect(run.code, run.output).toBeNull();
    expect(run.output).toMatch(/CẢNH BÁO: dữ liệu KHÔNG được mã hóa/);
  }, 60_000);

  it('a file that is not a database: a short message, exit 1, the file left alone', async () => {
    const data = tempDir();
    const file = path.join(data, 'rehabdesk.sqlite');
    writeFileSync(file, 'không phải cơ sở dữ liệu');
    const run = await serve(['--data', data]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Lỗi: Không mở được dữ liệu: .* không phải tệp cơ sở dữ liệu RehabDesk/);
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('không phải cơ sở dữ liệu');
  }, 60_000);

  it.skipIf(!readOnlyRunnable)('a read-only data folder: a short message, exit 1, the register unchanged', async () => {
    const data = tempDir();
    const file = path.join(data, 'rehabdesk.sqlite');
    openDatabase(file, { migrationsFolder: sourceMigrationsFolder }).close();
    const before = readFileSync(file);
    // root writes anywhere, so as root the host runs as `nobody` on a folder it may read but not write.
    chmodSync(data, asRoot ? 0o755 : 0o555);
    chmodSync(file, asRoot ? 0o644 : 0o444);
    try {
      const run = await serve(['--data', data], asRoot ? { uid: 65534, env: { HOME: os.tmpdir() } } : {});
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(/Lỗi: Không ghi được vào thư mục dữ liệu .*Không có gì bị xóa/);
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      chmodSync(data, 0o755);
    }
  }, 60_000);
});
