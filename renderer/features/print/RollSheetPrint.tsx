import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { QueryStatus } from '../../components/QueryStatus';
import { matchPath } from '../../router/match';
import { formatDateVN, formatInstantVN, formatNumber } from '../../format/format';
import { useHeadcount, useRollExpected } from '../roll/hooks';
import { DocumentHeader, PrintPage, Signatures } from './PrintPage';
import classes from './print.module.css';

type Roll = MethodOutput<'roll.expected'>;

/** Where an entry stands on paper: a saved roll's mark (after amendments); otherwise only known movements. */
function markOf(e: Roll['entries'][number], saved: boolean): 'present' | 'absent' | null {
  const status = e.amendments.at(-1)?.toStatus ?? e.status;
  if (saved) return status === 'present' ? 'present' : 'absent';
  return e.expected === 'away' ? 'absent' : null;
}

function RollSheet({ roll, areaName, date, slot }: { roll: Roll; areaName: string; date: string; slot: string }) {
  const { t } = useTranslation();
  const saved = roll.roll;
  const away = roll.entries.filter((e) => e.expected === 'away').length;
  const slotName = t(`roll.slots.${slot}`, { defaultValue: slot });
  const s = 'print.rollSheet';
  return (
    <>
      <DocumentHeader number={t(`${s}.number`)} date={date} />
      <h1 className={classes.title}>{t(`${s}.title`)}</h1>
      <div className={classes.subtitle}>{t(`${s}.subtitle`, { area: areaName, slot: slotName.toLowerCase(), time: roll.time, date: formatDateVN(date) })}</div>
      <p className={classes.para}>
        {t(`${s}.counts`, { expected: formatNumber(roll.entries.length), away: formatNumber(away), due: formatNumber(roll.entries.length - away) })}
      </p>
      <p className={classes.para}>
        {saved
          ? t(`${s}.saved`, { at: formatInstantVN(saved.savedAt), present: formatNumber(saved.presentCount), expected: formatNumber(saved.expectedCount) })
          : t(`${s}.tally`)}
      </p>
      {roll.entries.length === 0 ? (
        <p className={classes.para}>{t(`${s}.empty`)}</p>
      ) : (
        <table className={`${classes.items} ${classes.rollTable}`}>
          <thead>
            <tr>
              <th>{t(`${s}.no`)}</th>
              <th>{t(`${s}.name`)}</th>
              <th>{t(`${s}.bed`)}</th>
              <th>{t(`${s}.present`)}</th>
              <th>{t(`${s}.absent`)}</th>
              <th>{t(`${s}.note`)}</th>
            </tr>
          </thead>
          <tbody>
            {roll.entries.map((e, i) => {
              const mark = markOf(e, saved !== null);
              const note = e.awayStatus ? t(`roll.away.${e.awayStatus}`) : (e.amendments.at(-1)?.reason ?? e.reason ?? '');
              return (
                <tr key={e.stayId}>
                  <td className={classes.center}>{i + 1}</td>
                  <td>{e.fullName}</td>
                  <td className={classes.center}>{e.bedLabel ?? ''}</td>
                  <td className={classes.center}>{mark === 'present' ? t(`${s}.tick`) : ''}</td>
                  <td className={classes.center}>{mark === 'absent' ? t(`${s}.tick`) : ''}</td>
                  <td>{note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Signatures signers={[{ title: t(`${s}.signOfficer`), hint: t('print.signHint'), name: saved?.takenBy ?? null }]} />
    </>
  );
}

/**
 * The roll sheet of one area for a day and roll time (A4): the residents the roll expects, or the saved roll as
 * frozen, with columns to tick on paper, the counts and the officer's signature.
 */
export function RollSheetPrint({ areaId, date, slot }: { areaId: number; date: string; slot: string }) {
  const { t } = useTranslation();
  const roll = useRollExpected({ areaId, date, slot });
  const areas = useHeadcount(date);
  const area = areas.data?.areas.find((a) => a.areaId === areaId);
  const ready = roll.data && areas.data;
  return (
    <PrintPage backTo="/diem-danh" backLabel={t('print.rollSheet.back')}>
      {ready ? (
        <RollSheet roll={roll.data} areaName={area ? `${area.code} · ${area.name}` : ''} date={date} slot={slot} />
      ) : (
        <QueryStatus error={roll.error ?? areas.error} onRetry={() => void Promise.all([roll.refetch(), areas.refetch()])} />
      )}
    </PrintPage>
  );
}

/** The roll sheet for a path like /in/diem-danh/3/2026-11-23/morning, or null if the path is not one. */
export function rollSheetFor(pathname: string): ReactNode {
  const p = matchPath('/in/diem-danh/:areaId/:date/:slot', pathname);
  const areaId = Number(p?.areaId);
  if (!p?.date || !p.slot || !Number.isInteger(areaId) || areaId <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(p.date)) return null;
  return <RollSheetPrint key={pathname} areaId={areaId} date={p.date} slot={p.slot} />;
}
