import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { Facts, type Fact } from '../../../components/Facts';
import { formatDateVN, formatNumber } from '../../../format/format';
import { codeLabel } from './labels';

/** The stay and the paper it rests on: the court decision, the contract or the decision to hold the person. */
export function StayCard({ p }: { p: ResidentProfile }) {
  const { t, i18n } = useTranslation();
  const { stay } = p;
  const none = t('common.none');
  const facts: Fact[] = [
    { label: t('profile.fileNumber'), value: stay.fileNumber },
    { label: t('profile.kind'), value: t(`stayKind.${stay.kind}`) },
    { label: t('profile.admittedOn'), value: formatDateVN(stay.admittedOn) },
    { label: t('profile.term'), value: stay.termMonths === null ? none : t('common.months', { count: stay.termMonths }) },
    { label: t('profile.bed'), value: p.bed?.label ?? (stay.state === 'discharged' ? none : t('profile.noBed')) },
  ];
  if (stay.heldDaysDeducted > 0) facts.push({ label: t('profile.heldDays'), value: t('common.days', { count: stay.heldDaysDeducted }) });
  if (stay.isReadmission) facts.push({ label: t('profile.readmission'), value: t('common.yes') });
  if (stay.dischargedOn) facts.push({ label: t('profile.dischargedOn'), value: formatDateVN(stay.dischargedOn) });
  if (stay.dischargeReason) {
    facts.push({ label: t('profile.dischargeReason'), value: codeLabel(t, i18n, 'profile.dischargeReasons', stay.dischargeReason) });
  }

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('profile.stay')}
      </Title>
      <Facts items={facts} />
      {stay.court && (
        <Paper title={t('profile.court')}>
          <Facts
            items={[
              { label: t('profile.courtName'), value: stay.court.court },
              { label: t('profile.decisionNumber'), value: stay.court.decisionNumber },
              { label: t('profile.decisionDate'), value: formatDateVN(stay.court.decisionDate) },
            ]}
          />
        </Paper>
      )}
      {stay.contract && (
        <Paper title={t('admission.contract')}>
          <Facts
            items={[
              { label: t('admission.contractNumber'), value: stay.contract.contractNumber },
              { label: t('admission.signedOn'), value: formatDateVN(stay.contract.signedOn) },
              {
                label: t('profile.contractPeriod'),
                value: `${formatDateVN(stay.contract.startsOn)} – ${formatDateVN(stay.contract.endsOn)}`,
              },
              { label: t('admission.feeDong'), value: `${formatNumber(stay.contract.feeDong)} đ` },
              { label: t('admission.payer'), value: stay.contract.payer },
              {
                label: t('profile.priorityGroup'),
                value: codeLabel(t, i18n, 'admission.priority', stay.contract.priorityGroup) ?? none,
              },
            ]}
          />
        </Paper>
      )}
      {stay.management && (
        <Paper title={t('admission.management')}>
          <Facts
            items={[
              { label: t('profile.decisionNumber'), value: stay.management.decisionNumber },
              { label: t('profile.decisionDate'), value: formatDateVN(stay.management.decisionDate) },
              { label: t('admission.issuer'), value: stay.management.issuer },
            ]}
          />
        </Paper>
      )}
    </Card>
  );
}

function Paper({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <Title order={5} mt="md" mb="xs">
        {title}
      </Title>
      {children}
    </>
  );
}
