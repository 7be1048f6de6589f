/**
 * The one reader of `content/skill-resources.yaml` (learning resources per skill concept):
 * parsed and validated once per version of the file and of the vocabulary (cached by
 * modification time, as `references.ts` does), against `createSkillResourcesSchema`. Any problem
 * fails the build with the file and the concept named, all problems at once:
 *
 *   content/skill-resources.yaml → k8s-workloads.1.url: must be an https URL
 *   content/skill-resources.yaml → linux-cli: skill concept "linux-cli" has no learning resource (list at least one)
 *
 * A content folder without a skill vocabulary (some test fixtures) needs no resources file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-ids.ts';
import { contentDir } from './content-dir.ts';
import { loadSkillVocabulary } from './skills.ts';
import { createSkillResourcesSchema, type SkillResources } from '../schemas/skill-resources.ts';

/** Problems listed in one error before the rest are counted. */
const MAX_LISTED = 25;

let cache: { key: string; resources: SkillResources } | undefined;

/** Throws one error listing `problems` (`field: message` lines) of `shown`. */
function fail(shown: string, problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `${shown} → ${p}`);
  if (problems.length > MAX_LISTED) listed.push(`… and ${problems.length - MAX_LISTED} more`);
  const error = new ContentError(
    shown,
    undefined,
    `${problems.length} problem(s):\n  ${listed.join('\n  ')}`,
  );
  throw error;
}

/**
 * The learning resources of every skill concept, in file order, validated (see the module
 * comment). `dir` is the content folder, `root` what file names in messages are relative to.
 */
export function loadSkillResources(dir: string = contentDir(), root: string = process.cwd()): SkillResources {
  const vocabulary = loadSkillVocabulary(dir, root);
  const file = join(dir, 'skill-resources.yaml');
  const shown = relative(root, file) || file;
  const exists = existsSync(file);
  if (!exists && vocabulary.ids.size === 0) return {};
  const stat = exists ? statSync(file) : undefined;
  const vocabStat = vocabulary.exists ? statSync(vocabulary.file) : undefined;
  const key = [file, stat?.mtimeMs, stat?.size, vocabStat?.mtimeMs, vocabStat?.size].join('|');
  if (cache?.key === key) return cache.resources;

  let data: unknown = {};
  if (exists) {
    try {
      data = parseYaml(readFileSync(file, 'utf8')) ?? {};
    } catch (error) {
      throw new ContentError(shown, undefined, `cannot read YAML: ${(error as Error).message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ContentError(shown, undefined, 'must be a YAML mapping from skill concept id to a list');
    }
  }
  const result = createSkillResourcesSchema({ concepts: vocabulary.ids }).safeParse(data);
  if (!result.success) {
    fail(
      shown,
      result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    );
  }
  cache = { key, resources: result.data };
  return result.data;
}
