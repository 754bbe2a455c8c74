import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupConfig, BackupKind } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/errors';
import { writeAudit, type AuditActor, type AuditEntry } from '../../router/audit';
import type { RegisterHandle } from '../../router/types';
import { defaultFolder, folderProblem, readConfig } from './config';
import { expectedBytes, openReader, vacuumInto, vacuumIntoInWorker } from './copy';
import { backupName, listBackups, PARTIAL_SUFFIX } from './names';
import { toDelete } from './rotation';

export interface Actor {
  userId: number | null;
  username: string | null;
}

export const SYSTEM: Actor = { userId: null, username: null };

interface RunningJob {
  kind: BackupKind;
  startedAt: Date;
  partial: string;
  expected: number;
  cancel(): void;
  done: Promise<void>;
}

export interface LastJob {
  kind: BackupKind;
  finishedAt: string;
  ok: boolean;
  name: string | null;
  message: string | null;
}

interface BackupState {
  job: RunningJob | null;
  restoring: boolean;
  lastJob: LastJob | null;
}

// Per open register, across calls and across restores (the handle stays, the database behind it changes).
const states = new WeakMap<RegisterHandle, BackupState>();

export function stateOf(register: RegisterHandle): BackupState {
  let state = states.get(register);
  if (!state) {
    state = { job: null, restoring: false, lastJob: null };
    states.set(register, state);
  }
  return state;
}

export function refuseIfBusy(register: RegisterHandle): void {
  const state = stateOf(register);
  if (state.job) throw new AppError('conflict', 'Đang có một bản sao lưu chạy; chờ xong rồi thử lại.');
  if (state.restoring) throw new AppError('conflict', 'Đang khôi phục dữ liệu; chờ xong rồi thử lại.');
}

/** An audit row outside any command (scheduled and exit copies, a restore's record in the restored file). */
export function auditDirect(register: RegisterHandle, actor: Actor, method: string, entry: AuditEntry, at: Date): void {
  const { sqlite } = register.current;
  const full: AuditActor = { ...actor, method };
  sqlite.transaction(() => writeAudit(sqlite, full, entry, at.toISOString())).immediate();
}

export function configOf(register: RegisterHandle): BackupConfig {
  return readConfig(register.current.sqlite, register.current.file);
}

/** The folder, ready for a copy: the default one is created on first use; any other must already be usable. */
export function readyFolder(register: RegisterHandle): string {
  const { folder } = configOf(register);
  if (folder === defaultFolder(register.current.file)) mkdirSync(folder, { recursive: true });
  const problem = folderProblem(folder);
  if (problem) throw new AppError('rule_violation', problem, { field: 'folder' });
  return folder;
}

function freeName(folder: string, kind: BackupKind, at: Date): string {
  for (let n = 1; ; n++) {
    const name = backupName(kind, at, n);
    if (!existsSync(path.join(folder, name)) && !existsSync(path.join(folder, name + PARTIAL_SUFFIX))) return name;
  }
}

/** Leftovers of a copy cut off by a crash or a quit; with no job running, none of them is being written. */
function removeStalePartials(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name.startsWith('rehabdesk-') && name.endsWith(PARTIAL_SUFFIX)) rmSync(path.join(folder, name), { force: true });
  }
}

function rotate(register: RegisterHandle, folder: string): string[] {
  const { keepDaily, keepMonthly } = configOf(register);
  const names = toDelete(listBackups(folder), keepDaily, keepMonthly);
  for (const name of names) rmSync(path.join(folder, name), { force: true });
  return names;
}

/** Records a finished copy in the audit log: through the command's own audit when inside one, else directly. */
export type RecordAudit = (entry: AuditEntry) => void;

export const recordDirect = (register: RegisterHandle, actor: Actor, at: () => Date): RecordAudit => (entry) =>
  auditDirect(register, actor, 'backup.run', entry, at());

function finish(register: RegisterHandle, folder: string, name: string, kind: BackupKind, record: RecordAudit, at: Date): void {
  const file = path.join(folder, name);
  renameSync(file + PARTIAL_SUFFIX, file);
  const rotatedOut = rotate(register, folder);
  const bytes = statSync(file).size;
  record({ entity: 'backup', entityId: name, after: { kind, folder, bytes, rotatedOut } });
  stateOf(register).lastJob = { kind, finishedAt: at.toISOString(), ok: true, name, message: null };
}

function failed(register: RegisterHandle, partial: string, kind: BackupKind, record: RecordAudit, at: Date, err: unknown): void {
  rmSync(partial, { force: true });
  const message = `Sao lưu không thành công: ${err instanceof Error ? err.message : String(err)}`;
  stateOf(register).lastJob = { kind, finishedAt: at.toISOString(), ok: false, name: null, message };
  try {
    record({ entity: 'backup', after: { kind, ok: false }, reason: message });
  } catch {
    // The register itself may be what failed; the message is still shown by backup.status.
  }
}

/**
 * Starts a copy in a worker thread and returns at once. The copy is written under a `.partial` name and renamed
 * when complete, then rotation runs and an audit row records it. One job at a time.
 */
export function startBackup(register: RegisterHandle, kind: BackupKind, actor: Actor, now: () => Date): RunningJob {
  refuseIfBusy(register);
  const folder = readyFolder(register);
  removeStalePartials(folder);
  const name = freeName(folder, kind, now());
  const partial = path.join(folder, name + PARTIAL_SUFFIX);
  const { file, key, sqlite } = register.current;
  const record = recordDirect(register, actor, now);
  const copy = vacuumIntoInWorker({ file, key, nativeBinding: register.nativeBinding }, partial);
  const state = stateOf(register);
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    copy.cancel();
  };
  const job: RunningJob = { kind, startedAt: now(), partial, expected: expectedBytes(sqlite), cancel, done: Promise.resolve() };
  job.done = copy.done
    .then(() => finish(register, folder, name, kind, record, now()))
    // A copy cancelled for the exit copy is superseded by it, not a failure to report.
    .catch((err: unknown) => (cancelled ? rmSync(partial, { force: true }) : failed(register, partial, kind, record, now(), err)))
    .finally(() => {
      if (state.job === job) state.job = null;
    });
  state.job = job;
  return job;
}

/** How far the running copy is, from the size of the file being written against the size it will have. */
export function percentOf(job: RunningJob): number {
  let size = 0;
  try {
    size = statSync(job.partial).size;
  } catch {
    // Not created yet.
  }
  return job.expected > 0 ? Math.min(100, Math.floor((size / job.expected) * 100)) : 0;
}

/**
 * A copy on this thread, for moments that must wait for it: on exit and before a restore. It reads through a
 * connection of its own, so it also works inside a command's transaction (a snapshot of what is committed).
 * A running worker copy is cancelled first (at exit it would be cut off anyway). Returns the file's name.
 */
export function copySync(register: RegisterHandle, kind: BackupKind, record: RecordAudit, at: Date): string {
  const state = stateOf(register);
  if (state.job) {
    state.job.cancel();
    state.job = null;
  }
  const folder = readyFolder(register);
  try {
    removeStalePartials(folder);
  } catch {
    // Windows may still hold the cancelled copy open; the next job removes it.
  }
  const name = freeName(folder, kind, at);
  const partial = path.join(folder, name + PARTIAL_SUFFIX);
  try {
    const source = openReader(register);
    try {
      vacuumInto(source, partial);
    } finally {
      source.close();
    }
    finish(register, folder, name, kind, record, at);
    return name;
  } catch (err) {
    failed(register, partial, kind, record, at, err);
    throw new AppError('internal', `Không sao lưu được vào "${folder}": ${err instanceof Error ? err.message : String(err)}`);
  }
}
