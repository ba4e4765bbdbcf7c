/**
 * A software WebAuthn authenticator for server tests: it makes a P-256 key pair and answers
 * registration and sign-in options the way a browser with a platform authenticator would (packed
 * in the JSON the browser library sends), so the real @simplewebauthn/server checks run on real
 * signatures. The browser tests use Chromium's own virtual authenticator instead.
 */
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

/** The flags of authenticator data: user present, user verified, attested credential data. */
const FLAGS = { UP: 0x01, UV: 0x04, AT: 0x40 } as const;

interface Options {
  challenge: string;
  rp?: { id?: string };
  rpId?: string;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  /** The signature counter; tests may set it to play a copied authenticator. */
  counter = 0;

  constructor(private readonly origin: string) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.publicJwk = { x: jwk.x!, y: jwk.y! };
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  /** The browser's answer to `navigator.credentials.create(options)`, as the JSON the client sends. */
  register(optionsJson: string, overrides: { origin?: string; rpId?: string } = {}): string {
    const options = JSON.parse(optionsJson) as Options;
    const rpId = overrides.rpId ?? options.rp?.id ?? '';
    const clientData = this.clientData('webauthn.create', options.challenge, overrides.origin);
    const cosePublicKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(this.publicJwk.x, 'base64url')],
        [-3, Buffer.from(this.publicJwk.y, 'base64url')],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      this.authDataHead(rpId, FLAGS.UP | FLAGS.UV | FLAGS.AT),
      Buffer.alloc(16), // AAGUID: none
      idLength,
      this.credentialId,
      cosePublicKey,
    ]);
    const attestation = new Map<string, string | Map<string, never> | Uint8Array>();
    attestation.set('fmt', 'none');
    attestation.set('attStmt', new Map<string, never>());
    attestation.set('authData', authData);
    const attestationObject = isoCBOR.encode(attestation);
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
    });
  }

  /** The browser's answer to `navigator.credentials.get(options)`: a signature over the challenge. */
  authenticate(optionsJson: string, overrides: { origin?: string; rpId?: string } = {}): string {
    const options = JSON.parse(optionsJson) as Options;
    this.counter += 1;
    const authData = this.authDataHead(overrides.rpId ?? options.rpId ?? '', FLAGS.UP | FLAGS.UV);
    const clientData = this.clientData('webauthn.get', options.challenge, overrides.origin);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientData)]), this.privateKey);
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature) },
      clientExtensionResults: {},
    });
  }

  private clientData(type: string, challenge: string, origin = this.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  private authDataHead(rpId: string, flags: number): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), counter]);
  }
}
