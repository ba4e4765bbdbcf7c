import { existsSync, readFileSync } from 'node:fs';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import {
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Persisted queries: the dashboard's documents are known when it is built. graphql-codegen
 * writes them as `persisted-documents.json` (sha256 of the text → text), the client sends only
 * the hash (Apollo's persisted-query protocol), and the server looks the text up here: smaller
 * requests, a stable key for the response cache, and parsing and validation once per document.
 * Other tools may still send any query text.
 */
export const PERSISTED_DOCUMENTS_PATH = new URL('../../../client/src/generated/persisted-documents.json', import.meta.url);

export interface PersistedDocument {
  hash: string;
  text: string;
  operationName: string | null;
  /** 'query' or 'mutation'. */
  operation: OperationTypeNode;
  /** The fields the operation asks of Query or Mutation (aliases resolved to their field). */
  rootFields: readonly string[];
}

export type PersistedDocuments = ReadonlyMap<string, PersistedDocument>;

/** Reads the manifest; an absent file means no persisted documents (tests of the API alone). */
export function readPersistedDocuments(path: URL | string = PERSISTED_DOCUMENTS_PATH): PersistedDocuments {
  if (!existsSync(path)) return new Map();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(manifest).map(([key, text]) => {
      const hash = key.replace(/^sha256:/, '');
      return [hash, describe(hash, text)];
    }),
  );
}

function describe(hash: string, text: string): PersistedDocument {
  const document: DocumentNode = parse(text);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (!operation || operations.length !== 1) throw new Error(`Persisted document ${hash} must hold exactly one operation.`);
  return {
    hash,
    text,
    operationName: operation.name?.value ?? null,
    operation: operation.operation,
    rootFields: rootFieldsOf(operation, document),
  };
}

/** The fields `operation` asks of Query or Mutation, through the fragments of `document` (aliases resolved to their field). */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return [...new Set(fieldsOf(operation.selectionSet, fragments, new Set()))];
}

/** The fields a selection set asks for, through fragments spread into it (`query { ...Headline }`). */
function fieldsOf(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): string[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments, seen);
    const fragment = fragments.get(s.name.value);
    // An unknown or circular spread: a name no cacheable list holds, so the document is not cached.
    if (!fragment || seen.has(s.name.value)) return [`…${s.name.value}`];
    return fieldsOf(fragment.selectionSet, fragments, new Set([...seen, s.name.value]));
  });
}

/**
 * The store behind Apollo's persisted queries (`persistedQueries.cache`; Apollo prefixes keys
 * with "apq:"): the manifest first, then texts registered by other clients, at most `registered`.
 */
export function persistedQueryCache(documents: PersistedDocuments, registered = 1000): KeyValueCache<string> {
  const others = new LRUCache<string, string>({ max: registered });
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    get: async (key) => documents.get(hashOf(key))?.text ?? others.get(hashOf(key)),
    set: async (key, value) => {
      if (!documents.has(hashOf(key))) others.set(hashOf(key), value);
    },
    delete: async (key) => others.delete(hashOf(key)),
  };
}

/** The hash a request names in Apollo's persisted-query extension, when it sends no text. */
export function persistedHashOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { query, extensions } = body as { query?: unknown; extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } };
  const persisted = extensions?.persistedQuery;
  if (query !== undefined || !persisted || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') return null;
  return persisted.sha256Hash;
}
