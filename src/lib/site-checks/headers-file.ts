/**
 * The `_headers` file format read by Netlify and Cloudflare Pages: a path pattern on its own
 * line, then indented `Name: value` lines. Parsed here so the build can add the CSP and the
 * test server can apply the same headers.
 */

/** One block of the file. */
export interface HeaderRule {
  /** Path pattern; `*` matches any run of characters. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers` text; throws with the line number on a header line outside any block. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** Headers for `path`: every matching block, in file order (later values win, as on Netlify). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (patternToRegExp(rule.pattern).test(path)) {
      for (const [name, value] of rule.headers) out.set(name, value);
    }
  }
  return out;
}

/** Adds (or replaces) a header in the block for `pattern`, returning the new file text. */
export function setHeader(text: string, pattern: string, name: string, value: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === pattern && !/^\s/.test(l));
  if (start === -1) return `${text.trimEnd()}\n\n${pattern}\n  ${name}: ${value}\n`;
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
  const existing = lines
    .slice(start + 1, end)
    .findIndex((l) => l.trim().toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (existing !== -1) lines[start + 1 + existing] = `  ${name}: ${value}`;
  else lines.splice(end, 0, `  ${name}: ${value}`);
  return lines.join('\n');
}

/** Union of CSP policies, directive by directive, keeping first-seen order. */
export function mergeCsp(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((source) => set.add(source));
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
