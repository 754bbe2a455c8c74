import { existsSync, rmSync, statSync } from 'node:fs';
import { hashPassword } from '../../electron/services/auth/password';
import { writeAudit } from '../../electron/router/audit';
import { addMonths, maxDate, vnDate } from '../../shared/domain/dates';
import { legalInForce, type LegalRow } from '../../shared/domain/legal';
import { openDatabase } from '../open';
import { DEMO_ACCOUNTS, DEMO_FACILITY } from './accounts';
import { dayOf, isoOf } from './days';
import { MIN_RESIDENTS } from './layout';
import { planFacility } from './plan';
import { seededRandom } from './random';
import { writeReleaseRecords } from './release';
import { writeTraining } from './training';
import { writeDemoRolls, type DemoRollsSummary } from './rolls';
import type { StayContext } from './stays';
import { bedCount, writeFacility } from './write';

export { DEMO_ACCOUNTS } from './accounts';

export interface DemoOptions {
  /** A database file that does not exist yet (or is empty). */
  file: string;
  migrationsFolder: string;
  /** Residents present today. */
  residents?: number;
  /** Years of history before today. */
  years?: number;
  seed?: number;
  /** The moment the facility is built "as of"; fix it to get the same dates on every run. */
  now?: Date;
  /** Also write the saved morning and evening rolls of every area (about 10 million entries for ten years). */
  rolls?: boolean;
  /** With `rolls`: only the last this many years of rolls (the whole history if absent). */
  rollYears?: number;
}

export interface DemoSummary {
  present: number;
  stays: number;
  persons: number;
  beds: number;
  seconds: number;
  /** Written only with the `rolls` option. */
  rolls?: DemoRollsSummary;
}

export const DEMO_DEFAULTS = { residents: 1500, years: 10, seed: 1 } as const;
const DEMO_LIMITS = {
  residents: [MIN_RESIDENTS, 20_000],
  years: [1, 30],
  seed: [0, 4_294_967_295],
  'roll-years': [1, 30],
} as const;

function checkRange(name: keyof typeof DEMO_LIMITS, value: number): void {
  const [min, max] = DEMO_LIMITS[name];
  if (!Number.isInteger(value) || value < min || value > max) {
    const vi = new Intl.NumberFormat('vi-VN');
    const en = new Intl.NumberFormat('en-GB');
    throw new Error(
      `--${name} phải là số nguyên từ ${vi.format(min)} đến ${vi.format(max)} (nhận được ${value}). / ` +
        `--${name} must be a whole number from ${en.format(min)} to ${en.format(max)} (got ${value}).`,
    );
  }
}

function legalRows(sqlite: ReturnType<typeof openDatabase>['sqlite']): LegalRow[] {
  const rows = sqlite
    .prepare('SELECT key, value_json AS value, citation, effective_from AS effectiveFrom FROM legal_parameters')
    .all() as { key: string; value: string; citation: string; effectiveFrom: string }[];
  return rows.map((r) => ({ ...r, value: JSON.parse(r.value) as unknown }));
}

/**
 * Builds a deterministic, realistic demo facility in a new database file: the same seed and `now` give the
 * same names, beds, stays and file numbers. Refuses a file that already holds data, so it never overwrites a
 * facility's register.
 */
export function buildDemoDatabase(options: DemoOptions): DemoSummary {
  const started = performance.now();
  const residents = options.residents ?? DEMO_DEFAULTS.residents;
  const years = options.years ?? DEMO_DEFAULTS.years;
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  checkRange('residents', residents);
  checkRange('years', years);
  checkRange('seed', seed);
  if (options.rollYears !== undefined) checkRange('roll-years', options.rollYears);
  if (existsSync(options.file) && statSync(options.file).size > 0) {
    throw new Error(
      `Đã có cơ sở dữ liệu tại ${options.file}; dữ liệu mẫu chỉ được tạo vào tệp mới. / ` +
        `A database already exists at ${options.file}; the demo is only built into a new file.`,
    );
  }

  const now = options.now ?? new Date();
  const todayIso = vnDate(now);
  const database = openDatabase(options.file, { migrationsFolder: options.migrationsFolder });
  let ok = false;
  try {
    const { sqlite } = database;
    const rows = legalRows(sqlite);
    const range = (key: 'term.compulsory_adult' | 'term.compulsory_minor' | 'term.voluntary') =>
      legalInForce(rows, key, todayIso).value;
    const noticeDays = legalInForce(rows, 'release.notice_days', todayIso).value.days;
    const patternRow = sqlite.prepare("SELECT value_json AS v FROM settings WHERE key = 'file_number.pattern'").get();
    const pattern = JSON.parse((patternRow as { v: string }).v) as string;

    const rng = seededRandom(seed);
    let seq = 0;
    const context: StayContext = {
      rng,
      start: dayOf(addMonths(todayIso, -12 * years)),
      today: dayOf(todayIso),
      terms: {
        compulsory_adult: range('term.compulsory_adult'),
        compulsory_minor: range('term.compulsory_minor'),
        voluntary: range('term.voluntary'),
      },
      noticeDays,
      nextSeq: () => ++seq,
    };
    const plan = planFacility({ residents, years, context });
    // Hashing is deliberately slow (scrypt); done before the write transaction so it holds no lock meanwhile.
    const hashes = DEMO_ACCOUNTS.map((a) => hashPassword(a.password));
    const present = plan.stays.filter((s) => s.end === null).length;
    const summary = { present, stays: plan.stays.length, persons: plan.persons.length, beds: bedCount(plan) };

    let rolls: DemoRollsSummary | undefined;
    sqlite.transaction(() => {
      const designCapacity = plan.areas.flatMap((a) => a.rooms).reduce((n, r) => n + r.designCapacity, 0);
      sqlite
        .prepare('INSERT INTO facility (id, name, governing_unit, address, design_capacity) VALUES (1, ?, ?, ?, ?)')
        .run(DEMO_FACILITY.name, DEMO_FACILITY.governingUnit, DEMO_FACILITY.address, designCapacity);
      const insertUser = sqlite.prepare(
        'INSERT INTO users (id, username, full_name, role, password_hash) VALUES (?, ?, ?, ?, ?)',
      );
      DEMO_ACCOUNTS.forEach((a, i) => insertUser.run(i + 1, a.username, a.fullName, a.role, hashes[i]));
      const idOf = (role: string) => DEMO_ACCOUNTS.findIndex((a) => a.role === role) + 1;
      writeFacility(sqlite, plan, rng, {
        today: context.today,
        fileNumberPattern: pattern,
        noticeDays,
        staff: { officer: idOf('officer'), head: idOf('head'), medical: idOf('medical') },
      });
      writeReleaseRecords(sqlite, rng, context.today, { officer: idOf('officer'), head: idOf('head') });
      writeTraining(sqlite, rng, context.today, { trainer: idOf('trainer'), admin: idOf('admin') });
      if (options.rolls) {
        const historyFrom = isoOf(context.start);
        const from = options.rollYears === undefined ? historyFrom : maxDate(historyFrom, addMonths(todayIso, -12 * options.rollYears));
        rolls = writeDemoRolls(sqlite, { from, until: todayIso, officerId: idOf('officer') });
      }
      writeAudit(
        sqlite,
        { userId: null, username: null, method: 'demo.generate' },
        {
          entity: 'facility',
          entityId: 1,
          after: {
            seed,
            residents,
            years,
            asOf: todayIso,
            historyFrom: isoOf(context.start),
            ...summary,
            ...(rolls ? { rolls: rolls.rolls, rollEntries: rolls.entries, rollsFrom: rolls.from } : {}),
          },
          reason: 'Dữ liệu mẫu (npm run demo): không phải hồ sơ thật.',
        },
        now.toISOString(),
      );
    })();
    ok = true;
    return { ...summary, seconds: (performance.now() - started) / 1000, ...(rolls ? { rolls } : {}) };
  } finally {
    database.close();
    // A half-built demo would block the next attempt ("already exists"); it holds nothing worth keeping.
    if (!ok) for (const f of [options.file, `${options.file}-wal`, `${options.file}-shm`]) rmSync(f, { force: true });
  }
}
