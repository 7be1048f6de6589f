/**
 * Copying text for the code blocks' copy button, the plan's share link and the playground's Keras
 * code: the Clipboard API, or, where that is missing or refused, a temporary selection and
 * `execCommand('copy')`. Each caller says the outcome in its own words (and shows the text for
 * copying by hand when both ways fail).
 */

/** Copies through a temporary, off-screen textarea (older browsers, no clipboard permission). */
function copyBySelection(text: string): boolean {
  const focused = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  // visually-hidden sets white-space: nowrap, and a copy from a textarea follows its
  // white-space: leading indentation would be lost.
  area.style.whiteSpace = 'pre';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // The selection moved focus to the textarea: give it back to the button that was pressed.
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  return copied;
}

/** Puts `text` on the clipboard; false when neither way worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (permission, insecure context): fall back below
  }
  return copyBySelection(text);
}
