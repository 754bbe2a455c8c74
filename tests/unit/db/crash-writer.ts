import { writeSync } from 'node:fs';
import { createBackend } from '../../../electron/backend';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import { addDays, vnDate } from '../../../shared/domain/dates';
import { admission } from '../services/test-backend';

/**
 * The process the crash test kills: another workstation's back end writing bursts of admissions, hospital
 * movements and output lines through the router, as fast as it can, until SIGKILL. After each command comes
 * back ok (committed), one JSON line {method, ids} goes to stdout with a synchronous write, so everything the
 * parent reads was committed before it was reported.
 * Run bundled (crash-run.ts), so the migrations folder comes as an argument rather than from this file's place.
 * Usage: node crash-writer.mjs <db file> <migrations folder> <start ISO> <username> <password> <teamId> <productId> <lifetime ms>
 */
const [dbFile, migrationsFolder, startIso, username, password, teamArg, productArg, lifetimeArg] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const teamId = Number(teamArg);
const productId = Number(productArg);
// Never outlive the test: a stuck parent or a timed-out test must not leave a writer running.
const deadline = Date.now() + Number(lifetimeArg);
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();

let clock = Date.parse(startIso);
const backend = createBackend({
  dbFile,
  migrationsFolder,
  appVersion: 'crash-writer',
  now: () => new Date(clock),
  logger: { error: (message, err) => process.stderr.write(`${message} ${String(err)}\n`) },
});
const sqlite = backend.database.sqlite;
// Each run starts after every instant already recorded, so its movements never come before an earlier run's.
const latest = sqlite
  .prepare('SELECT max(at) AS at FROM (SELECT max(recorded_at) AS at FROM movements UNION ALL SELECT max(recorded_at) FROM work_lines)')
  .get() as { at: string | null };
if (latest.at) clock = Math.max(clock, Date.parse(latest.at) + 60_000);

/** One command, a minute after the last one; the ids it committed are reported, a refusal goes to stderr. */
function command<M extends MethodName>(method: M, input: unknown, token: string | null): MethodOutput<M> | null {
  clock += 60_000;
  const r = backend.router.call(method, input, token);
  if (!r.ok) {
    process.stderr.write(`${method} refused: ${r.error.code} ${r.error.message}\n`);
    return null;
  }
  return r.data as MethodOutput<M>;
}

const report = (method: MethodName, ids: number[]) => writeSync(1, `${JSON.stringify({ method, ids })}\n`);
const one = <T>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T | undefined;

const login = command('auth.login', { username, password }, null);
if (!login) throw new Error('crash writer: sign-in refused');
const token = login.token;

function admit(today: string): void {
  const bed = one<{ id: number }>(
    'SELECT b.id FROM beds b WHERE b.in_service = 1 AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.current_bed_id = b.id) ORDER BY b.id LIMIT 1',
  );
  if (!bed) return;
  // Distinct citizen IDs and birth dates, so no admission is taken for a returning person.
  const n = (one<{ n: number }>('SELECT count(*) AS n FROM persons') as { n: number }).n;
  const input = admission({
    fullName: 'Nguyễn Văn Hùng',
    citizenId: `0791${String(n).padStart(8, '0')}`,
    birthDate: addDays('1970-01-01', n),
    broughtInOn: today,
    decisionDate: addDays(today, -10),
    bedId: bed.id,
  });
  const admitted = command('admissions.admit', input, token);
  if (!admitted) return;
  report('admissions.admit', [admitted.stayId]);
  if (command('teams.addMembers', { teamId, stayIds: [admitted.stayId], on: today }, token)) report('teams.addMembers', [admitted.stayId]);
}

function move(from: string, type: 'to_hospital' | 'from_hospital'): void {
  const stay = one<{ id: number }>('SELECT id FROM stays WHERE state = ? ORDER BY random() LIMIT 1', from);
  if (!stay) return;
  // Happening at the very instant the command runs (its clock is one minute on).
  const input = { stayId: stay.id, type, occurredAt: new Date(clock + 60_000).toISOString(), ...(type === 'to_hospital' ? { destination: 'Bệnh viện đa khoa tỉnh Đồng Nai' } : {}) };
  const r = command('movements.record', input, token);
  if (r) report('movements.record', [r.movementId]);
}

function work(today: string): void {
  const sheet = command('work.sheet', { teamId, date: today }, token);
  const free = (sheet?.rows ?? []).filter((row) => row.blocked === null && row.hoursDay === 0).slice(0, 3);
  if (free.length === 0) return;
  const entries = free.map((row) => ({ stayId: row.stayId, productId, quantity: 4, hours: 2 }));
  const r = command('work.record', { teamId, date: today, entries }, token);
  if (!r) return;
  // work.record answers with a count; the lines are the ones this command stamped with its instant.
  const ids = sqlite.prepare('SELECT id FROM work_lines WHERE team_id = ? AND recorded_at = ? ORDER BY id').all(teamId, new Date(clock).toISOString()) as { id: number }[];
  report('work.record', ids.map((l) => l.id));
}

async function main(): Promise<void> {
  while (Date.now() < deadline) {
    const today = vnDate(new Date(clock));
    admit(today);
    move('present', 'to_hospital');
    move('in_hospital', 'from_hospital');
    work(today);
    // Let the stdin watch run between bursts.
    await new Promise((resolve) => setImmediate(resolve));
  }
  backend.close();
  process.exit(0);
}

void main();
