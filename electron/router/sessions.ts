import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/contract/roles';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
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

  constructor(
    private readonly idleMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

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
    if (now - session.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    session.lastSeen = now;
    return session.user;
  }

  end(token: string): void {
    this.sessions.delete(token);
  }
}
