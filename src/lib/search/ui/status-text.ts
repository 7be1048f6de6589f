/**
 * What the search UI's live region (its status line) announces once a query has settled. Pure.
 */

/** Sum of the per-type counts: the query's result count across all types. */
export function totalCount(typeCounts: Readonly<Record<string, number>>): number {
  return Object.values(typeCounts).reduce((sum, n) => sum + n, 0);
}

/**
 * "找到 12 个结果", or scoped to a type ("“FAQ”中找到 3 个结果"), noting a relaxed match (not every
 * word found on the page); "没有找到结果" for none.
 */
export function statusText(count: number, type: string | undefined, relaxed: boolean): string {
  const scope = type ? `“${type}”中` : '';
  if (count === 0) return `${scope}没有找到结果`;
  return `${scope}找到 ${count} 个结果${relaxed ? '（部分词匹配）' : ''}`;
}
