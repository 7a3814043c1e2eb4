import { currentUpdateInfo } from '@temporalio/workflow';

// How many applied Update ids a workflow remembers (and carries across continue-as-new).
export const RECENT_UPDATES_KEPT = 500;

// Bounded memory of applied Update ids (the HTTP Idempotency-Key), carried across continue-as-new so that a
// retry after it is still applied once: Temporal de-duplicates update ids within one run only.
export class RecentUpdates<T> {
  private entries: T[];

  constructor(
    carried: readonly T[],
    private readonly idOf: (entry: T) => string,
    private readonly kept = RECENT_UPDATES_KEPT,
  ) {
    this.entries = [...carried];
  }

  // What the current Update's id was applied with before, if it was.
  replayOf(): T | undefined {
    const id = currentUpdateInfo()?.id;
    return id ? this.entries.find((e) => this.idOf(e) === id) : undefined;
  }

  isReplay(): boolean {
    return this.replayOf() !== undefined;
  }

  // Records the current Update (no-op outside one, or without an id).
  remember(entry: (id: string) => T): void {
    const id = currentUpdateInfo()?.id;
    if (id) {
      this.entries = [...this.entries, entry(id)].slice(-this.kept);
    }
  }

  // What the next run carries.
  carried(): T[] {
    return this.entries;
  }
}
