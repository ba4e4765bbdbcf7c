import { createContext } from 'react';

/**
 * The mark every bar chart highlights unless told otherwise: a GEMEENTE user's own municipality
 * (its code), set once by the session (session/SessionProvider.tsx); null highlights nothing.
 */
export const HighlightContext = createContext<string | null>(null);
