import type { z } from 'zod';
import type { MethodOutput } from '../../../shared/contract';
import type { dischargeView } from '../../../shared/contract/discharge';
import type { CertificateKind, DischargeReason } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';
import { noticeColumns, noticeView, type NoticeRow } from './notices';
import { isMinorOn, loadStay, staySummary } from './stay';

type DischargeView = z.infer<typeof dischargeView>;

interface DischargeRow {
  id: number;
  reason: DischargeReason;
  occurredAt: string;
  dischargedOn: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuer: string | null;
  destination: string | null;
  deathCause: string | null;
  note: string | null;
  handedToJson: string | null;
  settlementJson: string;
  recordedBy: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  undoReason: string | null;
  certificateKind: CertificateKind | null;
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
  certificateVoidedAt: string | null;
}

function toView(r: DischargeRow): DischargeView {
  const { handedToJson, settlementJson, certificateKind, certificateNumber, certificateIssuedOn, certificateVoidedAt, undoneAt, undoneBy, undoReason, ...rest } = r;
  return {
    ...rest,
    handedTo: handedToJson ? (JSON.parse(handedToJson) as DischargeView['handedTo']) : null,
    settlement: { depositPaidDong: 0, ...(JSON.parse(settlementJson) as Omit<DischargeView['settlement'], 'depositPaidDong'>) },
    certificate:
      certificateKind && certificateNumber && certificateIssuedOn
        ? { kind: certificateKind, number: certificateNumber, issuedOn: certificateIssuedOn, voided: certificateVoidedAt !== null }
        : null,
    undone: undoneAt ? { at: undoneAt, by: undoneBy, reason: undoReason ?? '' } : null,
  };
}

/** A stay's discharge as recorded, those undone before it, and its notices (cancelled ones left out). */
export function getDischarge(ctx: Ctx, stayId: number): MethodOutput<'discharge.get'> {
  const today = ctx.today();
  const stay = loadStay(ctx.sqlite, stayId);
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.id, d.reason, d.occurred_at AS occurredAt, d.discharged_on AS dischargedOn, d.decision_number AS decisionNumber,
              d.decision_date AS decisionDate, d.issuer, d.destination, d.death_cause AS deathCause, d.note,
              d.handed_to_json AS handedToJson, d.settlement_json AS settlementJson, ru.full_name AS recordedBy,
              d.undone_at AS undoneAt, uu.full_name AS undoneBy, d.undo_reason AS undoReason,
              c.kind AS certificateKind, c.number AS certificateNumber, c.issued_on AS certificateIssuedOn, c.voided_at AS certificateVoidedAt
       FROM discharges d
       LEFT JOIN users ru ON ru.id = d.recorded_by
       LEFT JOIN users uu ON uu.id = d.undone_by
       LEFT JOIN certificates c ON c.id = d.certificate_id
       WHERE d.stay_id = ? ORDER BY d.id`,
    )
    .all(stay.id) as DischargeRow[];
  const notices = ctx.sqlite
    .prepare(`SELECT ${noticeColumns} FROM notices n WHERE n.stay_id = ? AND n.cancelled_at IS NULL ORDER BY n.due_on, n.id`)
    .all(stay.id) as NoticeRow[];
  const on = stay.dischargedOn ?? today;
  const views = rows.map(toView);
  return {
    stay: staySummary(stay, isMinorOn(stay, on, legal(ctx.sqlite, 'age.adult', on).value.years)),
    current: views.find((v) => v.undone === null) ?? null,
    undone: views.filter((v) => v.undone !== null),
    notices: notices.map((n) => noticeView(n, today)),
  };
}
