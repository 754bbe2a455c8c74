import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceMigrationsFolder } from '../../db/paths';
import { createBackend } from '../../electron/backend';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { largeRegister } from '../unit/services/import-workbooks';
import { count, ms } from './measure';

/**
 * Issue 10's volume: a 30.000-row register workbook opened, analysed, previewed and imported through the router into
 * an empty database (target: under 30 s), with the process's peak memory, sampled while it runs.
 */
const ROWS = 30_000;
const TARGET_SECONDS = 30;
const ADMIN = { username: 'admin', fullName: 'Quản trị', password: 'mat-khau-bench-2026' };
const mb = (bytes: number) => `${count(Math.round(bytes / 1_048_576))} MB`;

export async function benchImport(version: string): Promise<boolean> {
  const file = await largeRegister(ROWS);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-bench-import-'));
  const backend = createBackend({ dbFile: path.join(dir, 'rehabdesk.sqlite'), migrationsFolder: sourceMigrationsFolder, appVersion: version });
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  const sampler = setInterval(sample, 20);
  try {
    const call = async <M extends MethodName>(method: M, input: unknown, token: string | null): Promise<MethodOutput<M>> => {
      const r = await backend.router.callAsync(method, input, token);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.data as MethodOutput<M>;
    };
    await call('setup.create', { facility: { name: 'Cơ sở bench', governingUnit: 'Công an tỉnh', address: 'Xã', designCapacity: 1000 }, admin: ADMIN }, null);
    const { token } = await call('auth.login', { username: ADMIN.username, password: ADMIN.password }, null);
    const t0 = performance.now();
    const opened = await call('import.open', file, token);
    const tOpen = performance.now();
    const sheet = opened.sheets[0]!.name;
    const analysed = await call('import.analyse', { uploadId: opened.uploadId, sheet }, token);
    const choice = { uploadId: opened.uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping };
    const preview = await call('import.preview', { ...choice, limit: 100 }, token);
    const tPreview = performance.now();
    const run = await call('import.run', { ...choice, mode: 'all_or_nothing' }, token);
    const tRun = performance.now();
    sample();
    const seconds = (tRun - t0) / 1000;
    console.log(`Nhập sổ / import ${count(ROWS)} dòng / rows (.xlsx ${mb(Buffer.byteLength(file.contentBase64, 'base64'))}):`);
    console.log(
      `  mở / open ${ms((tOpen - t0) / 1000)} s, phân tích + xem trước / analyse + preview ${ms((tPreview - tOpen) / 1000)} s, ` +
        `nhập / run ${ms((tRun - tPreview) / 1000)} s; tổng / total ${ms(seconds)} s (mục tiêu / target < ${TARGET_SECONDS} s)`,
    );
    console.log(`  ${count(run.stays)} lượt / stays, ${count(run.personsCreated)} người / persons; xem trước / preview: ${count(preview.summary.errors)} lỗi / errors`);
    console.log(`  bộ nhớ đỉnh / peak memory: rss ${mb(peak.rss)}, heapUsed ${mb(peak.heap)}`);
    return run.stays === ROWS && seconds < TARGET_SECONDS;
  } finally {
    clearInterval(sampler);
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
