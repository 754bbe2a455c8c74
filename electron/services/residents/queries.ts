import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ResidentRow, residentsListInput } from '../../../shared/contract/residents';
import { birthRangeOf } from '../../../shared/domain/age-groups';
import { foldForSearch } from '../../../shared/domain/names';
import { stayStates } from '../../../shared/domain/vocabulary';

export type ListQuery = z.output<typeof residentsListInput>;

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

// "Still in the facility" as an IN list over the state index; `<> 'discharged'` would scan every stay.
const inFacility = stayStates
  .filter((s) => s !== 'discharged')
  .map((s) => `'${s}'`)
  .join(', ');

/** The date the age is counted from (see shared/domain/age-groups); compared as text like the dates it holds. */
const effectiveBirth = "coalesce(p.birth_date, printf('%04d-12-31', p.birth_year))";

interface Filter {
  where: string[];
  params: Record<string, unknown>;
}

/** The text search: FTS for names and IDs, the unique index for file numbers, each its own indexed lookup. */
function searchFilter(text: string, f: Filter): boolean {
  const match = ftsMatch(text);
  const byName = 'SELECT rowid FROM persons_fts WHERE persons_fts MATCH @match';
  if (match) f.params.match = match;
  if (!/\d/.test(text)) {
    if (!match) return false;
    f.where.push(`s.person_id IN (${byName})`);
    return true;
  }
  // Digits may be a citizen ID or a file number: a UNION of the two lookups keeps SQLite on both indexes,
  // where an OR across them would make it scan.
  f.params.file = globPrefix(text);
  const branches = [
    ...(match ? [`SELECT id FROM stays WHERE person_id IN (${byName})`] : []),
    'SELECT id FROM stays WHERE file_number GLOB @file',
  ];
  f.where.push(`s.id IN (${branches.join(' UNION ')})`);
  return true;
}

/** The WHERE clauses of a list query, or null when nothing can match (a discharged state among present stays). */
function filters(q: ListQuery, today: string): Filter | null {
  const f: Filter = { where: [], params: {} };
  if (q.state) {
    if (q.scope === 'present' && q.state === 'discharged') return null;
    f.where.push('s.state = @state');
    f.params.state = q.state;
  } else if (q.scope === 'present') {
    f.where.push(`s.state IN (${inFacility})`);
  }
  const text = q.query?.trim() ?? '';
  if (text && !searchFilter(text, f)) return null;
  if (q.areaId !== undefined) {
    // Through the bed index: the area's beds, then the stays in them.
    f.where.push(
      's.current_bed_id IN (SELECT b.id FROM beds b JOIN rooms r ON r.id = b.room_id WHERE r.area_id = @areaId)',
    );
    f.params.areaId = q.areaId;
  }
  if (q.kind) {
    f.where.push('s.kind = @kind');
    f.params.kind = q.kind;
  }
  if (q.sex) {
    f.where.push('p.sex = @sex');
    f.params.sex = q.sex;
  }
  if (q.ageGroup) {
    const range = birthRangeOf(q.ageGroup, today);
    if (range.bornAfter) {
      f.where.push(`${effectiveBirth} > @bornAfter`);
      f.params.bornAfter = range.bornAfter;
    }
    if (range.bornOnOrBefore) {
      f.where.push(`${effectiveBirth} <= @bornOnOrBefore`);
      f.params.bornOnOrBefore = range.bornOnOrBefore;
    }
  }
  return f;
}

/**
 * Stays in Vietnamese name order (the stored sort key), narrowed by the filters. Both the list screen and the
 * benchmark go through this one query.
 */
export function listResidents(sqlite: Database.Database, q: ListQuery, today: string): { total: number; rows: ResidentRow[] } {
  const f = filters(q, today);
  if (!f) return { total: 0, rows: [] };
  const whereSql = f.where.length ? `WHERE ${f.where.join(' AND ')}` : '';
  // With nothing to narrow by, walking persons in sort-key order lets the first page stop early instead of
  // sorting all 30.000 stays; any filter is better driven from its own index, which the planner picks.
  const base = f.where.length
    ? 'FROM stays s JOIN persons p ON p.id = s.person_id'
    : 'FROM persons p CROSS JOIN stays s ON s.person_id = p.id';
  const total = (sqlite.prepare(`SELECT count(*) AS n ${base} ${whereSql}`).get(f.params) as { n: number }).n;
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
    .all({ ...f.params, limit: q.limit, offset: q.offset }) as ResidentRow[];
  return { total, rows };
}
