import { Avatar, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { useCan } from '../../../app/current-user';
import { Link } from '../../../router/Link';
import { admissionPrintPath, handoverPrintPath } from '../../print/paths';
import { usePhoto } from '../hooks';
import { stateColor } from '../ResidentTable';

interface Props {
  p: ResidentProfile;
  onCorrectPerson: () => void;
  onCorrectStay: () => void;
}

/** Photo, name, file number and state, with printing and correcting for the roles allowed to. */
export function ProfileHeader({ p, onCorrectPerson, onCorrectStay }: Props) {
  const { t } = useTranslation();
  const canCorrect = useCan('persons.correct');
  const canPrint = useCan('admissions.write');
  const photo = usePhoto(p.person.id, p.person.hasPhoto);
  return (
    <Group justify="space-between" align="center" wrap="wrap">
      <Group gap="md" align="center">
        <Avatar
          src={photo.data?.dataUrl ?? null}
          name={p.person.fullName}
          color="initials"
          size={72}
          radius="sm"
          alt={t('profile.photoAlt', { name: p.person.fullName })}
        />
        <Stack gap={2}>
          <Group gap="sm" align="baseline">
            <Title order={2}>{p.person.fullName}</Title>
            <Text c="dimmed">{p.stay.fileNumber}</Text>
            <Badge variant="light" color={stateColor(p.stay.state)}>
              {t(`stayState.${p.stay.state}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t(`stayKind.${p.stay.kind}`)}
            {p.person.otherNames ? ` · ${t('profile.alias', { names: p.person.otherNames })}` : ''}
          </Text>
        </Stack>
      </Group>
      <Group gap="md">
        {canPrint && (
          <Group gap="sm">
            <Link to={admissionPrintPath(p.stay.id)} size="sm">
              {t('profile.printAdmission')}
            </Link>
            <Link to={handoverPrintPath(p.stay.id)} size="sm">
              {t('profile.printHandover')}
            </Link>
          </Group>
        )}
        {canCorrect && (
          <Group gap="xs">
            <Button variant="light" onClick={onCorrectPerson}>
              {t('correction.person')}
            </Button>
            <Button variant="default" onClick={onCorrectStay}>
              {t('correction.stay')}
            </Button>
          </Group>
        )}
      </Group>
    </Group>
  );
}
