import type Database from 'better-sqlite3';

/** The person's photo as a data URL the screen can show directly; null when none was taken. */
export function personPhoto(sqlite: Database.Database, personId: number): string | null {
  const row = sqlite.prepare('SELECT mime, data FROM person_photos WHERE person_id = ?').get(personId) as
    | { mime: string; data: Buffer }
    | undefined;
  return row ? `data:${row.mime};base64,${row.data.toString('base64')}` : null;
}
