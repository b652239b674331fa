import { createContext, useContext } from 'react';
import type { Role } from '@papi/domain';
import type { Me } from './api.ts';

const CurrentUserContext = createContext<Me | null>(null);

export const CurrentUserProvider = CurrentUserContext.Provider;

/** The logged-in user; only rendered below the auth gate, so never null there. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside the authenticated area');
  return me;
}

// Mirrors the server's policy table (POLICIES in @papi/domain); the server still enforces it.
export const canReadUsers = (role: Role): boolean =>
  role === 'admin' || role === 'coordinator' || role === 'leader';
export const canAdminister = (role: Role): boolean => role === 'admin' || role === 'coordinator';
export const canReadAudit = (role: Role): boolean => role === 'admin';
/** Delegating the drafting of the unit's plans and report (policy `delegation.write`). */
export const canDelegate = (role: Role): boolean => role === 'admin' || role === 'coordinator';
/** Reporting-rate, task and overdue boards: those who oversee units below them. */
export const canMonitor = (role: Role): boolean =>
  role === 'admin' || role === 'coordinator' || role === 'leader';
