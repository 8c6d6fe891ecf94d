import crypto from 'node:crypto';

/**
 * Encryption at rest for secrets we must store (OAuth bot tokens): AES-256-GCM with a fresh random 12-byte IV
 * per value and a 16-byte authentication tag. The stored form is versioned so the scheme or key can change
 * later without guessing: `v1.<iv>.<tag>.<ciphertext>` (base64url parts).
 *
 * `aad` (additional authenticated data) binds a ciphertext to the row it belongs to (e.g. the team id): a
 * token copied into another workspace's row fails to decrypt instead of authorising the wrong workspace.
 */
export interface SecretBox {
  seal(plaintext: string, aad: string): string;
  /** Throws `SecretBoxError` when the value is malformed, tampered with, bound to another row or sealed with another key. */
  open(sealed: string, aad: string): string;
}

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]*$/;

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretBoxError('the encryption key must be 32 bytes');
  const k = Buffer.from(key);
  return {
    seal(plaintext, aad) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    open(sealed, aad) {
      const parts = typeof sealed === 'string' ? sealed.split('.') : [];
      if (parts.length !== 4 || parts[0] !== VERSION || !parts.slice(1).every((p) => B64URL.test(p))) {
        throw new SecretBoxError('not a sealed value of a known version');
      }
      const iv = Buffer.from(parts[1]!, 'base64url');
      const tag = Buffer.from(parts[2]!, 'base64url');
      const ct = Buffer.from(parts[3]!, 'base64url');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('malformed sealed value');
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError('cannot decrypt: wrong key, wrong row or tampered value');
      }
    },
  };
}
