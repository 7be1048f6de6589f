/**
 * "复制为 Keras 代码": writes the Keras program for the current settings (keras-code.ts, loaded
 * on first use) into the page and to the clipboard; when the browser refuses the clipboard, the
 * code stays shown, opened, for copying by hand.
 */
import type { PlaygroundSettings } from '../../lib/playground/settings.ts';
import { copyText } from '../shared/clipboard.ts';

/**
 * Shows and copies the program. `root` holds `[data-keras]` (a `<details>`) and
 * `[data-keras-code]`; `say` reports the outcome on the panel's status line.
 */
export async function copyKerasProgram(
  root: HTMLElement,
  settings: PlaygroundSettings,
  say: (text: string) => void,
): Promise<void> {
  const { kerasProgram } = await import('../../lib/playground/keras-code.ts');
  const code = kerasProgram(settings);
  const details = root.querySelector<HTMLDetailsElement>('[data-keras]');
  const target = root.querySelector('[data-keras-code]');
  if (target) target.textContent = code;
  details?.removeAttribute('hidden');
  if (await copyText(code)) {
    say('Keras 代码已复制到剪贴板（也显示在下方）。');
  } else {
    if (details) details.open = true;
    say('浏览器不允许写入剪贴板：代码显示在下方，请手动复制。');
  }
}
