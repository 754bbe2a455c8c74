import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/names';

type Candidate = MethodOutput<'beds.candidates'>[number];

/**
 * Residents present in the facility who may be placed or moved, those still without a bed first, then in
 * Vietnamese name order. The search uses the folded-name FTS index (every word a prefix) or a file-number prefix.
 */
export function placementCandidates(sqlite: Database.Database, query: string, limit: number): Candidate[] {
  const words = foldForSearch(query).split(/[^a-z0-9]+/).filter(Boolean);
  const params: Record<string, unknown> = { limit };
  let filter = '';
  if (words.length > 0) {
    params.match = words.map((w) => `"${w}"*`).join(' ');
    params.file = `${query.trim().replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
    filter = `AND (s.person_id IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH @match) OR s.file_number GLOB @file)`;
  }
  return sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, p.sex,
              s.current_bed_id AS bedId,
              CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel
       FROM stays s JOIN persons p ON p.id = s.person_id
       LEFT JOIN beds b ON b.id = s.current_bed_id
       LEFT JOIN rooms r ON r.id = b.room_id
       LEFT JOIN areas a ON a.id = r.area_id
       WHERE s.state = 'present' ${filter}
       ORDER BY s.current_bed_id IS NOT NULL, p.name_sort_key, s.id
       LIMIT @limit`,
    )
    .all(params) as Candidate[];
}
