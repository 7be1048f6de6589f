/**
 * How each playground setting is shown as a form control: the kind of control, option texts
 * and a short hint. Labels, ranges and defaults are not repeated here: they come from the
 * settings table (`SETTING_FIELDS` in `src/lib/playground/settings.ts`), and `controlsFor`
 * fails the build if a setting has no control or a control names no setting.
 */

import { LOSS_FORMS, LOSS_FORM_HINT, LOSS_FORM_INFO } from '../../lib/model/loss.ts';

/** One option of a select. */
interface ControlOption {
  value: string;
  label: string;
}

/** The presentation of one setting. */
export type ControlSpec =
  | { kind: 'select'; hint?: string; options: ControlOption[] }
  | { kind: 'number'; hint?: string; inputMode: 'numeric' | 'decimal' }
  /** A switch: checked means `on`, unchecked `off` (two values of a choice setting); own label. */
  | { kind: 'switch'; label: string; hint?: string; on: string; off: string };

/** Setting name → control, in the order the form shows them, grouped by fieldset. */
export const CONTROL_GROUPS: { legend: string; controls: Record<string, ControlSpec> }[] = [
  {
    legend: '数据',
    controls: {
      dataset: {
        kind: 'select',
        options: [
          { value: 'article', label: '文章的规则：x₁ > x₂' },
          { value: 'circle', label: '圆：点是否在圆内' },
          { value: 'xor', label: '异或（XOR）：象限' },
        ],
      },
      trainSize: { kind: 'number', inputMode: 'numeric' },
      testSize: { kind: 'number', hint: '不参与训练，只用于评估', inputMode: 'numeric' },
      labels: {
        kind: 'switch',
        label: '使用原文的标签 {1, −1}（错误）',
        hint: '关闭时用正确的 {0, 1}',
        on: 'plus-minus-one',
        off: 'zero-one',
      },
      lossForm: {
        kind: 'select',
        hint: LOSS_FORM_HINT,
        options: LOSS_FORMS.map((value) => ({ value, label: LOSS_FORM_INFO[value].label })),
      },
    },
  },
  {
    legend: '网络',
    controls: {
      hiddenLayers: { kind: 'number', inputMode: 'numeric' },
      units: { kind: 'number', inputMode: 'numeric' },
      activation: {
        kind: 'select',
        options: [
          { value: 'sigmoid', label: 'sigmoid' },
          { value: 'tanh', label: 'tanh' },
          { value: 'relu', label: 'ReLU' },
        ],
      },
    },
  },
  {
    legend: '训练（Adam）',
    controls: {
      learningRate: { kind: 'number', inputMode: 'decimal' },
      batchSize: { kind: 'number', inputMode: 'numeric' },
      epochs: { kind: 'number', inputMode: 'numeric' },
      seed: { kind: 'number', hint: '决定数据、初始权重和打乱顺序', inputMode: 'numeric' },
    },
  },
];

/**
 * The control groups, checked against the setting names of the schema: throws (failing the
 * build) when the two disagree, so a new setting cannot ship without a control.
 */
export function controlsFor(settingNames: readonly string[]): typeof CONTROL_GROUPS {
  const shown = CONTROL_GROUPS.flatMap((g) => Object.keys(g.controls));
  const missing = settingNames.filter((name) => !shown.includes(name));
  const unknown = shown.filter((name) => !settingNames.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `playground controls do not match the settings schema: ` +
        `no control for [${missing.join(', ')}], no setting for [${unknown.join(', ')}]`,
    );
  }
  return CONTROL_GROUPS;
}
