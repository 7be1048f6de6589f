/** A tiny element builder for the careers islands: text is always set as text, never parsed. */
type Child = Node | string | null | undefined | false;

/** `<tag attrs…>children</tag>`; `false`, `null` and `undefined` children are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}
