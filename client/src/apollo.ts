import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client for the whole dashboard. Types keyed by their natural keys so that a municipality
 * or a count fetched by two views is one object in the cache.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        Municipality: { keyFields: ['code'] },
        KnowledgeDomain: { keyFields: ['code'] },
        Theme: { keyFields: ['code'] },
        CaseloadSnapshot: { keyFields: ['peildatum'] },
        ContributionYear: { keyFields: ['year'] },
        FundingSource: { keyFields: ['code'] },
      },
    }),
  });
}
