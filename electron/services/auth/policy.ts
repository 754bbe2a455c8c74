import type Database from 'better-sqlite3';
import type { AuthPolicy } from '../../../shared/contract/auth';
import { settingValue } from '../settings/legal';

const LOCK_AFTER = 'auth.lock_after_failures';
const IDLE_MINUTES = 'auth.idle_minutes';

export function authPolicy(sqlite: Database.Database): AuthPolicy {
  return {
    lockAfterFailures: settingValue<number>(sqlite, LOCK_AFTER),
    idleMinutes: settingValue<number>(sqlite, IDLE_MINUTES),
  };
}

/** Minutes of inactivity after which a session ends; the back end's SessionStore reads it on every call. */
export function idleMinutesSetting(sqlite: Database.Database): number {
  return settingValue<number>(sqlite, IDLE_MINUTES);
}

export function writeAuthPolicy(sqlite: Database.Database, policy: AuthPolicy, at: string, by: number | null): void {
  const update = sqlite.prepare('UPDATE settings SET value_json = ?, updated_at = ?, updated_by = ? WHERE key = ?');
  update.run(JSON.stringify(policy.lockAfterFailures), at, by, LOCK_AFTER);
  update.run(JSON.stringify(policy.idleMinutes), at, by, IDLE_MINUTES);
}
