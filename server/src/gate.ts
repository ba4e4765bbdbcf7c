/**
 * At most `concurrency` holders at a time and at most `queue` more waiting; beyond that `enter`
 * answers null at once, so that the caller can turn the request away instead of piling it up.
 * A slot is handed straight to the next in line, so a newcomer never slips in between.
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  /** Waits for a slot; answers the function that gives it back (once), or null when the queue is full. */
  async enter(): Promise<(() => void) | null> {
    if (this.running < this.concurrency) this.running += 1;
    else if (this.waiting.length >= this.queue) return null;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  /** Holders and waiting, for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
