import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { includedProposals, type ReviewDetail } from '../reductions/proposal-model';
import { ReviewPrintPage } from '../reductions/ReviewPrintPage';
import { DocumentHeader, Signatures } from './PrintPage';
import classes from './print.module.css';

function PostingDocument({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const { review } = detail;
  const listed = includedProposals(detail.proposals);
  const k = 'reductionPrint';
  return (
    <>
      <DocumentHeader number={t(`${k}.noticeNumber`)} date={review.postingFrom ?? review.reviewOn} />
      <h1 className={classes.title}>{t(`${k}.noticeTitle`)}</h1>
      <div className={classes.subtitle}>{t(`${k}.noticeSubtitle`)}</div>
      <p className={classes.para}>{t(`${k}.noticeIntro`, { facility: facility.name, count: listed.length, date: formatDateVN(review.reviewOn) })}</p>
      <p className={classes.para}>
        {review.postingFrom && review.postingTo
          ? t(`${k}.noticePeriod`, { from: formatDateVN(review.postingFrom), to: formatDateVN(review.postingTo) })
          : t(`${k}.noticeNotApproved`)}
      </p>
      <p className={classes.para}>{t(`${k}.noticeFeedback`)}</p>
      {listed.length > 0 && (
        <table className={classes.items} data-testid="posting-list">
          <thead>
            <tr>
              <th>{t(`${k}.col.no`)}</th>
              <th>{t(`${k}.col.name`)}</th>
              <th>{t(`${k}.col.born`)}</th>
              <th>{t(`${k}.col.admitted`)}</th>
              <th>{t(`${k}.col.proposal`)}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((p, i) => (
              <tr key={p.id}>
                <td className={classes.center}>{i + 1}</td>
                <td>{p.fullName}</td>
                <td className={classes.center}>{p.birthYear ?? ''}</td>
                <td className={classes.center}>{formatDateVN(p.admittedOn)}</td>
                <td className={classes.center}>{p.kind === 'exemption' ? t(`${k}.exempt`) : t(`${k}.months`, { count: p.monthsProposed })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Signatures signers={[{ title: t(`${k}.signHead`), hint: t('print.sealHint') }]} />
    </>
  );
}

/** The notice posted at the facility for 5 working days (postingFrom–postingTo) with the proposed residents, A4. */
export function ReductionPostingPrint({ reviewId }: { reviewId: number }) {
  return <ReviewPrintPage reviewId={reviewId}>{(detail) => <PostingDocument detail={detail} />}</ReviewPrintPage>;
}
