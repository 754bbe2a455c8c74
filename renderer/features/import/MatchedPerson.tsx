import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpenPerson } from './hooks';
import type { PreviewRow } from './types';

type Person = NonNullable<PreviewRow['matchedPerson']>;

/** The person a row is matched to, opening his latest stay in the register. */
export function MatchedPerson({ person }: { person: Person }) {
  const { t } = useTranslation();
  const open = useOpenPerson();
  const files = person.fileNumbers.length > 0 ? ` (${person.fileNumbers.join(', ')})` : '';
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      aria-label={t('import.preview.openMatched', { name: person.fullName })}
      onClick={() => void open(person)}
    >
      {person.fullName}
      {files}
    </Anchor>
  );
}
