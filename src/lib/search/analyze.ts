/**
 * Query analysis: what a raw query means for the index. Chinese is segmented against the
 * index's own words (Pagefind 1.6 segments Chinese at index time with charabia's jieba, which
 * splits finely: 数据中心 → 数据 + 中心, 能耗 → 能 + 耗, 工程师 → 工程 + 师; a query word then
 * matches only index words that start with it), question words and particles are dropped,
 * synonyms and Latin typo corrections become alternative forms. Pure.
 */
import type { AnalyzedQuery, QueryIntent } from './types.ts';
import type { PreparedLexicon, SynonymMember } from './lexicon.ts';
import { MAX_TOKENS, normalizeQuery, tokenize, type Token } from './normalize.ts';
import { correctTypo } from './typo.ts';

/** One thing the reader asked about, and the ways it can be searched for. */
export interface Concept {
  /** What the reader typed for it (Chinese without spaces, Latin words spaced). */
  text: string;
  /**
   * Pagefind query strings, the first being what was typed: index words separated by spaces
   * (a page must contain all of them). The others are synonyms or typo corrections.
   */
  forms: string[];
  /** Literal texts of the forms (for phrase and title matches and highlighting). */
  literals: string[];
  /** True when the typed word was replaced by typo corrections. */
  corrected: boolean;
}

export interface Analysis {
  query: AnalyzedQuery;
  concepts: Concept[];
}

/**
 * How much a concept says: a Chinese character counts 1 (up to 4), a Latin word 3 (a one- or
 * two-letter one 1.5). A lone character such as 学 or 好 is weak: a page without it can still be
 * the answer.
 */
export function conceptWeight(concept: Pick<Concept, 'text'>): number {
  let weight = 0;
  for (const token of tokenize(concept.text, 16)) {
    if (token === null) continue;
    weight += token.han ? 1 : token.text.length >= 3 ? 3 : 1.5;
  }
  return Math.min(Math.max(weight, 1), 4);
}

/** At most this many concepts are searched (bounded work for long input). */
const MAX_CONCEPTS = 8;
/** At most this many forms per concept. */
const MAX_FORMS = 4;

/**
 * Segments a run of Chinese characters into the most probable sequence of known words
 * (jieba's method: maximise the product of word frequencies; a character not starting a known
 * word stands alone). `extra` adds words with a count (stopwords, synonym members).
 */
export function segmentHan(
  run: string,
  lexicon: PreparedLexicon,
  extra?: ReadonlyMap<string, number>,
): string[] {
  const chars = [...run];
  const n = chars.length;
  const best: number[] = [0];
  const from: number[] = [0];
  const unknown = -lexicon.logTotal - 1;
  for (let j = 1; j <= n; j++) {
    best[j] = -Infinity;
    from[j] = j - 1;
    for (let i = Math.max(0, j - Math.max(lexicon.maxHanLength, 4) - 2); i < j; i++) {
      const word = chars.slice(i, j).join('');
      const count = Math.max(lexicon.words.get(word) ?? 0, extra?.get(word) ?? 0);
      let score: number;
      if (count > 0) score = Math.log(count) - lexicon.logTotal;
      else if (j - i === 1) score = unknown;
      else continue;
      const total = (best[i] ?? -Infinity) + score;
      if (total > (best[j] ?? -Infinity)) {
        best[j] = total;
        from[j] = i;
      }
    }
  }
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j] ?? j - 1) out.unshift(chars.slice(from[j] ?? j - 1, j).join(''));
  return out;
}

/** The Pagefind query for a text: Latin words as typed, Chinese split as the index splits it. */
export function indexForm(text: string, lexicon: PreparedLexicon): string {
  const parts: string[] = [];
  let run = '';
  const flush = () => {
    if (run) parts.push(...segmentHan(run, lexicon));
    run = '';
  };
  for (const token of tokenize(normalizeQuery(text), 64)) {
    if (token?.han) run += token.text;
    else {
      flush();
      if (token) parts.push(token.text);
    }
  }
  flush();
  return parts.join(' ');
}

type Segment =
  { kind: 'han'; text: string } | { kind: 'latin'; text: string } | { kind: 'syn'; member: SynonymMember };

function matchSynonym(tokens: Token[], at: number, lexicon: PreparedLexicon): SynonymMember | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  for (const member of lexicon.synonymsByFirst.get(first.text) ?? []) {
    if (member.tokens.every((t, k) => tokens[at + k]?.text === t)) return member;
  }
  return undefined;
}

/**
 * An A不A (or A没A) question form in a run of Chinese: 高不高, 贵不贵, 值不值(得), 可不可(以). With the
 * character after it when A and that character form a word (值得, 可以), as a reader means it.
 */
const A_NOT_A = /(\p{Script=Han})[不没]\1/gu;

/**
 * How-many and how-long question forms: 几 with a measure word (几张卡, 几年, 几门课) and 多久 /
 * 多长时间. Like A不A they are a rule, not a list of phrases; like 怎么 they name no subject.
 */
const HOW_MANY = /几[个张台块年月天周次种门本位条步层]|多久|多长时间/gu;

/** A run of Chinese split at its how-many forms (`HOW_MANY`), which are dropped. */
function withoutHowMany(run: string, dropped: string[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const match of run.matchAll(HOW_MANY)) {
    parts.push(run.slice(from, match.index));
    dropped.push(match[0]);
    from = match.index + match[0].length;
  }
  parts.push(run.slice(from));
  return parts.filter(Boolean);
}

/** A run of Chinese split at its A不A question forms, which are dropped. */
function withoutANotA(run: string, lexicon: PreparedLexicon, dropped: string[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const match of run.matchAll(A_NOT_A)) {
    let end = match.index + match[0].length;
    const next = run.slice(end, end + 1);
    const word = `${match[1] ?? ''}${next}`;
    if (next && (lexicon.words.has(word) || lexicon.conceptWords.has(word))) end += 1;
    parts.push(run.slice(from, match.index));
    dropped.push(run.slice(match.index, end));
    from = end;
  }
  parts.push(run.slice(from));
  return parts.filter(Boolean);
}

/** Splits the query into synonym matches, Latin words and runs of Chinese. */
function segments(tokens: (Token | null)[], lexicon: PreparedLexicon): Segment[] {
  const out: Segment[] = [];
  const clean: Token[] = [];
  const breakBefore = new Set<number>();
  for (const token of tokens) {
    if (token === null) breakBefore.add(clean.length);
    else clean.push(token);
  }
  let run = '';
  const flush = () => {
    if (run) out.push({ kind: 'han', text: run });
    run = '';
  };
  for (let i = 0; i < clean.length;) {
    if (breakBefore.has(i)) flush();
    const member = matchSynonym(clean, i, lexicon);
    if (member) {
      flush();
      out.push({ kind: 'syn', member });
      i += member.tokens.length;
      continue;
    }
    const token = clean[i];
    if (!token) break;
    if (token.han) run += token.text;
    else {
      flush();
      out.push({ kind: 'latin', text: token.text });
    }
    i++;
  }
  flush();
  return out;
}

/**
 * Splits a run of Chinese into concepts, dropping question words and particles. The run is
 * split with the words a reader means (the index's words plus the compounds it split, such as
 * 能耗 and 工程师, stopwords and synonyms), so 能 in 能耗 is not taken for the stopword 能; leftover
 * single characters join their neighbour so that a concept is a word.
 */
function hanConcepts(run: string, lexicon: PreparedLexicon, dropped: string[]): string[] {
  const pieces = segmentHan(run, lexicon, lexicon.conceptWords);
  const single = (p: string | undefined) => p !== undefined && [...p].length === 1;
  // A stopword with particles after it (我的, 你们的, 自己的: an index word, to the segmenter) is
  // dropped like the stopword: 我的 in 为什么我的结果跟原文不同 names no subject.
  const bare = (piece: string) => {
    let chars = [...piece];
    while (chars.length > 1 && lexicon.particles.has(chars.at(-1) ?? '')) chars = chars.slice(0, -1);
    return chars.join('');
  };
  const keep = pieces.map(
    (piece) =>
      !lexicon.particles.has(piece) && !lexicon.stopwords.has(piece) && !lexicon.stopwords.has(bare(piece)),
  );
  // Runs of kept pieces between dropped ones; in each, single characters join up: a lone one
  // joins its neighbour word (工程 + 师, 大 + 模型), several in a row form a word (液 + 冷).
  const out: string[] = [];
  let group: string[] = [];
  const flushRun = () => {
    const words: string[] = [];
    for (let i = 0; i < group.length; i++) {
      const piece = group[i] ?? '';
      if (!single(piece)) {
        words.push(piece);
        continue;
      }
      let j = i;
      while (j + 1 < group.length && single(group[j + 1])) j++;
      const singles = group.slice(i, j + 1).join('');
      const prev = words.length > 0 && i > 0 ? words.length - 1 : -1;
      if (i === j && prev >= 0) words[prev] += singles;
      else if (i === j && j + 1 < group.length) {
        group[j + 1] = singles + (group[j + 1] ?? '');
      } else words.push(singles);
      i = j;
    }
    out.push(...words);
    group = [];
  };
  pieces.forEach((piece, i) => {
    if (keep[i]) group.push(piece);
    else {
      dropped.push(piece);
      flushRun();
    }
  });
  flushRun();
  return out;
}

/**
 * What a query asks: a definition (a definition word such as 是什么 was dropped), a question (a
 * question word, an A不A form or a closing question mark), or nothing in particular.
 */
function queryIntent(normalized: string, dropped: readonly string[], lexicon: PreparedLexicon): QueryIntent {
  // Dropped words side by side (是 + 什么) may form a definition word (是什么).
  const droppedText = dropped.join('');
  if ([...lexicon.definitions].some((w) => droppedText.includes(w))) return 'definition';
  // Where is it (训练场在哪, 在哪里训练模型): the reader looks a page up.
  if (dropped.some((w) => lexicon.places.has(w))) return 'lookup';
  const aNotA = new RegExp(A_NOT_A.source, 'u');
  const howMany = new RegExp(`^(?:${HOW_MANY.source})$`, 'u');
  if (
    /\?\s*$/.test(normalized) ||
    dropped.some((w) => lexicon.questions.has(w) || aNotA.test(w) || howMany.test(w))
  )
    return 'question';
  return 'lookup';
}

/** Analyses a raw query against the lexicon. Never throws; bounded work for any input. */
export function analyzeQuery(raw: string, lexicon: PreparedLexicon): Analysis {
  const normalized = normalizeQuery(raw);
  const dropped: string[] = [];
  const concepts: Concept[] = [];
  const add = (text: string, forms: string[], literals: string[], corrected = false) => {
    if (concepts.some((c) => c.text === text)) return;
    const unique = [...new Set(forms.filter(Boolean))].slice(0, MAX_FORMS);
    if (unique.length > 0)
      concepts.push({ text, forms: unique, literals: [...new Set(literals)], corrected });
  };
  for (const segment of segments(tokenize(normalized, MAX_TOKENS), lexicon)) {
    if (segment.kind === 'syn') {
      const { member } = segment;
      const members = [member.text, ...member.others];
      add(
        member.text,
        members.map((m) => indexForm(m, lexicon)),
        members.map((m) => m.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')),
      );
    } else if (segment.kind === 'latin') {
      const word = segment.text;
      if (lexicon.stopwords.has(word)) {
        dropped.push(word);
        continue;
      }
      const known =
        lexicon.words.has(word) || /\d/.test(word) || lexicon.latin.some((w) => w.startsWith(word));
      const corrections = known ? [] : correctTypo(word, lexicon.latin, lexicon.words);
      if (corrections.length > 0) add(word, corrections, corrections, true);
      else add(word, [word], [word]);
    } else {
      for (const part of withoutANotA(segment.text, lexicon, dropped))
        for (const piece of withoutHowMany(part, dropped))
          for (const text of hanConcepts(piece, lexicon, dropped))
            add(text, [indexForm(text, lexicon)], [text]);
    }
  }
  const kept = concepts.slice(0, MAX_CONCEPTS);
  const expansions: Record<string, string[]> = {};
  for (const concept of kept) {
    const extra = concept.literals.filter((l) => l !== concept.text);
    if (extra.length > 0) expansions[concept.text] = extra;
  }
  return {
    query: {
      normalized,
      terms: kept.map((c) => c.text),
      dropped,
      intent: queryIntent(normalized, dropped, lexicon),
      expansions,
      highlight: [...new Set(kept.flatMap((c) => (c.corrected ? c.literals : [c.text, ...c.literals])))],
    },
    concepts: kept,
  };
}
