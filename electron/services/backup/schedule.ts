import type { Backend } from '../../backend';
import { configOf, copySync, recordDirect, startBackup, stateOf, SYSTEM } from './jobs';
import { listBackups } from './names';

const DAY_MS = 24 * 3600_000;

export interface ScheduleOptions {
  /** How often to look; an hour by default. */
  intervalMs?: number;
  now?: () => Date;
  onError?: (err: unknown) => void;
}

/** Whether a daily copy is due: none of the daily, manual or exit copies in the folder is younger than a day. */
export function dailyDue(backend: Backend, at: Date): boolean {
  const newest = listBackups(configOf(backend.register).folder).find((b) => b.kind === 'daily' || b.kind === 'manual' || b.kind === 'exit');
  return !newest || at.getTime() - Date.parse(newest.takenAt) >= DAY_MS;
}

/**
 * The daily copy: checked now and then every hour, a copy (in a worker) when the newest one is a day old.
 * A folder that cannot take it (USB drive unplugged) shows in `backup.status`; the next check tries again.
 * Returns stop().
 */
export function startBackupSchedule(backend: Backend, options: ScheduleOptions = {}): { stop(): void } {
  const now = options.now ?? (() => new Date());
  const check = () => {
    try {
      if (stateOf(backend.register).job || stateOf(backend.register).restoring || !dailyDue(backend, now())) return;
      startBackup(backend.register, 'daily', SYSTEM, now);
    } catch (err) {
      options.onError?.(err);
    }
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? 3600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** The copy on exit, on this thread (the process is ending; a running daily copy is superseded). Call before close(). */
export function backupOnExit(backend: Backend, options: Omit<ScheduleOptions, 'intervalMs'> = {}): string | null {
  const now = options.now ?? (() => new Date());
  try {
    return copySync(backend.register, 'exit', recordDirect(backend.register, SYSTEM, now), now());
  } catch (err) {
    // Quitting must not be blocked by it; the failure is in the audit log and the list lacks the exit copy.
    options.onError?.(err);
    return null;
  }
}
