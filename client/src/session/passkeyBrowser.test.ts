import { describe, expect, it } from '@jest/globals';
import { passkeyFailureKey } from './passkeyBrowser';

const failure = (name: string, message = '', code?: string) => Object.assign(new Error(message), { name, ...(code ? { code } : {}) });

describe('what a failure of the browser or authenticator says', () => {
  it('names a cancelled or timed-out question, a second passkey on one device and the wrong site', () => {
    expect(passkeyFailureKey(failure('NotAllowedError', 'The operation either timed out or was not allowed.'))).toBe('passkeyCancelled');
    expect(passkeyFailureKey(failure('AbortError'))).toBe('passkeyCancelled');
    expect(
      passkeyFailureKey(
        failure('InvalidStateError', 'The authenticator was previously registered', 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'),
      ),
    ).toBe('passkeyAlreadyHere');
    expect(passkeyFailureKey(failure('SecurityError'))).toBe('passkeyWrongSite');
    expect(passkeyFailureKey(failure('UnknownError', 'WebAuthn is not supported'))).toBe('passkeyBrowserFailed');
  });

  it('leaves everything else (a server refusal, no answer) to the usual error text', () => {
    expect(passkeyFailureKey(new Error('Failed to fetch'))).toBeNull();
    expect(passkeyFailureKey('no error')).toBeNull();
  });
});
