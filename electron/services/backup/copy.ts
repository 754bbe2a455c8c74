import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { applyKey } from '../../../db/open';
import type { RegisterHandle } from '../../router/types';

/** What a copy of the register weighs: VACUUM INTO writes the used pages only, so this is the final file size. */
export function expectedBytes(sqlite: Database.Database): number {
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  const free = sqlite.pragma('freelist_count', { simple: true }) as number;
  const size = sqlite.pragma('page_size', { simple: true }) as number;
  return (pages - free) * size;
}

/** A full, consistent copy: from a keyed connection it is encrypted with the same key (the backup API refuses those). */
export function vacuumInto(sqlite: Database.Database, target: string): void {
  sqlite.prepare('VACUUM INTO ?').run(target);
}

/** A read-only connection of its own to the register, keyed like the main one. */
export function openReader(register: RegisterHandle): Database.Database {
  const { file, key } = register.current;
  const nativeBinding = register.nativeBinding;
  const sqlite = new Database(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (key) applyKey(sqlite, key);
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

// Plain JS run in a worker thread, so a long copy leaves the main process answering (and polling its progress).
// It cannot import db/open.ts, so it repeats applyKey's three pragmas; keep them in step.
const workerCode = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
try {
  db = new Database(workerData.file, workerData.nativeBinding ? { readonly: true, nativeBinding: workerData.nativeBinding } : { readonly: true });
  if (workerData.key) {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma("hexkey = '" + workerData.key + "'");
  }
  db.pragma('busy_timeout = 5000');
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ ok: true });
} catch (err) {
  parentPort.postMessage({ ok: false, message: String(err && err.message ? err.message : err) });
} finally {
  if (db) db.close();
}
`;

export interface CopySource {
  file: string;
  key: string | null;
  nativeBinding: string | undefined;
}

/** VACUUM INTO on a connection of its own in a worker thread; resolves when the copy is complete. */
export function vacuumIntoInWorker(source: CopySource, target: string): { done: Promise<void>; cancel(): void } {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerCode, {
    eval: true,
    workerData: { modulePath, file: source.file, key: source.key, nativeBinding: source.nativeBinding, target },
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { ok: boolean; message?: string }) => (m.ok ? resolve() : reject(new Error(m.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`backup worker exited (${code})`)));
  });
  return { done, cancel: () => void worker.terminate() };
}
