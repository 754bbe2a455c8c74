import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { useCurrentUser } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { CopiesFooter } from './CopiesFooter';
import classes from './discharge-print.module.css';
import { DischargePrint, type DischargeRecord } from './DischargePrint';
import { communeName, courtName, printedDischarge, residenceOrBlank } from './discharge-text';
import { settlementPrintPath } from './paths';
import { DocumentHeader } from './PrintPage';
import print from './print.module.css';
import { birthText, citizenIdText } from './record-text';

/** The decision line: the court's committal for Mẫu 46, the contract for Mẫu 26b, and any reduction or exemption. */
function Basis({ d, r }: { d: NonNullable<DischargeRecord['current']>; r: AdmissionRecord }) {
  const { t } = useTranslation();
  const p = 'discharge.print';
  const lines: string[] = [];
  const kind = d.certificate?.kind;
  if (kind === 'mau26b') {
    lines.push(
      r.basis?.kind === 'contract'
        ? t(`${p}.mau26bContract`, { number: r.basis.contractNumber, date: formatDateVN(r.basis.signedOn) })
        : t(`${p}.mau26bNoContract`),
    );
  } else {
    lines.push(
      r.basis?.kind === 'court'
        ? t(`${p}.mau46Decision`, { number: r.basis.decisionNumber, date: formatDateVN(r.basis.decisionDate), court: r.basis.court, months: r.basis.termMonths })
        : t(`${p}.mau46NoDecision`),
    );
  }
  if ((d.reason === 'reduced' || d.reason === 'exempted') && d.decisionNumber) {
    const args = { number: d.decisionNumber, date: d.decisionDate ? formatDateVN(d.decisionDate) : t('print.blank'), issuer: d.issuer ?? courtName(t, r) };
    lines.push(t(d.reason === 'reduced' ? `${p}.reducedBy` : `${p}.exemptedBy`, args));
  }
  return (
    <>
      {lines.map((l) => (
        <p key={l} className={print.para}>
          {l}
        </p>
      ))}
    </>
  );
}

function Certificate({ data, r }: { data: DischargeRecord; r: AdmissionRecord }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const d = printedDischarge(data, true);
  const c = d?.certificate;
  if (!d || !c) return <p className={print.para}>{t('discharge.print.noCertificate')}</p>;
  const p = 'discharge.print';
  const person = r.person;
  const copies = [
    t(`${p}.toPerson`),
    ...(c.kind === 'mau46' ? [t(`${p}.toCourt`, { court: courtName(t, r) })] : []),
    t(`${p}.toCommune`, { commune: communeName(t, r) }),
    t(`${p}.toFamily`),
    t(`${p}.toFile`),
  ];
  return (
    <>
      <div className={print.formNumber}>{t(`${p}.formNumber`, { form: c.kind === 'mau46' ? '46' : '26b' })}</div>
      <DocumentHeader number={t(`${p}.certNumber`, { number: c.number })} date={c.issuedOn} />
      {c.voided && <div className={classes.voided}>{t(`${p}.voidedBanner`)}</div>}
      <h1 className={print.title}>{t(`${p}.certTitle`)}</h1>
      <div className={print.subtitle}>{t(c.kind === 'mau46' ? `${p}.mau46Subtitle` : `${p}.mau26bSubtitle`)}</div>
      <div className={classes.intro}>{t(`${p}.certIntro`, { facility: facility.name.toUpperCase() })}</div>
      <p className={classes.line}>
        {t(`${p}.person`, { name: '' })}
        <b>{person.fullName.toUpperCase()}</b>
      </p>
      <p className={classes.line}>
        {t(`${p}.born`, { born: birthText(person) })}; {t(`${p}.sex`, { sex: t(`sex.${person.sex}`) })}
      </p>
      <p className={classes.line}>{t(`${p}.citizenId`, { id: citizenIdText(t, person) || t('print.blank') })}</p>
      <p className={classes.line}>{t(`${p}.residence`, { residence: residenceOrBlank(t, r) })}</p>
      <p className={classes.line}>{t(`${p}.fileNo`, { fileNumber: data.stay.fileNumber })}</p>
      <Basis d={d} r={r} />
      <p className={print.para}>{t(`${p}.period`, { from: formatDateVN(data.stay.admittedOn), to: formatDateVN(d.dischargedOn) })}</p>
      <CopiesFooter copies={copies} signer={t(`${p}.signHead`)} />
    </>
  );
}

/** The completion certificate of a stay, Mẫu 46 (compulsory) or Mẫu 26b (voluntary), A4. */
export function CertificatePrint({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  return (
    <DischargePrint stayId={stayId} other={{ to: settlementPrintPath(stayId), label: t('discharge.printSettlement') }}>
      {(data, r) => <Certificate data={data} r={r} />}
    </DischargePrint>
  );
}
