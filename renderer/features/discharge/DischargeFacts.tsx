import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { Facts, type Fact } from '../../components/Facts';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { formatMoney } from '../print/print-text';
import { useReasonText } from './labels';

type Discharge = NonNullable<MethodOutput<'discharge.get'>['current']>;

/** A recorded discharge as facts: the reason and moment, its papers, the certificate, the handover, the money. */
export function DischargeFacts({ d }: { d: Discharge }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const c = 'discharge.card';
  const facts: Fact[] = [
    { label: t(`${c}.reason`), value: reasonText(d.reason) },
    { label: t(`${c}.at`), value: formatInstantVN(d.occurredAt) },
  ];
  if (d.decisionNumber || d.decisionDate) {
    facts.push({
      label: t(`${c}.decision`),
      value: t(`${c}.decisionText`, { number: d.decisionNumber ?? t('common.none'), date: d.decisionDate ? formatDateVN(d.decisionDate) : t('common.none') }),
    });
  }
  if (d.issuer) facts.push({ label: t(`${c}.issuer`), value: d.issuer });
  if (d.destination) facts.push({ label: t(`${c}.destination`), value: d.destination });
  if (d.deathCause) facts.push({ label: t(`${c}.deathCause`), value: d.deathCause });
  if (d.note) facts.push({ label: t(`${c}.note`), value: d.note });
  facts.push({
    label: t(`${c}.certificate`),
    value: d.certificate ? (
      <Text span td={d.certificate.voided ? 'line-through' : undefined} data-testid="discharge-certificate">
        {d.certificate.number} · {t(`discharge.certificateKinds.${d.certificate.kind}`)}
      </Text>
    ) : (
      t(`${c}.noCertificate`)
    ),
  });
  if (d.handedTo) {
    const to = t(d.handedTo.to === 'family' ? 'discharge.handoverFamily' : 'discharge.handoverCommune');
    facts.push({ label: t(`${c}.handedTo`), value: t(`${c}.handedToText`, { to, name: d.handedTo.name, relation: d.handedTo.relation }) });
  }
  facts.push({ label: t(`${c}.settlementTotal`), value: formatMoney(d.settlement.totalDong + d.settlement.depositPaidDong) });
  if (d.recordedBy) facts.push({ label: t(`${c}.recordedBy`), value: d.recordedBy });
  return <Facts items={facts} labelWidth={180} />;
}
