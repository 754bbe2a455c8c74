import { contract, permissionMatrix, roles, type Role } from '../../../shared/contract';
import { openTestBackend, setupFacility } from './test-backend';

export interface MatrixResult {
  methods: number;
  calls: number;
  refused: number;
  /** Calls that broke the matrix: an allowed role refused, or a refused one let through or answered otherwise. */
  violations: string[];
  /** Tables whose rows changed during the refused calls (none may). */
  changedTables: string[];
}

const passwords: Record<Role, string> = {
  admin: '',
  head: 'truong-co-so-rat-dai-1',
  officer: 'can-bo-quan-ly-dai-1',
  trainer: 'giao-vien-day-nghe-1',
  medical: 'nhan-vien-y-te-dai-1',
};

/**
 * Every contract method called by every role with an empty input: a refused role must get `forbidden` and the
 * database must not change; an allowed role must get past the permission check (its empty input is then refused
 * as invalid, or the call runs). Sessions are per role, so logging out is skipped.
 */
export function checkPermissionMatrix(): MatrixResult {
  const t = openTestBackend();
  try {
    const tokens: Partial<Record<Role, string>> = { admin: setupFacility(t).token };
    for (const role of roles.filter((r) => r !== 'admin')) {
      t.ok('users.create', { username: `tk-${role}`, fullName: `Tài khoản ${role}`, role, password: passwords[role] }, tokens.admin!);
      tokens[role] = (t.ok('auth.login', { username: `tk-${role}`, password: passwords[role] }, null) as { token: string }).token;
    }
    const sqlite = t.backend.database.sqlite;
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).sort();
    const counts = () => new Map(tables.map((name) => [name, (sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number)]));
    const matrix = permissionMatrix(contract).filter((row) => row.method !== 'auth.logout');
    const violations: string[] = [];
    let calls = 0;
    let refused = 0;
    const before = counts();
    for (const row of matrix) {
      for (const role of roles) {
        if (row.allowed[role]) continue;
        calls++;
        const r = t.call(row.method, {}, tokens[role]!);
        if (r.ok || r.error.code !== 'forbidden') violations.push(`${row.method} × ${role}: expected forbidden, got ${r.ok ? 'ok' : r.error.code}`);
        else refused++;
      }
    }
    const after = counts();
    const changedTables = tables.filter((name) => before.get(name) !== after.get(name));
    for (const row of matrix) {
      for (const role of roles) {
        if (!row.allowed[role]) continue;
        calls++;
        const r = t.call(row.method, {}, tokens[role]!);
        if (!r.ok && (r.error.code === 'forbidden' || r.error.code === 'unauthenticated' || r.error.code === 'internal')) {
          violations.push(`${row.method} × ${role}: allowed, got ${r.error.code}`);
        }
      }
    }
    return { methods: matrix.length, calls, refused, violations, changedTables };
  } finally {
    t.close();
  }
}
