import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DischargeForm } from './DischargeForm';
import { usePrepareDischarge } from './hooks';
import { ResidentPicker } from './ResidentPicker';

/** "Ra cơ sở": choose a resident in the facility (or arrive with one chosen) and fill in the discharge. */
export function DischargeTab({ stayId, onChoose, onAnother }: { stayId: number | null; onChoose: (stayId: number) => void; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ResidentPicker value={stayId} label={useChosenLabel(stayId)} onChange={onChoose} />
      {stayId === null ? <Text c="dimmed">{t('discharge.pickResident')}</Text> : <DischargeForm key={stayId} stayId={stayId} onAnother={onAnother} />}
    </Stack>
  );
}

/** The chosen resident as the picker shows them, from the same query the form loads. */
function useChosenLabel(stayId: number | null): string | null {
  const q = usePrepareDischarge(stayId ?? 0, stayId !== null);
  return q.data ? `${q.data.stay.fullName} · ${q.data.stay.fileNumber}` : null;
}
