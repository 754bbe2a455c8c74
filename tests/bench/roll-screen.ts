import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../../db/demo/build';
import { formatDateVN } from '../../shared/domain/dates';

/**
 * `tsx tests/bench/roll-screen.ts DB AREA OTHER DATE`: the web host on the bench database and Chromium on the
 * roll screen, timing (1) from navigating to /diem-danh until the first area's rows show, (2) on DATE, from
 * picking the area coded AREA (coming from OTHER) until its rows and counts show, and (3) the same for the whole
 * facility; prints `ROLL_SCREEN open select rows all allRows` for tests/bench/roll.ts.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [dbFile = '', areaCode = '', otherCode = '', date = ''] = process.argv.slice(2);

async function startHost(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['electron/web/cli.ts', '--data', path.dirname(dbFile), '--port', '0', '--no-build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /RehabDesk: (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const host = await startHost();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin');
    await page.goto(host.url);
    await page.getByLabel('Tên đăng nhập').fill(admin?.username ?? '');
    await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(admin?.password ?? '');
    await page.keyboard.press('Enter');
    await page.getByTestId('current-user').waitFor();

    const list = page.getByTestId('roll-list');
    const t0 = performance.now();
    await page.getByRole('navigation').getByRole('link', { name: 'Điểm danh', exact: true }).click();
    await list.getByRole('option').first().waitFor();
    const open = performance.now() - t0;

    // Pick the day first, then time only the change of area: from the click on the option to its rows.
    const dateField = page.getByRole('textbox', { name: 'Ngày', exact: true });
    await dateField.fill(formatDateVN(date));
    await dateField.press('Tab');
    await list.getByRole('option').first().waitFor();
    const area = page.getByRole('combobox', { name: 'Khu', exact: true });
    const counts = page.getByTestId('roll-counts');
    const pick = async (code: string) => {
      await area.click();
      await page.getByRole('option', { name: new RegExp(`^${code} · `) }).click();
    };
    await pick(otherCode);
    await list.getByRole('option').first().waitFor();
    const before = await counts.textContent();
    const t1 = performance.now();
    await pick(areaCode);
    await page.waitForFunction(
      (prev) => document.querySelector('[data-testid="roll-counts"]')?.textContent !== prev && document.querySelector('[data-testid="roll-list"] [role="option"]'),
      before,
    );
    const select = performance.now() - t1;
    const expected = /\d[\d.]*/.exec((await counts.textContent()) ?? '')?.[0]?.replace(/\./g, '') ?? '0';

    // The whole facility (every resident expected, ~1.500 rows in the virtualised list): from the click on the
    // option until its counts and rows show.
    const beforeAll = await counts.textContent();
    const t2 = performance.now();
    await area.click();
    await page.getByRole('option', { name: /^Toàn cơ sở/ }).click();
    await page.waitForFunction(
      (prev) => document.querySelector('[data-testid="roll-counts"]')?.textContent !== prev && document.querySelector('[data-testid="roll-list"] [role="option"]'),
      beforeAll,
    );
    const all = performance.now() - t2;
    const allRows = /\d[\d.]*/.exec((await counts.textContent()) ?? '')?.[0]?.replace(/\./g, '') ?? '0';
    console.log(`ROLL_SCREEN ${open.toFixed(2)} ${select.toFixed(2)} ${expected} ${all.toFixed(2)} ${allRows}`);
  } finally {
    await browser.close();
    host.stop();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
