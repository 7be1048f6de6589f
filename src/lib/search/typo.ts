/** Latin typo tolerance against the index vocabulary. Pure. */

/**
 * Edit distance between `a` and `b` counting an insertion, a deletion, a substitution or a swap
 * of two neighbouring letters as one edit (optimal string alignment: pytroch → pytorch is 1), or
 * `max + 1` as soon as it must exceed `max` (bounded work: stopped after the first row whose
 * every value is over `max`).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/** Edit distance allowed for a word: 1 from 5 letters, 2 from 8; none below 5. */
export function allowedDistance(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Index words within the allowed edit distance of `word`, closest first, then most frequent;
 * at most `limit`. Empty when the word is too short to correct.
 */
export function correctTypo(
  word: string,
  vocabulary: readonly string[],
  counts: ReadonlyMap<string, number>,
  limit = 2,
): string[] {
  const max = allowedDistance(word);
  if (max === 0) return [];
  const found: { word: string; distance: number; count: number }[] = [];
  for (const candidate of vocabulary) {
    if (candidate === word || candidate.length < 4) continue;
    const distance = boundedEditDistance(word, candidate, max);
    if (distance <= max) found.push({ word: candidate, distance, count: counts.get(candidate) ?? 0 });
  }
  found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1));
  return found.slice(0, limit).map((f) => f.word);
}
