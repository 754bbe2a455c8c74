import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotDir = path.join(root, 'artifacts/screenshots');

export interface AppUnderTest {
  url: string;
  dataDir: string;
}

/** Starts `npm run serve` as a user would, on a fresh data folder and a free port, and waits for its URL. */
async function startServe(dataDir: string, extraArgs: string[]): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(path.join(root, 'out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
  }
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    ['electron/web/cli.ts', '--data', dataDir, '--port', '0', '--no-build', ...extraArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

export const test = base.extend<{ app: AppUnderTest; demoApp: AppUnderTest }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-e2e-'));
    const { child, url } = await startServe(dataDir, []);
    await use({ url, dataDir });
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
  demoApp: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-e2e-demo-'));
    const { child, url } = await startServe(dataDir, ['--demo']);
    await use({ url, dataDir });
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Saves a full-page screenshot under artifacts/screenshots (kept apart from test-results/, which is wiped). */
export async function shot(page: Page, name: string, info: TestInfo = test.info()): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const slug = info.titlePath.slice(1).join('-').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
  const file = path.join(screenshotDir, `${slug}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export { expect };
