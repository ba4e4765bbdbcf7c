import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';

/**
 * An Apollo plugin that checks each operation after it is parsed and validated and before it
 * runs, with the schema and the request at hand (a validation rule sees neither the request's
 * variables nor its context). A check refuses by throwing a GraphQLError with its HTTP status.
 */
export function beforeExecution<TContext extends BaseContext>(
  check: (schema: GraphQLSchema, request: GraphQLRequestContextDidResolveOperation<TContext>) => Promise<void> | void,
): ApolloServerPlugin<TContext> {
  let schema: GraphQLSchema;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          await check(schema, request);
        },
      };
    },
  };
}
