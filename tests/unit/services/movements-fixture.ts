import { admission, openTestBackend, setupFacility, type TestBackend } from './test-backend';

export interface MovementsWorld {
  t: TestBackend;
  token: string;
  bedIds: number[];
  stayId: number;
  /** Records a movement through the API; the raw envelope, so refusals can be read. */
  record(input: Record<string, unknown>): ReturnType<TestBackend['call']>;
  stay(): { state: string; expectedRelease: string; currentBedId: number | null };
  movementCount(): number;
}

/** Today is 23/11/2026 10:00 in Vietnam; one compulsory adult (18 months) brought in on 10/11/2026 in bed 1. */
export function openMovementsWorld(): MovementsWorld {
  const t = openTestBackend();
  const { token, bedIds } = setupFacility(t);
  const stayId = t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token).stayId;
  const sqlite = t.backend.database.sqlite;
  return {
    t,
    token,
    bedIds,
    stayId,
    record: (input) => t.call('movements.record', { stayId, ...input }, token),
    stay: () =>
      sqlite
        .prepare('SELECT state, expected_release AS expectedRelease, current_bed_id AS currentBedId FROM stays WHERE id = ?')
        .get(stayId) as { state: string; expectedRelease: string; currentBedId: number | null },
    movementCount: () => (sqlite.prepare('SELECT count(*) AS n FROM movements WHERE stay_id = ?').get(stayId) as { n: number }).n,
  };
}

/** A Vietnamese wall-clock moment as an ISO instant with its offset, as the screen sends it. */
export const vn = (date: string, time = '08:00') => `${date}T${time}:00+07:00`;
