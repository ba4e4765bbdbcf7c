import type { NormalizedCacheObject } from '@apollo/client';
import type { Lang } from '../format';

/** What the server sends along with a page it rendered: the language and the answers it used. */
export interface ServerState {
  lang: Lang;
  cache: NormalizedCacheObject;
}

export const STATE_ELEMENT_ID = 'zv-state';

/**
 * The state as a JSON data block for the page. It is not a script the browser runs (the CSP
 * allows none inline); "<" is escaped so no text in the data can end the element early.
 */
export function serializeState(state: ServerState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${STATE_ELEMENT_ID}">${json}</script>`;
}

/** The server's state in this page, or null when the page came without one (or it is unreadable). */
export function readServerState(document: Document): ServerState | null {
  const text = document.getElementById(STATE_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<ServerState>;
    if ((state.lang !== 'nl' && state.lang !== 'en') || typeof state.cache !== 'object' || state.cache === null) return null;
    return { lang: state.lang, cache: state.cache };
  } catch {
    return null;
  }
}
