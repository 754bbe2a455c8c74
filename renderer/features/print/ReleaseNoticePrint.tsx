import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { vnDate } from '../../../shared/domain/dates';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { matchPath } from '../../router/match';
import { releaseRecipients } from '../discharge/discharge-form';
import { dischargePath } from '../discharge/paths';
import { CopiesFooter } from './CopiesFooter';
import classes from './discharge-print.module.css';
import { DischargePrint, type DischargeRecord } from './DischargePrint';
import { communeName, courtName, familyName, residenceOrBlank } from './discharge-text';
import { DocumentHeader } from './PrintPage';
import print from './print.module.css';
import { birthText } from './record-text';

type Recipient = (typeof releaseRecipients)[number];

function Notice({ data, r, to }: { data: DischargeRecord; r: AdmissionRecord; to: Recipient }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const p = 'discharge.print';
  const release = data.stay.releaseDate;
  const addressee = to === 'court' ? courtName(t, r) : to === 'commune' ? communeName(t, r) : familyName(t, r);
  const decision =
    r.basis?.kind === 'court'
      ? t(`${p}.decisionCourt`, { number: r.basis.decisionNumber, date: formatDateVN(r.basis.decisionDate), court: r.basis.court })
      : t(`${p}.decisionUnknown`);
  const ask = { court: `${p}.askCourt`, commune: `${p}.askCommune`, family: `${p}.askFamily` } as const;
  return (
    <>
      <DocumentHeader number={t(`${p}.noticeNumber`)} date={vnDate(new Date())} />
      <h1 className={print.title}>{t(`${p}.noticeTitle`)}</h1>
      <div className={print.subtitle}>{t(`${p}.noticeSubtitle`)}</div>
      <div className={classes.dear}>{t(`${p}.dear`, { to: addressee })}</div>
      <p className={print.para}>{t(`${p}.noticeBasis`)}</p>
      <p className={print.para}>
        {t(`${p}.noticeBody`, {
          facility: facility.name,
          name: r.person.fullName,
          born: birthText(r.person),
          residence: residenceOrBlank(t, r),
          decision,
          admittedOn: formatDateVN(data.stay.admittedOn),
          releaseDate: release ? formatDateVN(release) : t('print.blank'),
        })}
      </p>
      <p className={print.para}>{t(ask[to])}</p>
      <CopiesFooter copies={[t(`${p}.asAbove`), t(`${p}.toFile`)]} signer={t(`${p}.signHead`)} />
    </>
  );
}

/** The 15-day pre-release notice of a stay (A4, NĐ 30/2020): one page per recipient, or the one named. */
export function ReleaseNoticePrint({ stayId, recipient }: { stayId: number; recipient: Recipient | null }) {
  const { t } = useTranslation();
  const to = recipient ? [recipient] : [...releaseRecipients];
  return (
    <DischargePrint stayId={stayId} backTo={dischargePath} backLabel={t('discharge.print.backToDischarge')}>
      {(data, r) =>
        data.stay.releaseDate === null ? (
          <p className={print.para}>{t('discharge.print.noRelease')}</p>
        ) : (
          to.map((who, i) => (
            <Fragment key={who}>
              {i > 0 && <div className={classes.pageBreak} />}
              <Notice data={data} r={r} to={who} />
            </Fragment>
          ))
        )
      }
    </DischargePrint>
  );
}

/** The notice for /in/thong-bao-ra/12 (every recipient) or /in/thong-bao-ra/12/commune, else null. */
export function releaseNoticeFor(pathname: string): ReactNode {
  const all = matchPath('/in/thong-bao-ra/:stayId', pathname);
  const one = matchPath('/in/thong-bao-ra/:stayId/:recipient', pathname);
  const stayId = Number((all ?? one)?.stayId);
  if (!Number.isInteger(stayId) || stayId <= 0) return null;
  const recipient = releaseRecipients.find((r) => r === one?.recipient) ?? null;
  if (one && !recipient) return null;
  return <ReleaseNoticePrint key={pathname} stayId={stayId} recipient={recipient} />;
}
