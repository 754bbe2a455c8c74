import type Database from 'better-sqlite3';
import type { ResidentRow } from '../../../shared/contract/residents';
import { foldForSearch } from '../../../shared/domain/names';

export interface ListQuery {
  query?: string | undefined;
  scope: 'present' | 'all';
  limit: number;
  offset: number;
}

/** FTS5 match for every word typed, each as a prefix: "nguyen hu" finds "Nguyễn Văn Hùng". */
export function ftsMatch(query: string): string | null {
  const tokens = foldForSearch(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return tokens.length > 0 ? tokens.map((t) => `"${t}"*`).join(' ') : null;
}

function globPrefix(text: string): string {
  return `${text.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

/**
 * Stays in Vietnamese name order (the stored sort key), filtered by the FTS index on folded names and citizen
 * IDs or by a file-number prefix. Both the list screen and the benchmark go through this one query.
 */
export function listResidents(sqlite: Database.Database, q: ListQuery): { total: number; rows: ResidentRow[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.scope === 'present') where.push("s.state <> 'discharged'");
  const text = q.query?.trim() ?? '';
  if (text) {
    const match = ftsMatch(text);
    // Each branch is its own indexed lookup (FTS for names and IDs, the unique index for file numbers);
    // a UNION keeps SQLite from falling back to a scan, which an OR across the two would cause.
    const branches: string[] = [];
    if (match) {
      branches.push('SELECT id FROM stays WHERE person_id IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH @match)');
      params.match = match;
    }
    if (/\d/.test(text)) {
      branches.push('SELECT id FROM stays WHERE file_number GLOB @file');
      params.file = globPrefix(text);
    }
    if (branches.length === 0) return { total: 0, rows: [] };
    where.push(`s.id IN (${branches.join(' UNION ')})`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const base = 'FROM stays s JOIN persons p ON p.id = s.person_id';
  const total = (sqlite.prepare(`SELECT count(*) AS n ${base} ${whereSql}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.id AS personId, s.file_number AS fileNumber, p.full_name AS fullName,
              p.birth_date AS birthDate, p.birth_year AS birthYear, p.sex, p.citizen_id AS citizenId,
              s.kind, s.state, s.admitted_on AS admittedOn, s.expected_release AS expectedRelease,
              CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel
       ${base}
       LEFT JOIN beds b ON b.id = s.current_bed_id
       LEFT JOIN rooms r ON r.id = b.room_id
       LEFT JOIN areas a ON a.id = r.area_id
       ${whereSql}
       ORDER BY p.name_sort_key, s.admitted_on DESC, s.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as ResidentRow[];
  return { total, rows };
}
