import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { useDischarge } from '../discharge/hooks';
import { useAdmissionRecord } from './hooks';
import { PrintPage } from './PrintPage';

export type DischargeRecord = MethodOutput<'discharge.get'>;

/**
 * Loads what a discharge paper prints (the stay's discharge and notices, and the person and decision from the
 * admission record) and lays it out on an A4 page; the toolbar leads back to the profile.
 */
export function DischargePrint({
  stayId,
  backTo,
  backLabel,
  other,
  children,
}: {
  stayId: number;
  backTo?: string;
  backLabel?: string;
  other?: { to: string; label: string };
  children: (discharge: DischargeRecord, record: AdmissionRecord) => ReactNode;
}) {
  const { t } = useTranslation();
  const discharge = useDischarge(stayId);
  const record = useAdmissionRecord(stayId);
  return (
    <PrintPage backTo={backTo ?? residentPath(stayId)} backLabel={backLabel ?? t('print.back')} other={other}>
      {discharge.data && record.data ? (
        children(discharge.data, record.data)
      ) : (
        <QueryStatus error={discharge.error ?? record.error} onRetry={() => void Promise.all([discharge.refetch(), record.refetch()])} />
      )}
    </PrintPage>
  );
}
