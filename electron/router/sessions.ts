import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/contract/roles';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** Signed in with a temporary password: only changing it (and signing out) is allowed until then. */
  mustChangePassword?: boolean;
}

interface Session {
  user: SessionUser;
  lastSeen: number;
}

/**
 * Sign-in sessions held in memory by the process that owns the database: a restart signs everyone out,
 * which is what a shared facility PC wants. Idle sessions expire.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: () => number;

  /** `idleMs` may be a function, so the idle time follows a setting the administrator changes while sessions run. */
  constructor(
    idleMs: number | (() => number),
    private readonly clock: () => number = Date.now,
  ) {
    this.idleMs = typeof idleMs === 'function' ? idleMs : () => idleMs;
  }

  create(user: SessionUser): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { user, lastSeen: this.clock() });
    return token;
  }

  /** The user of a live session, touching it; null for an unknown or expired token. */
  resolve(token: string | null): SessionUser | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    const now = this.clock();
    if (now - session.lastSeen > this.idleMs()) {
      this.sessions.delete(token);
      return null;
    }
    session.lastSeen = now;
    return session.user;
  }

  /** The password was changed in this session: it may now do what its role allows. */
  passwordChanged(token: string): void {
    const session = this.sessions.get(token);
    if (session) session.user = { ...session.user, mustChangePassword: false };
  }

  end(token: string): void {
    this.sessions.delete(token);
  }

  /** Signs everyone out (after a restore, the users and roles may differ from the register they signed in to). */
  endAll(): void {
    this.sessions.clear();
  }

  /** Ends every session of a user (deactivated, or given a new password), but `keep` when given. */
  endUser(userId: number, keep: string | null = null): void {
    for (const [token, session] of this.sessions) {
      if (session.user.id === userId && token !== keep) this.sessions.delete(token);
    }
  }
}
