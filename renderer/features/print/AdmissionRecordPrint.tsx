import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { maritalStatuses } from '../../../shared/domain/vocabulary';
import { formatDateVN } from '../../format/format';
import { DocumentHeader, Signatures } from './PrintPage';
import classes from './print.module.css';
import { basisText, birthText, citizenIdText, residenceText } from './record-text';
import { RecordPrint } from './RecordPrint';

type Item = [label: string, value: ReactNode];

/**
 * One line of the form holding one or more "label: value" items, as printed forms set short facts side by side;
 * an empty value is left dotted to be filled in by hand.
 */
function Line({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  return (
    <div className={classes.line}>
      {items.map(([label, value]) => (
        <span key={label}>
          {label}: {value === null || value === undefined || value === '' ? t('print.blank') : value}
        </span>
      ))}
    </div>
  );
}

type PersonLabel =
  | 'fullName' | 'otherNames' | 'born' | 'sex' | 'citizenId' | 'ethnicity' | 'religion' | 'education' | 'occupation'
  | 'maritalStatus' | 'residence' | 'currentResidence' | 'drugsUsed' | 'yearsOfUse' | 'previousRehabCount' | 'family';

function Person({ r }: { r: AdmissionRecord }) {
  const { t } = useTranslation();
  const p = r.person;
  const l = (k: PersonLabel) => t(`print.admission.${k}`);
  const marital = maritalStatuses.find((m) => m === p.maritalStatus);
  const family = p.familyContacts.map((c) => [`${c.name} (${c.relation})`, c.phone, c.address].filter(Boolean).join(', ')).join('; ');
  return (
    <div className={classes.personBlock}>
      <div>
        <Line items={[[l('fullName'), <b key="n">{p.fullName.toUpperCase()}</b>], [l('otherNames'), p.otherNames]]} />
        <Line items={[[l('born'), birthText(p)], [l('sex'), t(`sex.${p.sex}`)], [l('citizenId'), citizenIdText(t, p)]]} />
        <Line items={[[l('ethnicity'), p.ethnicity], [l('religion'), p.religion], [l('education'), p.education]]} />
        <Line items={[[l('occupation'), p.occupation], [l('maritalStatus'), marital ? t(`admission.marital.${marital}`) : null]]} />
        <Line items={[[l('residence'), residenceText(t, p.residence)]]} />
        <Line items={[[l('currentResidence'), residenceText(t, p.currentResidence)]]} />
        <Line items={[[l('drugsUsed'), p.drugsUsed], [l('yearsOfUse'), p.yearsOfUse], [l('previousRehabCount'), p.previousRehabCount]]} />
        <Line items={[[l('family'), family]]} />
      </div>
      <div className={classes.photo}>
        {p.photo ? <img src={`data:${p.photo.mime};base64,${p.photo.base64}`} alt={p.fullName} /> : t('print.admission.photo')}
      </div>
    </div>
  );
}

function Placement({ r }: { r: AdmissionRecord }) {
  const { t } = useTranslation();
  const s = r.stay;
  const due = r.dueDates;
  const l = (k: 'admittedOn' | 'bed' | 'term' | 'heldDays' | 'assessmentResult' | 'expectedRelease' | 'visitsFrom' | 'communeNotice') => t(`print.admission.${k}`);
  const term: Item[] = [];
  if (s.termMonths !== null) term.push([l('term'), t('common.months', { count: s.termMonths })]);
  if (s.heldDaysDeducted > 0) term.push([l('heldDays'), t('common.days', { count: s.heldDaysDeducted })]);
  const ends: Item[] = [];
  if (s.kind === 'assessment' && due.assessmentResult) ends.push([l('assessmentResult'), formatDateVN(due.assessmentResult.date)]);
  else if (s.expectedRelease) ends.push([l('expectedRelease'), formatDateVN(s.expectedRelease)]);
  if (due.visitsFrom) ends.push([l('visitsFrom'), formatDateVN(due.visitsFrom.date)]);
  if (due.communeNotice) ends.push([l('communeNotice'), formatDateVN(due.communeNotice.date)]);
  return (
    <>
      <Line items={[[l('admittedOn'), formatDateVN(s.admittedOn)], [l('bed'), s.bedLabel]]} />
      {term.length > 0 && <Line items={term} />}
      {ends.length > 0 && <Line items={ends} />}
    </>
  );
}

function AdmissionRecordDocument({ r }: { r: AdmissionRecord }) {
  const { t } = useTranslation();
  const s = r.stay;
  return (
    <>
      <DocumentHeader number={t('print.fileNumber', { fileNumber: s.fileNumber })} date={s.admittedOn} />
      <h1 className={classes.title}>{t('print.admission.title')}</h1>
      <div className={classes.subtitle}>{t('print.admission.subtitle', { kind: t(`stayKind.${s.kind}`) })}</div>
      {s.isReadmission && <p className={classes.para}>{t('print.admission.readmission')}</p>}
      <div className={classes.heading}>{t('print.admission.personHeading')}</div>
      <Person r={r} />
      <div className={classes.heading}>{t('print.admission.basisHeading')}</div>
      <p className={classes.para}>{basisText(t, r.basis)}</p>
      <div className={classes.heading}>{t('print.admission.placementHeading')}</div>
      <Placement r={r} />
      <Signatures
        signers={[
          { title: t('print.admission.signPerson'), hint: t('print.signHint'), name: r.person.fullName },
          { title: t('print.admission.signOfficer'), hint: t('print.signHint'), name: s.recordedBy },
          { title: t('print.admission.signHead'), hint: t('print.sealHint') },
        ]}
      />
    </>
  );
}

/** The admission record of a stay (phiếu tiếp nhận), A4. */
export function AdmissionRecordPrint({ stayId }: { stayId: number }) {
  return <RecordPrint stayId={stayId} document="admission">{(r) => <AdmissionRecordDocument r={r} />}</RecordPrint>;
}
