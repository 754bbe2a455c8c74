import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { build } from 'esbuild';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import { censusAt, type CensusFact } from '../../../shared/domain/census';
import { replay } from '../../../shared/domain/movement-rules';
import { effectiveMovements } from '../../../shared/domain/movements';
import { ADMIN, FIXED_NOW } from '../services/test-backend';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const OFFICER = { username: 'canbo', fullName: 'Lê Thị Cán Bộ', role: 'officer', password: 'can-bo-mat-khau-dai' };
const HEAD = { username: 'truongcs', fullName: 'Đặng Văn Trưởng', role: 'head', password: 'truong-co-so-mat-khau' };
/** A writer that outlives this is stuck; it stops itself then, whatever happens to the test. */
const WRITER_LIFETIME_MS = 60_000;
const FIRST_WRITE_TIMEOUT_MS = 30_000;

export interface CrashFigures {
  iterations: number;
  /** Commands the writers reported committed, by kind (work lines counted one by one). */
  reported: { admissions: number; memberships: number; movements: number; workLines: number };
  /** Reported writes found in the database after the last kill. */
  writesVerified: number;
  /** Reported writes that are not there. */
  missing: string[];
  integrity: string[];
  foreignKeyViolations: unknown[];
  /** Stays whose cached state or bed disagrees with their movements. */
  staleStays: string[];
  /** Rows of the work sums tables that disagree with the sums over work_lines. */
  sumMismatches: string[];
  /** Commands a writer had refused (none expected: it only asks for what the register allows). */
  refusals: string[];
}

interface Reported {
  method: MethodName;
  ids: number[];
}

function ok<M extends MethodName>(backend: Backend, method: M, input: unknown, token: string | null = null): MethodOutput<M> {
  const r = backend.router.call(method, input, token);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}

/** The facility once: 300 beds in a male compulsory area, an officer who writes, a team and a product with a rate. */
function prepare(dbFile: string): { teamId: number; productId: number } {
  const backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: 'crash-test', now: () => FIXED_NOW, logger: { error: () => {} } });
  try {
    ok(backend, 'setup.create', {
      facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
      admin: ADMIN,
    });
    const admin = ok(backend, 'auth.login', { username: ADMIN.username, password: ADMIN.password }).token;
    const areaId = ok(backend, 'beds.createArea', { code: 'A', name: 'Khu A', purpose: 'compulsory', sex: 'male' }, admin).id;
    for (let room = 1; room <= 6; room++) {
      ok(backend, 'beds.createRoom', { areaId, code: `P0${room}`, name: `Phòng ${room}`, designCapacity: 50, workingCapacity: 50, bedCount: 50 }, admin);
    }
    for (const user of [OFFICER, HEAD]) ok(backend, 'users.create', user, admin);
    const head = ok(backend, 'auth.login', { username: HEAD.username, password: HEAD.password }).token;
    const productId = ok(backend, 'products.create', { name: 'Đan giỏ', unit: 'piece', rateDong: 1500, validFrom: '2026-01-01' }, head).id;
    const teamId = ok(backend, 'teams.create', { name: 'Tổ 1' }, admin).id;
    return { teamId, productId };
  } finally {
    backend.close();
  }
}

/**
 * The writer as one bundled file for plain node: under tsx each start spends 2–3 s loading the back end's
 * modules, which would leave no time for the kills. better-sqlite3 (native) stays a package, by absolute path,
 * and the CommonJS packages bundled in get a `require` that resolves from the project.
 */
async function bundleWriter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'crash-writer.mjs');
  const nativeSqlite = createRequire(path.join(root, 'package.json')).resolve('better-sqlite3');
  await build({
    entryPoints: [path.join(here, 'crash-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: `import { createRequire as projectRequire } from 'node:module'; const require = projectRequire(${JSON.stringify(path.join(root, 'package.json'))});` },
    plugins: [{ name: 'native-sqlite', setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: nativeSqlite, external: true })) }],
  });
  return outfile;
}

/** One writer run: started, killed with SIGKILL 50–600 ms after its first committed write; what it reported. */
function killedRun(writer: string, args: string[], live: Set<ChildProcess>, signal?: AbortSignal): Promise<{ reported: Reported[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const child = spawn(process.execPath, [writer, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(child);
    const reported: Reported[] = [];
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | null = null;
    let killedByUs = false;
    const kill = () => {
      killedByUs = true;
      child.kill('SIGKILL');
    };
    const noWrite = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the writer reported no committed write within ${FIRST_WRITE_TIMEOUT_MS} ms: ${stderr}`));
    }, FIRST_WRITE_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      // A line cut by the kill was never fully reported; only complete lines count.
      pending = lines.pop() ?? '';
      for (const line of lines) reported.push(JSON.parse(line) as Reported);
      if (reported.length > 0 && killTimer === null) {
        clearTimeout(noWrite);
        killTimer = setTimeout(kill, 50 + Math.random() * 550);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A timed-out or cancelled test stops here, writer killed, rather than running on in the background.
    const abort = () => {
      child.kill('SIGKILL');
      reject(new Error('crash test aborted'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    child.on('close', (code, exitSignal) => {
      live.delete(child);
      clearTimeout(noWrite);
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', abort);
      if (killedByUs && exitSignal === 'SIGKILL') resolve({ reported, stderr });
      else reject(new Error(`the writer ended before it was killed (code ${code}, signal ${exitSignal}): ${stderr}`));
    });
  });
}

/** Each stay's cached state and bed against what its movements replay to and what the census derives from them. */
function staleStays(sqlite: Database.Database): string[] {
  const facts = sqlite
    .prepare(
      `SELECT stay_id AS stayId, id, type, occurred_on AS occurredOn, occurred_at AS occurredAt, reverses_id AS reversesId, to_bed_id AS toBedId
       FROM movements`,
    )
    .all() as CensusFact[];
  const census = new Map(censusAt(facts, '9999-12-31T00:00:00.000Z').map((r) => [r.stayId, r]));
  const stays = sqlite.prepare('SELECT id, state, current_bed_id AS bedId FROM stays').all() as { id: number; state: string; bedId: number | null }[];
  const stale: string[] = [];
  for (const s of stays) {
    const replayed = replay(effectiveMovements(facts.filter((f) => f.stayId === s.id)));
    const row = census.get(s.id);
    const derived = { state: replayed.ok ? replayed.state : 'broken history', censusStatus: row?.status ?? 'discharged', bedId: row?.bedId ?? null };
    if (derived.state !== s.state || derived.censusStatus !== s.state || derived.bedId !== s.bedId) {
      stale.push(`stay ${s.id}: cached ${JSON.stringify({ state: s.state, bedId: s.bedId })}, movements say ${JSON.stringify(derived)}`);
    }
  }
  return stale;
}

/** The sums the triggers keep, recomputed from work_lines (a reversal counts -1 line and negates its amounts). */
const workSums = [
  {
    table: 'work_stay_days',
    cached: 'SELECT work_on, stay_id, round(hours, 6), lines FROM work_stay_days',
    expected: `SELECT work_on, stay_id, round(sum(hours), 6), sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)
               FROM work_lines GROUP BY work_on, stay_id`,
  },
  {
    table: 'work_product_days',
    cached: 'SELECT work_on, product_id, round(quantity, 6), amount_dong, lines FROM work_product_days',
    expected: `SELECT work_on, product_id, round(sum(quantity), 6), sum(amount_dong), sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)
               FROM work_lines GROUP BY work_on, product_id`,
  },
  {
    table: 'work_day_totals',
    cached: 'SELECT work_on, workdays, round(hours, 6) FROM work_day_totals',
    expected: `SELECT work_on, sum(lines > 0 AND round(hours, 3) > 0), round(sum(hours), 6) FROM (
                 SELECT work_on, sum(hours) AS hours, sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) AS lines
                 FROM work_lines GROUP BY work_on, stay_id) GROUP BY work_on`,
  },
];

function sumMismatches(sqlite: Database.Database): string[] {
  return workSums.flatMap(({ table, cached, expected }) => [
    ...sqlite.prepare(`${cached} EXCEPT ${expected}`).raw().all().map((r) => `${table} holds ${JSON.stringify(r)}, the lines say otherwise`),
    ...sqlite.prepare(`${expected} EXCEPT ${cached}`).raw().all().map((r) => `${table} lacks ${JSON.stringify(r)}`),
  ]);
}

/** Where each reported id must be found; a membership is reported by its stay (the writer uses one team). */
const whereReported: Partial<Record<MethodName, string>> = {
  'admissions.admit': 'SELECT 1 FROM stays WHERE id = ?',
  'teams.addMembers': 'SELECT 1 FROM team_members WHERE stay_id = ?',
  'movements.record': 'SELECT 1 FROM movements WHERE id = ?',
  'work.record': 'SELECT 1 FROM work_lines WHERE id = ?',
};

/**
 * The crash test: prepares a register in a temp folder, then `iterations` times starts a writer and kills it with
 * SIGKILL at a random moment; then opens the file as the app does and checks it. The temp folder is removed and
 * no writer is left running, whatever happens (an aborted `signal` stops the runs).
 */
export async function runCrashIterations(iterations: number, signal?: AbortSignal): Promise<CrashFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-crash-'));
  const dbFile = path.join(dir, 'rehabdesk.sqlite');
  const live = new Set<ChildProcess>();
  try {
    const { teamId, productId } = prepare(dbFile);
    const writer = await bundleWriter(dir);
    const args = [dbFile, sourceMigrationsFolder, FIXED_NOW.toISOString(), OFFICER.username, OFFICER.password, String(teamId), String(productId), String(WRITER_LIFETIME_MS)];
    const reported: Reported[] = [];
    const refusals: string[] = [];
    for (let i = 0; i < iterations; i++) {
      const run = await killedRun(writer, args, live, signal);
      reported.push(...run.reported);
      refusals.push(...run.stderr.split('\n').filter((l) => l.includes('refused')));
    }

    const backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: 'crash-test', logger: { error: () => {} } });
    try {
      const sqlite = backend.database.sqlite;
      const missing: string[] = [];
      let writesVerified = 0;
      for (const r of reported) {
        const query = sqlite.prepare(whereReported[r.method] ?? 'SELECT NULL WHERE 0');
        for (const id of r.ids) {
          if (query.get(id) === undefined) missing.push(`${r.method} ${id}`);
          else writesVerified++;
        }
      }
      const countOf = (method: MethodName) => reported.filter((r) => r.method === method).reduce((n, r) => n + r.ids.length, 0);
      return {
        iterations,
        reported: {
          admissions: countOf('admissions.admit'),
          memberships: countOf('teams.addMembers'),
          movements: countOf('movements.record'),
          workLines: countOf('work.record'),
        },
        writesVerified,
        missing,
        integrity: (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
        foreignKeyViolations: sqlite.pragma('foreign_key_check') as unknown[],
        staleStays: staleStays(sqlite),
        sumMismatches: sumMismatches(sqlite),
        refusals,
      };
    } finally {
      backend.close();
    }
  } finally {
    for (const child of live) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The one line `npm run check:security` and the test print. */
export function crashSummary(f: CrashFigures): string {
  const r = f.reported;
  return (
    `crash test: ${f.iterations} SIGKILL iterations, ${f.writesVerified} reported writes verified ` +
    `(${r.admissions} admissions, ${r.memberships} team memberships, ${r.movements} movements, ${r.workLines} work lines), ` +
    `integrity ${f.integrity.join(', ')}, ${f.missing.length} missing, ${f.staleStays.length} stale stays, ${f.sumMismatches.length} work-sum mismatches`
  );
}
