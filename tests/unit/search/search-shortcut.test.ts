import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../../src/islands/search/load-search-ui.ts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}, tagName = 'BODY') => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName, isContentEditable: false } as unknown as EventTarget,
  ...extra,
});

describe('isSearchShortcut', () => {
  it('opens on / outside text fields and on Ctrl/Cmd-K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }, 'INPUT'))).toBe(true);
  });

  it('opens on / from the input of a search dialog that has just closed', () => {
    const inClosedDialog = { tagName: 'INPUT', closest: () => ({ open: false }) } as unknown as EventTarget;
    const inOpenDialog = { tagName: 'INPUT', closest: () => ({ open: true }) } as unknown as EventTarget;
    expect(isSearchShortcut({ ...key('/'), target: inClosedDialog })).toBe(true);
    expect(isSearchShortcut({ ...key('/'), target: inOpenDialog })).toBe(false);
  });

  it('leaves typing alone', () => {
    expect(isSearchShortcut(key('/', {}, 'INPUT'))).toBe(false);
    expect(isSearchShortcut(key('/', {}, 'TEXTAREA'))).toBe(false);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
