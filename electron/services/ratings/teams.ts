import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { memberOnSql, teamName } from './membership';
import { openStay } from './stay';

export function listTeams(ctx: Ctx): MethodOutput<'teams.list'> {
  const teams = ctx.sqlite
    .prepare(
      `SELECT t.id, t.name, t.officer_id AS officerId, u.full_name AS officerName,
              (SELECT count(*) FROM team_members m WHERE m.team_id = t.id AND ${memberOnSql}) AS memberCount
       FROM teams t LEFT JOIN users u ON u.id = t.officer_id`,
    )
    .all({ on: ctx.today() }) as MethodOutput<'teams.list'>['teams'];
  return { teams: teams.sort((a, b) => a.name.localeCompare(b.name, 'vi')) };
}

export function createTeam(ctx: Ctx, input: { name: string; officerId?: number | undefined }): { id: number } {
  if (ctx.sqlite.prepare('SELECT 1 FROM teams WHERE name = ?').get(input.name)) {
    throw new AppError('conflict', `Đã có tổ/đội tên "${input.name}": chọn tên khác.`, { field: 'name' });
  }
  if (input.officerId !== undefined) {
    const officer = ctx.sqlite.prepare('SELECT full_name AS fullName, active FROM users WHERE id = ?').get(input.officerId) as
      | { fullName: string; active: number }
      | undefined;
    if (!officer) throw new AppError('not_found', 'Không tìm thấy cán bộ phụ trách này.', { field: 'officerId' });
    if (officer.active !== 1) {
      throw new AppError('rule_violation', `Tài khoản của ${officer.fullName} đã bị khóa: chọn cán bộ đang làm việc.`, { field: 'officerId' });
    }
  }
  const row = { name: input.name, officerId: input.officerId ?? null };
  const id = Number(
    ctx.sqlite.prepare('INSERT INTO teams (name, officer_id, created_by) VALUES (?, ?, ?)').run(row.name, row.officerId, ctx.user?.id ?? null)
      .lastInsertRowid,
  );
  ctx.audit({ entity: 'team', entityId: id, after: row });
  return { id };
}

export function teamMembers(ctx: Ctx, input: { teamId: number; on?: string | undefined }): MethodOutput<'teams.members'> {
  teamName(ctx.sqlite, input.teamId);
  const members = ctx.sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, m.joined_on AS joinedOn, s.state
       FROM team_members m JOIN stays s ON s.id = m.stay_id JOIN persons p ON p.id = s.person_id
       WHERE m.team_id = @teamId AND ${memberOnSql}
       ORDER BY p.name_sort_key, s.id`,
    )
    .all({ teamId: input.teamId, on: input.on ?? ctx.today() }) as MethodOutput<'teams.members'>['members'];
  return { members };
}

interface OpenMembership {
  id: number;
  teamId: number;
  joinedOn: string;
}

/**
 * Puts stays in a team from a day. A stay in another team leaves it that day, so it is in one team on any day;
 * a stay already in this team is left as it is. Every stay is checked before anything is written.
 */
export function addMembers(ctx: Ctx, input: { teamId: number; stayIds: number[]; on: string }): { added: number } {
  const { sqlite } = ctx;
  const name = teamName(sqlite, input.teamId);
  const openOf = sqlite.prepare(
    'SELECT id, team_id AS teamId, joined_on AS joinedOn FROM team_members WHERE stay_id = ? AND left_on IS NULL ORDER BY id DESC',
  );
  const plan = input.stayIds.flatMap((stayId, i) => {
    if (input.stayIds.indexOf(stayId) !== i) return [];
    const field = `stayIds.${i}`;
    const stay = openStay(sqlite, stayId, field);
    if (input.on < stay.admittedOn) {
      throw new AppError('invalid_input', `Ngày vào tổ phải từ ngày ${stay.fullName} vào cơ sở ${formatDateVN(stay.admittedOn)} trở đi.`, { field: 'on' });
    }
    const current = openOf.all(stayId) as OpenMembership[];
    if (current.some((m) => m.teamId === input.teamId)) return [{ stayId, leave: [], join: false }];
    const later = current.find((m) => m.joinedOn > input.on);
    if (later) {
      throw new AppError('rule_violation', `${stay.fullName} vào tổ khác từ ${formatDateVN(later.joinedOn)}: ngày vào ${name} phải từ ngày đó trở đi.`, { field: 'on' });
    }
    return [{ stayId, leave: current, join: true }];
  });

  const moved: { stayId: number; fromTeamId: number }[] = [];
  const added: number[] = [];
  for (const p of plan) {
    if (!p.join) continue;
    for (const m of p.leave) {
      sqlite.prepare('UPDATE team_members SET left_on = ? WHERE id = ?').run(input.on, m.id);
      moved.push({ stayId: p.stayId, fromTeamId: m.teamId });
    }
    sqlite.prepare('INSERT INTO team_members (team_id, stay_id, joined_on) VALUES (?, ?, ?)').run(input.teamId, p.stayId, input.on);
    added.push(p.stayId);
  }
  ctx.audit({ entity: 'team_members', entityId: input.teamId, after: { on: input.on, added, moved, alreadyMembers: plan.filter((p) => !p.join).map((p) => p.stayId) } });
  return { added: added.length };
}

export function removeMember(ctx: Ctx, input: { teamId: number; stayId: number; on: string }): { ok: true } {
  const name = teamName(ctx.sqlite, input.teamId);
  const membership = ctx.sqlite
    .prepare('SELECT id, joined_on AS joinedOn FROM team_members WHERE team_id = ? AND stay_id = ? AND left_on IS NULL')
    .get(input.teamId, input.stayId) as { id: number; joinedOn: string } | undefined;
  if (!membership) throw new AppError('not_found', `Học viên này không ở trong ${name}.`, { field: 'stayId' });
  if (input.on < membership.joinedOn) {
    throw new AppError('invalid_input', `Ngày rời tổ không thể trước ngày vào tổ ${formatDateVN(membership.joinedOn)}.`, { field: 'on' });
  }
  ctx.sqlite.prepare('UPDATE team_members SET left_on = ? WHERE id = ?').run(input.on, membership.id);
  ctx.audit({ entity: 'team_member', entityId: membership.id, before: { leftOn: null }, after: { teamId: input.teamId, stayId: input.stayId, leftOn: input.on } });
  return { ok: true };
}
