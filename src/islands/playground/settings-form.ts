/**
 * The playground's settings form and the page's URL, kept in step. Outside input reaches the
 * settings in one place, `parseSettings`: the URL's query once at the start, the form's values on
 * each change (or Enter in a field). A refused value is clamped, marked `aria-invalid` and
 * explained above the form; the settings then go back to the form and to the URL
 * (`history.replaceState`, so a configuration can be shared as a link).
 */
import {
  DEFAULT_SETTINGS,
  SETTING_FIELDS,
  parseSettings,
  settingsToSearchParams,
  type PlaygroundSettings,
  type SettingName,
  type SettingProblem,
} from '../../lib/playground/settings.ts';
import { h } from '../shared/dom.ts';

type Control = HTMLInputElement | HTMLSelectElement;

export class SettingsForm {
  readonly #form: HTMLFormElement;
  readonly #problems: HTMLElement | null;
  readonly #onChange: (settings: PlaygroundSettings) => void;
  #settings: PlaygroundSettings = DEFAULT_SETTINGS;

  /** `onChange` is called with the new settings when the reader changes one. */
  constructor(form: HTMLFormElement, onChange: (settings: PlaygroundSettings) => void) {
    this.#form = form;
    this.#problems = form.querySelector('[data-problems]');
    this.#onChange = onChange;
  }

  /** The current (valid) settings. */
  get settings(): PlaygroundSettings {
    return this.#settings;
  }

  /** Reads the URL's settings, shows them, and enables the form (server-rendered disabled). */
  start(): PlaygroundSettings {
    const { settings, problems } = parseSettings(new URLSearchParams(location.search));
    this.#show(settings, problems, '网址中的设置有误');
    for (const control of this.#controls()) control.disabled = false;
    this.#form.addEventListener('change', () => this.#commit());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit();
    });
    // A form without a submit button is not submitted by Enter: commit the field's value here.
    this.#form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'text') {
        event.preventDefault();
        this.#commit();
      }
    });
    return settings;
  }

  #controls(): Control[] {
    return [...this.#form.querySelectorAll<Control>('input, select')];
  }

  /** The form's values as URL parameters (the names the shared URL uses). */
  #formParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const control of this.#controls()) {
      const field = SETTING_FIELDS[control.name as SettingName];
      if (!field) continue;
      const value =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? control.checked
            ? control.value
            : (control.dataset['off'] ?? '')
          : control.value;
      params.set(field.param, value);
    }
    return params;
  }

  /** Applies the form; tells the island only when a setting really changed. */
  #commit(): void {
    const { settings, problems } = parseSettings(this.#formParams());
    const changed =
      settingsToSearchParams(settings).toString() !== settingsToSearchParams(this.#settings).toString();
    this.#show(settings, problems, '设置有误');
    if (changed) this.#onChange(settings);
  }

  /** Shows `settings` in the form and the URL, and `problems` above the form. */
  #show(settings: PlaygroundSettings, problems: SettingProblem[], title: string): void {
    this.#settings = settings;
    for (const control of this.#controls()) {
      const name = control.name as SettingName;
      const value = settings[name];
      if (value === undefined) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = value === control.value;
      else control.value = String(value);
      if (problems.some((p) => p.field === name)) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    this.#showProblems(problems, title);
    const query = settingsToSearchParams(settings).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', url);
  }

  #showProblems(problems: SettingProblem[], title: string): void {
    const box = this.#problems;
    if (!box) return;
    box.replaceChildren();
    if (problems.length === 0) return;
    box.append(
      h('p', {}, `${title}，已自动修正：`),
      h('ul', {}, ...problems.map((problem) => h('li', { 'data-field': problem.field }, problem.message))),
    );
  }
}
