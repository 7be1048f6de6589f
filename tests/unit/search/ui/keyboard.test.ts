import { describe, expect, it } from 'vitest';
import { isSearchShortcut, moveSelection } from '../../../../src/lib/search/ui/keyboard.ts';

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

describe('moveSelection', () => {
  it('goes from the input to the first result and back, without wrapping at the ends', () => {
    expect(moveSelection(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveSelection(0, 3, 'ArrowDown')).toBe(1);
    expect(moveSelection(2, 3, 'ArrowDown')).toBe(2);
    expect(moveSelection(0, 3, 'ArrowUp')).toBe(-1);
    expect(moveSelection(-1, 3, 'ArrowUp')).toBe(-1);
  });

  it('jumps to the ends with Home/End from a result, and leaves the input to edit text', () => {
    expect(moveSelection(1, 5, 'End')).toBe(4);
    expect(moveSelection(3, 5, 'Home')).toBe(0);
    expect(moveSelection(-1, 5, 'Home')).toBeUndefined();
    expect(moveSelection(-1, 5, 'End')).toBeUndefined();
  });

  it('stays on the input with no results and ignores other keys', () => {
    expect(moveSelection(-1, 0, 'ArrowDown')).toBe(-1);
    expect(moveSelection(-1, 0, 'Home')).toBeUndefined();
    expect(moveSelection(0, 3, 'a')).toBeUndefined();
  });
});
