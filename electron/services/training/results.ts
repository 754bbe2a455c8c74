import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { EnrolmentResult } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { classStatusNames, loadClass } from './class-rows';
import type { Input } from './input';

interface EnrolmentRow {
  id: number;
  fullName: string;
  status: 'enrolled' | 'waiting' | 'withdrawn';
  result: EnrolmentResult | null;
  resultReason: string | null;
  certificateNumber: string | null;
  certificateDate: string | null;
}

const statusPhrases = { waiting: 'đang trong danh sách chờ', withdrawn: 'đã rời lớp' } as const;

/**
 * Records results, every check before the first write: residents on this class, a certificate (number and date
 * from the class's start to today) for each pass and only for a pass, a reason for each drop, and no certificate
 * number used twice in the class.
 */
export function recordResults(ctx: Ctx, input: Input<'classes.recordResults'>): MethodOutput<'classes.recordResults'> {
  const c = loadClass(ctx.sqlite, input.classId);
  if (c.status !== 'running' && c.status !== 'finished') {
    throw new AppError('rule_violation', `Lớp ${c.name} ${classStatusNames[c.status]}: chỉ ghi kết quả khi lớp đang học hoặc đã kết thúc.`, { field: 'classId' });
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.id, p.full_name AS fullName, e.status, e.result, e.result_reason AS resultReason,
              e.certificate_number AS certificateNumber, e.certificate_date AS certificateDate
       FROM enrolments e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id WHERE e.class_id = ?`,
    )
    .all(c.id) as EnrolmentRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const numbers = new Map<string, string>();
  const changed = new Set(input.results.map((r) => r.enrolmentId));
  for (const r of rows) if (r.certificateNumber && !changed.has(r.id)) numbers.set(r.certificateNumber, r.fullName);
  const seen = new Set<number>();
  const checked = input.results.map((r, i) => {
    const at = (name: string) => `results.${i}.${name}`;
    const e = byId.get(r.enrolmentId);
    if (!e) throw new AppError('invalid_input', `Dòng ${i + 1}: học viên này không thuộc lớp ${c.name}.`, { field: at('enrolmentId') });
    if (seen.has(e.id)) throw new AppError('invalid_input', `${e.fullName} được ghi kết quả hai lần.`, { field: at('enrolmentId') });
    seen.add(e.id);
    if (e.status !== 'enrolled') throw new AppError('rule_violation', `${e.fullName} ${statusPhrases[e.status]}: chỉ ghi kết quả cho học viên đang học.`, { field: at('enrolmentId') });
    if (r.result === 'pass') {
      if (!r.certificateNumber) throw new AppError('invalid_input', `${e.fullName} đạt: ghi số chứng chỉ.`, { field: at('certificateNumber') });
      if (!r.certificateDate) throw new AppError('invalid_input', `${e.fullName} đạt: ghi ngày cấp chứng chỉ.`, { field: at('certificateDate') });
      if (r.certificateDate < c.startsOn || r.certificateDate > ctx.today()) {
        const message = `Ngày cấp chứng chỉ ${formatDateVN(r.certificateDate)} của ${e.fullName}: phải từ ngày khai giảng ${formatDateVN(c.startsOn)} đến hôm nay.`;
        throw new AppError('rule_violation', message, { field: at('certificateDate') });
      }
      const holder = numbers.get(r.certificateNumber);
      if (holder) throw new AppError('conflict', `Số chứng chỉ ${r.certificateNumber} đã dùng cho ${holder} trong lớp này.`, { field: at('certificateNumber') });
      numbers.set(r.certificateNumber, e.fullName);
    } else if (r.certificateNumber || r.certificateDate) {
      throw new AppError('invalid_input', `${e.fullName} không đạt hoặc bỏ học: không có chứng chỉ.`, { field: at(r.certificateNumber ? 'certificateNumber' : 'certificateDate') });
    }
    if (r.result === 'dropped' && !r.reason) throw new AppError('invalid_input', `${e.fullName} bỏ học: ghi lý do.`, { field: at('reason') });
    return { e, after: { result: r.result, resultReason: r.reason || null, certificateNumber: r.certificateNumber || null, certificateDate: r.certificateDate ?? null } };
  });

  const update = ctx.sqlite.prepare(
    `UPDATE enrolments SET result = @result, result_reason = @resultReason, certificate_number = @certificateNumber, certificate_date = @certificateDate
     WHERE id = @id`,
  );
  for (const { e, after } of checked) {
    update.run({ ...after, id: e.id });
    const before = { result: e.result, resultReason: e.resultReason, certificateNumber: e.certificateNumber, certificateDate: e.certificateDate };
    ctx.audit({ entity: 'enrolment', entityId: e.id, before, after });
  }
  return { saved: checked.length };
}
