import type { ApolloClient } from '@apollo/client';

/**
 * After a goal changed: the cached list of goals (here and on the overview) is dropped, and the
 * queries on screen ask the server again — the status is the server's to compute.
 */
export async function refreshGoals(client: ApolloClient): Promise<void> {
  client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'goals' });
  client.cache.gc();
  await client.refetchQueries({ include: 'active' });
}
