import { GraphQLError } from 'graphql';
import { Gate } from '../gate.js';

/** Seconds a client is asked to wait when every hashing slot is taken. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * At most `concurrency` password hashes at a time, and at most `queue` more waiting; beyond
 * that a request is turned away at once (503 with Retry-After) instead of waiting. scrypt at
 * OWASP's cost takes ~128 MB and a libuv thread for a few hundred milliseconds: unbounded, a
 * flood of logins starves the threads that serve the dashboard's files and /healthz.
 */
export class HashGate {
  private readonly gate: Gate;

  constructor(concurrency: number, queue: number) {
    this.gate = new Gate(concurrency, queue);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.gate.enter();
    if (!release) throw busy();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function busy(): GraphQLError {
  return new GraphQLError(
    `De server is even druk met inloggen: probeer het over ${RETRY_AFTER_SECONDS} seconden opnieuw. (The server is busy with logins; try again in ${RETRY_AFTER_SECONDS} seconds.)`,
    {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        messageEn: `The server is busy with sign-ins: try again in ${RETRY_AFTER_SECONDS} seconds.`,
        http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    },
  );
}
