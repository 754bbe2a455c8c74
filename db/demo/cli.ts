import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourceMigrationsFolder } from '../paths';
import { buildDemoDatabase, DEMO_ACCOUNTS, DEMO_DEFAULTS } from './build';

/**
 * `npm run demo -- [--data DIR] [--residents N] [--years Y] [--seed S]`: builds DIR/rehabdesk.sqlite (the
 * file `npm run serve -- --data DIR` opens) with a deterministic demo facility. DIR defaults to ./data.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DB_NAME = 'rehabdesk.sqlite';
const usage = 'Cách dùng / usage: npm run demo -- [--data DIR] [--residents N] [--years Y] [--seed S]';

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function fail(message: string): never {
  console.error(`Lỗi / error: ${message}`);
  console.error(usage);
  process.exit(1);
}

function wholeNumber(name: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) {
    fail(`--${name} phải là số nguyên (nhận được "${text}"). / --${name} must be a whole number (got "${text}").`);
  }
  return Number(text);
}

function main(): void {
  let values;
  try {
    values = parseArgs({
      options: {
        data: { type: 'string', default: path.join(root, 'data') },
        residents: { type: 'string', default: String(DEMO_DEFAULTS.residents) },
        years: { type: 'string', default: String(DEMO_DEFAULTS.years) },
        seed: { type: 'string', default: String(DEMO_DEFAULTS.seed) },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  const file = path.join(path.resolve(values.data), DB_NAME);
  const residents = wholeNumber('residents', values.residents);
  const years = wholeNumber('years', values.years);
  const seed = wholeNumber('seed', values.seed);

  console.log(`Đang tạo dữ liệu mẫu / building the demo: ${vi.format(residents)} học viên, ${years} năm, seed ${seed}`);
  let summary;
  try {
    summary = buildDemoDatabase({ file, migrationsFolder: sourceMigrationsFolder, residents, years, seed });
  } catch (err) {
    fail((err as Error).message);
  }
  console.log(`Tệp / file: ${file}`);
  console.log(`  Học viên đang ở cơ sở / residents present: ${vi.format(summary.present)}`);
  console.log(`  Lượt cai nghiện / stays:                  ${vi.format(summary.stays)}`);
  console.log(`  Người / persons:                          ${vi.format(summary.persons)}`);
  console.log(`  Giường / beds:                            ${vi.format(summary.beds)}`);
  console.log(`  Thời gian / time:                         ${vi.format(summary.seconds)} s`);
  console.log('Tài khoản mẫu / demo accounts:');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(8)} ${a.password.padEnd(20)} (${a.role})`);
  const relative = path.relative(process.cwd(), path.dirname(file));
  const shown = relative === '' ? '.' : relative.startsWith('..') ? path.dirname(file) : relative;
  console.log(`Mở bằng / open with: npm run serve -- --data ${shown}`);
}

main();
