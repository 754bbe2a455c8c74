import { Button, FileInput, Group, Image, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES, photoMimes } from '../../../shared/contract/admissions';
import type { AdmissionForm } from './form';

type Mime = (typeof photoMimes)[number];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The person's photo, chosen as a file and sent as base64 with its type; too big or the wrong kind is said at once. */
export function PhotoField({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const photo = form.values.person.photo;
  const [file, setFile] = useState<File | null>(null);
  const pick = async (chosen: File | null) => {
    setFile(chosen);
    form.clearFieldError('person.photo');
    form.setFieldValue('person.photo', null);
    if (!chosen) return;
    if (!(photoMimes as readonly string[]).includes(chosen.type)) return form.setFieldError('person.photo', t('admission.photoWrongType'));
    if (chosen.size > PHOTO_MAX_BYTES) {
      return form.setFieldError('person.photo', t('admission.photoTooBig', { size: (chosen.size / 1024 / 1024).toFixed(1).replace('.', ',') }));
    }
    form.setFieldValue('person.photo', { mime: chosen.type as Mime, base64: await readBase64(chosen) });
  };
  return (
    <Stack gap="xs">
      <FileInput
        label={t('admission.photo')}
        placeholder={t('admission.photoPick')}
        accept={photoMimes.join(',')}
        clearable
        value={file}
        error={form.errors['person.photo']}
        onChange={(file) => void pick(file)}
      />
      {photo && (
        <Group align="flex-end">
          <Image src={`data:${photo.mime};base64,${photo.base64}`} alt={t('admission.photoAlt')} w={90} h={120} fit="cover" radius="sm" />
          <Button variant="subtle" size="xs" color="red" onClick={() => void pick(null)}>
            {t('admission.photoRemove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
