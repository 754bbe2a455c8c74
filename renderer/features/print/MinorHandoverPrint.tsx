import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { useReasonText } from '../discharge/labels';
import { DischargePrint, type DischargeRecord } from './DischargePrint';
import { residenceOrBlank } from './discharge-text';
import { certificatePrintPath } from './paths';
import { DocumentHeader, Signatures } from './PrintPage';
import print from './print.module.css';
import { birthText } from './record-text';

function Handover({ data, r }: { data: DischargeRecord; r: AdmissionRecord }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const reasonText = useReasonText();
  const d = data.current;
  const p = 'discharge.print';
  if (!d) return <p className={print.para}>{t(`${p}.notDischarged`)}</p>;
  const h = d.handedTo;
  if (!h) return <p className={print.para}>{t(`${p}.noHandover`)}</p>;
  const [date = '', time = ''] = formatInstantVN(d.occurredAt).split(' ');
  const returned = d.settlement.items.filter((i) => i.returned).map((i) => (i.quantity > 1 ? `${i.description} (${i.quantity})` : i.description));
  const person = r.person;
  return (
    <>
      <div className={print.formNumber}>{t(`${p}.formNumber`, { form: '47' })}</div>
      <DocumentHeader number={t('print.fileNumber', { fileNumber: data.stay.fileNumber })} date={d.dischargedOn} />
      <h1 className={print.title}>{t(`${p}.handoverTitle`)}</h1>
      <div className={print.subtitle}>
        {t(`${p}.handoverSubtitle`, { to: t(h.to === 'family' ? `${p}.handoverToFamily` : `${p}.handoverToCommune`) })}
      </div>
      <p className={print.para}>{t(`${p}.handoverIntro`, { time, date, facility: facility.name })}</p>
      <p className={print.para}>{t(`${p}.handoverGiver`, { facility: facility.name, officer: d.recordedBy ?? t('print.blank') })}</p>
      <p className={print.para}>
        {t(h.to === 'family' ? `${p}.handoverReceiverFamily` : `${p}.handoverReceiverCommune`, { name: h.name, relation: h.relation })}
      </p>
      <p className={print.para}>
        {t(`${p}.handoverSubject`, {
          name: person.fullName,
          born: birthText(person),
          sex: t(`sex.${person.sex}`),
          residence: residenceOrBlank(t, r),
          fileNumber: data.stay.fileNumber,
        })}
      </p>
      <p className={print.para}>{t(`${p}.handoverReason`, { reason: reasonText(d.reason) })}</p>
      {d.certificate && (
        <p className={print.para}>{t(`${p}.handoverCertificate`, { number: d.certificate.number, date: formatDateVN(d.certificate.issuedOn) })}</p>
      )}
      <p className={print.para}>{returned.length > 0 ? t(`${p}.handoverItems`, { items: returned.join('; ') }) : t(`${p}.handoverNoItems`)}</p>
      <p className={print.para}>{t(`${p}.handoverHealth`, { blank: t('print.blank') })}</p>
      <p className={print.para}>{t(`${p}.handoverAftercare`)}</p>
      <p className={print.para}>{t(`${p}.handoverClosing`)}</p>
      <Signatures
        signers={[
          { title: t(`${p}.signReceiver`), hint: t('print.signHint'), name: h.name },
          { title: t(`${p}.signMinor`), hint: t('print.signHint'), name: person.fullName },
          { title: t(`${p}.signGiver`), hint: t('print.sealHint'), name: d.recordedBy },
        ]}
      />
    </>
  );
}

/** The handover of a minor to the family or the commune on leaving (Mẫu 47), A4. */
export function MinorHandoverPrint({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  return (
    <DischargePrint stayId={stayId} other={{ to: certificatePrintPath(stayId), label: t('discharge.printCertificate') }}>
      {(data, r) => <Handover data={data} r={r} />}
    </DischargePrint>
  );
}
