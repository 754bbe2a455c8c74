import { readFileSync } from 'node:fs';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend } from '../../../electron/backend';

/**
 * A second process writing to the register: signs in and records the discharges in a JSON file, one after the
 * other, as another workstation's back end would; prints each certificate number (or the refusal) as a JSON line.
 * Usage: tsx discharge-writer.ts <db file> <inputs.json> <now ISO> <username> <password>
 */
const [dbFile, inputsFile, now, username, password] = process.argv.slice(2) as [string, string, string, string, string];
const backend = createBackend({ dbFile, migrationsFolder: sourceMigrationsFolder, appVersion: 'writer', now: () => new Date(now) });
const login = backend.router.call('auth.login', { username, password }, null);
if (!login.ok) throw new Error(login.error.message);
const { token } = login.data as { token: string };
for (const input of JSON.parse(readFileSync(inputsFile, 'utf8')) as unknown[]) {
  const r = backend.router.call('discharge.record', input, token);
  process.stdout.write(`${JSON.stringify(r.ok ? { number: (r.data as { certificateNumber: string }).certificateNumber } : { error: r.error })}\n`);
}
backend.close();
