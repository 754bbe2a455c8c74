import type Database from 'better-sqlite3';
import type { DischargeFacts } from '../../../shared/domain/discharge-rules';
import { stayClock } from '../residents/clock';
import { legal } from '../settings/legal';
import { isMinorOn, type StayRow } from './stay';

/** What the discharge rules read about a stay, as of the day it ends. */
export function dischargeFacts(sqlite: Database.Database, stay: StayRow, on: string): DischargeFacts {
  const clock = stayClock(sqlite, { ...stay, dischargedOn: null }, on);
  const adjustments = (sqlite.prepare('SELECT DISTINCT kind FROM term_adjustments WHERE stay_id = ?').all(stay.id) as { kind: string }[]).map(
    (a) => a.kind,
  );
  const contract = sqlite
    .prepare('SELECT ends_on AS endsOn FROM voluntary_contracts WHERE stay_id = ? ORDER BY id DESC LIMIT 1')
    .get(stay.id) as { endsOn: string } | undefined;
  return {
    kind: stay.kind,
    state: stay.state,
    admittedOn: stay.admittedOn,
    dischargedOn: stay.dischargedOn,
    releaseDate: clock?.releaseDate ?? null,
    releaseProvisional: clock?.provisional ?? false,
    contractEndsOn: contract?.endsOn ?? null,
    hasReduction: adjustments.includes('reduction'),
    hasExemption: adjustments.includes('exemption'),
    isMinor: isMinorOn(stay, on, legal(sqlite, 'age.adult', on).value.years),
  };
}
