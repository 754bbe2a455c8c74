import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing; this machine cannot download it) — smoke test skipped';

/**
 * The Electron executable, found the way the electron package finds it (path.txt + dist/) but without requiring
 * that package, which would try to download the binary.
 */
function electronExecutable(): string | null {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

// Chromium refuses to start as root with its sandbox on (containers, CI); the page's own sandbox stays on.
const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

test('the desktop app opens the setup screen of a fresh register, exposing only window.api', async () => {
  const executablePath = electronExecutable();
  if (!executablePath) console.log(SKIP_REASON);
  test.skip(!executablePath, SKIP_REASON);
  if (!executablePath) return;
  expect(existsSync(path.join(root, 'out/main/main.js')), 'run `npm run build` (or `npm start`) first').toBe(true);

  const userData = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-electron-'));
  const env = { ...process.env, REHABDESK_USER_DATA: userData };
  const app = await electron.launch({ executablePath, args: [...chromiumArgs, root], cwd: root, env });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toContain('RehabDesk');
    expect(page.url()).toMatch(/^app:\/\/rehabdesk\//);

    // The page has the bridge and nothing of Node.
    const globals = await page.evaluate(() => ({
      api: Object.keys(window.api ?? {}).sort(),
      require: 'require' in globalThis,
      process: 'process' in globalThis,
      module: 'module' in globalThis,
    }));
    expect(globals).toEqual({ api: ['invoke', 'on', 'savePdf'], require: false, process: false, module: false });

    // One round trip through IPC, the router and the register in the temporary userData folder.
    expect(await page.evaluate(() => window.api?.invoke('system.health', {}, null))).toEqual({
      ok: true,
      data: { version },
    });
    expect(existsSync(path.join(userData, 'rehabdesk.sqlite'))).toBe(true);

    // No new windows, no leaving the app.
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toMatch(/^app:\/\/rehabdesk\//);
    expect(app.windows()).toHaveLength(1);

    // A second start on the same register hands over to the first and quits instead of opening the database.
    const second = spawnSync(executablePath, [...chromiumArgs, root], { cwd: root, env, timeout: 30_000 });
    expect(second.status).toBe(0);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
