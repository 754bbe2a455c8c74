import type { MethodOutput } from '../../../shared/contract';
import {
  alertCounts,
  overviewAlerts,
  type AbsentVoluntaryStay,
  type AreaRollFacts,
  type AssessmentStay,
  type AwayStay,
  type ReleaseStay,
} from '../../../shared/domain/alerts';
import type { Ctx } from '../../router/types';
import { pendingNotices } from '../discharge/pending';
import { rollTimes } from '../roll/times';
import { legalRows, settingValue } from '../settings/legal';

const notReversed = `NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = m.stay_id AND x.type = 'reversal' AND x.reverses_id = m.id)`;
const onBooks = `('present', 'in_hospital', 'on_leave', 'at_court', 'escaped', 'suspended')`;

/** The latest effective movement of the given types for each stay, one seek on movements(stay_id, occurred_at). */
const lastMovement = (types: string, column: string) => `(SELECT m.${column} FROM movements m
  WHERE m.stay_id = s.id AND m.type IN (${types}) AND ${notReversed} ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1)`;

/**
 * Gathers what the overdue rules need with indexed reads (stays by state, each stay's last movement, today's
 * rolls, term stays by release date, the latest reduction review), the notices owed as the notices screen lists
 * them, and lets shared/domain/alerts.ts decide; the stays' cached state and release date are the movements'.
 */
export function alertsOverview(ctx: Ctx): MethodOutput<'alerts.overview'> {
  const { sqlite } = ctx;
  const today = ctx.today();
  const outTypes = `'to_hospital', 'funeral_leave', 'to_court'`;
  const away = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.state,
              ${lastMovement(outTypes, 'occurred_on')} AS leftOn,
              ${lastMovement(outTypes, 'expected_return_on')} AS expectedReturnOn,
              ${lastMovement(outTypes, 'document_number')} AS documentNumber
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.state IN ('in_hospital', 'on_leave', 'at_court')`,
    )
    .all() as AwayStay[];
  const assessments = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.admitted_on AS admittedOn
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.state IN ${onBooks} AND s.kind = 'assessment'`,
    )
    .all() as AssessmentStay[];
  const absentVoluntary = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, ${lastMovement(`'escaped'`, 'occurred_on')} AS absentSince
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.state = 'escaped' AND s.kind = 'voluntary'`,
    )
    .all() as AbsentVoluntaryStay[];
  const areaRows = sqlite
    .prepare(
      `SELECT a.id AS areaId, a.code, a.name FROM areas a
       WHERE a.id IN (SELECT r.area_id FROM stays s JOIN beds b ON b.id = s.current_bed_id JOIN rooms r ON r.id = b.room_id
                      WHERE s.state IN ${onBooks})
       ORDER BY a.code`,
    )
    .all() as Omit<AreaRollFacts, 'slotsTaken'>[];
  const taken = sqlite.prepare('SELECT area_id AS areaId, slot FROM rolls WHERE roll_date = ?').all(today) as { areaId: number; slot: string }[];
  const areas = areaRows.map((a) => ({ ...a, slotsTaken: taken.filter((r) => r.areaId === a.areaId).map((r) => r.slot) }));

  const releases = sqlite
    .prepare(
      `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.state, s.admitted_on AS admittedOn,
              s.expected_release AS expectedRelease,
              COALESCE((SELECT c.decision_number FROM court_decisions c WHERE c.stay_id = s.id ORDER BY c.id DESC LIMIT 1),
                       (SELECT v.contract_number FROM voluntary_contracts v WHERE v.stay_id = s.id ORDER BY v.id DESC LIMIT 1)) AS decisionNumber
       FROM stays s JOIN persons p ON p.id = s.person_id
       WHERE s.expected_release <= ? AND s.state <> 'discharged' AND s.term_months IS NOT NULL
       ORDER BY s.expected_release, s.id`,
    )
    .all(today) as ReleaseStay[];
  const { lastReviewOn } = sqlite.prepare('SELECT max(review_on) AS lastReviewOn FROM reduction_reviews').get() as { lastReviewOn: string | null };

  const nowTime = new Date(ctx.now().getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  const alerts = overviewAlerts({
    today,
    nowTime,
    away: away.filter((s) => s.leftOn !== null),
    assessments,
    absentVoluntary: absentVoluntary.filter((s) => s.absentSince !== null),
    areas,
    rollTimes: rollTimes(sqlite),
    legal: legalRows(sqlite),
    holidays: settingValue<string[]>(sqlite, 'calendar.holidays'),
    releases,
    notices: pendingNotices(ctx).notices,
    lastReviewOn,
  });
  return { alerts, counts: alertCounts(alerts) };
}
