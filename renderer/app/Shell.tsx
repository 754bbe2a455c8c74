import { AppShell, Burger, Card, Container, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/QueryStatus';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { useMe } from '../features/auth/hooks';
import { useIdleLock } from '../features/auth/idle';
import { navigate, usePathname } from '../router/history';
import { CurrentUserProvider } from './current-user';
import { HeaderBar } from './HeaderBar';
import { activeNav, navItems, screenFor } from './routes';

export function Shell({ locked }: { locked: boolean }) {
  const me = useMe(true);
  const pathname = usePathname();
  const [opened, { toggle, close }] = useDisclosure();
  const { t } = useTranslation();
  useIdleLock(me.data?.idleMinutes ?? 15, !locked && !!me.data);

  if (!me.data) {
    return (
      <Container size="sm" py="xl">
        <QueryStatus error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (me.data.user.mustChangePassword) return <ChangePasswordScreen />;
  const active = activeNav(pathname);
  const screen = screenFor(pathname);

  return (
    <CurrentUserProvider me={me.data}>
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('header.openMenu')} />
              <div>
                <Title order={4} lh={1.1}>
                  {t('app.name')}
                </Title>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {me.data.facility.name}
                </Text>
              </div>
            </Group>
            <HeaderBar user={me.data.user} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
          {navItems.map((item) => (
            <NavLink
              key={item.path}
              href={item.path}
              label={t(`nav.${item.label}`)}
              active={active === item.path}
              aria-current={active === item.path ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                close();
                navigate(item.path);
              }}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          {screen ?? (
            <Card maw={640}>
              <Title order={3}>{t('common.notFoundTitle')}</Title>
              <Text mt="xs">{t('common.notFoundBody')}</Text>
            </Card>
          )}
        </AppShell.Main>
      </AppShell>
    </CurrentUserProvider>
  );
}
