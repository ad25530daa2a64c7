import { describe, expect, it } from 'vitest';
import { shortcutKey } from '../../renderer/src/app/i18n';

describe('shortcut letters on any keyboard layout', () => {
  it('read the key a Russian layout types as its Latin letter', () => {
    expect(shortcutKey({ key: 'я', code: 'KeyZ' })).toBe('z'); // Ctrl+Z, undo
    expect(shortcutKey({ key: 'н', code: 'KeyY' })).toBe('y'); // Ctrl+Y, redo
    expect(shortcutKey({ key: 'т', code: 'KeyN' })).toBe('n'); // N, not applicable / next unset
    expect(shortcutKey({ key: 'ф', code: 'KeyA' })).toBe('a'); // Ctrl+A, select all
    expect(shortcutKey({ key: 'Ч', code: 'KeyX' })).toBe('x');
  });

  it('keep a Latin layout’s own letter, and other keys as they are', () => {
    expect(shortcutKey({ key: 'z', code: 'KeyZ' })).toBe('z');
    expect(shortcutKey({ key: 'Z', code: 'KeyZ' })).toBe('z');
    expect(shortcutKey({ key: 'z', code: 'KeyW' })).toBe('z'); // AZERTY
    expect(shortcutKey({ key: 'Enter', code: 'Enter' })).toBe('enter');
    expect(shortcutKey({ key: '3', code: 'Digit3' })).toBe('3');
  });
});
