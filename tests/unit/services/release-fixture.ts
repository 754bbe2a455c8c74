import { admission, openTestBackend, setupFacility, type TestBackend } from './test-backend';

export interface ReleaseWorld {
  t: TestBackend;
  /** admin, head, officer and medical tokens. */
  tokens: { admin: string; head: string; officer: string; medical: string };
  userId(username: string): number;
  /** Admits a compulsory adult (decision 10 days before) into the next free bed; returns the stay id. */
  admit(fullName: string, broughtInOn: string, termMonths?: number): number;
  team(name: string): number;
  sql<T>(query: string, ...params: unknown[]): T[];
}

const PASSWORD = 'mat-khau-rat-dai-1';

/** Today is 23/11/2026 (Monday); a facility with a head, an officer and the medical team, and no residents yet. */
export function openReleaseWorld(): ReleaseWorld {
  const t = openTestBackend();
  const { token: admin, bedIds } = setupFacility(t);
  const tokens = { admin } as ReleaseWorld['tokens'];
  for (const role of ['head', 'officer', 'medical'] as const) {
    t.ok('users.create', { username: role, fullName: `Cán bộ ${role}`, role, password: PASSWORD }, admin);
    tokens[role] = t.ok('auth.login', { username: role, password: PASSWORD }).token;
  }
  const sqlite = t.backend.database.sqlite;
  let admitted = 0;
  return {
    t,
    tokens,
    userId: (username) => (sqlite.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number }).id,
    admit(fullName, broughtInOn, termMonths = 12) {
      const n = admitted++;
      const input = admission({
        fullName,
        citizenId: `0790900${String(n).padStart(5, '0')}`,
        broughtInOn,
        decisionDate: new Date(Date.parse(broughtInOn) - 10 * 86_400_000).toISOString().slice(0, 10),
        termMonths,
        bedId: bedIds[n]!,
      });
      return t.ok('admissions.admit', input, admin).stayId;
    },
    team: (name) => t.ok('teams.create', { name }, admin).id,
    sql<T>(query: string, ...params: unknown[]) {
      return sqlite.prepare(query).all(...params) as T[];
    },
  };
}
