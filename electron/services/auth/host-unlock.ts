import type Database from 'better-sqlite3';
import { writeAudit } from '../../router/audit';

/**
 * Lifts the lock of an administrator's account from the machine itself (`npm run serve -- --unlock-admin NAME`):
 * with the only administrator locked, no one could unlock anyone from the screen. Whoever can start the host with
 * the register's key already holds the whole file, so this grants nothing new; it is logged like an unlock.
 * Returns a Vietnamese refusal, or null when unlocked.
 */
export function unlockAdministrator(sqlite: Database.Database, username: string, at: Date): string | null {
  const u = sqlite.prepare('SELECT id, role, failed_logins, locked_at FROM users WHERE username = ?').get(username.trim().toLowerCase()) as
    | { id: number; role: string; failed_logins: number; locked_at: string | null }
    | undefined;
  if (!u) return `Không có tài khoản "${username}".`;
  if (u.role !== 'admin') return `Tài khoản "${username}" không phải quản trị viên; quản trị viên mở khóa trên màn hình Quản trị.`;
  if (!u.locked_at) return `Tài khoản "${username}" không bị khóa.`;
  sqlite.transaction(() => {
    sqlite.prepare('UPDATE users SET failed_logins = 0, locked_at = NULL WHERE id = ?').run(u.id);
    writeAudit(
      sqlite,
      { userId: null, username: null, method: 'users.unlock' },
      { entity: 'user', entityId: u.id, before: { failedLogins: u.failed_logins, lockedAt: u.locked_at }, after: { failedLogins: 0, lockedAt: null, unlocked: true, fromHost: true } },
      at.toISOString(),
    );
  })();
  return null;
}
