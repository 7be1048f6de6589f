import { describe, expect, it } from 'vitest';
import { prepareLexicon } from '../../../src/lib/search/lexicon.ts';
import { lexicon } from './fixtures.ts';

describe('prepareLexicon', () => {
  it('indexes synonym members by their first token, longest first', () => {
    const prepared = prepareLexicon(lexicon);
    expect(prepared.synonymsByFirst.get('容')?.[0]?.tokens).toEqual(['容', '器', '编', '排']);
    expect(prepared.maxHanLength).toBeGreaterThanOrEqual(2);
    expect(prepared.latin).toContain('kubernetes');
  });
});
