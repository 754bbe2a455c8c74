import type Database from 'better-sqlite3';
import type { AppDb, OpenDatabase } from '../../db/open';
import type { Contract, MethodName } from '../../shared/contract';
import type { z } from 'zod';
import type { AuditEntry } from './audit';
import type { SessionStore, SessionUser } from './sessions';

/** What a service handler gets besides its parsed input. */
export interface Ctx {
  db: AppDb;
  sqlite: Database.Database;
  /** The signed-in user; null only for public methods. */
  user: SessionUser | null;
  token: string | null;
  sessions: SessionStore;
  appVersion: string;
  /** The current instant, injectable so tests can fix the date. */
  now(): Date;
  /** Today's calendar date in Vietnam (YYYY-MM-DD). */
  today(): string;
  /** Records an audit row in the same transaction as the write. */
  audit(entry: AuditEntry): void;
  /** The register as a file (path, key, swap), for backup and restore. */
  register: RegisterHandle;
  /** Runs once the command's transaction has committed (a restore must close the connection it ran on). */
  afterCommit(run: () => void): void;
}

/** The open register as a file: copies need its path and key, a restore replaces it. */
export interface RegisterHandle {
  /** The database served now; a restore replaces it. */
  readonly current: OpenDatabase;
  readonly migrationsFolder: string;
  readonly nativeBinding: string | undefined;
  /** Serves `database` from now on; with `endSessions`, everyone signs in again. */
  replace(database: OpenDatabase, endSessions: boolean): void;
}

type Answer<M extends MethodName> = z.input<Contract[M]['output']>;

/** A method's handler: it returns a Promise only when the contract marks the method `async`. */
export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
  ctx: Ctx,
) => Contract[M] extends { async: true } ? Promise<Answer<M>> : Answer<M>;

/** A feature's handlers: a subset of the contract, each method once. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };

/** The signed-in user, for handlers of methods that need one. */
export function requireUser(ctx: Ctx): SessionUser {
  if (!ctx.user) throw new Error('handler needs a signed-in user');
  return ctx.user;
}
