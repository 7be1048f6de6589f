import { describe, expect, it } from 'vitest';
import { findSection } from '../../../src/lib/demos/article-sections.ts';

const headings = [
  { depth: 2, slug: '4-数学模型', text: '4. 数学模型和公式' },
  { depth: 3, slug: '42-公式推导过程', text: '4.2 公式推导过程' },
  { depth: 3, slug: '421-x', text: '4.21 not this one' },
  { depth: 2, slug: '5-项目实践', text: '5. 项目实践：代码实例' },
];

describe('findSection', () => {
  it('finds a numbered heading and its anchor', () => {
    expect(findSection(headings, '4.2')).toEqual({
      number: '4.2',
      title: '公式推导过程',
      slug: '42-公式推导过程',
    });
    expect(findSection(headings, '5')).toMatchObject({ slug: '5-项目实践', title: '项目实践：代码实例' });
  });

  it('does not take a longer number for a shorter one, and fails on a missing section', () => {
    expect(findSection(headings, '4').slug).toBe('4-数学模型');
    expect(() => findSection(headings, '7.1')).toThrow(/no section 7\.1/);
  });
});
