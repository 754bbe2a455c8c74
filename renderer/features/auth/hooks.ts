import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { MethodInput } from '../../../shared/contract';
import { invoke, type ApiError } from '../../api/client';
import { useMethodMutation, useMethodQuery } from '../../api/query';
import { endSession, getSession, lockSession, startSession, subscribeSession, type SessionState } from '../../api/session';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession);
}

export const useMe = (enabled: boolean) => useMethodQuery('auth.me', {}, { enabled, staleTime: 60_000 });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, MethodInput<'auth.login'>>({
    mutationFn: async (input) => {
      const { token, user } = await invoke('auth.login', input);
      // Nothing cached under another user may show to this one.
      queryClient.clear();
      startSession(token, { username: user.username, fullName: user.fullName });
    },
  });
}

/**
 * Unlocks the screen for the user who locked it: a sign-in under the same username, so someone else cannot
 * take over the screen (they sign out). The cache stays, and calls that failed while locked run again.
 */
export function useUnlock() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, { username: string; password: string }>({
    mutationFn: async (input) => {
      const { token, user } = await invoke('auth.login', input);
      startSession(token, { username: user.username, fullName: user.fullName });
      await queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    },
  });
}

/** Ends the session on the back end and locks the screen over whatever is on it. */
export async function lockScreen(): Promise<void> {
  try {
    await invoke('auth.logout', {});
  } catch {
    // Already ended there (expired); the lock is what matters.
  }
  lockSession();
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: async () => {
      try {
        if (!getSession().locked) await invoke('auth.logout', {});
      } finally {
        endSession();
        queryClient.clear();
      }
    },
  });
}

export const useChangePassword = () => useMethodMutation('auth.changePassword', ['auth.me']);
