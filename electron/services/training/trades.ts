import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import type { Input } from './input';

type TradeView = MethodOutput<'trades.list'>['trades'][number];

const tradeSelect = 'SELECT id, name, level, duration_hours AS durationHours, active FROM trades';

function allTrades(sqlite: Database.Database): TradeView[] {
  const rows = sqlite.prepare(tradeSelect).all() as (Omit<TradeView, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

/** Active trades first, each group in Vietnamese alphabetical order. */
export function listTrades(sqlite: Database.Database): MethodOutput<'trades.list'> {
  const trades = allTrades(sqlite).sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'vi'));
  return { trades };
}

const sameName = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** "Hàn" and "hàn" are one trade: the unique index alone would let both in. */
function checkNameFree(sqlite: Database.Database, name: string, exceptId: number | null): void {
  const taken = allTrades(sqlite).find((t) => t.id !== exceptId && sameName(t.name, name));
  if (taken) throw new AppError('conflict', `Đã có nghề "${taken.name}"${taken.active ? '' : ' (ngừng dạy)'}: đặt tên khác hoặc sửa nghề đó.`, { field: 'name' });
}

export function createTrade(ctx: Ctx, input: Input<'trades.create'>): MethodOutput<'trades.create'> {
  checkNameFree(ctx.sqlite, input.name, null);
  const id = Number(
    ctx.sqlite
      .prepare('INSERT INTO trades (name, level, duration_hours) VALUES (?, ?, ?)')
      .run(input.name, input.level, input.durationHours).lastInsertRowid,
  );
  ctx.audit({ entity: 'trade', entityId: id, after: { name: input.name, level: input.level, durationHours: input.durationHours, active: true } });
  return { id };
}

/** Edits a trade; its classes keep their dates and schedule, and a retired trade only stops new classes. */
export function updateTrade(ctx: Ctx, input: Input<'trades.update'>): MethodOutput<'trades.update'> {
  const before = allTrades(ctx.sqlite).find((t) => t.id === input.id);
  if (!before) throw new AppError('not_found', 'Không tìm thấy nghề này.', { field: 'id' });
  checkNameFree(ctx.sqlite, input.name, input.id);
  ctx.sqlite
    .prepare('UPDATE trades SET name = ?, level = ?, duration_hours = ?, active = ? WHERE id = ?')
    .run(input.name, input.level, input.durationHours, input.active ? 1 : 0, input.id);
  const after = { id: input.id, name: input.name, level: input.level, durationHours: input.durationHours, active: input.active };
  ctx.audit({ entity: 'trade', entityId: input.id, before, after });
  return { ok: true };
}
