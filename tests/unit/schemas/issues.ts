/** Shared by the schema tests: known ids and a failed parse's issues as "path: message" lines. */
import { expect } from 'vitest';
import type { KnownIds } from '../../../src/schemas/common.ts';

export const known: KnownIds = {
  references: new Set(['goodfellow2016', 'keras-bce', 'seed-nlp-overview']),
  unsupportable: new Set(['seed-nlp-overview']),
  careers: new Set(['mlops-engineer', 'ml-engineer']),
  faq: new Set(['a', 'b']),
  concepts: new Set(['programming', 'k8s-workloads', 'linux-cli']),
};

/** The messages of a failed parse, as "path: message" lines (fails the test if it succeeded). */
export function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** `data` without `key` (a missing field). */
export function without<T extends object>(data: T, key: keyof T): Partial<T> {
  const copy = { ...data };
  delete copy[key];
  return copy;
}
