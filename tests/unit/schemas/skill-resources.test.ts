import { describe, expect, it } from 'vitest';
import { createSkillResourcesSchema, samePageKey } from '../../../src/schemas/skill-resources.ts';
import { issues, known } from './issues.ts';

const docs = (url: string, extra: object = {}) => ({
  title: '文档',
  url,
  lang: 'zh',
  kind: 'docs',
  checked: false,
  ...extra,
});

/** One valid resource for each concept of the shared `known` ids. */
const complete = () => ({
  programming: [docs('https://docs.python.org/zh-cn/3/tutorial/')],
  'k8s-workloads': [docs('https://kubernetes.io/zh-cn/docs/concepts/workloads/')],
  'linux-cli': [docs('https://www.gnu.org/software/coreutils/manual/')],
});

describe('createSkillResourcesSchema', () => {
  const schema = createSkillResourcesSchema(known);

  it('accepts a resource for every concept, keeping the optional note', () => {
    const data = complete();
    data.programming.push(docs('https://go.dev/tour/', { lang: 'en', kind: 'course', note: '从头学' }));
    expect(schema.parse(data)).toEqual(data);
  });

  it('names a concept without resources, and one with an empty list', () => {
    const data: Record<string, unknown> = complete();
    delete data['linux-cli'];
    data['programming'] = [];
    expect(issues(schema.safeParse(data))).toEqual([
      'programming: list at least one learning resource',
      'linux-cli: skill concept "linux-cli" has no learning resource (list at least one)',
    ]);
  });

  it('names an unknown concept id', () => {
    expect(issues(schema.safeParse({ ...complete(), ghost: [docs('https://example.org/')] }))).toEqual([
      'ghost: unknown skill concept id "ghost"',
    ]);
  });

  it('refuses a URL that is not https, naming the concept and entry', () => {
    const data = complete();
    data['k8s-workloads'].push(docs('http://kubernetes.io/docs/'));
    expect(issues(schema.safeParse(data))).toEqual(['k8s-workloads.1.url: must be an https URL']);
  });

  it('refuses a page listed twice for one concept, also written differently', () => {
    const data = complete();
    data['linux-cli'].push(docs('https://WWW.gnu.org/software/coreutils/manual#intro'));
    expect(issues(schema.safeParse(data))).toEqual([
      'linux-cli.1.url: https://WWW.gnu.org/software/coreutils/manual#intro is already listed for this concept (also entry 0)',
    ]);
  });

  it('names a missing flag, an unknown kind or language and an unknown field', () => {
    const data = complete();
    data.programming = [
      { title: 'x', url: 'https://a.example/', lang: 'fr', kind: 'video', extra: 1 } as never,
    ];
    expect(issues(schema.safeParse(data))).toEqual([
      expect.stringMatching(/^programming\.0\.lang: /),
      expect.stringMatching(/^programming\.0\.kind: /),
      expect.stringMatching(/^programming\.0\.checked: /),
      expect.stringMatching(/^programming\.0: Unrecognized key: "extra"/),
    ]);
  });
});

describe('samePageKey', () => {
  it('ignores case of the host, a trailing slash and the fragment, but not the query', () => {
    expect(samePageKey('https://Example.org/a/#x')).toBe(samePageKey('https://example.org/a'));
    expect(samePageKey('https://example.org/a?hl=zh')).not.toBe(samePageKey('https://example.org/a'));
  });
});
