import { useHydrated } from '../components/clientTime';

/** Asks for full screen; browsers allow it only right after a user's action, so failing is fine. */
export function requestFullscreen(): void {
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (!root || document.fullscreenElement || !document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return;
  try {
    root.requestFullscreen().catch(() => undefined);
  } catch {
    // not allowed here: the presentation works in the window too
  }
}

/** Leaves full screen when the page is in it; never throws. */
export function exitFullscreen(): void {
  if (typeof document !== 'undefined' && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

/** Whether this browser allows full screen here; false while the server renders the page. */
export function useFullscreenEnabled(): boolean {
  return useHydrated() && document.fullscreenEnabled;
}
