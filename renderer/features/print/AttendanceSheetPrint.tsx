import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatInstantVN, formatNumber } from '../../format/format';
import { matchPath } from '../../router/match';
import { timeRange } from '../training/attendance/attendance-model';
import { useSessionSheet } from '../training/attendance/hooks';
import { sessionPath } from '../training/paths';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

type Sheet = MethodOutput<'sessions.sheet'>;

/** Where a line stands on paper: as saved once taken; before that only the absences a movement explains. */
function markOf(line: Sheet['lines'][number], taken: boolean): 'present' | 'absent' | null {
  if (taken) return line.present ? 'present' : 'absent';
  return line.awayByMovement ? 'absent' : null;
}

function AttendanceSheet({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const { session, className, lines } = sheet;
  const taken = session.takenAt !== null;
  const away = lines.filter((l) => l.awayByMovement).length;
  const present = lines.filter((l) => l.present).length;
  const s = 'attendance.print';
  return (
    <>
      <DocumentHeader number={t(`${s}.number`)} date={session.sessionOn} />
      <h1 className={classes.title}>{t(`${s}.title`)}</h1>
      <div className={classes.subtitle}>
        {t(`${s}.subtitle`, { name: className, date: formatDateVN(session.sessionOn), time: timeRange(session.startTime, session.hours), hours: formatNumber(session.hours) })}
      </div>
      <p className={classes.para}>{t(`${s}.counts`, { total: formatNumber(lines.length), away: formatNumber(away) })}</p>
      <p className={classes.para}>
        {session.takenAt
          ? t(`${s}.saved`, { at: formatInstantVN(session.takenAt), present: formatNumber(present), total: formatNumber(lines.length) })
          : t(`${s}.tally`)}
      </p>
      {lines.length === 0 ? (
        <p className={classes.para}>{t(`${s}.empty`)}</p>
      ) : (
        <table className={`${classes.items} ${classes.rollTable}`}>
          <thead>
            <tr>
              <th>{t(`${s}.no`)}</th>
              <th>{t(`${s}.name`)}</th>
              <th>{t(`${s}.fileNumber`)}</th>
              <th>{t(`${s}.present`)}</th>
              <th>{t(`${s}.absent`)}</th>
              <th>{t(`${s}.reason`)}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const mark = markOf(l, taken);
              const reason = mark === 'absent' && l.reason ? t(`attendance.reasons.${l.reason}`) : '';
              return (
                <tr key={l.enrolmentId}>
                  <td className={classes.center}>{i + 1}</td>
                  <td>{l.fullName}</td>
                  <td className={classes.center}>{l.fileNumber}</td>
                  <td className={classes.center}>{mark === 'present' ? t(`${s}.tick`) : ''}</td>
                  <td className={classes.center}>{mark === 'absent' ? t(`${s}.tick`) : ''}</td>
                  <td>{[reason, l.note].filter(Boolean).join(': ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Signatures signers={[{ title: t(`${s}.signTrainer`), hint: t('print.signHint'), name: session.takenBy }]} />
    </>
  );
}

/**
 * The attendance sheet of one class session (A4, Nghị định 30/2020 heading): the residents on the class that day
 * with a tick for present or absent and the reason, as saved or to fill in on paper, and the trainer's signature.
 */
export function AttendanceSheetPrint({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const q = useSessionSheet(sessionId);
  return (
    <PrintPage backTo={sessionPath(sessionId)} backLabel={t('attendance.print.back')}>
      {q.data ? <AttendanceSheet sheet={q.data} /> : <QueryStatus error={q.error} onRetry={() => void q.refetch()} />}
    </PrintPage>
  );
}

/** The attendance sheet for a path like /in/buoi-hoc/12, or null if the path is not one. */
export function attendanceSheetFor(pathname: string): ReactNode {
  const sessionId = Number(matchPath('/in/buoi-hoc/:sessionId', pathname)?.sessionId);
  return Number.isInteger(sessionId) && sessionId > 0 ? <AttendanceSheetPrint key={sessionId} sessionId={sessionId} /> : null;
}
