import { Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../shared/contract/auth';
import { useLogout } from '../features/auth/hooks';
import { changeLanguage, type Language } from '../i18n';

/** Who is signed in (name and role), the language switch and sign-out. */
export function HeaderBar({ user }: { user: UserView }) {
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  return (
    <Group gap="md" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('header.language')}
        value={i18n.language}
        onChange={(value) => changeLanguage(value as Language)}
        data={[
          { value: 'vi', label: <span title={t('language.vi')}>VI</span> },
          { value: 'en', label: <span title={t('language.en')}>EN</span> },
        ]}
      />
      <div>
        <Text size="sm" fw={600} lh={1.2} data-testid="current-user">
          {user.fullName}
        </Text>
        <Badge size="xs" variant="light">
          {t(`roles.${user.role}`)}
        </Badge>
      </div>
      <Button variant="default" size="xs" onClick={() => logout.mutate()} loading={logout.isPending}>
        {t('header.logout')}
      </Button>
    </Group>
  );
}
