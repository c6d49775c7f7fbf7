// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isModalOpen, isTypingTarget } from './keyboard';

describe('isTypingTarget', () => {
  it('treats inputs, text areas, selects and editable content as typing, and the rest as commands', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    for (const element of [document.createElement('input'), document.createElement('textarea'), inside]) {
      expect(isTypingTarget(element)).toBe(true);
    }
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(document.createElement('a'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isModalOpen', () => {
  it('sees a modal dialog only while one is in the document', () => {
    expect(isModalOpen()).toBe(false);
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    expect(isModalOpen()).toBe(true);
    dialog.remove();
  });
});
