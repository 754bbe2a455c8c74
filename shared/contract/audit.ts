import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './fields';

const filterText = (label: string, max: number) => z.string().trim().max(max, `${label}: tối đa ${max} ký tự`).optional();

/** Filters of the audit viewer; an empty text filter means no filter. Dates are Vietnam calendar dates, both included. */
export const auditListInput = z
  .object({
    username: filterText('Người thực hiện', 40),
    from: isoDate('Từ ngày').optional(),
    to: isoDate('Đến ngày').optional(),
    method: filterText('Thao tác', 80),
    entity: filterText('Đối tượng', 80),
    entityId: filterText('Mã đối tượng', 80),
    /** A resident: rows on that stay or its person, or whose record names them (movements, deposit lines, …). */
    stayId: id('Học viên').optional(),
    limit: z.number().int().min(1).max(1000).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'Đến ngày: không được trước "Từ ngày"' });
export type AuditListInput = z.input<typeof auditListInput>;

export const auditRowView = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string().nullable(),
  method: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditRowView = z.infer<typeof auditRowView>;

/**
 * One place the chain breaks. `edited`: the row's content no longer matches its hash. `unlinked`: the row does
 * not carry the hash of the row before it (`previousId`, null for the first row). `gap`: ids `missingFrom`–
 * `missingTo` are gone between `previousId` and `id` (null at the start or after the last row).
 */
export const chainProblem = z.object({
  kind: z.enum(['edited', 'unlinked', 'gap']),
  id: z.number().nullable(),
  previousId: z.number().nullable(),
  missingFrom: z.number().nullable(),
  missingTo: z.number().nullable(),
  message: z.string(),
});
export type ChainProblem = z.infer<typeof chainProblem>;

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number(),
  lastId: z.number().nullable(),
  /** The last row's hash: written down elsewhere, it lets a later check notice a truncated tail. */
  headHash: z.string().nullable(),
  /** Every problem found, up to the first 100; `problemCount` counts them all. */
  problems: z.array(chainProblem),
  problemCount: z.number(),
  message: z.string(),
  /** What a hash chain alone cannot show, in plain words. */
  limitation: z.string(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const auditMethods = {
  'audit.list': method({
    summary:
      'Audit rows, newest first: who, when, which method, which entity, before and after, and the reason. Filters: ' +
      '`username`, `from`/`to` (Vietnam dates, both included), `method`, `entity` and `entityId`, and `stayId` ' +
      '(rows on that stay or its person, or naming them); `total` counts every matching row, `limit`/`offset` page.',
    access: 'audit.read',
    kind: 'query',
    input: auditListInput,
    output: z.object({ total: z.number(), rows: z.array(auditRowView) }),
  }),
  'audit.verify': method({
    summary:
      'Recomputes the hash chain of the whole audit log in id order and says whether it is intact, how many rows ' +
      'it checked and, when not, where: rows edited, rows not linked to the one before, ids missing. Deleting the ' +
      'last rows is seen only through the database id counter (see `limitation`).',
    access: 'audit.read',
    kind: 'query',
    input: z.object({}),
    output: auditVerifyResult,
  }),
};
