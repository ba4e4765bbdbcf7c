/**
 * The contract between the server and the dashboard's server-side entry (client/src/ssr/render.tsx,
 * built to client/dist-ssr/render.js): the server asks for a page and answers its queries; the
 * entry renders the page with those answers.
 */

/** One GraphQL operation as the page asks it; the server runs it for the page's viewer. */
export interface PageOperation {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

/** A GraphQL answer as the server gives it. */
export interface PageOperationResult {
  data?: Record<string, unknown> | null | undefined;
  errors?: readonly { message: string }[] | undefined;
}

export interface PageRequest {
  /** Path and query of the page, e.g. "/" or "/casuistiek" and "?peildatum=2024-01-01". */
  path: string;
  search: string;
  lang: 'nl' | 'en';
  execute: (operation: PageOperation) => Promise<PageOperationResult>;
  /** Stops rendering (the visitor left, or it took too long): the page is then not rendered. */
  signal?: AbortSignal | undefined;
}

export interface RenderedPage {
  /** The markup inside #root. */
  html: string;
  /** The data block to place after #root (the answers and the language, for the browser's cache). */
  state: string;
}

/** The entry's one export. null: this page is not rendered on the server (no session, an error). */
export type RenderPage = (request: PageRequest) => Promise<RenderedPage | null>;
