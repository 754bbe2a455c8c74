import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { contract, permissionMatrix, roles, type Role } from '../../../shared/contract';
import type { MethodDef } from '../../../shared/contract/define';
import type { Envelope } from '../../../shared/errors';
import { badInputArb, withUnknownField, type BadInput } from './bad-input-arbitraries';
import { openRegister, type Register } from './residents-fixture';

// Hand-written inputs an officer's mistake, a stale screen or a script could send: wrong types, missing fields,
// huge strings, impossible dates, ids that do not exist. Some pass the schema and reach the service.
const garbage: unknown[] = [
  null,
  'text',
  42,
  [],
  {},
  { stayId: -1, personId: 0, areaId: 1e20 },
  { stayId: 'a'.repeat(100_000) },
  { date: '2026-02-30', slot: '', query: '"*(' },
];

export interface BadInputResult {
  methods: number;
  generated: number;
  handWritten: number;
  /** Answered ok:false with a message and a code other than internal. */
  rejected: number;
  byCode: Record<string, number>;
  byKind: Record<string, number>;
  /** Generated inputs that also carried an unknown field. */
  withUnknownField: number;
  internal: number;
  failures: string[];
  /** Methods after whose bad inputs some table's rows differed. */
  changedBy: string[];
}

/** Every row of every table, in rowid order: two equal dumps mean nothing was written, not even an audit row. */
export function dumpDatabase(sqlite: Database.Database): string {
  const tables = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  // A WITHOUT ROWID table is ordered by its primary key, i.e. by its first column(s): order by all of them.
  const order = (sql: string) => (/WITHOUT ROWID/i.test(sql) ? 'ORDER BY 1, 2' : 'ORDER BY rowid');
  return JSON.stringify(tables.map(({ name, sql }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ${order(sql)}`).raw().all()]));
}

/** A register with a few residents, stays and a user per role, as in the residents tests. */
function seed(): Register {
  const r = openRegister();
  const people = [
    { fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male' as const, citizenId: '079090001234' },
    { fullName: 'Trần Thị Mai', birthDate: '1995-08-12', sex: 'female' as const, citizenId: '079195004321' },
    { fullName: 'Lê Văn Tâm', birthDate: '2009-03-03', sex: 'male' as const, citizenId: '079209007777' },
  ];
  people.forEach((p, i) => {
    const personId = r.person(p);
    r.stay({
      personId,
      fileNumber: `HS-2026-00${i + 1}`,
      kind: i === 1 ? 'voluntary' : 'compulsory_adult',
      state: 'present',
      admittedOn: '2026-10-01',
      bedId: (i === 1 ? r.beds.B : r.beds.A)[i === 2 ? 1 : 0] ?? null,
      termMonths: 18,
    });
  });
  return r;
}

const roleFor = new Map(permissionMatrix(contract).map((row) => [row.method, roles.find((role) => row.allowed[role]) ?? 'admin']));

export interface BadInputOptions {
  /** Generated inputs per method: wrong in one place, plus as many with an unknown field. */
  numRuns?: number;
  seed?: number;
}

/**
 * Every method of the contract, called by a role allowed to call it: the hand-written inputs above, then inputs
 * generated from its zod schema. A generated input is wrong by construction and must be refused as invalid_input
 * naming the wrong field; a hand-written one may pass the schema but must still end in a clear, non-internal
 * error. After each method the whole database must be as it was.
 */
export function sendBadInputs(options: BadInputOptions = {}): BadInputResult {
  const numRuns = options.numRuns ?? 40;
  const r = seed();
  const sqlite = r.t.backend.database.sqlite;
  const result: BadInputResult = { methods: 0, generated: 0, handWritten: 0, rejected: 0, byCode: {}, byKind: {}, withUnknownField: 0, internal: 0, failures: [], changedBy: [] };
  const tally = (method: string, answer: Envelope<unknown>, label: string): string | null => {
    if (answer.ok) return `${method} accepted ${label}`;
    result.byCode[answer.error.code] = (result.byCode[answer.error.code] ?? 0) + 1;
    if (answer.error.code === 'internal') {
      result.internal++;
      return `${method} ← ${label}: internal`;
    }
    if (!answer.error.message.trim()) return `${method} ← ${label}: an error without a message`;
    result.rejected++;
    return null;
  };
  try {
    for (const [method, def] of Object.entries(contract) as [string, MethodDef][]) {
      result.methods++;
      const token = r.tokens[roleFor.get(method) as Role];
      const before = dumpDatabase(sqlite);
      if (method !== 'auth.logout') {
        for (const input of garbage) {
          // `{}` or null is a valid call to a command without required fields (backup.run): not bad input.
          if (def.kind === 'command' && def.input.safeParse(input ?? {}).success) continue;
          result.handWritten++;
          const problem = tally(method, r.t.call(method, input, token), JSON.stringify(input).slice(0, 40));
          // A hand-written input may be valid for a method with optional fields only: a query may answer it.
          if (problem && !(problem.includes(' accepted ') && def.kind === 'query')) result.failures.push(problem);
        }
      }
      const property = fc.property(withUnknownField(badInputArb(def.input)), (bad: BadInput) => {
        result.generated++;
        result.byKind[bad.kind] = (result.byKind[bad.kind] ?? 0) + 1;
        if (bad.unknownField) result.withUnknownField++;
        const answer = r.t.call(method, bad.input, token);
        const problem = tally(method, answer, `${bad.kind} at "${bad.field}"`);
        if (problem) throw new Error(problem);
        if (answer.ok || answer.error.code !== 'invalid_input') throw new Error(`${method}: ${bad.kind} at "${bad.field}" got ${answer.ok ? 'ok' : answer.error.code}`);
        const named = (answer.error.issues ?? []).some((i) => i.field === bad.field || i.field.startsWith(`${bad.field}.`) || bad.field.startsWith(`${i.field}.`) || bad.field === '');
        const english = (answer.error.issues ?? []).find((i) => /^(Invalid|Too (big|small)|Expected|Required)\b/.test(i.message));
        if (english) throw new Error(`${method}: "${english.message}" at "${english.field}" is zod's English default, not a message for the user`);
        if (!named) throw new Error(`${method}: ${bad.kind} at "${bad.field}" but the error names ${JSON.stringify(answer.error.issues?.map((i) => i.field))}`);
      });
      // No shrinking: the first failure is reported as generated, and a run stays within its time budget.
      const run = fc.check(property, { numRuns, endOnFailure: true, ...(options.seed === undefined ? {} : { seed: options.seed }) });
      if (run.failed) result.failures.push(String(run.errorInstance instanceof Error ? run.errorInstance.message : run.errorInstance));
      if (dumpDatabase(sqlite) !== before) result.changedBy.push(method);
    }
    return result;
  } finally {
    r.t.close();
  }
}
