import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName, vnStamp } from '../../../electron/services/backup/names';
import { toDelete, type RotationItem } from '../../../electron/services/backup/rotation';
import { backupKinds } from '../../../shared/contract/backup';

const regular = ['daily', 'manual', 'exit'];
const START = Date.parse('2024-01-01T00:00:00Z');

// Backups over about two years, at whole seconds (names have second precision), of every kind.
const itemsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 730 * 24 * 3600 }), { maxLength: 60 })
  .chain((offsets) => fc.tuple(fc.constant(offsets), fc.array(fc.constantFrom(...backupKinds), { minLength: offsets.length, maxLength: offsets.length })))
  .map(([offsets, kinds]) =>
    offsets.map((s, i): RotationItem => {
      const at = new Date(START + s * 1000);
      return { name: backupName(kinds[i]!, at), kind: kinds[i]!, takenAt: at.toISOString() };
    }),
  );

const month = (i: RotationItem) => vnStamp(new Date(i.takenAt)).slice(0, 7);
const newestFirst = (items: RotationItem[]) => [...items].sort((a, b) => b.takenAt.localeCompare(a.takenAt));

describe('rotation of backups', () => {
  it('keeps the newest N regular copies and the newest of each of the newest M months; deletes only regular ones', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 14 }), (items, n, m) => {
        const deleted = new Set(toDelete(items, n, m));
        const kept = items.filter((i) => !deleted.has(i.name));
        const regularItems = newestFirst(items.filter((i) => regular.includes(i.kind)));
        // Copies before a migration or a restore are never touched.
        for (const i of items) if (!regular.includes(i.kind)) expect(deleted.has(i.name)).toBe(false);
        for (const i of regularItems.slice(0, n)) expect(deleted.has(i.name)).toBe(false);
        const months = [...new Set(regularItems.map(month))].slice(0, m);
        for (const mo of months) expect(deleted.has(regularItems.find((i) => month(i) === mo)!.name)).toBe(false);
        // Nothing else is kept: each kept regular copy is among the newest N or a month's newest.
        const keptRegular = kept.filter((i) => regular.includes(i.kind));
        expect(keptRegular.length).toBeLessThanOrEqual(n + m);
        for (const i of keptRegular) {
          const inNewest = regularItems.slice(0, n).includes(i);
          const monthNewest = months.includes(month(i)) && regularItems.find((x) => month(x) === month(i)) === i;
          expect(inNewest || monthNewest).toBe(true);
        }
        // Rotating what is left deletes nothing more.
        expect(toDelete(kept, n, m)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the kind and instant from a name, in Vietnam time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...backupKinds), fc.integer({ min: 0, max: 3650 * 24 * 3600 }), (kind, s) => {
        const at = new Date(START + s * 1000);
        expect(parseBackupName(backupName(kind, at))).toEqual({ kind, takenAt: at });
      }),
    );
    expect(backupName('daily', new Date('2026-11-23T18:30:05Z'))).toBe('rehabdesk-daily-2026-11-24_013005.sqlite');
    expect(parseBackupName('rehabdesk-before-migration-2026-11-23T03-00-00-000Z.sqlite')).toEqual({
      kind: 'before-migration',
      takenAt: new Date('2026-11-23T03:00:00Z'),
    });
    expect(parseBackupName('rehabdesk-daily-2026-11-24_013005.sqlite.partial')).toBeNull();
    expect(parseBackupName('rehabdesk-replaced-2026-11-24_013005.sqlite')).toBeNull();
  });
});
