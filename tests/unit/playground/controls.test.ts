import { describe, expect, it } from 'vitest';
import { CONTROL_GROUPS, controlsFor } from '../../../src/components/playground/controls.ts';
import { SETTING_FIELDS } from '../../../src/lib/playground/settings.ts';

describe('controlsFor', () => {
  it('has one control for every setting of the schema, and none for anything else', () => {
    const names = Object.keys(SETTING_FIELDS);
    expect(controlsFor(names)).toBe(CONTROL_GROUPS);
    expect(CONTROL_GROUPS.flatMap((g) => Object.keys(g.controls)).sort()).toEqual([...names].sort());
  });

  it('offers exactly the choices the schema allows', () => {
    const controls = Object.assign({}, ...CONTROL_GROUPS.map((g) => g.controls)) as Record<
      string,
      (typeof CONTROL_GROUPS)[number]['controls'][string]
    >;
    for (const [name, field] of Object.entries(SETTING_FIELDS)) {
      const control = controls[name];
      if (field.kind !== 'choice') {
        expect(control?.kind, name).toBe('number');
        continue;
      }
      const values =
        control?.kind === 'select'
          ? control.options.map((o) => o.value)
          : control?.kind === 'switch'
            ? [control.off, control.on]
            : [];
      expect([...values].sort(), name).toEqual([...field.options].sort());
    }
  });

  it('fails (the build) when a setting has no control or a control names no setting', () => {
    expect(() => controlsFor([...Object.keys(SETTING_FIELDS), 'momentum'])).toThrow(
      /no control for \[momentum\]/,
    );
    expect(() => controlsFor(Object.keys(SETTING_FIELDS).filter((n) => n !== 'seed'))).toThrow(
      /no setting for \[seed\]/,
    );
  });
});
