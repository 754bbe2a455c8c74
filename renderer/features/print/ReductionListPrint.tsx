import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { formatMonthVN, gradeLabel, type Scale } from '../ratings/rating-model';
import { documentDate } from '../reductions/print-text';
import { includedProposals, servedOn, type Proposal, type ReviewDetail } from '../reductions/proposal-model';
import { ReviewPrintPage } from '../reductions/ReviewPrintPage';
import { DocumentHeader, Signatures } from './PrintPage';
import classes from './print.module.css';

function ListRow({ p, no, reviewOn, scale }: { p: Proposal; no: number; reviewOn: string; scale: Scale }) {
  const { t } = useTranslation();
  const k = 'reductionPrint';
  const served = servedOn(p, reviewOn);
  // The months are the three before the review; the header says so, so only the grades are written, oldest first.
  const ratings = (p.eligibility?.months ?? []).map((m) => (m.grade ? (gradeLabel(scale, m.grade) ?? m.grade) : '—')).join(', ');
  const note = [p.note, p.merit ? t('reductions.proposal.merit') : null, p.kind === 'exemption' ? p.grounds : null].filter(Boolean).join('; ');
  return (
    <tr>
      <td className={classes.center}>{no}</td>
      <td>{p.fullName}</td>
      <td className={classes.center}>{p.birthYear ?? ''}</td>
      <td className={classes.center}>{formatDateVN(p.admittedOn)}</td>
      <td className={classes.center}>{p.termMonths === null ? '' : t(`${k}.months`, { count: p.termMonths })}</td>
      <td className={classes.center}>{served ? t(`${k}.served`, served) : ''}</td>
      <td className={classes.center} title={p.eligibility?.months.map((m) => formatMonthVN(m.month)).join(', ')}>
        {ratings}
      </td>
      <td className={classes.center}>{p.kind === 'exemption' ? t(`${k}.exempt`) : p.monthsProposed}</td>
      <td>{note}</td>
    </tr>
  );
}

function ListDocument({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const { review } = detail;
  const listed = includedProposals(detail.proposals);
  const k = 'reductionPrint';
  const cols = ['no', 'name', 'born', 'admitted', 'term', 'served', 'ratings', 'proposal', 'note'] as const;
  return (
    <>
      <div className={classes.formNumber}>{t(`${k}.form44`)}</div>
      {review.status === 'draft' && <p className={classes.subtitle}>{t(`${k}.draftWatermark`)}</p>}
      <DocumentHeader number={t(`${k}.listNumber`)} date={documentDate(review)} />
      <h1 className={classes.title}>{t(`${k}.listTitle`)}</h1>
      <div className={classes.subtitle}>
        {t(`${k}.listSubtitle`)}
        <br />
        <i style={{ fontWeight: 'normal' }}>{t(`${k}.listReview`, { facility: facility.name, date: formatDateVN(review.reviewOn) })}</i>
      </div>
      {listed.length === 0 ? (
        <p className={classes.para}>{t(`${k}.none`)}</p>
      ) : (
        <table className={classes.items} style={{ fontSize: '10.5pt' }} data-testid="reduction-list">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c}>{t(`${k}.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {listed.map((p, i) => (
              <ListRow key={p.id} p={p} no={i + 1} reviewOn={review.reviewOn} scale={detail.scale} />
            ))}
          </tbody>
        </table>
      )}
      <p className={classes.para}>{t(`${k}.total`, { count: listed.length })}</p>
      <Signatures
        signers={[
          { title: t(`${k}.signMaker`), hint: t('print.signHint') },
          { title: t(`${k}.signHead`), hint: t('print.sealHint') },
        ]}
      />
    </>
  );
}

/** Mẫu 44: the list of residents proposed for a reduction or exemption, with the facts each proposal rests on, A4. */
export function ReductionListPrint({ reviewId }: { reviewId: number }) {
  return <ReviewPrintPage reviewId={reviewId}>{(detail) => <ListDocument detail={detail} />}</ReviewPrintPage>;
}
