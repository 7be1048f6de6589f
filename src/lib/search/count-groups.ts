/**
 * The lexicon's form of a word-count table, written by the build (`countGroups`) and read in the
 * browser (`countsOf`): words grouped by count, `{ "3": "能耗 工程师" }`, each group sorted — a third
 * smaller, brotli-compressed, than one key per word. Pure.
 */

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups a word-count table by count (`{ "<count>": "word word …" }`). */
export function countGroups(counts: Iterable<readonly [string, number]>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [word, count] of counts) {
    const group = groups.get(count) ?? [];
    group.push(word);
    groups.set(count, group);
  }
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => a - b)
      .map(([count, words]) => [String(count), words.sort(byCodeUnit).join(' ')]),
  );
}

/** The word-count table back from `countGroups`. */
export function countsOf(groups: Record<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [count, words] of Object.entries(groups)) {
    for (const word of words.split(' ')) if (word) counts.set(word, Number(count));
  }
  return counts;
}
