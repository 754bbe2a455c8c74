import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordableTypes } from '../../../shared/contract/movements';
import { vnDate } from '../../../shared/domain/dates';
import { allowedFrom, replay } from '../../../shared/domain/movement-rules';
import { effectiveMovements } from '../../../shared/domain/movements';
import { stayMovementFacts } from '../../../electron/services/movements/sequence';
import type { StayState } from '../../../shared/domain/vocabulary';
import { openMovementsWorld } from './movements-fixture';

/** Fields enough for any type, so only the state machine decides. */
const papers = { destination: 'Bệnh viện Đa khoa Đồng Nai', documentNumber: '01/QĐ', documentDate: '2026-11-10', reason: 'Theo quyết định', expectedReturnOn: '2026-11-23' };

describe('movements through the service, property', () => {
  it('for any accepted sequence, all entered late and some reversed, the cached state equals the replay of the movements', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }), (steps) => {
        const w = openMovementsWorld();
        try {
          const recordable: readonly string[] = recordableTypes;
          let state: StayState = 'present';
          // One step every 20 hours from 11/11 08:00, so every step lies between the admission and now.
          steps.forEach(([pick, reverseIt], i) => {
            const allowed = allowedFrom(state).filter((t) => recordable.includes(t));
            if (allowed.length === 0) return;
            const type = allowed[pick % allowed.length];
            const at = new Date(Date.parse('2026-11-11T01:00:00Z') + i * 20 * 3_600_000).toISOString();
            const { movementId } = w.t.ok('movements.record', { stayId: w.stayId, type, occurredAt: at, ...papers, expectedReturnOn: vnDate(new Date(at)) }, w.token);
            if (reverseIt) w.t.ok('movements.reverse', { movementId, reason: 'Ghi nhầm' }, w.token);
            state = w.stay().state as StayState;
          });
          const replayed = replay(effectiveMovements(stayMovementFacts(w.t.backend.database.sqlite, w.stayId)));
          expect(replayed).toEqual({ ok: true, state: w.stay().state });
        } finally {
          w.t.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
