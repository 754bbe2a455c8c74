import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { QueryStatus } from '../../components/QueryStatus';
import { formatMonthVN } from '../ratings/rating-model';
import { usePayRun } from '../work/hooks';
import { workPayPath } from '../work/paths';
import { formatDong, formatHours } from '../work/work-model';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

type Pay = MethodOutput<'pay.get'>;

function Slip({ pay, month, stayId }: { pay: Pay; month: string; stayId: number }) {
  const { t } = useTranslation();
  const k = 'work.print';
  const line = pay.lines.find((l) => l.stayId === stayId);
  const run = pay.run;
  return (
    <>
      <DocumentHeader number={t(`${k}.number`)} date={vnDate(new Date())} />
      <h1 className={classes.title}>{t(`${k}.slipTitle`)}</h1>
      <div className={classes.subtitle}>{t(`${k}.slipSubtitle`, { month: formatMonthVN(month) })}</div>
      {!run ? (
        <p className={classes.para}>{t(`${k}.noRun`)}</p>
      ) : !line ? (
        <p className={classes.para}>{t(`${k}.notInRun`)}</p>
      ) : (
        <>
          {run.status === 'draft' && <p className={classes.para}><em>{t(`${k}.draftNote`)}</em></p>}
          <p className={classes.para}>{t(`${k}.resident`, { name: line.fullName })}</p>
          <p className={classes.para}>{t(`${k}.fileNumber`, { fileNumber: line.fileNumber })}</p>
          <p className={classes.para}>{t(`${k}.hours`, { hours: formatHours(line.hours) })}</p>
          <p className={classes.para}>
            <strong>{t(`${k}.amount`, { amount: formatDong(line.amountDong) })}</strong>
          </p>
          <p className={classes.para}>{t(`${k}.credited`)}</p>
          <p className={classes.para}>{t(`${k}.basis`)}</p>
          <Signatures
            signers={[
              { title: t(`${k}.signResident`), hint: t('print.signHint'), name: line.fullName },
              { title: t(`${k}.signMaker`), hint: t('print.signHint'), name: run.draftedBy },
              { title: t(`${k}.signHead`), hint: t('print.signHint'), name: run.approvedBy },
            ]}
          />
        </>
      )}
    </>
  );
}

/** One resident's pay slip for a month (A4): his hours and earnings from the month's pay run, with signatures. */
export function PaySlipPrint({ month, stayId }: { month: string; stayId: number }) {
  const { t } = useTranslation();
  const q = usePayRun(month);
  return (
    <PrintPage backTo={workPayPath(month)} backLabel={t('work.print.back')}>
      {q.data ? <Slip pay={q.data} month={month} stayId={stayId} /> : <QueryStatus error={q.error} onRetry={() => void q.refetch()} />}
    </PrintPage>
  );
}
