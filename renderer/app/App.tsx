import { Center, Container } from '@mantine/core';
import { QueryStatus } from '../components/QueryStatus';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginScreen } from '../features/auth/LoginScreen';
import { useSession } from '../features/auth/hooks';
import { SetupScreen } from '../features/setup/SetupScreen';
import { useSetupStatus } from '../features/setup/hooks';
import { Shell } from './Shell';

/**
 * First run → setup; no session → login; otherwise the app. A locked session keeps the app mounted (and inert)
 * under the lock screen, so unsaved input survives until the same user signs in again.
 */
export function App() {
  const status = useSetupStatus();
  const session = useSession();
  if (!status.data) {
    return (
      <Container size="sm" py="xl">
        <QueryStatus error={status.error} onRetry={() => void status.refetch()} />
      </Container>
    );
  }
  if (status.data.needsSetup) return <SetupScreen />;
  if (!session.token && !session.locked) {
    return (
      <Center mih="100dvh" bg="gray.0">
        <LoginScreen facilityName={status.data.facilityName} />
      </Center>
    );
  }
  return (
    <>
      {/* Hidden as well as covered, so nothing of a file shows past the lock however the window is sized or scrolled. */}
      <div inert={session.locked} style={session.locked ? { visibility: 'hidden' } : undefined}>
        <Shell locked={session.locked} />
      </div>
      {session.locked && session.user && <LockScreen user={session.user} />}
    </>
  );
}
