import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { useAdmissionRecord } from './hooks';
import { admissionPrintPath, handoverPrintPath } from './paths';
import { PrintPage } from './PrintPage';

/**
 * Loads a stay's admission record and prints it with the given layout; the toolbar leads back to the profile
 * and over to the other admission document of the stay.
 */
export function RecordPrint({ stayId, document, children }: { stayId: number; document: 'admission' | 'handover'; children: (record: AdmissionRecord) => ReactNode }) {
  const { t } = useTranslation();
  const record = useAdmissionRecord(stayId);
  const other =
    document === 'admission'
      ? { to: handoverPrintPath(stayId), label: t('admission.printHandover') }
      : { to: admissionPrintPath(stayId), label: t('admission.printAdmission') };
  return (
    <PrintPage backTo={residentPath(stayId)} other={other}>
      {record.data ? children(record.data) : <QueryStatus error={record.error} onRetry={() => void record.refetch()} />}
    </PrintPage>
  );
}
