/**
 * Reads a plan hash (the format: plan-hash.ts). Apart from writing, so that a page only loads it
 * when the URL carries a plan (the plan page opened from a link). Pure.
 */
import {
  MAX_PLAN_HASH_LENGTH,
  PLAN_HASH_VERSION,
  STATUS_CODES,
  type PlanHashResult,
  type PlanKnown,
  type PlanState,
} from './plan-hash.ts';
import { truncate } from '../text/truncate.ts';

type StoredStatus = keyof typeof STATUS_CODES;
const CODE_STATUS = Object.fromEntries(
  Object.entries(STATUS_CODES).map(([status, code]) => [code, status]),
) as Record<string, StoredStatus>;
const ID = /^[a-z][a-z0-9_-]*$/i;

/** How many characters of an unknown id an error quotes (the last an ellipsis when cut). */
const QUOTED_CHARS = 41;

const quote = (items: string[], max = 3) =>
  items
    .slice(0, max)
    .map((s) => `“${truncate(s, QUOTED_CHARS)}”`)
    .join('、') + (items.length > max ? ` 等 ${items.length} 项` : '');

/**
 * Reads a location hash (with or without `#`). An empty hash (no plan in the URL) is `empty`.
 */
export function parsePlanHash(hash: string, known: PlanKnown): PlanHashResult {
  const refuse = (error: string): PlanHashResult => ({ status: 'refused', error });
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { status: 'empty' };
  if (raw.length > MAX_PLAN_HASH_LENGTH) {
    return refuse(
      `这个计划链接太长（${raw.length} 个字符，最多 ${MAX_PLAN_HASH_LENGTH}），没有读取。链接可能被改动过或不完整。`,
    );
  }
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return refuse('这个计划链接的格式不对（含有无法解码的字符），没有读取。');
  }
  const [version = '', ...pairs] = text.split('&');
  if (version !== PLAN_HASH_VERSION) {
    return /^v\d+$/.test(version)
      ? refuse(`这个计划链接的版本（${version}）本站不支持：本页只能读取 ${PLAN_HASH_VERSION} 版本的链接。`)
      : refuse('网址中的“#”后面不是本站的计划链接，没有读取。');
  }
  const notes: string[] = [];
  const values = new Map<string, string>();
  const ignored: string[] = [];
  for (const pair of pairs) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    const repeated =
      values.has(key) || (key === 'lack' && values.has('have')) || (key === 'have' && values.has('lack'));
    if (!['from', 'to', 'have', 'lack', 'p'].includes(key) || repeated) ignored.push(pair);
    else values.set(key, value);
  }
  if (ignored.length > 0) notes.push(`忽略了链接中无法识别或重复的部分：${quote(ignored)}。`);

  const to = values.get('to');
  if (to === undefined || to === '') return refuse('这个计划链接没有写目标职业（to），无法显示计划。');
  const skills = known.careers.get(to);
  if (!skills) {
    return refuse(
      `链接中的目标职业“${to.slice(0, 40)}”在本站不存在，可能来自旧版本的网站。请重新选择目标职业。`,
    );
  }

  const plan: PlanState = { to, progress: {} };
  const from = values.get('from');
  if (from !== undefined && from !== '') {
    if (known.starts.has(from) && from !== to) plan.from = from;
    else notes.push(`链接中的当前角色“${from.slice(0, 40)}”无法识别，已忽略。`);
  }

  // `have` lists the ticked concepts, `lack` (its short form for many ticks) the others.
  const listed = values.get('have') ?? values.get('lack');
  if (listed !== undefined) {
    const concepts = new Set(known.concepts);
    const ids = listed === '' ? [] : listed.split(',');
    const unknown = ids.filter((id) => !concepts.has(id));
    const kept = new Set(ids.filter((id) => concepts.has(id)));
    if (unknown.length > 0) notes.push(`忽略了链接中无法识别的技能：${quote(unknown)}。`);
    const lack = !values.has('have');
    plan.have = known.concepts.filter((c) => kept.has(c) !== lack);
  }

  const progress = values.get('p');
  if (progress !== undefined && progress !== '') {
    const skillIds = new Set(skills);
    const bad: string[] = [];
    for (const item of progress.split(',')) {
      const colon = item.lastIndexOf(':');
      const id = colon < 0 ? item : item.slice(0, colon);
      const status = colon < 0 ? undefined : CODE_STATUS[item.slice(colon + 1)];
      if (!ID.test(id) || !skillIds.has(id) || status === undefined || Object.hasOwn(plan.progress, id)) {
        bad.push(item);
      } else plan.progress[id] = status;
    }
    if (bad.length > 0) notes.push(`忽略了链接中无法识别的进度：${quote(bad)}。`);
  }
  return { status: 'ok', plan, notes };
}
