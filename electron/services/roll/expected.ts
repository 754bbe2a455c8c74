import type Database from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { RollEntryView } from '../../../shared/contract/roll';
import { expectedFromCensus } from '../../../shared/domain/roll-rules';
import { censusRows, type CensusSqlRow } from '../census/census';
import { frozenEntries, savedRoll } from './frozen';
import { rollMoment } from './times';

/** The census rows of an area at a roll and what the roll expects of each, from the same engine. */
export function expectedRows(sqlite: Database.Database, areaId: number, instant: string) {
  const rows = censusRows(sqlite, instant, areaId);
  const expected = expectedFromCensus(rows.map((r) => ({ stayId: r.stayId, status: r.status, bedId: r.bedId, movementId: r.movement.id, since: r.movement.occurredAt })));
  return { rows, expected };
}

function entryView(r: CensusSqlRow): RollEntryView {
  const away = r.status !== 'present';
  return {
    stayId: r.stayId,
    fullName: r.fullName,
    fileNumber: r.fileNumber,
    bedLabel: r.bedLabel,
    expected: away ? 'away' : 'present',
    awayStatus: away ? r.status : null,
    movement: away ? r.movement : null,
    status: away ? 'away' : 'present',
    reason: null,
    amendments: [],
  };
}

/** A roll as the officer opens it: frozen if saved, otherwise everyone expected, present by default. */
export function rollExpected(sqlite: Database.Database, input: MethodInput<'roll.expected'>): MethodOutput<'roll.expected'> {
  const { time, instant } = rollMoment(sqlite, input.date, input.slot);
  if (input.areaId === null) return { instant, time, roll: null, entries: censusRows(sqlite, instant, null).map(entryView) };
  const roll = savedRoll(sqlite, input.areaId, input.date, input.slot);
  if (roll) return { instant, time, roll, entries: frozenEntries(sqlite, roll.id, instant) };
  return { instant, time, roll: null, entries: censusRows(sqlite, instant, input.areaId).map(entryView) };
}
