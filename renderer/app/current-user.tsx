import { createContext, useContext, type ReactNode } from 'react';
import { roleAllows, type Access } from '../../shared/contract/roles';
import type { MethodOutput } from '../../shared/contract';

type Me = MethodOutput<'auth.me'>;

const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user and facility; only screens inside the shell use it, so it is always there. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside the signed-in shell');
  return me;
}

/**
 * Whether the signed-in role may do something, so screens hide what the back end would refuse anyway
 * (the router still checks every call).
 */
export function useCan(access: Access): boolean {
  return roleAllows(useCurrentUser().user.role, access);
}
