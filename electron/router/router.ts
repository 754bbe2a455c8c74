import { z } from 'zod';
import { describeSqliteError } from '../../db/sqlite-errors';
import { contract, roleAllows, type MethodName } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { vnDate } from '../../shared/domain/dates';
import { AppError, type ApiErrorBody, type Envelope, type FieldIssue } from '../../shared/errors';
import { writeAudit, type AuditEntry } from './audit';
import type { SessionStore } from './sessions';
import type { Ctx, Handler, RegisterHandle } from './types';

export interface Logger {
  error(message: string, err?: unknown): void;
}

export interface RouterOptions {
  /** The open register; read on every call, since a restore replaces it. */
  register: RegisterHandle;
  sessions: SessionStore;
  appVersion: string;
  handlers: Record<string, unknown>[];
  now?: () => Date;
  logger?: Logger;
}

export interface Router {
  /** Serves every method but the `async` ones (tests call this directly). */
  call(method: string, input: unknown, token: string | null): Envelope<unknown>;
  /** What the transports call: every method, the `async` ones too (see MethodDef.async). */
  callAsync(method: string, input: unknown, token: string | null): Promise<Envelope<unknown>>;
  readonly methods: readonly MethodName[];
}

/** Joins feature handler maps, refusing a method handled twice, a handler with no contract, or a gap. */
export function registerHandlers(maps: Record<string, unknown>[]): Map<MethodName, Handler<MethodName>> {
  const registered = new Map<MethodName, Handler<MethodName>>();
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (!(name in contract)) throw new Error(`Handler for a method not in the contract: ${name}`);
      if (registered.has(name as MethodName)) throw new Error(`Method handled twice: ${name}`);
      registered.set(name as MethodName, handler as Handler<MethodName>);
    }
  }
  const missing = Object.keys(contract).filter((m) => !registered.has(m as MethodName));
  if (missing.length > 0) throw new Error(`Methods without a handler: ${missing.join(', ')}`);
  return registered;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

// Fields without their own message (a number sent as text, an object expected) are refused in Vietnamese too,
// not in zod's English defaults.
z.config(z.locales.vi());

const internalMessage = 'Lỗi hệ thống: thao tác chưa được thực hiện. Vui lòng thử lại hoặc báo quản trị viên.';

function toErrorBody(err: unknown, logger: Logger, method: string): ApiErrorBody {
  if (err instanceof AppError) return err.toBody();
  // A full disk or a read-only file: the transaction was rolled back, so the user is told plainly, not 'internal'.
  const storage = describeSqliteError(err);
  logger.error(`[${method}] ${storage ? 'storage' : 'unexpected'} error`, err);
  if (storage) return storage;
  return { code: 'internal', message: internalMessage };
}

/** What a session signed in with a temporary password may call: the change itself, and what the screen needs for it. */
const whileChangingPassword = new Set<MethodName>(['auth.changePassword', 'auth.me', 'auth.logout']);

const busyMessage = 'Đang nhập dữ liệu từ tệp Excel; các thao tác khác tạm dừng đến khi xong. Vui lòng chờ giây lát rồi thử lại.';

/**
 * The one gate every call passes, whatever the transport: authenticate → permission → parse input → service
 * (a command runs in one transaction and must leave an audit row) → checked output → envelope.
 */

export function createRouter(options: RouterOptions): Router {
  const handlers = registerHandlers(options.handlers);
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? { error: (m, e) => console.error(m, e) };

  /** The async command holding the register, if any: while it runs only `whileBusy` methods are served. */
  let busy: string | null = null;

  /** Everything before the service: the method, the session, the permission, the input; then the call's context. */
  function begin(method: string, rawInput: unknown, token: string | null) {
    if (!Object.hasOwn(contract, method)) {
      throw new AppError('not_found', `Không có chức năng "${method}".`);
    }
    const name = method as MethodName;
    const def = contract[name] as MethodDef;
    if (busy && !def.whileBusy) throw new AppError('conflict', busyMessage);
    const user = options.sessions.resolve(token);
    if (def.access !== 'public' && !user) {
      throw new AppError('unauthenticated', 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.');
    }
    if (user && !roleAllows(user.role, def.access)) {
      throw new AppError('forbidden', 'Vai trò của bạn không được phép thực hiện thao tác này.');
    }
    // A temporary password set by the administrator opens nothing until its owner has replaced it.
    if (user?.mustChangePassword && def.access !== 'public' && !whileChangingPassword.has(name)) {
      throw new AppError('forbidden', 'Bạn đang dùng mật khẩu tạm do quản trị viên cấp: hãy đổi mật khẩu trước khi làm việc.');
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      throw new AppError('invalid_input', issues[0]?.message ?? 'Dữ liệu không hợp lệ.', {
        ...(issues[0]?.field ? { field: issues[0].field } : {}),
        issues,
      });
    }

    const audits: AuditEntry[] = [];
    const afterCommit: (() => void)[] = [];
    const { db, sqlite } = options.register.current;
    const ctx: Ctx = {
      db,
      sqlite,
      register: options.register,
      afterCommit: (run) => afterCommit.push(run),
      user,
      token,
      sessions: options.sessions,
      appVersion: options.appVersion,
      now,
      today: () => vnDate(now()),
      audit: (entry) => {
        audits.push(entry);
        writeAudit(
          sqlite,
          { userId: ctx.user?.id ?? null, username: ctx.user?.username ?? null, method },
          entry,
          now().toISOString(),
        );
      },
    };
    const handler = handlers.get(name) as (input: unknown, ctx: Ctx) => unknown;
    /** A command must have left an audit row; the answer must match the contract. */
    const finish = (result: unknown) => {
      if (def.kind === 'command' && audits.length === 0) {
        throw new Error(`Command ${method} wrote no audit row`);
      }
      return def.output.parse(result);
    };
    return { def, sqlite, ctx, input: parsed.data, handler, finish, afterCommit };
  }

  function call(method: string, rawInput: unknown, token: string | null): Envelope<unknown> {
    try {
      const c = begin(method, rawInput, token);
      if (c.def.async) throw new Error(`${method} is async: the transports serve it through callAsync`);
      const run = () => c.finish(c.handler(c.input, c.ctx));
      // IMMEDIATE takes the write lock up front: two writers on one file then wait their turn (busy_timeout)
      // instead of one failing when its read turns into a write (numbers read from a counter stay unique).
      const data = c.def.kind === 'command' ? c.sqlite.transaction(run).immediate() : run();
      for (const step of c.afterCommit) step();
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: toErrorBody(err, logger, method) };
    }
  }

  async function callAsync(method: string, rawInput: unknown, token: string | null): Promise<Envelope<unknown>> {
    const def = Object.hasOwn(contract, method) ? (contract[method as MethodName] as MethodDef) : null;
    if (!def?.async) return call(method, rawInput, token);
    try {
      const c = begin(method, rawInput, token);
      if (c.def.kind === 'query') return { ok: true, data: c.finish(await c.handler(c.input, c.ctx)) };
      // The transaction stays open across the handler's awaits; `busy` keeps every other call off this connection
      // meanwhile, so nothing else is written into it or reads it half done.
      busy = method;
      c.sqlite.exec('BEGIN IMMEDIATE');
      let data: unknown;
      try {
        data = c.finish(await c.handler(c.input, c.ctx));
        c.sqlite.exec('COMMIT');
      } catch (err) {
        if (c.sqlite.inTransaction) c.sqlite.exec('ROLLBACK');
        throw err;
      } finally {
        busy = null;
      }
      for (const step of c.afterCommit) step();
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: toErrorBody(err, logger, method) };
    }
  }

  return { call, callAsync, methods: Object.keys(contract) as MethodName[] };
}
