import type Database from 'better-sqlite3';
import { monthEnd, monthStart } from '../../../shared/domain/ratings';
import { AppError } from '../../../shared/errors';

/** A membership in force on day @on: joined by then and not yet left (left_on is the first day out). */
export const memberOnSql = 'm.joined_on <= @on AND (m.left_on IS NULL OR m.left_on > @on)';

export function teamName(sqlite: Database.Database, teamId: number): string {
  const team = sqlite.prepare('SELECT name FROM teams WHERE id = ?').get(teamId) as { name: string } | undefined;
  if (!team) throw new AppError('not_found', 'Không tìm thấy tổ/đội này.', { field: 'teamId' });
  return team.name;
}

/**
 * The stays rated on a team's sheet for a month: members of the team at some time in the month who were in the
 * facility during it, in Vietnamese name order.
 */
export function teamStaysInMonth(sqlite: Database.Database, teamId: number, month: string) {
  return sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.id IN (SELECT m.stay_id FROM team_members m
                      WHERE m.team_id = @teamId AND m.joined_on <= @end AND (m.left_on IS NULL OR m.left_on > @start))
         AND s.admitted_on <= @end AND (s.discharged_on IS NULL OR s.discharged_on >= @start)
       ORDER BY p.name_sort_key, s.id`,
    )
    .all({ teamId, start: monthStart(month), end: monthEnd(month) }) as { stayId: number; fullName: string; fileNumber: string }[];
}

export function wasMemberInMonth(sqlite: Database.Database, teamId: number, stayId: number, month: string): boolean {
  return (
    sqlite
      .prepare(
        `SELECT 1 FROM team_members m
         WHERE m.team_id = ? AND m.stay_id = ? AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)`,
      )
      .get(teamId, stayId, monthEnd(month), monthStart(month)) !== undefined
  );
}

/** In the facility on at least one day of the month. */
export function inFacilityDuring(stay: { admittedOn: string; dischargedOn: string | null }, month: string): boolean {
  return stay.admittedOn <= monthEnd(month) && (stay.dischargedOn === null || stay.dischargedOn >= monthStart(month));
}
