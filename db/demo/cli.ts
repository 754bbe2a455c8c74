import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addDays, formatDateVN } from '../../shared/domain/dates';
import { sourceMigrationsFolder } from '../paths';
import { buildDemoDatabase, DEMO_ACCOUNTS, DEMO_DEFAULTS } from './build';

/**
 * `npm run demo -- [--data DIR] [--residents N] [--years Y] [--seed S] [--rolls [--roll-years R]]`: builds
 * DIR/rehabdesk.sqlite (the file `npm run serve -- --data DIR` opens) with a deterministic demo facility, and with
 * --rolls its saved morning and evening rolls (the whole history, or the last R years). DIR defaults to ./data.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DB_NAME = 'rehabdesk.sqlite';
const usage =
  'Cách dùng / usage: npm run demo -- [--data DIR] [--residents N] [--years Y] [--seed S] [--rolls [--roll-years R]]';

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
        rolls: { type: 'boolean', default: false },
        'roll-years': { type: 'string' },
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
  const rollYearsText = values['roll-years'];
  const rollYears = rollYearsText === undefined ? undefined : wholeNumber('roll-years', rollYearsText);
  if (rollYears !== undefined && !values.rolls) fail('--roll-years chỉ dùng cùng --rolls. / --roll-years needs --rolls.');

  console.log(`Đang tạo dữ liệu mẫu / building the demo: ${vi.format(residents)} học viên, ${years} năm, seed ${seed}`);
  let summary;
  try {
    summary = buildDemoDatabase({ file, migrationsFolder: sourceMigrationsFolder, residents, years, seed, rolls: values.rolls, rollYears });
  } catch (err) {
    fail((err as Error).message);
  }
  console.log(`Tệp / file: ${file}`);
  console.log(`  Học viên đang ở cơ sở / residents present: ${vi.format(summary.present)}`);
  console.log(`  Lượt cai nghiện / stays:                  ${vi.format(summary.stays)}`);
  console.log(`  Người / persons:                          ${vi.format(summary.persons)}`);
  console.log(`  Giường / beds:                            ${vi.format(summary.beds)}`);
  if (summary.rolls) {
    const r = summary.rolls;
    const range = `${formatDateVN(r.from)} – ${formatDateVN(addDays(r.until, -1))}`;
    console.log(`  Buổi điểm danh / rolls:                   ${vi.format(r.rolls)} (${range}, sáng và tối / morning and evening)`);
    console.log(`  Lượt điểm danh / roll entries:            ${vi.format(r.entries)} (${vi.format(r.seconds)} s)`);
  }
  console.log(`  Thời gian / time:                         ${vi.format(summary.seconds)} s`);
  console.log('Tài khoản mẫu / demo accounts:');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(8)} ${a.password.padEnd(20)} (${a.role})`);
  const relative = path.relative(process.cwd(), path.dirname(file));
  const shown = relative === '' ? '.' : relative.startsWith('..') ? path.dirname(file) : relative;
  console.log(`Mở bằng / open with: npm run serve -- --data ${shown}`);
}

main();
