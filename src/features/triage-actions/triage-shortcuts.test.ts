// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { type TriageKeyEvent, triageShortcutFor } from './triage-shortcuts';

function press(code: string, extra: Partial<TriageKeyEvent> = {}): TriageKeyEvent {
  const modifiers = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false };
  return { code, target: document.body, defaultPrevented: false, ...modifiers, ...extra };
}

describe('triageShortcutFor', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads a, d, l and z by their physical keys', () => {
    expect(['KeyA', 'KeyD', 'KeyL', 'KeyZ', 'KeyQ'].map((code) => triageShortcutFor(press(code)))).toEqual([
      'accept',
      'decline',
      'link',
      'undo',
      null,
    ]);
  });

  it('leaves modifiers, typing and open modals alone', () => {
    expect(triageShortcutFor(press('KeyA', { shiftKey: true }))).toBeNull();
    expect(triageShortcutFor(press('KeyZ', { ctrlKey: true }))).toBeNull();
    expect(triageShortcutFor(press('KeyA', { target: document.createElement('input') }))).toBeNull();
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    document.body.append(modal);
    expect(triageShortcutFor(press('KeyA'))).toBeNull();
  });
});
