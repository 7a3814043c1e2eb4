// Deep copy through JSON: what an activity receives, and what a query or a result returns, is a snapshot.
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// The highest seq the read model holds: a snapshot of the state goes to the projection activity, and the
// creating Update waits until the first one is in (read-your-writes).
export class ProjectedSeq {
  constructor(private projected: number) {}

  get seq(): number {
    return this.projected;
  }

  reached(seq: number): boolean {
    return this.projected >= seq;
  }

  // The snapshot at `seq` is in the read model.
  advance(seq: number): void {
    this.projected = Math.max(this.projected, seq);
  }

  // Note for callers on a replayed path: each extra `async` hop between an activity's completion and the next
  // command can reorder commands within a workflow task, so a path that recorded histories keep the shape.
  async project<S extends { seq: number }>(state: S, write: (snapshot: S) => Promise<void>): Promise<S> {
    const snapshot = clone(state);
    await write(snapshot);
    this.advance(snapshot.seq);
    return snapshot;
  }
}
