import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';

/** The accounts a class may be given to: active trainers, by name (users.list is the administrator's alone). */
export function activeTrainers(sqlite: Database.Database): MethodOutput<'training.trainers'> {
  const trainers = sqlite
    .prepare("SELECT id, full_name AS fullName FROM users WHERE role = 'trainer' AND active = 1 ORDER BY full_name, id")
    .all() as { id: number; fullName: string }[];
  return { trainers };
}
