import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { includedProposals, type ReviewDetail } from '../reductions/proposal-model';
import { documentDate } from '../reductions/print-text';
import { ReviewPrintPage } from '../reductions/ReviewPrintPage';
import { DocumentHeader, Signatures } from './PrintPage';
import classes from './print.module.css';

function ProposalDocument({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const { review } = detail;
  const listed = includedProposals(detail.proposals);
  const k = 'reductionPrint';
  return (
    <>
      <div className={classes.formNumber}>{t(`${k}.form43`)}</div>
      {review.status === 'draft' && <p className={classes.subtitle}>{t(`${k}.draftWatermark`)}</p>}
      <DocumentHeader number={t(`${k}.number`)} date={documentDate(review)} />
      <h1 className={classes.title}>{t(`${k}.proposalTitle`)}</h1>
      <div className={classes.subtitle}>{t(`${k}.proposalSubtitle`)}</div>
      <p className={classes.subtitle}>{t(`${k}.recipient`)}</p>
      <p className={classes.para}>{t(`${k}.basis`)}</p>
      <p className={classes.para}>{t(`${k}.basisReview`, { facility: facility.name, date: formatDateVN(review.reviewOn) })}</p>
      {listed.length === 0 ? (
        <p className={classes.para}>{t(`${k}.none`)}</p>
      ) : (
        <>
          <p className={classes.para}>{t(`${k}.request`, { facility: facility.name, count: listed.length })}</p>
          {listed.map((p, i) => (
            <p key={p.id} className={classes.para}>
              {t(`${k}.item`, {
                no: i + 1,
                name: p.fullName,
                born: p.birthYear ?? t('print.blank'),
                file: p.fileNumber,
                admitted: formatDateVN(p.admittedOn),
                term: p.termMonths === null ? t('print.blank') : t('common.months', { count: p.termMonths }),
                proposal: p.kind === 'exemption' ? t(`${k}.proposalExempt`) : t(`${k}.proposalReduce`, { months: p.monthsProposed }),
                grounds: p.grounds,
              })}
            </p>
          ))}
        </>
      )}
      <p className={classes.para}>{t(`${k}.attached`)}</p>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', alignItems: 'start', fontSize: '11pt' }}>
        <div style={{ marginTop: '14pt' }}>
          <div style={{ fontWeight: 'bold', fontStyle: 'italic' }}>{t(`${k}.recipientsHeading`)}</div>
          <div>{t(`${k}.recipientAbove`)}</div>
          <div>{t(`${k}.recipientProcuracy`)}</div>
          <div>{t(`${k}.recipientArchive`)}</div>
        </div>
        <Signatures signers={[{ title: t(`${k}.signHead`), hint: t('print.sealHint') }]} />
      </div>
    </>
  );
}

/** Mẫu 43: the facility's proposal to the court to reduce or exempt the terms of the residents on the list, A4. */
export function ReductionProposalPrint({ reviewId }: { reviewId: number }) {
  return <ReviewPrintPage reviewId={reviewId}>{(detail) => <ProposalDocument detail={detail} />}</ReviewPrintPage>;
}
