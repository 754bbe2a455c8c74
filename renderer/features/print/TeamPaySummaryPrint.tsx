import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { QueryStatus } from '../../components/QueryStatus';
import { formatNumber } from '../../format/format';
import { formatMonthVN } from '../ratings/rating-model';
import { usePayRun } from '../work/hooks';
import { workPayPath } from '../work/paths';
import { formatHours } from '../work/work-model';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

type Pay = MethodOutput<'pay.get'>;

function Summary({ pay, month }: { pay: Pay; month: string }) {
  const { t } = useTranslation();
  const k = 'work.print';
  const run = pay.run;
  const sum = (f: (x: Pay['teams'][number]) => number) => pay.teams.reduce((s, x) => s + f(x), 0);
  return (
    <>
      <DocumentHeader number={t(`${k}.number`)} date={vnDate(new Date())} />
      <h1 className={classes.title}>{t(`${k}.summaryTitle`)}</h1>
      <div className={classes.subtitle}>{t(`${k}.slipSubtitle`, { month: formatMonthVN(month) })}</div>
      {!run ? (
        <p className={classes.para}>{t(`${k}.noRun`)}</p>
      ) : (
        <>
          {run.status === 'draft' && <p className={classes.para}><em>{t(`${k}.draftNote`)}</em></p>}
          <table className={classes.items}>
            <thead>
              <tr>
                <th>{t(`${k}.no`)}</th>
                <th>{t(`${k}.team`)}</th>
                <th>{t(`${k}.residents`)}</th>
                <th>{t(`${k}.hoursCol`)}</th>
                <th>{t(`${k}.amountCol`)}</th>
              </tr>
            </thead>
            <tbody>
              {pay.teams.map((tm, i) => (
                <tr key={tm.teamId}>
                  <td className={classes.center}>{i + 1}</td>
                  <td>{tm.teamName}</td>
                  <td className={classes.center}>{formatNumber(tm.residents)}</td>
                  <td className={classes.center}>{formatHours(tm.hours)}</td>
                  <td style={{ textAlign: 'right' }}>{formatNumber(tm.amountDong)}</td>
                </tr>
              ))}
              <tr>
                <td />
                <td>
                  <strong>{t(`${k}.total`)}</strong>
                </td>
                <td className={classes.center}>
                  <strong>{formatNumber(run.residents)}</strong>
                </td>
                <td className={classes.center}>
                  <strong>{formatHours(sum((x) => x.hours))}</strong>
                </td>
                <td style={{ textAlign: 'right' }}>
                  <strong>{formatNumber(run.totalDong)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          <p className={classes.para}>{t(`${k}.basis`)}</p>
          <Signatures
            signers={[
              { title: t(`${k}.signMaker`), hint: t('print.signHint'), name: run.draftedBy },
              { title: t(`${k}.signHead`), hint: t('print.signHint'), name: run.approvedBy },
            ]}
          />
        </>
      )}
    </>
  );
}

/** The month's pay run summed per team (A4): residents, hours and amount of each team, and the total. */
export function TeamPaySummaryPrint({ month }: { month: string }) {
  const { t } = useTranslation();
  const q = usePayRun(month);
  return (
    <PrintPage backTo={workPayPath(month)} backLabel={t('work.print.back')}>
      {q.data ? <Summary pay={q.data} month={month} /> : <QueryStatus error={q.error} onRetry={() => void q.refetch()} />}
    </PrintPage>
  );
}
