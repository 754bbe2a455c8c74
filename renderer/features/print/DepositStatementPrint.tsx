import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { matchPath } from '../../router/match';
import { periodOf, statementColumns, type DepositStatement } from '../deposit/deposit-model';
import { useDepositStatement } from '../deposit/hooks';
import money from './discharge-print.module.css';
import { formatMoney } from './print-text';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

const n = (dong: number | null) => (dong === null ? '' : formatMoney(dong).replace(/ đ$/, ''));

function Lines({ s }: { s: DepositStatement }) {
  const { t } = useTranslation();
  const p = 'deposit.print';
  return (
    <table className={classes.items} data-testid="statement-lines">
      <thead>
        <tr>
          <th>{t(`${p}.no`)}</th>
          <th>{t(`${p}.date`)}</th>
          <th>{t(`${p}.kind`)}</th>
          <th>{t(`${p}.description`)}</th>
          <th>{t(`${p}.credit`)}</th>
          <th>{t(`${p}.debit`)}</th>
          <th>{t(`${p}.balance`)}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td />
          <td colSpan={5}>{t(`${p}.openingRow`)}</td>
          <td className={money.money}>{n(s.openingDong)}</td>
        </tr>
        {s.lines.map((l, i) => {
          const c = statementColumns(l);
          return (
            <tr key={l.id}>
              <td className={classes.center}>{i + 1}</td>
              <td className={classes.center}>{formatDateVN(l.lineOn)}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{t(`deposit.kind.${l.kind}`)}</td>
              <td>
                {l.description}
                {l.reversed && <> {t(`${p}.cancelled`, { reason: l.reversed.reason })}</>}
              </td>
              <td className={money.money}>{n(c.credit)}</td>
              <td className={money.money}>{n(c.debit)}</td>
              <td className={money.money}>{n(l.balanceDong)}</td>
            </tr>
          );
        })}
        {s.lines.length === 0 && (
          <tr>
            <td />
            <td colSpan={6}>{t(`${p}.empty`)}</td>
          </tr>
        )}
        <tr className={money.total}>
          <td />
          <td colSpan={3}>{t(`${p}.totals`)}</td>
          <td className={money.money}>{n(s.creditsDong)}</td>
          <td className={money.money}>{n(s.debitsDong)}</td>
          <td />
        </tr>
        <tr className={money.total}>
          <td />
          <td colSpan={5}>{t(`${p}.closingRow`)}</td>
          <td className={money.money}>{n(s.closingDong)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Sheet({ s, from, to }: { s: DepositStatement; from: string; to: string }) {
  const { t } = useTranslation();
  const p = 'deposit.print';
  return (
    <>
      <DocumentHeader number={t('print.fileNumber', { fileNumber: s.fileNumber })} date={vnDate(new Date())} />
      <h1 className={classes.title}>{t(`${p}.title`)}</h1>
      <div className={classes.subtitle}>{t(`${p}.subtitle`, { from: formatDateVN(from), to: formatDateVN(to) })}</div>
      <p className={classes.para}>{t(`${p}.person`, { name: s.fullName, fileNumber: s.fileNumber })}</p>
      <Lines s={s} />
      <p className={classes.para}>{t(`${p}.closingText`)}</p>
      <Signatures
        signers={[
          { title: t(`${p}.signResident`), hint: t('print.signHint'), name: s.fullName },
          { title: t(`${p}.signOfficer`), hint: t('print.signHint') },
        ]}
      />
    </>
  );
}

/** The statement of a stay's deposit account for a period (A4): opening balance, lines with running balance, totals. */
export function DepositStatementPrint({ stayId, from, to }: { stayId: number; from: string; to: string }) {
  const { t } = useTranslation();
  const statement = useDepositStatement(stayId, from, to);
  return (
    <PrintPage backTo={`/hoc-vien/${stayId}`} backLabel={t('deposit.print.back')}>
      {statement.data ? (
        <Sheet s={statement.data} from={from} to={to} />
      ) : (
        <QueryStatus error={statement.error} onRetry={() => void statement.refetch()} />
      )}
    </PrintPage>
  );
}

/** The statement for a path like /in/sao-ke/12/2026-03-05/2026-12-01, or null if the path is not one. */
export function depositStatementFor(pathname: string): ReactNode {
  const m = matchPath('/in/sao-ke/:stayId/:from/:to', pathname);
  const stayId = Number(m?.stayId);
  const period = periodOf(m?.from, m?.to);
  if (!period || !Number.isInteger(stayId) || stayId <= 0) return null;
  return <DepositStatementPrint key={pathname} stayId={stayId} from={period.from} to={period.to} />;
}
