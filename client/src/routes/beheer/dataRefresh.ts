import type { ApolloClient } from '@apollo/client';

/** Root fields an import cannot change: the session, the users, and Beheer's own lists. */
const KEEP = new Set(['me', 'users', 'dataVersions', 'auditLog']);

/**
 * After an import or a restore: every figure in the cache may be stale. They are dropped, so each
 * view asks the server again when it is opened; the queries on screen are fetched anew right away.
 */
export async function refreshAfterDataChange(client: ApolloClient): Promise<void> {
  client.cache.modify({ id: 'ROOT_QUERY', fields: (value, { fieldName, DELETE }) => (KEEP.has(fieldName) ? value : DELETE) });
  client.cache.gc();
  await client.refetchQueries({ include: 'active' });
}
