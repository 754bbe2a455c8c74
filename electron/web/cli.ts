import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourceMigrationsFolder } from '../../db/paths';
import { createBackend } from '../backend';
import { buildRenderer, rendererIsStale } from './build-renderer';
import { startWebHost } from './server';

/**
 * `npm run serve -- [--data DIR] [--port N] [--demo] [--no-build]`: the same app as the desktop, in a browser,
 * for machines where Electron cannot run. Listens on 127.0.0.1 only.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DB_NAME = 'rehabdesk.sqlite';

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
      },
      strict: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\nCách dùng: npm run serve -- [--data DIR] [--port N] [--demo]`);
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port phải là số cổng 0–65535 (nhận được "${args.port}").`);
  const dataDir = path.resolve(args.data);
  const dbFile = path.join(dataDir, DB_NAME);

  if (!args['no-build'] && rendererIsStale(root)) {
    console.log('Đang build giao diện (electron-vite build)…');
    buildRenderer(root);
  }
  if (args.demo && !existsSync(dbFile)) {
    const { buildDemoDatabase } = await import('../../db/demo/build');
    console.log('Đang tạo dữ liệu mẫu…');
    buildDemoDatabase({ file: dbFile, migrationsFolder: sourceMigrationsFolder, residents: 120, years: 3, seed: 1 });
  }

  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: version });
  if (backend.database.backupFile) console.log(`Đã sao lưu trước khi nâng cấp dữ liệu: ${backend.database.backupFile}`);
  let host;
  try {
    host = await startWebHost({ router: backend.router, staticDir: path.join(root, 'out/renderer'), port });
  } catch (err) {
    backend.close();
    const code = (err as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `cổng ${port} đang được dùng; chọn cổng khác bằng --port.` : String(err));
  }
  console.log(`Dữ liệu: ${dbFile}`);
  console.log(`API key (X-RehabDesk-Key): ${host.key}`);
  console.log(`RehabDesk: ${host.url}`);

  const stop = () => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
