import { createHash, randomBytes } from 'node:crypto';

// RFC 7636: a high-entropy verifier (43 characters of the unreserved set) and its S256 challenge.
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const s256 = (verifier: string): string => createHash('sha256').update(verifier, 'ascii').digest('base64url');

export function newPkce(): { verifier: string; challenge: string; method: 'S256' } {
  const verifier = randomToken(32);
  return { verifier, challenge: s256(verifier), method: 'S256' };
}
