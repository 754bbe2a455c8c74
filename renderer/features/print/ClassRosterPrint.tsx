import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import type { ClassDetailData } from '../training/class-model';
import { useClass, useTrades } from '../training/hooks';
import { useScheduleWords } from '../training/labels';
import { classPath } from '../training/paths';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

type Trade = { level: 'so_cap' | 'under_3_months'; durationHours: number } | undefined;

function Roster({ detail, trade }: { detail: ClassDetailData; trade: Trade }) {
  const { t } = useTranslation();
  const words = useScheduleWords();
  const c = detail.class;
  const k = 'training.roster';
  // The roster is of those who joined the class; the waiting list is not on it.
  const listed = detail.enrolments.filter((e) => e.status !== 'waiting');
  const cols = ['no', 'name', 'born', 'file', 'enrolledOn', 'result', 'certificate'] as const;
  return (
    <>
      <DocumentHeader number={t(`${k}.number`)} date={vnDate(new Date())} />
      <h1 className={classes.title}>{t(`${k}.title`)}</h1>
      <div className={classes.subtitle}>{t(`${k}.subtitle`, { name: c.name })}</div>
      <p className={classes.para}>
        {t(`${k}.trade`, {
          trade: c.tradeName,
          level: trade ? t(`training.level.${trade.level}`) : '',
          hours: trade ? t('training.hours', { n: trade.durationHours }) : '',
        })}
      </p>
      <p className={classes.para}>{t(`${k}.trainer`, { name: c.trainerName, place: c.place })}</p>
      <p className={classes.para}>{t(`${k}.dates`, { from: formatDateVN(c.startsOn), to: formatDateVN(c.endsOn), schedule: words.schedule(c.schedule) })}</p>
      {c.partnerSchool && <p className={classes.para}>{t(`${k}.partner`, { name: c.partnerSchool })}</p>}
      {listed.length === 0 ? (
        <p className={classes.para}>{t(`${k}.empty`)}</p>
      ) : (
        <table className={classes.items} data-testid="class-roster">
          <thead>
            <tr>
              {cols.map((col) => (
                <th key={col}>{t(`${k}.col.${col}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {listed.map((e, i) => (
              <tr key={e.id}>
                <td className={classes.center}>{i + 1}</td>
                <td>{e.fullName}</td>
                <td className={classes.center}>{e.birthYear ?? ''}</td>
                <td className={classes.center}>{e.fileNumber}</td>
                <td className={classes.center}>{formatDateVN(e.enrolledOn)}</td>
                <td className={classes.center}>
                  {e.result ? t(`training.result.${e.result}`) : e.status === 'withdrawn' ? t(`${k}.withdrawn`, { date: formatDateVN(e.withdrawnOn) }) : ''}
                </td>
                <td className={classes.center}>{e.certificateNumber ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={classes.para}>{t(`${k}.total`, { n: listed.length })}</p>
      <Signatures signers={[{ title: t(`${k}.signTrainer`), hint: t('print.signHint'), name: c.trainerName }]} />
    </>
  );
}

/** The roster of a vocational class (A4, NĐ 30/2020): the class's facts, who is on it, results and certificates. */
export function ClassRosterPrint({ classId }: { classId: number }) {
  const { t } = useTranslation();
  const q = useClass(classId);
  const trades = useTrades();
  return (
    <PrintPage backTo={classPath(classId)} backLabel={t('training.roster.back')}>
      {q.data && trades.data ? (
        <Roster detail={q.data} trade={trades.data.trades.find((x) => x.id === q.data.class.tradeId)} />
      ) : (
        <QueryStatus error={q.error ?? trades.error} onRetry={() => void Promise.all([q.refetch(), trades.refetch()])} />
      )}
    </PrintPage>
  );
}
