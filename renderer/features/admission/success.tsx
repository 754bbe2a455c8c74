import { Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../../../shared/contract';
import { normaliseFullName } from '../../../shared/domain/names';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { admissionPrintPath, handoverPrintPath } from '../print/paths';

/**
 * Says the admission went through, with the due dates it set running and the links to print the admission and
 * handover records; it stays until closed so the officer can print from the profile they land on.
 */
export function showAdmitted(t: TFunction, fullName: string, r: MethodOutput<'admissions.admit'>): void {
  const due = [
    r.dueDates.visitsFrom && t('admission.visitsFrom', { date: formatDateVN(r.dueDates.visitsFrom.date) }),
    r.dueDates.communeNotice && t('admission.communeNotice', { date: formatDateVN(r.dueDates.communeNotice.date) }),
    r.dueDates.assessmentResult && t('admission.assessmentResult', { date: formatDateVN(r.dueDates.assessmentResult.date) }),
  ].filter(Boolean);
  notifications.show({
    color: 'teal',
    autoClose: false,
    title: t('admission.successTitle'),
    message: (
      <Stack gap={4}>
        <Text size="sm">{t('admission.success', { name: normaliseFullName(fullName), fileNumber: r.fileNumber })}</Text>
        {r.closedStay && (
          <Text size="sm">{t('admission.successHeld', { count: r.heldDaysDeducted, fileNumber: r.closedStay.fileNumber })}</Text>
        )}
        {due.length > 0 && <Text size="sm">{due.join(' · ')}</Text>}
        <Group gap="md">
          <Link to={admissionPrintPath(r.stayId)} size="sm">
            {t('admission.printAdmission')}
          </Link>
          <Link to={handoverPrintPath(r.stayId)} size="sm">
            {t('admission.printHandover')}
          </Link>
        </Group>
      </Stack>
    ),
  });
}
