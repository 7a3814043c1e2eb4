// Failed logins counted per (username, client address), in this process's memory. Locking per pair means a
// stranger's wrong passwords lock the stranger's address out of that username, never the account itself: the office
// director can still log in from her own desk before a deadline. The same is done for a username that does not
// exist, so the answer never tells whether it does.
interface Entry {
  failures: number;
  lockedUntil: number;
  // The password hash the lock was earned against: a reset of the password lifts it.
  hash: string | null;
}

// Pairs remembered at most; the oldest is forgotten first (an attacker cycling names cannot grow memory).
const CAPACITY = 10_000;

export class LoginAttempts {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockoutMs: number,
  ) {}

  private keyOf = (username: string, ip: string | undefined): string => `${username.toLowerCase()}\u0000${ip ?? ''}`;

  isLocked(username: string, ip: string | undefined, hash: string | null, now = Date.now()): boolean {
    const key = this.keyOf(username, ip);
    const entry = this.entries.get(key);
    if (!entry || entry.lockedUntil <= now) {
      return false;
    }
    if (entry.hash !== hash) {
      this.entries.delete(key);
      return false;
    }
    return true;
  }

  // Counts a failure; true when it locks the pair.
  fail(username: string, ip: string | undefined, hash: string | null, now = Date.now()): boolean {
    const key = this.keyOf(username, ip);
    const prior = this.entries.get(key);
    const failures = (prior && prior.lockedUntil <= now && prior.lockedUntil > 0 ? 0 : (prior?.failures ?? 0)) + 1;
    this.entries.delete(key);
    const locked = failures >= this.maxFailures;
    this.entries.set(key, { failures: locked ? 0 : failures, lockedUntil: locked ? now + this.lockoutMs : 0, hash });
    if (this.entries.size > CAPACITY) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return locked;
  }

  succeed(username: string, ip: string | undefined): void {
    this.entries.delete(this.keyOf(username, ip));
  }
}
