import { ApolloClient, ApolloLink, type NormalizedCacheObject } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { PageRequest, RenderedPage } from '@zv/shared';
import { print, type FormattedExecutionResult } from 'graphql';
import { prerenderToNodeStream } from 'react-dom/static';
import { Observable } from 'rxjs';
import { createCache } from '../apollo';
import { loadLanguage, loadPageTexts } from '../i18n/LanguageContext';
import { Root } from '../Root';
import { MeQuery } from '../session/sessionQueries';
import { serializeState } from './state';

/**
 * Renders a page on the server for a visitor with a session (decision 0009): the page's queries
 * are answered by the server itself, for this viewer, through the same GraphQL schema, rules and
 * limits as over HTTP; the browser gets the figures in the HTML and hydrates them. A visitor
 * without a session, and any query that fails, gets no server rendering: the browser renders as
 * before (and shows the login page or the error).
 */
export async function render({ path, search, lang, execute, signal }: PageRequest): Promise<RenderedPage | null> {
  let failed = false;
  const link = new ApolloLink(
    (operation) =>
      new Observable<FormattedExecutionResult>((observer) => {
        execute({ query: print(operation.query), variables: operation.variables, operationName: operation.operationName })
          .then((result) => {
            if (result.errors?.length) failed = true;
            observer.next(result as FormattedExecutionResult);
            observer.complete();
          })
          .catch((error: unknown) => {
            failed = true;
            observer.error(error);
          });
      }),
  );
  const client = new ApolloClient({ ssrMode: true, link, cache: createCache() });
  await Promise.all([loadLanguage(lang), loadPageTexts()]);

  // Only a visitor with a session gets the dashboard; the login page stays the browser's.
  const me = await client.query({ query: MeQuery }).catch(() => null);
  if (failed || !me?.data?.me) return null;

  const { result, aborted } = await prerenderStatic({
    tree: <Root client={client} lang={lang} location={{ path, search }} />,
    context: { client },
    signal,
    // Every boundary inline, however large: an outlined one would need an inline script to show,
    // which the CSP refuses (the figures would stay hidden until the JavaScript ran).
    renderFunction: (tree) => prerenderToNodeStream(tree, { signal, progressiveChunkSize: Number.MAX_SAFE_INTEGER }),
  });
  if (failed || aborted) return null;
  return { html: result, state: serializeState({ lang, cache: client.extract() as NormalizedCacheObject }) };
}
