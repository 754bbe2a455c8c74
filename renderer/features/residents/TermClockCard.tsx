import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../shared/contract/residents';
import { Facts } from '../../components/Facts';
import { formatDateVN } from '../../format/format';

type Clock = NonNullable<ResidentProfile['clock']>;

/** The term clock: the three figures an officer is asked most, then the legal dates and every adjustment. */
export function TermClockCard({ clock }: { clock: ResidentProfile['clock'] }) {
  const { t } = useTranslation();
  if (!clock) {
    return (
      <Card>
        <Title order={4}>{t('profile.clock')}</Title>
        <Text size="sm" mt="sm" c="dimmed">
          {t('profile.noClock')}
        </Text>
      </Card>
    );
  }
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('profile.clock')}
      </Title>
      <Group grow align="stretch" mb="md">
        <Figure label={t('profile.daysServed')} value={t('common.days', { count: clock.daysServed })} />
        <Figure label={t('profile.daysRemaining')} value={t('common.days', { count: clock.daysRemaining })} />
        <Figure label={t('profile.releaseDate')} value={formatDateVN(clock.releaseDate)} />
      </Group>
      {clock.provisional && (
        <Alert color="orange" mb="sm">
          {t('profile.provisional')}
        </Alert>
      )}
      <Facts
        labelWidth={320}
        items={[
          { label: t('profile.nominalEnd'), value: formatDateVN(clock.nominalEnd) },
          { label: t('profile.halfTermDate'), value: formatDateVN(clock.halfTermDate) },
          { label: t('profile.noticeDueDate'), value: formatDateVN(clock.noticeDueDate) },
          ...(clock.daysNotCounted > 0
            ? [{ label: t('profile.daysNotCounted'), value: t('common.days', { count: clock.daysNotCounted }) }]
            : []),
        ]}
      />
      <Title order={5} mt="md" mb="xs">
        {t('profile.adjustments')}
      </Title>
      <Adjustments adjustments={clock.adjustments} />
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2} p="sm" bg="teal.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }} role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Stack>
  );
}

function Adjustments({ adjustments }: { adjustments: Clock['adjustments'] }) {
  const { t } = useTranslation();
  if (adjustments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('profile.noAdjustments')}
      </Text>
    );
  }
  return (
    <List size="sm">
      {adjustments.map((a, i) => (
        <List.Item key={`${a.kind}-${i}`}>
          {a.kind === 'held_deduction' && t('profile.adjustment.held_deduction', { days: Math.abs(a.days) })}
          {a.kind === 'escape' &&
            (a.to
              ? t('profile.adjustment.escape', { from: formatDateVN(a.from), to: formatDateVN(a.to), days: a.days })
              : t('profile.adjustment.escapeOpen', { from: formatDateVN(a.from), days: a.days }))}
          {a.kind === 'reduction' &&
            t('profile.adjustment.reduction', {
              months: a.months,
              days: Math.abs(a.days),
              decidedOn: formatDateVN(a.decidedOn),
              cause: a.cause,
            })}
          {a.kind === 'counted' &&
            (a.to
              ? t(`profile.adjustment.${a.cause}`, { from: formatDateVN(a.from), to: formatDateVN(a.to), days: a.daysAway })
              : t(`profile.adjustment.${a.cause}Open`, { from: formatDateVN(a.from), days: a.daysAway }))}
        </List.Item>
      ))}
    </List>
  );
}
