import type { HandlerMap } from '../../router/types';
import { legalRows } from './legal';

export const settingsHandlers: HandlerMap<'settings.legal' | 'audit.list'> = {
  'settings.legal': (_input, ctx) =>
    legalRows(ctx.sqlite).sort((a, b) => a.key.localeCompare(b.key) || a.effectiveFrom.localeCompare(b.effectiveFrom)),

  'audit.list': (input, ctx) => {
    const rows = ctx.sqlite
      .prepare(
        `SELECT id, at, username, method, entity, entity_id AS entityId, before_json AS before, after_json AS after
         FROM audit_log ORDER BY id DESC LIMIT ?`,
      )
      .all(input.limit) as { id: number; at: string; username: string | null; method: string; entity: string; entityId: string | null; before: string | null; after: string | null }[];
    return rows.map((r) => ({
      ...r,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    }));
  },
};
