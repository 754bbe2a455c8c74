import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { roleAllows } from '../../../shared/contract/roles';
import { formatDateVN } from '../../../shared/domain/dates';
import { stayStateNames } from '../../../shared/domain/placement-messages';
import { ageBandOn, capProblem, capReached, isoWeekOf, roundHours, type AgeBand } from '../../../shared/domain/work-caps';
import { lineAmount } from '../../../shared/domain/work-pay';
import type { StayState } from '../../../shared/domain/vocabulary';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { teamName } from '../ratings/membership';
import type { Input } from '../training/input';
import { assertMonthOpen } from './reverse';
import { capsOn, exemptionsOn, hoursBetween, rateOn, statesOn, teamMembersOn, WORK_STATE_TIME, type ExemptionRow, type MemberRow } from './common';

type SheetRow = MethodOutput<'work.sheet'>['rows'][number];
type LineView = SheetRow['lines'][number];

interface DayFacts {
  member: MemberRow;
  state: StayState;
  age: number;
  band: AgeBand;
  hoursDay: number;
  hoursWeek: number;
  exemption: ExemptionRow | null;
  /** Why he can't be entered that day because of where he is or an exemption (the caps come after). */
  away: string | null;
}

/** The team's members on the day with where each one is at noon, his band, hours so far and exemption. */
function dayFacts(sqlite: Database.Database, teamId: number, date: string) {
  teamName(sqlite, teamId);
  const members = teamMembersOn(sqlite, teamId, date);
  const ids = members.map((m) => m.stayId);
  const states = statesOn(sqlite, ids, date);
  const exemptions = exemptionsOn(sqlite, ids, date);
  const week = isoWeekOf(date);
  const day = hoursBetween(sqlite, ids, date, date);
  const weekHours = hoursBetween(sqlite, ids, week.monday, week.sunday);
  const limits = capsOn(sqlite, date);
  const facts = new Map<number, DayFacts>();
  for (const m of members) {
    const state = states.get(m.stayId) ?? 'discharged';
    const { age, band } = ageBandOn(m.birthDate, date, limits.adultAge);
    const exemption = exemptions.get(m.stayId) ?? null;
    const away =
      state !== 'present'
        ? `${m.fullName} ${stayStateNames[state]} lúc ${WORK_STATE_TIME} ngày ${formatDateVN(date)}: không nhập sản lượng được.`
        : exemption
          ? `${m.fullName} được miễn lao động từ ${formatDateVN(exemption.fromOn)} đến ${formatDateVN(exemption.toOn)}: không nhập sản lượng được.`
          : null;
    facts.set(m.stayId, { member: m, state, age, band, hoursDay: roundHours(day.get(m.stayId) ?? 0), hoursWeek: roundHours(weekHours.get(m.stayId) ?? 0), exemption, away });
  }
  return { members, facts, limits };
}

function linesOf(sqlite: Database.Database, teamId: number, date: string): Map<number, LineView[]> {
  const rows = sqlite
    .prepare(
      `SELECT w.id, w.stay_id AS stayId, w.product_id AS productId, p.name AS productName, w.quantity, w.hours, w.rate_dong AS rateDong,
              w.amount_dong AS amountDong, u.full_name AS recordedBy, w.recorded_at AS recordedAt, r.reason AS reversedReason, r.recorded_at AS reversedAt
       FROM work_lines w JOIN products p ON p.id = w.product_id LEFT JOIN users u ON u.id = w.recorded_by
       LEFT JOIN work_lines r ON r.team_id = w.team_id AND r.work_on = w.work_on AND r.reverses_id = w.id
       WHERE w.team_id = ? AND w.work_on = ? AND w.reverses_id IS NULL ORDER BY w.id`,
    )
    .all(teamId, date) as (Omit<LineView, 'reversed'> & { reversedReason: string | null; reversedAt: string | null })[];
  const byStay = new Map<number, LineView[]>();
  for (const { reversedReason, reversedAt, ...l } of rows) {
    const line: LineView = { ...l, reversed: reversedAt === null ? null : { reason: reversedReason, at: reversedAt } };
    const list = byStay.get(l.stayId);
    if (list) list.push(line);
    else byStay.set(l.stayId, [line]);
  }
  return byStay;
}

/** The team's day; an exemption's reason names an illness, so it is null for roles without health.read. */
export function workSheet(ctx: Ctx, input: Input<'work.sheet'>): MethodOutput<'work.sheet'> {
  const { members, facts, limits } = dayFacts(ctx.sqlite, input.teamId, input.date);
  const lines = linesOf(ctx.sqlite, input.teamId, input.date);
  const health = ctx.user !== null && roleAllows(ctx.user.role, 'health.read');
  const rows = members.map((m): SheetRow => {
    const f = facts.get(m.stayId) as DayFacts;
    const cap = limits.caps[f.band];
    return {
      stayId: m.stayId,
      fullName: m.fullName,
      fileNumber: m.fileNumber,
      state: f.state,
      ageBand: f.band,
      capDay: cap.day,
      capWeek: cap.week,
      hoursDay: f.hoursDay,
      hoursWeek: f.hoursWeek,
      exemption: f.exemption && { fromOn: f.exemption.fromOn, toOn: f.exemption.toOn, reason: health ? f.exemption.reason : null },
      blocked: f.away ?? capReached({ band: f.band, workOn: input.date, hoursDay: f.hoursDay, hoursWeek: f.hoursWeek, caps: limits.caps, adultAge: limits.adultAge, citation: limits.citation }),
      lines: lines.get(m.stayId) ?? [],
    };
  });
  return { date: input.date, rows, citation: limits.citation };
}

/**
 * Records a team's day in one go, every entry checked before the first write: a member that day, present at noon,
 * not exempted, a product in use with a rate that day, something to record, and each resident's day and week
 * totals (what is there plus the new entries) within the caps of his age band on that day.
 */
export function recordWork(ctx: Ctx, input: Input<'work.record'>): MethodOutput<'work.record'> {
  if (input.date > ctx.today()) {
    throw new AppError('rule_violation', `Ngày ${formatDateVN(input.date)} chưa đến: chỉ nhập sản lượng đến hôm nay.`, { field: 'date' });
  }
  assertMonthOpen(ctx.sqlite, input.date, 'date', 'nhập thêm sản lượng');
  const { facts, limits } = dayFacts(ctx.sqlite, input.teamId, input.date);
  const issues: FieldIssue[] = [];
  const rates = new Map<number, number>();
  const added = new Map<number, number>();
  const overCap = new Set<number>();
  const productOf = ctx.sqlite.prepare('SELECT name, active FROM products WHERE id = ?');
  input.entries.forEach((e, i) => {
    const at = `entries.${i}`;
    const f = facts.get(e.stayId);
    if (!f) return void issues.push({ field: `${at}.stayId`, message: `Học viên (mã lưu trú ${e.stayId}) không thuộc tổ này ngày ${formatDateVN(input.date)}.` });
    if (f.away) return void issues.push({ field: `${at}.stayId`, message: f.away });
    const p = productOf.get(e.productId) as { name: string; active: number } | undefined;
    if (!p) return void issues.push({ field: `${at}.productId`, message: `Không tìm thấy sản phẩm / công việc (mã ${e.productId}).` });
    if (p.active !== 1) return void issues.push({ field: `${at}.productId`, message: `${p.name} đã ngừng sử dụng: không nhập được.` });
    const rate = rateOn(ctx.sqlite, e.productId, input.date);
    if (rate === null) return void issues.push({ field: `${at}.productId`, message: `${p.name} chưa có đơn giá ngày ${formatDateVN(input.date)}.` });
    rates.set(e.productId, rate);
    if (e.quantity < 0 || e.hours <= 0) {
      // Every output takes working time: hours are what the caps count, so output without hours would slip past them.
      return void issues.push({ field: `${at}.hours`, message: `${f.member.fullName}: ghi số giờ lao động (lớn hơn 0) cho sản lượng này.` });
    }
    const total = (added.get(e.stayId) ?? 0) + e.hours;
    added.set(e.stayId, total);
    if (e.hours > 0) {
      const problem = capProblem({ fullName: f.member.fullName, age: f.age, band: f.band, workOn: input.date, hoursDay: f.hoursDay + total, hoursWeek: f.hoursWeek + total, ...limits });
      // One refusal per resident: on the entry that takes him over.
      if (problem && !overCap.has(e.stayId)) {
        overCap.add(e.stayId);
        issues.push({ field: `${at}.hours`, message: problem });
      }
    }
  });
  const first = issues[0];
  if (first) throw new AppError('rule_violation', first.message, { field: first.field, issues });

  const recordedAt = ctx.now().toISOString();
  const insert = ctx.sqlite.prepare(
    `INSERT INTO work_lines (team_id, stay_id, work_on, product_id, quantity, hours, rate_dong, amount_dong, recorded_by, recorded_at)
     VALUES (@teamId, @stayId, @workOn, @productId, @quantity, @hours, @rateDong, @amountDong, @recordedBy, @recordedAt) RETURNING id`,
  );
  let amountDong = 0;
  const lines = input.entries.map((e) => {
    const rateDong = rates.get(e.productId) as number;
    const line = { stayId: e.stayId, productId: e.productId, quantity: e.quantity, hours: e.hours, rateDong, amountDong: lineAmount(e.quantity, rateDong) };
    const { id } = insert.get({ ...line, teamId: input.teamId, workOn: input.date, recordedBy: ctx.user?.id ?? null, recordedAt }) as { id: number };
    amountDong += line.amountDong;
    return { id, ...line };
  });
  ctx.audit({ entity: 'work_day', entityId: `${input.teamId}:${input.date}`, after: { teamId: input.teamId, date: input.date, lines } });
  return { lines: lines.length, amountDong };
}
