import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { monthEnd, monthOf, monthStart } from '../../../shared/domain/ratings';
import { roundHours } from '../../../shared/domain/work-caps';
import { monthVN, payTotals, type PayLine } from '../../../shared/domain/work-pay';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { appendDepositLine, creditAfterDischarge } from '../deposit/ledger';
import type { Input } from '../training/input';

type RunView = MethodOutput<'pay.list'>['runs'][number];

/**
 * A month's earnings per stay: the sum of its lines that month (a reversal is negated, so it cancels its line);
 * stays left with nothing are dropped. Served by the work_lines_day index.
 */
export function monthPayLines(sqlite: Database.Database, month: string): PayLine[] {
  const rows = sqlite
    .prepare(
      `SELECT stay_id AS stayId, sum(hours) AS hours, sum(amount_dong) AS amountDong FROM work_lines
       WHERE work_on BETWEEN ? AND ? GROUP BY stay_id HAVING sum(amount_dong) <> 0 OR round(sum(hours), 2) <> 0 ORDER BY stay_id`,
    )
    .all(monthStart(month), monthEnd(month)) as PayLine[];
  return rows.map((r) => ({ ...r, hours: roundHours(r.hours) }));
}

const runSql = `SELECT r.id, r.month, r.status, r.total_dong AS totalDong, (SELECT count(*) FROM pay_run_lines l WHERE l.run_id = r.id) AS residents,
  d.full_name AS draftedBy, r.drafted_at AS draftedAt, a.full_name AS approvedBy, r.approved_at AS approvedAt
  FROM pay_runs r LEFT JOIN users d ON d.id = r.drafted_by LEFT JOIN users a ON a.id = r.approved_by`;

function runOf(sqlite: Database.Database, month: string): RunView | null {
  return (sqlite.prepare(`${runSql} WHERE r.month = ?`).get(month) as RunView | undefined) ?? null;
}

function nameOf(sqlite: Database.Database, stayId: number): string {
  const row = sqlite.prepare('SELECT p.full_name AS n, s.file_number AS f FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = ?').get(stayId) as { n: string; f: string };
  return `${row.n} (${row.f})`;
}

const paidMessage = (month: string) => `Tháng ${monthVN(month)} đã được thanh toán: mỗi tháng chỉ thanh toán một lần.`;

export function listRuns(sqlite: Database.Database): MethodOutput<'pay.list'> {
  return { runs: sqlite.prepare(`${runSql} ORDER BY r.month DESC`).all() as RunView[] };
}

/** Drafts the month anew from its output: only an ended month, never one already approved. */
export function draftRun(ctx: Ctx, input: Input<'pay.draft'>): MethodOutput<'pay.draft'> {
  const { month } = input;
  if (month >= monthOf(ctx.today())) {
    throw new AppError('rule_violation', `Tháng ${monthVN(month)} chưa kết thúc: chỉ lập bảng thanh toán cho tháng đã qua.`, { field: 'month' });
  }
  const existing = runOf(ctx.sqlite, month);
  if (existing?.status === 'approved') throw new AppError('conflict', paidMessage(month), { field: 'month' });
  const lines = monthPayLines(ctx.sqlite, month);
  const { totalDong, residents } = payTotals(lines);
  const at = ctx.now().toISOString();
  let runId: number;
  if (existing) {
    runId = existing.id;
    ctx.sqlite.prepare('DELETE FROM pay_run_lines WHERE run_id = ?').run(runId);
    ctx.sqlite.prepare('UPDATE pay_runs SET total_dong = ?, drafted_by = ?, drafted_at = ? WHERE id = ?').run(totalDong, ctx.user?.id ?? null, at, runId);
  } else {
    runId = (
      ctx.sqlite
        .prepare("INSERT INTO pay_runs (month, status, total_dong, drafted_by, drafted_at) VALUES (?, 'draft', ?, ?, ?) RETURNING id")
        .get(month, totalDong, ctx.user?.id ?? null, at) as { id: number }
    ).id;
  }
  const insert = ctx.sqlite.prepare('INSERT INTO pay_run_lines (run_id, stay_id, hours, amount_dong) VALUES (?, ?, ?, ?)');
  for (const l of lines) insert.run(runId, l.stayId, l.hours, l.amountDong);
  ctx.audit({ entity: 'pay_run', entityId: runId, before: existing && { totalDong: existing.totalDong, residents: existing.residents }, after: { month, totalDong, residents } });
  return { runId, totalDong, residents };
}

export function getRun(sqlite: Database.Database, input: Input<'pay.get'>): MethodOutput<'pay.get'> {
  const run = runOf(sqlite, input.month);
  if (!run) return { run: null, lines: [], teams: [] };
  const lines = sqlite
    .prepare(
      `SELECT l.stay_id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, l.hours, l.amount_dong AS amountDong
       FROM pay_run_lines l JOIN stays s ON s.id = l.stay_id JOIN persons p ON p.id = s.person_id
       WHERE l.run_id = ? ORDER BY p.name_sort_key, s.id`,
    )
    .all(run.id) as MethodOutput<'pay.get'>['lines'];
  const teams = (
    sqlite
      .prepare(
        `SELECT w.team_id AS teamId, t.name AS teamName, sum(w.hours) AS hours, sum(w.amount_dong) AS amountDong,
                count(DISTINCT w.stay_id) AS residents
         FROM work_lines w JOIN teams t ON t.id = w.team_id WHERE w.work_on BETWEEN ? AND ? GROUP BY w.team_id`,
      )
      .all(monthStart(input.month), monthEnd(input.month)) as MethodOutput<'pay.get'>['teams']
  )
    .map((t) => ({ ...t, hours: roundHours(t.hours) }))
    .sort((a, b) => a.teamName.localeCompare(b.teamName, 'vi'));
  return { run, lines, teams };
}

/**
 * The head approves the draft: each line credited to the resident's deposit account in this one transaction (a
 * resident who has left is credited and paid out at once). Refused when output changed since the draft.
 */
export function approveRun(ctx: Ctx, input: Input<'pay.approve'>): MethodOutput<'pay.approve'> {
  const { month } = input;
  const run = runOf(ctx.sqlite, month);
  if (!run) throw new AppError('not_found', `Chưa lập bảng thanh toán tháng ${monthVN(month)}.`, { field: 'month' });
  if (run.status === 'approved') throw new AppError('conflict', paidMessage(month), { field: 'month' });
  const lines = ctx.sqlite.prepare('SELECT stay_id AS stayId, hours, amount_dong AS amountDong FROM pay_run_lines WHERE run_id = ? ORDER BY stay_id').all(run.id) as PayLine[];
  const now = monthPayLines(ctx.sqlite, month);
  const same = now.length === lines.length && now.every((l, i) => l.stayId === lines[i]?.stayId && l.amountDong === lines[i]?.amountDong);
  if (!same) throw new AppError('conflict', `Sản lượng tháng ${monthVN(month)} đã thay đổi sau khi lập bảng: lập lại bảng thanh toán rồi duyệt.`, { field: 'month' });
  let credited = 0;
  let totalDong = 0;
  for (const l of lines) {
    if (l.amountDong <= 0) continue;
    const earning = { stayId: l.stayId, lineOn: ctx.today(), amountDong: l.amountDong, description: `Tiền công lao động trị liệu tháng ${monthVN(month)}`, source: `pay:${month}` };
    if (!creditAfterDischarge(ctx, earning)) {
      try {
        appendDepositLine(ctx, { ...earning, kind: 'earning' });
      } catch (err) {
        // Nobody is credited when one account refuses: the message names whose.
        if (err instanceof AppError) throw new AppError(err.code, `${nameOf(ctx.sqlite, l.stayId)}: ${err.message}`, { field: 'month' });
        throw err;
      }
    }
    credited++;
    totalDong += l.amountDong;
  }
  ctx.sqlite.prepare("UPDATE pay_runs SET status = 'approved', approved_by = ?, approved_at = ? WHERE id = ?").run(ctx.user?.id ?? null, ctx.now().toISOString(), run.id);
  ctx.audit({ entity: 'pay_run', entityId: run.id, before: { status: 'draft' }, after: { status: 'approved', credited, totalDong } });
  return { credited, totalDong };
}
