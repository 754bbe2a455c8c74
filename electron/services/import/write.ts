import { formatFileNumber } from '../../../shared/domain/file-number';
import type { ImportedStay } from '../../../shared/domain/import/types';
import { NOT_RECORDED } from '../../../shared/domain/import/row-decision';
import { legalInForce, type LegalRow } from '../../../shared/domain/legal';
import { nameColumns } from '../../../shared/domain/names';
import { dischargeReasonLabels } from '../../../shared/domain/report-labels';
import { computeTermClock } from '../../../shared/domain/term-clock';
import type { Ctx } from '../../router/types';
import { dueDatesFor } from '../admissions/due-dates';
import { settingValue } from '../settings/legal';
import { vnDayStart } from '../movements/append';

/**
 * The rows one import writes, with the statements prepared once (30.000 rows): the same columns the admission and
 * discharge services fill, so an imported stay reads in lists, history and reports like one entered in the app.
 */
export function importWriter(ctx: Ctx, batchId: number, legal: LegalRow[], fileNumbersInFile: Set<string>) {
  const { sqlite } = ctx;
  const recordedAt = ctx.now().toISOString();
  const userId = ctx.user?.id ?? null;
  const insertPerson = sqlite.prepare(
    `INSERT INTO persons (full_name, family_name, middle_name, given_name, name_folded, name_sort_key, birth_date, birth_year, sex,
       citizen_id, citizen_id_kind, permanent_address, current_address, import_batch_id)
     VALUES (@fullName, @familyName, @middleName, @givenName, @nameFolded, @nameSortKey, @birthDate, @birthYear, @sex,
       @citizenId, @citizenIdKind, @residence, @residence, @batchId) RETURNING id`,
  );
  const insertStay = sqlite.prepare(
    `INSERT INTO stays (person_id, file_number, kind, admitted_on, term_months, held_days_deducted, is_readmission, state,
       current_bed_id, expected_release, discharged_on, discharge_reason, import_source, import_batch_id, created_by)
     VALUES (@personId, @fileNumber, @kind, @admittedOn, @termMonths, 0, @readmission, @state, NULL, @expectedRelease,
       @dischargedOn, @dischargeReason, @importSource, @batchId, @userId) RETURNING id`,
  );
  const insertCourt = sqlite.prepare(
    'INSERT INTO court_decisions (stay_id, court, decision_number, decision_date, term_months) VALUES (?, ?, ?, ?, ?)',
  );
  const insertManagement = sqlite.prepare(
    'INSERT INTO management_decisions (stay_id, decision_number, decision_date, issuer) VALUES (?, ?, ?, ?)',
  );
  const insertMovement = sqlite.prepare(
    `INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, reason, document_number, document_date, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  /** The release date of the term clock as admit caches it; an assessment's result deadline; else none. */
  function expectedRelease(stay: ImportedStay): string | null {
    if (stay.termMonths === null) {
      return stay.kind === 'assessment' ? (dueDatesFor(sqlite, stay).assessmentResult?.date ?? null) : null;
    }
    const noticeDays = legalInForce(legal, 'release.notice_days', stay.admittedOn).value.days;
    const asOf = stay.dischargedOn ?? stay.admittedOn;
    return computeTermClock({ admittedOn: stay.admittedOn, termMonths: stay.termMonths, heldDaysDeducted: 0, escapes: [], reductions: [], asOf, noticeDays }).releaseDate;
  }

  /**
   * The next number of the admission year from the admissions' counter (nextFileNumber's rule, with its statements
   * prepared once for the whole file), passing over a number taken or brought by a later row of the file.
   */
  const pattern = settingValue<string>(sqlite, 'file_number.pattern');
  const bump = sqlite.prepare(
    `INSERT INTO file_number_counters (year, last) VALUES (?, 1) ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const taken = sqlite.prepare('SELECT 1 FROM stays WHERE file_number = ?');
  function newFileNumber(admittedOn: string): string {
    const year = Number(admittedOn.slice(0, 4));
    for (;;) {
      const n = formatFileNumber(pattern, year, (bump.get(year) as { last: number }).last);
      if (!fileNumbersInFile.has(n) && !taken.get(n)) return n;
    }
  }

  return {
    person(stay: ImportedStay): number {
      const birthYear = stay.birthDate ? Number(stay.birthDate.slice(0, 4)) : (stay.birthYear as number);
      const row = insertPerson.get({
        ...nameColumns(stay.fullName),
        birthDate: stay.birthDate,
        birthYear,
        sex: stay.sex,
        citizenId: stay.citizenId,
        // As admissions do: 12 digits is a CCCD, 9 an old CMND.
        citizenIdKind: stay.citizenId ? (stay.citizenId.length === 12 ? 'cccd' : 'cmnd') : null,
        residence: stay.residence,
        batchId,
      }) as { id: number };
      return row.id;
    },

    /** The stay, its decision and movements; returns the stay and how many decisions and movements it wrote. */
    stay(stay: ImportedStay, personId: number, readmission: boolean, importSource: string): { stayId: number; decisions: number; movements: number } {
      const fileNumber = stay.fileNumber ?? newFileNumber(stay.admittedOn);
      const { id: stayId } = insertStay.get({
        personId,
        fileNumber,
        kind: stay.kind,
        admittedOn: stay.admittedOn,
        termMonths: stay.termMonths,
        readmission: readmission ? 1 : 0,
        state: stay.dischargedOn ? 'discharged' : 'present',
        expectedRelease: expectedRelease(stay),
        dischargedOn: stay.dischargedOn,
        dischargeReason: stay.dischargedOn ? stay.dischargeReason : null,
        importSource,
        batchId,
        userId,
      }) as { id: number };
      const decisionDate = stay.decisionDate ?? stay.admittedOn;
      let decisions = 0;
      if (stay.decisionNumber && (stay.kind === 'compulsory_adult' || stay.kind === 'compulsory_minor')) {
        insertCourt.run(stayId, stay.court ?? NOT_RECORDED, stay.decisionNumber, decisionDate, stay.termMonths ?? 0);
        decisions++;
      } else if (stay.decisionNumber && stay.kind === 'pending_decision') {
        insertManagement.run(stayId, stay.decisionNumber, decisionDate, stay.court ?? NOT_RECORDED);
        decisions++;
      }
      const document = stay.decisionNumber ? [stay.decisionNumber, decisionDate] : [null, null];
      insertMovement.run(stayId, 'admitted', vnDayStart(stay.admittedOn), stay.admittedOn, recordedAt, null, ...document, userId);
      if (!stay.dischargedOn) return { stayId, decisions, movements: 1 };
      const reason = stay.dischargeReason ? dischargeReasonLabels[stay.dischargeReason] : null;
      insertMovement.run(stayId, 'discharged', vnDayStart(stay.dischargedOn), stay.dischargedOn, recordedAt, reason, null, null, userId);
      return { stayId, decisions, movements: 2 };
    },
  };
}
