import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { auditListInput, AuditRowView } from '../../../shared/contract/audit';
import { addDays } from '../../../shared/domain/dates';
import { vnDayStart } from '../movements/append';

type Filters = z.output<typeof auditListInput>;

interface Row {
  id: number;
  at: string;
  username: string | null;
  method: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/** The WHERE clause of the filters given; a resident's rows are found through their stay and person. */
function whereOf(sqlite: Database.Database, f: Filters): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (clause: string, values: Record<string, unknown>) => {
    clauses.push(clause);
    Object.assign(params, values);
  };
  if (f.username) add('username = @username', { username: f.username.toLowerCase() });
  // `at` is a UTC instant; a Vietnam day runs from its 00:00 (+07:00) to the next day's.
  if (f.from) add('at >= @fromAt', { fromAt: vnDayStart(f.from) });
  if (f.to) add('at < @toAt', { toAt: vnDayStart(addDays(f.to, 1)) });
  if (f.method) add('method = @method', { method: f.method });
  if (f.entity) add('entity = @entity', { entity: f.entity });
  if (f.entityId) add('entity_id = @entityId', { entityId: f.entityId });
  if (f.stayId !== undefined) {
    const stay = sqlite.prepare('SELECT person_id AS personId FROM stays WHERE id = ?').get(f.stayId) as { personId: number } | undefined;
    // Rows on the stay or the person, and rows of other records (movements, deposit lines, discharges…) naming them.
    add(
      `((entity = 'stay' AND entity_id = @stayText)
        OR (entity IN ('person', 'person_photo') AND entity_id = @personText)
        OR json_extract(after_json, '$.stayId') = @stayId OR json_extract(before_json, '$.stayId') = @stayId
        OR json_extract(after_json, '$.personId') = @personId OR json_extract(before_json, '$.personId') = @personId)`,
      { stayId: f.stayId, stayText: String(f.stayId), personId: stay?.personId ?? -1, personText: String(stay?.personId ?? -1) },
    );
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export function listAudit(sqlite: Database.Database, f: Filters): { total: number; rows: AuditRowView[] } {
  const { sql, params } = whereOf(sqlite, f);
  const { total } = sqlite.prepare(`SELECT count(*) AS total FROM audit_log ${sql}`).get(params) as { total: number };
  const rows = sqlite
    .prepare(
      `SELECT id, at, username, method, entity, entity_id AS entityId, before_json AS before, after_json AS after, reason
       FROM audit_log ${sql} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: f.limit, offset: f.offset }) as Row[];
  return { total, rows: rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) })) };
}
