import { Alert, FileInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { readAsBase64, refuseFile } from './file-check';
import { useOpenFile } from './hooks';
import { StepError } from './StepError';
import type { Upload } from './types';

interface Props {
  upload: Upload | null;
  sheet: string | null;
  onOpened: (upload: Upload) => void;
  onSheet: (sheet: string) => void;
}

/** Step 1: the file, checked here for type and size before it is sent, then the sheet that holds the register. */
export function FileStep({ upload, sheet, onOpened, onSheet }: Props) {
  const { t } = useTranslation();
  const open = useOpenFile();
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setRefusal(null);
    open.reset();
    if (!chosen) return;
    const why = refuseFile(chosen.name, chosen.size);
    if (why) {
      const size = formatNumber(Math.round(chosen.size / 104857.6) / 10);
      setRefusal(t(`import.file.refused.${why}`, { name: chosen.name, size }));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(chosen);
    } catch {
      setRefusal(t('import.file.readFailed', { name: chosen.name }));
      return;
    }
    open.mutate({ fileName: chosen.name, contentBase64 }, { onSuccess: onOpened });
  };

  return (
    <Stack gap="md" maw={720}>
      <FileInput
        label={t('import.file.label')}
        description={t('import.file.description')}
        placeholder={upload?.fileName ?? t('import.file.placeholder')}
        accept=".xlsx,.csv"
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        error={refusal}
      />
      <StepError error={open.error} />
      {open.isPending && <Text size="sm">{t('import.file.reading')}</Text>}
      {upload && (
        <Radio.Group label={t('import.file.sheet')} description={t('import.file.sheetRequired')} value={sheet} onChange={onSheet}>
          <Stack gap="xs" mt="xs">
            {upload.sheets.map((s) => (
              <Radio key={s.name} value={s.name} label={t('import.file.sheetOption', { name: s.name, rows: s.rows, columns: s.columns })} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {upload && (
        <Alert color="teal" variant="light">
          {t('import.file.opened', { name: upload.fileName })}
        </Alert>
      )}
    </Stack>
  );
}
