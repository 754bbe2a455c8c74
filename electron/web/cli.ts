import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/open-errors';
import { sourceMigrationsFolder } from '../../db/paths';
import { createBackend } from '../backend';
import { buildRenderer, rendererIsStale } from './build-renderer';
import { chooseWebKey, KeySourceError, PASSPHRASE_ENV } from './key-source';
import { unlockAdministrator } from '../services/auth/host-unlock';
import { backupOnExit, startBackupSchedule } from '../services/backup/schedule';
import { startWebHost } from './server';

/**
 * `npm run serve -- [--data DIR] [--port N] [--demo] [--no-build] [--key-file PATH | --new-key-file PATH]`: the same
 * app as the desktop, in a browser, for machines where Electron cannot run. Listens on 127.0.0.1 only. The
 * register's key comes from the key file or from a passphrase in REHABDESK_PASSPHRASE (electron/web/key-source.ts).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DB_NAME = 'rehabdesk.sqlite';
const USAGE =
  'Cách dùng: npm run serve -- [--data DIR] [--port N] [--demo] [--no-build] [--key-file PATH | --new-key-file PATH]\n' +
  '       npm run serve -- [--data DIR] [--key-file PATH] --unlock-admin TÊN  (mở khóa quản trị viên rồi thoát)\n' +
  `  (hoặc đặt mật khẩu trong biến môi trường ${PASSPHRASE_ENV})`;

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: path.join(root, 'data') },
        port: { type: 'string', default: '5180' },
        demo: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        'key-file': { type: 'string' },
        'new-key-file': { type: 'string' },
        'unlock-admin': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port phải là số cổng 0–65535 (nhận được "${args.port}").`);
  const dataDir = path.resolve(args.data);
  const dbFile = path.join(dataDir, DB_NAME);

  let keyChoice;
  try {
    keyChoice = chooseWebKey({
      keyFile: args['key-file'],
      newKeyFile: args['new-key-file'],
      passphrase: process.env[PASSPHRASE_ENV],
      dbFile,
    });
  } catch (err) {
    fail(err instanceof KeySourceError ? err.message : String(err));
  }
  const { key } = keyChoice;

  if (!args['no-build'] && rendererIsStale(root)) {
    console.log('Đang build giao diện (electron-vite build)…');
    buildRenderer(root);
  }
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let backend;
  try {
    if (args.demo && !existsSync(dbFile)) {
      const { buildDemoDatabase } = await import('../../db/demo/build');
      console.log('Đang tạo dữ liệu mẫu…');
      buildDemoDatabase({ file: dbFile, migrationsFolder: sourceMigrationsFolder, residents: 120, years: 3, seed: 1 });
    }
    backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: version, ...(key ? { key } : {}) });
  } catch (err) {
    // Start-time failures a user can fix get their message alone; anything else keeps its stack.
    if (!(err instanceof DatabaseOpenError)) throw err;
    const hint = err.reason === 'missing-key' ? ` Hãy chạy với --key-file PATH hoặc đặt ${PASSPHRASE_ENV}.` : '';
    fail(err.message + hint);
  }
  const unlock = args['unlock-admin'];
  if (unlock !== undefined) {
    // A one-off from the machine's console: unlock, say so, and stop without serving.
    const refusal = unlockAdministrator(backend.database.sqlite, unlock, new Date());
    backend.close();
    if (refusal) fail(refusal);
    console.log(`Đã mở khóa tài khoản quản trị "${unlock}".`);
    process.exit(0);
  }
  if (key) console.log(keyChoice.notice);
  else console.warn(keyChoice.notice);
  const encryption = backend.database.encryption;
  if (encryption) {
    console.log(`Đã mã hóa dữ liệu (lần đầu); bản sao lưu đã mã hóa: ${encryption.backupFile}`);
    for (const file of encryption.encryptedBackups) console.log(`Đã mã hóa bản sao lưu cũ: ${file}`);
    for (const left of encryption.plainBackupsLeft) console.warn(`CẢNH BÁO: bản sao lưu vẫn chưa mã hóa: ${left}`);
  }
  if (backend.database.backupFile) console.log(`Đã sao lưu trước khi nâng cấp dữ liệu: ${backend.database.backupFile}`);
  const backupSchedule = startBackupSchedule(backend, { onError: (err) => console.error('Sao lưu không thành công:', err) });
  let host;
  try {
    host = await startWebHost({ router: backend.router, staticDir: path.join(root, 'out/renderer'), port });
  } catch (err) {
    backupSchedule.stop();
    backend.close();
    const code = (err as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `cổng ${port} đang được dùng; chọn cổng khác bằng --port.` : String(err));
  }
  console.log(`Dữ liệu: ${dbFile}`);
  console.log(`API key (X-RehabDesk-Key): ${host.key}`);
  console.log(`RehabDesk: ${host.url}`);

  const stop = () => {
    void host.close().then(() => {
      backupSchedule.stop();
      backupOnExit(backend, { onError: (err) => console.error('Sao lưu khi thoát không thành công:', err) });
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
