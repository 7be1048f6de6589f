/**
 * `<dc-code-block>`: a code block (`<pre>`) with a 复制 button, server-rendered `hidden` by
 * rehypeCodeCopy (src/lib/markdown/code-copy.ts) or CodeBlock.astro and shown here. A click
 * (or Enter/Space: it is a real button) copies the code's text with the Clipboard API, or,
 * where that is missing or refused, with a temporary selection and `execCommand('copy')`;
 * the result is announced in the block's live region (已复制 / 复制失败). A block of the source
 * article's wrong code (`data-copy-prefix`, see src/lib/markdown/code-copy.ts) copies with a first
 * line that says so and where the correction is. No inline script or handler, so it works under
 * the site's CSP. CodeCopy.astro loads this module only on a page with a code block.
 */
import { copyText } from '../shared/clipboard.ts';

/** How long the button reads 已复制 before it reads 复制 again. */
const RESET_MS = 2000;

class DcCodeBlock extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  /** The button's own text (复制, or 复制（有误） on a wrong block), restored after 已复制. */
  #label = '复制';
  #status: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#button = this.querySelector(':scope > button[data-copy]');
    this.#status = this.querySelector(':scope > [data-copy-status]');
    const pre = this.querySelector(':scope > pre');
    if (!this.#button || !pre) return;
    this.#label = this.#button.textContent ?? this.#label;
    this.#button.hidden = false;
    this.#button.addEventListener('click', () => void this.#copy(pre));
  }

  async #copy(pre: Element) {
    const code = (pre.querySelector('code') ?? pre).textContent ?? '';
    const prefix = this.dataset['copyPrefix'];
    const note = prefix && `${prefix}${new URL(this.dataset['erratumHref'] ?? '', location.href).href}\n`;
    const copied = await copyText(note ? note + code : code);
    this.#say(
      !copied ? '复制失败，请手动选择代码复制' : note ? '已复制，第一行注明了这段原文代码有错误' : '已复制',
    );
    if (this.#button) this.#button.textContent = copied ? '已复制' : this.#label;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#button) this.#button.textContent = this.#label;
    }, RESET_MS);
  }

  /** Announces `message`; emptied first so the same message is announced again. */
  #say(message: string) {
    if (!this.#status) return;
    this.#status.textContent = '';
    requestAnimationFrame(() => {
      if (this.#status) this.#status.textContent = message;
    });
  }
}

customElements.define('dc-code-block', DcCodeBlock);
