import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../app.js';
import { silentLogger } from '../log.js';

/** The app on a free loopback port, for tests that go over real HTTP; `close` stops both. */
export async function serveOnLoopback(options: AppOptions): Promise<{ base: string; close: () => Promise<void> }> {
  const app = await createApp({ logger: silentLogger, ...options });
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    },
  };
}
