import type Database from 'better-sqlite3';
import { certificates } from '../../../db/schema';
import type { MethodOutput } from '../../../shared/contract';
import { formatFileNumber } from '../../../shared/domain/file-number';
import type { CertificateKind } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { settingValue } from '../settings/legal';

/**
 * Issues the next certificate of a kind for the year of its issue day. The counter row is bumped inside the
 * discharge's transaction, so two officers discharging at once never get the same number and an abandoned
 * discharge never leaves a gap. Patterns use the file number's placeholders ({nnnn}, {yyyy}, {yy}).
 */
export function issueCertificate(ctx: Ctx, stayId: number, kind: CertificateKind, issuedOn: string): { id: number; number: string } {
  const year = Number(issuedOn.slice(0, 4));
  const pattern = settingValue<Record<CertificateKind, string>>(ctx.sqlite, 'certificate.patterns')[kind];
  const { last } = ctx.sqlite
    .prepare(
      `INSERT INTO certificate_counters (kind, year, last) VALUES (?, ?, 1)
       ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(kind, year) as { last: number };
  const number = formatFileNumber(pattern, year, last);
  if (ctx.sqlite.prepare('SELECT 1 FROM certificates WHERE kind = ? AND number = ?').get(kind, number)) {
    throw new AppError('conflict', `Số giấy chứng nhận ${number} đã được cấp: mẫu số trong cài đặt cần có năm ({yyyy}).`);
  }
  const row = ctx.db
    .insert(certificates)
    .values({ kind, year, seq: last, number, stayId, issuedOn, issuedBy: ctx.user?.id ?? null })
    .returning()
    .get();
  ctx.audit({ entity: 'certificate', entityId: row.id, after: row });
  return { id: row.id, number };
}

/** A voided certificate keeps its number in the register; the next one takes the next number. */
export function voidCertificate(ctx: Ctx, certificateId: number, reason: string): void {
  const change = { voidedAt: ctx.now().toISOString(), voidReason: reason };
  ctx.sqlite.prepare('UPDATE certificates SET voided_at = ?, void_reason = ? WHERE id = ?').run(change.voidedAt, change.voidReason, certificateId);
  ctx.audit({ entity: 'certificate', entityId: certificateId, before: { voidedAt: null }, after: change, reason });
}

export function listCertificates(sqlite: Database.Database, year: number): MethodOutput<'certificates.list'> {
  const rows = sqlite
    .prepare(
      `SELECT c.kind, c.number, c.seq, c.issued_on AS issuedOn, c.stay_id AS stayId, p.full_name AS fullName,
              s.file_number AS fileNumber, c.voided_at IS NOT NULL AS voided, c.void_reason AS voidReason
       FROM certificates c JOIN stays s ON s.id = c.stay_id JOIN persons p ON p.id = s.person_id
       WHERE c.year = ? ORDER BY c.kind, c.seq`,
    )
    .all(year) as (Omit<MethodOutput<'certificates.list'>['certificates'][number], 'voided'> & { voided: number })[];
  return { certificates: rows.map((r) => ({ ...r, voided: r.voided === 1 })) };
}
