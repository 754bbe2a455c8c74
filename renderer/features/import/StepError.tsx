import { FormAlert } from '../../components/FormAlert';
import { ApiError } from '../../api/client';

/** A refusal from the back end under the step that asked: its message, then each issue it named. */
export function StepError({ error }: { error: Error | null | undefined }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
  return <FormAlert messages={[...new Set([error.message, ...issues])]} />;
}
