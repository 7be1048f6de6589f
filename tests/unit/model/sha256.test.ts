import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/model/sha256.ts';

describe('sha256Hex', () => {
  it('is the SHA-256 of the bytes in lowercase hex, as node:crypto writes it', async () => {
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('pads bytes below 0x10 to two digits (the digest of no bytes starts e3b0c442)', async () => {
    const hex = await sha256Hex(new Uint8Array(0));
    expect(hex).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
