import { describe, expect, it } from 'vitest';
import { allowedDistance, boundedEditDistance, correctTypo } from '../../../src/lib/search/typo.ts';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(boundedEditDistance('kubernets', 'kubernetes', 2)).toBe(1);
    expect(boundedEditDistance('infinibnad', 'infiniband', 2)).toBe(1);
    expect(boundedEditDistance('pytroch', 'pytorch', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('slurm', 'slurm', 1)).toBe(0);
  });

  it('stops at max + 1', () => {
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('allowedDistance', () => {
  it('allows 1 from five letters and 2 from eight', () => {
    expect(allowedDistance('slur')).toBe(0);
    expect(allowedDistance('slurn')).toBe(1);
    expect(allowedDistance('kubernets')).toBe(2);
  });
});

describe('correctTypo', () => {
  const vocabulary = ['kubernetes', 'kubeflow', 'pytorch', 'tensorflow', 'slurm'];
  const counts = new Map(vocabulary.map((w, i) => [w, 10 - i]));

  it('finds the index word within the allowed distance', () => {
    expect(correctTypo('kubernets', vocabulary, counts)).toEqual(['kubernetes']);
    expect(correctTypo('pytroch', vocabulary, counts)).toEqual(['pytorch']);
    expect(correctTypo('pytrhoc', vocabulary, counts)).toEqual([]); // two edits; 7 letters allow 1
    expect(correctTypo('tensorflw', vocabulary, counts)).toEqual(['tensorflow']);
  });

  it('leaves short words alone', () => {
    expect(correctTypo('slrm', vocabulary, counts)).toEqual([]);
  });
});
