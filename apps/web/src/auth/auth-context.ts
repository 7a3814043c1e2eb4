import type { AuthUserView, HeldCapacity } from '@app/contracts';
import { createContext, useContext } from 'react';

export interface Auth {
  user: AuthUserView | null;
  login: (username: string, password: string) => Promise<AuthUserView>;
  logout: () => Promise<void>;
  // The capacity the console acts in now, and every capacity the person holds (src/auth/capacity.ts).
  capacity: HeldCapacity | null;
  capacities: HeldCapacity[];
  switchCapacity: (capacity: string) => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) {
    throw new Error('useAuth outside AuthProvider');
  }
  return ctx;
}

// The user of a page behind RequireAuth.
export function useUser(): AuthUserView {
  const { user } = useAuth();
  if (!user) {
    throw new Error('useUser on a page without a logged-in user');
  }
  return user;
}
