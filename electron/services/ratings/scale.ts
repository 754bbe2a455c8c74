import type Database from 'better-sqlite3';
import type { RatingGrade } from '../../../shared/domain/ratings';
import { settingValue } from '../settings/legal';

/** The rating scale in settings, best grade first. */
export const ratingScale = (sqlite: Database.Database): RatingGrade[] => settingValue<RatingGrade[]>(sqlite, 'rating.scale');

/** Who confirmed a month and when; null while it is open. */
export function monthConfirmation(sqlite: Database.Database, month: string): { by: string | null; at: string } | null {
  const row = sqlite
    .prepare('SELECT u.full_name AS by, r.confirmed_at AS at FROM rating_months r LEFT JOIN users u ON u.id = r.confirmed_by WHERE r.month = ?')
    .get(month) as { by: string | null; at: string } | undefined;
  return row ?? null;
}
