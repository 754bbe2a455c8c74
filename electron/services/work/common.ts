import type Database from 'better-sqlite3';
import { effectiveBirthDate } from '../../../shared/domain/admission-rules';
import { censusAt, vnInstantOf, type CensusFact } from '../../../shared/domain/census';
import type { StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { memberOnSql } from '../ratings/membership';
import { legal } from '../settings/legal';

/**
 * Who may work on a day is decided at 12:00 of that day in Vietnam by the census engine the roll uses: a resident
 * taken to hospital at 09:00 is away for the day, one back from court at 11:00 works that day.
 */
export const WORK_STATE_TIME = '12:00';

export interface MemberRow {
  stayId: number;
  fullName: string;
  fileNumber: string;
  birthDate: string;
}

const json = (ids: readonly number[]) => JSON.stringify(ids);

/** The team's members on a day (membership in force that day), in Vietnamese name order. */
export function teamMembersOn(sqlite: Database.Database, teamId: number, on: string): MemberRow[] {
  const rows = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, p.birth_date AS birthDate, p.birth_year AS birthYear
       FROM team_members m JOIN stays s ON s.id = m.stay_id JOIN persons p ON p.id = s.person_id
       WHERE m.team_id = @teamId AND ${memberOnSql}
       ORDER BY p.name_sort_key, s.id`,
    )
    .all({ teamId, on }) as (Omit<MemberRow, 'birthDate'> & { birthDate: string | null; birthYear: number })[];
  return rows.map((r) => ({ stayId: r.stayId, fullName: r.fullName, fileNumber: r.fileNumber, birthDate: effectiveBirthDate({ date: r.birthDate, year: r.birthYear }) }));
}

/** Where each stay is at noon of the day; a stay not on the books then (not yet admitted, discharged) is 'discharged'. */
export function statesOn(sqlite: Database.Database, stayIds: readonly number[], on: string): Map<number, StayState> {
  const facts = sqlite
    .prepare(
      `SELECT m.stay_id AS stayId, m.id, m.type, m.occurred_on AS occurredOn, m.occurred_at AS occurredAt,
              m.reverses_id AS reversesId, m.to_bed_id AS toBedId
       FROM movements m WHERE m.stay_id IN (SELECT value FROM json_each(?))`,
    )
    .all(json(stayIds)) as CensusFact[];
  const census = new Map<number, StayState>(censusAt(facts, vnInstantOf(on, WORK_STATE_TIME)).map((r) => [r.stayId, r.status]));
  return new Map(stayIds.map((id) => [id, census.get(id) ?? 'discharged']));
}

export interface ExemptionRow {
  stayId: number;
  fromOn: string;
  toOn: string;
  reason: string;
}

export function exemptionsOn(sqlite: Database.Database, stayIds: readonly number[], on: string): Map<number, ExemptionRow> {
  const rows = sqlite
    .prepare(
      `SELECT stay_id AS stayId, from_on AS fromOn, to_on AS toOn, reason FROM work_exemptions
       WHERE stay_id IN (SELECT value FROM json_each(?)) AND from_on <= ? AND to_on >= ? ORDER BY id`,
    )
    .all(json(stayIds), on, on) as ExemptionRow[];
  return new Map(rows.map((r) => [r.stayId, r]));
}

/** Effective hours per stay between two days (reversals are negated, so a plain sum cancels them). */
export function hoursBetween(sqlite: Database.Database, stayIds: readonly number[], from: string, to: string): Map<number, number> {
  const rows = sqlite
    .prepare(
      `SELECT stay_id AS stayId, coalesce(sum(hours), 0) AS h FROM work_lines
       WHERE stay_id IN (SELECT value FROM json_each(?)) AND work_on BETWEEN ? AND ? GROUP BY stay_id`,
    )
    .all(json(stayIds), from, to) as { stayId: number; h: number }[];
  return new Map(rows.map((r) => [r.stayId, r.h]));
}

export function capsOn(sqlite: Database.Database, on: string) {
  const caps = legal(sqlite, 'work.hour_caps', on);
  return { caps: caps.value, citation: caps.citation, adultAge: legal(sqlite, 'age.adult', on).value.years };
}

/** The rate in force on a day: the latest valid_from on or before it. */
export function rateOn(sqlite: Database.Database, productId: number, on: string): number | null {
  const row = sqlite
    .prepare('SELECT rate_dong AS r FROM product_rates WHERE product_id = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1')
    .get(productId, on) as { r: number } | undefined;
  return row?.r ?? null;
}

export function loadProduct(sqlite: Database.Database, productId: number, field = 'productId') {
  const p = sqlite.prepare('SELECT id, name, unit, active FROM products WHERE id = ?').get(productId) as { id: number; name: string; unit: string; active: number } | undefined;
  if (!p) throw new AppError('not_found', 'Không tìm thấy sản phẩm / công việc này.', { field });
  return { ...p, active: p.active === 1 };
}
