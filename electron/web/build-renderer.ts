import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Whether out/renderer is missing or older than the renderer or shared sources it is built from. */
export function rendererIsStale(root: string): boolean {
  const built = path.join(root, 'out/renderer/index.html');
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return true;
  }
  return ['renderer', 'shared'].some((d) => newestMtime(path.join(root, d)) > builtAt);
}

/** Runs the same electron-vite build the desktop app uses; it needs no Electron binary. */
export function buildRenderer(root: string): void {
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Build failed (npx electron-vite build).');
}
