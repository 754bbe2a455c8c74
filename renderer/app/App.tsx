import { Center, Container } from '@mantine/core';
import { QueryStatus } from '../components/QueryStatus';
import { LoginScreen } from '../features/auth/LoginScreen';
import { useToken } from '../features/auth/hooks';
import { SetupScreen } from '../features/setup/SetupScreen';
import { useSetupStatus } from '../features/setup/hooks';
import { Shell } from './Shell';

/** First run → setup; no session → login; otherwise the app. A lost session drops the token and lands here. */
export function App() {
  const status = useSetupStatus();
  const token = useToken();
  if (!status.data) {
    return (
      <Container size="sm" py="xl">
        <QueryStatus error={status.error} onRetry={() => void status.refetch()} />
      </Container>
    );
  }
  if (status.data.needsSetup) return <SetupScreen />;
  if (!token) {
    return (
      <Center mih="100dvh" bg="gray.0">
        <LoginScreen facilityName={status.data.facilityName} />
      </Center>
    );
  }
  return <Shell />;
}
