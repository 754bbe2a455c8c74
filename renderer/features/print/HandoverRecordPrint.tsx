import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { formatDateVN } from '../../format/format';
import { useCurrentUser } from '../../app/current-user';
import { DocumentHeader, Signatures } from './PrintPage';
import classes from './print.module.css';
import { basisText, birthText, citizenIdText, residenceText } from './record-text';
import { RecordPrint } from './RecordPrint';

function HandoverDocument({ r }: { r: AdmissionRecord }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const h = r.handover;
  const p = r.person;
  if (!h) return <p className={classes.para}>{t('print.handover.missing')}</p>;
  const blank = t('print.blank');
  return (
    <>
      <DocumentHeader number={t('print.fileNumber', { fileNumber: r.stay.fileNumber })} date={h.receivedOn} />
      <h1 className={classes.title}>{t('print.handover.title')}</h1>
      <div className={classes.subtitle}>{t('print.handover.subtitle')}</div>
      <p className={classes.para}>{t('print.handover.intro', { date: formatDateVN(h.receivedOn), facility: facility.name })}</p>
      <p className={classes.para}>{t('print.handover.giver', { name: h.handedOverBy })}</p>
      <p className={classes.para}>{t('print.handover.receiver', { facility: facility.name, officer: h.recordedBy ?? blank })}</p>
      <p className={classes.para}>
        {t('print.handover.subject', {
          name: p.fullName,
          born: birthText(p),
          citizenId: citizenIdText(t, p) || blank,
          residence: residenceText(t, p.residence) || blank,
        })}
      </p>
      <p className={classes.para}>{t('print.handover.basis', { basis: basisText(t, r.basis) })}</p>
      <p className={classes.para}>{t('print.handover.health', { health: h.healthOnArrival })}</p>
      <p className={classes.para}>{t('print.handover.itemsHeading')}</p>
      {h.items.length === 0 ? (
        <p className={classes.para}>{t('print.handover.noItems')}</p>
      ) : (
        <table className={classes.items}>
          <thead>
            <tr>
              <th>{t('print.handover.no')}</th>
              <th>{t('print.handover.kind')}</th>
              <th>{t('print.handover.description')}</th>
              <th>{t('print.handover.quantity')}</th>
              <th>{t('print.handover.note')}</th>
            </tr>
          </thead>
          <tbody>
            {h.items.map((item, i) => (
              <tr key={i}>
                <td className={classes.center}>{i + 1}</td>
                <td>{t(`admission.itemKinds.${item.kind}`)}</td>
                <td>{item.description}</td>
                <td className={classes.center}>{item.quantity}</td>
                <td>{item.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {h.note && <p className={classes.para}>{t('print.handover.handoverNote', { note: h.note })}</p>}
      <p className={classes.para}>{t('print.handover.closing')}</p>
      <Signatures
        signers={[
          { title: t('print.handover.signGiver'), hint: t('print.signHint') },
          { title: t('print.handover.signPerson'), hint: t('print.signHint'), name: p.fullName },
          { title: t('print.handover.signReceiver'), hint: t('print.signHint'), name: h.recordedBy },
        ]}
      />
    </>
  );
}

/** The handover record on arrival (Mẫu 40) of a stay, A4. */
export function HandoverRecordPrint({ stayId }: { stayId: number }) {
  return <RecordPrint stayId={stayId} document="handover">{(r) => <HandoverDocument r={r} />}</RecordPrint>;
}
