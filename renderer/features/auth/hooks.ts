import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { MethodInput } from '../../../shared/contract';
import { invoke, type ApiError } from '../../api/client';
import { useMethodQuery } from '../../api/query';
import { getToken, setToken, subscribeToken } from '../../api/session';

export function useToken(): string | null {
  return useSyncExternalStore(subscribeToken, getToken);
}

export const useMe = (enabled: boolean) => useMethodQuery('auth.me', {}, { enabled, staleTime: 60_000 });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, MethodInput<'auth.login'>>({
    mutationFn: async (input) => {
      const { token } = await invoke('auth.login', input);
      // Nothing cached under another user may show to this one.
      queryClient.clear();
      setToken(token);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: async () => {
      try {
        await invoke('auth.logout', {});
      } finally {
        setToken(null);
        queryClient.clear();
      }
    },
  });
}
