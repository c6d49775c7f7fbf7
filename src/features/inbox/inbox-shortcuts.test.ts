// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isActivationKeyOnControl, type ShortcutEvent, shortcutFor } from './inbox-shortcuts';

function press(code: string, key: string, extra: Partial<ShortcutEvent> = {}): ShortcutEvent {
  const modifiers = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false };
  return { code, key, target: document.body, ...modifiers, ...extra };
}

describe('shortcutFor', () => {
  it('reads the physical key, whatever the layout types', () => {
    expect(shortcutFor(press('KeyJ', 'j'))).toBe('next');
    expect(shortcutFor(press('KeyJ', 'о'))).toBe('next');
    expect(shortcutFor(press('KeyK', 'л'))).toBe('previous');
    expect(shortcutFor(press('KeyO', 'щ'))).toBe('open');
    expect(shortcutFor(press('ArrowDown', 'ArrowDown'))).toBe('down');
    expect(shortcutFor(press('ArrowUp', 'ArrowUp'))).toBe('up');
    expect(shortcutFor(press('Enter', 'Enter'))).toBe('open');
    expect(shortcutFor(press('Slash', '.'))).toBe('search');
  });

  it('takes Shift+Slash, or a typed "?", for the cheat sheet', () => {
    expect(shortcutFor(press('Slash', ',', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(press('Digit7', '?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(press('KeyJ', 'J', { shiftKey: true }))).toBeNull();
  });

  it('leaves Ctrl, Cmd and Alt combinations and composition alone', () => {
    expect(shortcutFor(press('KeyJ', 'j', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('KeyJ', 'j', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('KeyJ', 'j', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('KeyJ', 'j', { isComposing: true }))).toBeNull();
  });

  it('never fires while typing in a field', () => {
    const fields = [
      document.createElement('input'),
      document.createElement('textarea'),
      document.createElement('select'),
    ];
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    for (const target of [...fields, inside]) expect(shortcutFor(press('KeyJ', 'j', { target }))).toBeNull();
  });
});

describe('isActivationKeyOnControl', () => {
  it('lets Enter on a link or a button do what the control says', () => {
    const link = document.createElement('a');
    link.href = '/inbox';
    expect(isActivationKeyOnControl(press('Enter', 'Enter', { target: link }))).toBe(true);
    expect(isActivationKeyOnControl(press('Enter', 'Enter', { target: document.createElement('button') }))).toBe(true);
    expect(isActivationKeyOnControl(press('Enter', 'Enter'))).toBe(false);
    expect(isActivationKeyOnControl(press('KeyO', 'o', { target: link }))).toBe(false);
  });
});

describe('selection keys', () => {
  it('reads x as select and Shift+x as a range, on any layout', () => {
    expect(shortcutFor(press('KeyX', 'ч'))).toBe('select');
    expect(shortcutFor(press('KeyX', 'X', { shiftKey: true }))).toBe('select-range');
  });
});
