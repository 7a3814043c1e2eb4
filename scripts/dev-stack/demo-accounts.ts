// Whether `npm start` seeds the demo accounts (one per role, with the README's password). A newcomer's embedded SQLite
// gets them; a real MySQL (DATABASE_URL) does not unless DEMO_ACCOUNTS=1 asks for them, since anyone who has read
// the README could log in to it otherwise. In production nothing is defaulted (the API refuses SEED_DEMO_USERS=true
// there); otherwise an explicit SEED_DEMO_USERS wins.
export function seedDemoUsers(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_ENV === 'production') {
    return env.SEED_DEMO_USERS;
  }
  if (env.SEED_DEMO_USERS === 'true' || env.SEED_DEMO_USERS === 'false') {
    return env.SEED_DEMO_USERS;
  }
  return !env.DATABASE_URL || env.DEMO_ACCOUNTS === '1' ? 'true' : 'false';
}
