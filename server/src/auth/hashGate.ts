import { GraphQLError } from 'graphql';

/** Seconds a client is asked to wait when every hashing slot is taken. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * At most `concurrency` password hashes at a time, and at most `queue` more waiting; beyond
 * that a request is turned away at once (503 with Retry-After) instead of waiting. scrypt at
 * OWASP's cost takes ~128 MB and a libuv thread for a few hundred milliseconds: unbounded, a
 * flood of logins starves the threads that serve the dashboard's files and /healthz.
 */
export class HashGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) throw busy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

function busy(): GraphQLError {
  return new GraphQLError(
    `De server is even druk met inloggen: probeer het over ${RETRY_AFTER_SECONDS} seconden opnieuw. (The server is busy with logins; try again in ${RETRY_AFTER_SECONDS} seconds.)`,
    { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } } },
  );
}
