import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { loadClass, sessionRows } from './class-rows';

type EnrolmentView = MethodOutput<'classes.get'>['enrolments'][number];

/**
 * The class's residents: those on it by name, then the waiting list in its order (when each was put on it), then those who left. A
 * resident's held sessions are those taken from the day he joined until the day he left.
 */
function enrolmentViews(sqlite: Database.Database, classId: number): EnrolmentView[] {
  const rows = sqlite
    .prepare(
      `SELECT e.id, e.stay_id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, p.birth_year AS birthYear,
              s.state, e.status, e.enrolled_on AS enrolledOn, e.funding_flag AS fundingFlag, e.funding_reason AS fundingReason,
              e.withdrawn_on AS withdrawnOn, e.withdraw_reason AS withdrawReason, e.result, e.result_reason AS resultReason,
              e.certificate_number AS certificateNumber, e.certificate_date AS certificateDate,
              (SELECT count(*) FROM training_sessions ts JOIN session_attendance a ON a.session_id = ts.id AND a.enrolment_id = e.id
               WHERE ts.class_id = e.class_id AND ts.taken_at IS NOT NULL AND ts.session_on >= e.enrolled_on
                 AND (e.withdrawn_on IS NULL OR ts.session_on < e.withdrawn_on) AND a.present = 1) AS attended,
              CASE WHEN e.status = 'waiting' THEN 0 ELSE
              (SELECT count(*) FROM training_sessions ts
               WHERE ts.class_id = e.class_id AND ts.taken_at IS NOT NULL AND ts.session_on >= e.enrolled_on
                 AND (e.withdrawn_on IS NULL OR ts.session_on < e.withdrawn_on)) END AS held
       FROM enrolments e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id
       WHERE e.class_id = ?
       ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,
                CASE WHEN e.status = 'waiting' THEN e.created_at END, CASE WHEN e.status = 'waiting' THEN e.id END, p.name_sort_key, e.id`,
    )
    .all(classId) as (Omit<EnrolmentView, 'fundingFlag'> & { fundingFlag: number })[];
  return rows.map((r) => ({ ...r, fundingFlag: r.fundingFlag === 1 }));
}

export function getClass(sqlite: Database.Database, classId: number): MethodOutput<'classes.get'> {
  return {
    class: loadClass(sqlite, classId),
    enrolments: enrolmentViews(sqlite, classId),
    sessions: sessionRows(sqlite, 'WHERE ts.class_id = @classId ORDER BY ts.session_on, ts.start_time', { classId }),
  };
}
