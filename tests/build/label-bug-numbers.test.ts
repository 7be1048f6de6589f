/**
 * Every number the built site states about the article's {1, −1} label bug comes from the one
 * computation, models/label-bug.json: each `<span data-repro>` (written by `<ReproNumber>` in
 * content and on .astro pages) shows exactly what the results give for its quantity and digits,
 * and no page states such a number any other way — no negative decimal anywhere outside those
 * spans (a loss below zero is only ever this bug's), and in every passage about the {1, −1}
 * labels no decimal or percentage beyond section numbers and the few constants listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite, ROOT, SITE_DIR } from '../../tools/site-build.ts';
import {
  KERAS_TF_MEASURED,
  formatStated,
  isLabelBugQuantityId,
  isMeasuredQuantity,
  parseLabelBugResults,
  stateQuantity,
} from '../../src/lib/model/label-bug.ts';
import type { LabelBugResults } from '../../src/schemas/label-bug.ts';

/** Pages that must state label-bug numbers (so the checks below are not vacuous). */
const PAGES_WITH_NUMBERS = ['article/index.html', 'demos/index.html', 'faq/demo-results-differ/index.html'];

/**
 * Decimals a passage about the {1, −1} labels may write as plain text, and why: none of them is a
 * result of the reproduction.
 */
const ALLOWED_DECIMALS: Record<string, string> = {
  '0.5': 'the threshold of binary accuracy, and the +1 share of balanced data',
  '0.001': "Adam's learning rate, the article's setting",
  '0.0012': 'the loss the seed article prints in 5.4',
  '1.0': 'the accuracy the seed article prints in 5.4',
  '3.6': 'the Python version the seed article names',
  '3.10': "the last Python version Keras 3 does not install on (the erratum on the seed's requirements)",
  '3.11': 'the first Python version current Keras 3 installs on (same erratum)',
};

/** The versions the measured Keras runs name (not results). */
const VERSIONS = [KERAS_TF_MEASURED.tensorflow, KERAS_TF_MEASURED.keras];

/** A passage about the article's {1, −1} labels. */
const LABEL_BUG_PASSAGE = /1\s*\/\s*−1|\{\s*1\s*,\s*−1\s*\}|1 和 −1|−1 标签|标签为 −1|y\s*=\s*−1/;
/** A negative decimal, not part of a name such as GPT-3.5. */
const NEGATIVE_DECIMAL = /(?<![\p{L}\p{N}.])[−-]\d+\.\d+/gu;
/** A decimal or a percentage. */
const NUMBER = /\d+(?:\.\d+)?\s*[%％]|\d+\.\d+/g;

const PASSAGES = 'p, li, td, th, dd, dt, figcaption, summary, blockquote, h1, h2, h3, h4';
/**
 * Elements whose text is not a statement of the page: code, math, scripts, drawings, and
 * invisible sizers (`data-sizer`: the widest text a live element can show, with placeholder
 * numbers, kept hidden to reserve its height).
 */
const NOT_PROSE = 'pre, code, .katex, script, style, svg, template, noscript, [data-sizer]';

function htmlFiles(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
}

const load = (file: string): HTMLElement => parse(readFileSync(join(SITE_DIR, file), 'utf8'));

let results: LabelBugResults;
let files: string[];
/** Section numbers of the article ("5.4"), which passages cite as plain decimals. */
let sectionNumbers: Set<string>;

beforeAll(async () => {
  await ensureSite();
  results = parseLabelBugResults(
    JSON.parse(readFileSync(join(ROOT, 'models/label-bug.json'), 'utf8')),
    'models/label-bug.json',
  );
  files = htmlFiles();
  const headings = load('article/index.html').querySelectorAll('h2, h3, h4');
  sectionNumbers = new Set(headings.flatMap((h) => /^\s*(\d+(?:\.\d+)+)\s/.exec(h.text)?.[1] ?? []));
});

describe('label-bug numbers on the built site', () => {
  it('are written with <ReproNumber> on the pages that state them', () => {
    for (const file of PAGES_WITH_NUMBERS) {
      expect(load(file).querySelectorAll('[data-repro]').length, file).toBeGreaterThan(0);
    }
  });

  it('show exactly what models/label-bug.json gives for their quantity and digits', () => {
    let checked = 0;
    for (const file of files) {
      for (const span of load(file).querySelectorAll('[data-repro]')) {
        const id = span.getAttribute('data-repro') ?? '';
        expect(isLabelBugQuantityId(id), `${file}: data-repro="${id}"`).toBe(true);
        if (!isLabelBugQuantityId(id)) continue;
        const digits = isMeasuredQuantity(id) ? undefined : Number(span.getAttribute('data-digits'));
        expect(span.text, `${file}: ${id}`).toBe(formatStated(stateQuantity(results, id, digits)));
        expect(span.hasAttribute('data-measured'), `${file}: ${id}`).toBe(isMeasuredQuantity(id));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(PAGES_WITH_NUMBERS.length);
  });

  it('state no negative decimal any other way, on any page', () => {
    const found: string[] = [];
    for (const file of files) {
      const body = load(file).querySelector('body');
      if (!body) continue;
      for (const el of body.querySelectorAll(`[data-repro], ${NOT_PROSE}`)) el.remove();
      const text = body.text;
      for (const m of text.matchAll(NEGATIVE_DECIMAL)) {
        found.push(`${file}: “…${text.slice(Math.max(0, m.index - 24), m.index + m[0].length).trim()}”`);
      }
    }
    expect(found).toEqual([]);
  });

  it('state no other result in passages about the {1, −1} labels', () => {
    const found: string[] = [];
    let passages = 0;
    for (const file of files) {
      const body = load(file).querySelector('body');
      if (!body) continue;
      // Innermost passages only, so a list item is not checked again as part of its list.
      const matching = body
        .querySelectorAll(PASSAGES)
        .filter((el) => LABEL_BUG_PASSAGE.test(el.text) || el.querySelector('[data-repro]') !== null);
      const about = matching.filter((el) => !matching.some((other) => other !== el && contains(el, other)));
      for (const el of body.querySelectorAll(`[data-repro], ${NOT_PROSE}`)) el.remove();
      for (const passage of about) {
        passages += 1;
        for (const [number] of passage.text.matchAll(NUMBER)) {
          if (sectionNumbers.has(number) || Object.hasOwn(ALLOWED_DECIMALS, number)) continue;
          // The TensorFlow and Keras versions of the measured runs (2.21, 3.15.1 read as 3.15).
          if (VERSIONS.some((v) => v === number || v.startsWith(`${number}.`))) continue;
          found.push(`${file}: ${number} in “${passage.text.trim().slice(0, 80)}…”`);
        }
      }
    }
    expect(passages).toBeGreaterThan(3);
    expect(found).toEqual([]);
  });
});

/** Whether `inner` is a descendant of `outer`. */
function contains(outer: HTMLElement, inner: HTMLElement): boolean {
  for (let node = inner.parentNode; node; node = node.parentNode) if (node === outer) return true;
  return false;
}
