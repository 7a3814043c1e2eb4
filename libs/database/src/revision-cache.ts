// A value rebuilt only when the stored data's revision moved: every get asks for the revision (one cheap read), so
// a change made through any process is seen by the next get in every process, with no invalidation message to
// lose. A failed build is not kept: the next get tries again. Callers share the value: they read it, never change it.
export class RevisionCache<T> {
  private cached?: { revision: string; value: Promise<T> };

  constructor(
    private readonly revision: () => Promise<string>,
    private readonly build: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    const revision = await this.revision();
    if (this.cached?.revision !== revision) {
      const value = this.build();
      this.cached = { revision, value };
      value.catch(() => this.cached?.value === value && (this.cached = undefined));
    }
    return this.cached.value;
  }
}
