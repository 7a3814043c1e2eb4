// Serialises handlers that await between reading the state and writing it (plan, then project): each runs
// after the one before has finished, in arrival order. Deterministic (a promise chain, no timers), and free
// when uncontended.
export class HandlerLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
