import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { ADMIN, FIXED_NOW, openTestBackend } from './test-backend';

let w: DischargeWorld;
afterAll(() => w.t.close());

const root = path.resolve(__dirname, '../../..');

/** Runs the writer script in its own process; resolves with one parsed line per discharge. */
function writer(inputsFile: string): Promise<{ number?: string; error?: { message: string } }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(__dirname, 'discharge-writer.ts'), path.join(w.t.dir, 'rehabdesk.sqlite'), inputsFile, FIXED_NOW.toISOString(), ADMIN.username, ADMIN.password],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').map((l) => JSON.parse(l))) : reject(new Error(err))));
  });
}

describe('certificate numbers under concurrent discharges', () => {
  it('two processes discharging at once get every number once, consecutively, with none skipped', async () => {
    w = openDischargeWorld(openTestBackend());
    const stays = Array.from({ length: 30 }, () => w.admit().stayId);
    const files = [0, 1].map((half) => {
      const file = path.join(w.t.dir, `inputs-${half}.json`);
      writeFileSync(file, JSON.stringify(stays.filter((_, i) => i % 2 === half).map((s) => w.input(s, 'completed'))));
      return file;
    });

    const results = (await Promise.all(files.map(writer))).flat();

    expect(results.filter((r) => r.error)).toEqual([]);
    const numbers = results.map((r) => r.number ?? '');
    expect(new Set(numbers).size).toBe(30);
    const seqs = w.rows<{ seq: number; stayId: number }>("SELECT seq, stay_id AS stayId FROM certificates WHERE kind = 'mau46' ORDER BY seq");
    expect(seqs.map((c) => c.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(seqs.map((c) => c.stayId))).toEqual(new Set(stays));
    expect(w.row('SELECT last FROM certificate_counters WHERE kind = ?', 'mau46')).toEqual({ last: 30 });
  }, 120_000);
});
