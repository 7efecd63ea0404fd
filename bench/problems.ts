/** An error's first line: Playwright's messages go on with a call log. */
export const firstLine = (error: unknown): string => String((error as Error).message).split('\n')[0]!;

/** Everything odd the bench saw (console errors, failed requests, builds that printed warnings), by where. */
export class Problems {
  private readonly byWhere = new Map<string, Set<string>>();
  /** Pages that started a Web Worker: Chromium's CPU throttling does not reach workers. */
  readonly workerPages = new Set<string>();

  note(where: string, what: string): void {
    if (!this.byWhere.has(where)) this.byWhere.set(where, new Set());
    this.byWhere.get(where)!.add(what.length > 400 ? `${what.slice(0, 400)}…` : what);
  }

  clear(): void {
    this.byWhere.clear();
    this.workerPages.clear();
  }

  list(): { where: string; messages: string[] }[] {
    return [...this.byWhere].map(([where, set]) => ({ where, messages: [...set] }));
  }
}
