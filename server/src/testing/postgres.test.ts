import { describe, expect, it } from '@jest/globals';
import { serverAccount } from './postgres.js';

describe('the account the test PostgreSQL runs as', () => {
  const users: Record<string, { uid: number; gid: number }> = { postgres: { uid: 101, gid: 104 }, nobody: { uid: 65534, gid: 65534 } };
  const lookup = (known: string[]) => (name: string) => (known.includes(name) ? users[name] : undefined);

  it("is this process's own when it is not root", () => {
    expect(serverAccount(1000, lookup(['postgres', 'nobody']), undefined)).toBeUndefined();
  });

  it('is the postgres user as root, or nobody on a machine without one: nothing is created', () => {
    expect(serverAccount(0, lookup(['postgres', 'nobody']), undefined)).toEqual({ uid: 101, gid: 104 });
    expect(serverAccount(0, lookup(['nobody']), undefined)).toEqual({ uid: 65534, gid: 65534 });
    expect(serverAccount(0, lookup(['postgres', 'nobody']), 'nobody')).toEqual({ uid: 65534, gid: 65534 });
  });

  it('fails with a message naming the users tried when none exists', () => {
    expect(() => serverAccount(0, lookup([]), undefined)).toThrow('running as root, and none of the users postgres, nobody exists');
  });
});
