import { describe, expect, it } from 'vitest';
import { truncate } from '../../../src/lib/text/truncate.ts';

describe('truncate', () => {
  it('leaves text within the limit whole', () => {
    expect(truncate('数据中心', 4)).toBe('数据中心');
  });

  it('cuts to the limit, the ellipsis included', () => {
    expect(truncate('数据中心能耗', 4)).toBe('数据中…');
  });

  it('counts code points, so a surrogate pair is never split', () => {
    expect(truncate('𠀀𠀁𠀂', 2)).toBe('𠀀…');
  });
});
