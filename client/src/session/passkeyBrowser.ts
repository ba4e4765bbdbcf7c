/**
 * The browser's side of passkeys, through @simplewebauthn/browser: it turns the server's options
 * (JSON) into a `navigator.credentials` call and the authenticator's answer back into JSON for the
 * server. Loaded only when a passkey is used, so the dashboard's first load does not carry it.
 */
import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/messages';

const supported = () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
const nothingChanges = () => () => undefined;

/**
 * Whether this browser can make and use passkeys at all. A page rendered on the server cannot
 * know, so it says "no" there and while the browser takes the page over, then asks the browser.
 */
export function usePasskeysSupported(): boolean {
  return useSyncExternalStore(nothingChanges, supported, () => false);
}

/** Makes a passkey for the server's registration options; answers the RegistrationResponseJSON as JSON. */
export async function createPasskey(optionsJson: string): Promise<string> {
  const { startRegistration } = await import('@simplewebauthn/browser');
  return JSON.stringify(await startRegistration({ optionsJSON: JSON.parse(optionsJson) as never }));
}

/** Signs the server's authentication options with one of the user's passkeys; answers the AuthenticationResponseJSON as JSON. */
export async function signWithPasskey(optionsJson: string): Promise<string> {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  return JSON.stringify(await startAuthentication({ optionsJSON: JSON.parse(optionsJson) as never }));
}

/** What a failure of the browser or authenticator means for the user (not a server refusal). */
export function passkeyFailureKey(error: unknown): MessageKey | null {
  if (!(error instanceof Error)) return null;
  const code = (error as Error & { code?: string }).code;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || error.name === 'InvalidStateError') return 'passkeyAlreadyHere';
  if (error.name === 'NotAllowedError' || error.name === 'AbortError') return 'passkeyCancelled';
  if (error.name === 'SecurityError') return 'passkeyWrongSite';
  if (/WebAuthn|credential|authenticator/i.test(`${error.name} ${error.message}`)) return 'passkeyBrowserFailed';
  return null;
}
