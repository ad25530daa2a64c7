import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Combobox, type ComboOption } from '../../renderer/src/app/components/Combobox';
import { initI18n } from '../../renderer/src/app/i18n';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const OPTIONS: ComboOption[] = [
  { value: 'a', label: 'Calls answered within a minute', detail: 'Call centre · Support · Phone' },
  { value: 'b', label: 'Delivery in two days', detail: 'Courier · Delivery · Home' },
  { value: 'c', label: 'Returns without questions', detail: 'Store · Aftercare · Shop' },
];

/** A combobox in a form, as the dialogs hold it; `onSubmit` tells whether Enter leaked out. */
function Harness({
  options = OPTIONS,
  onSubmit = () => {},
  onChosen = () => {},
  limit,
}: {
  options?: ComboOption[];
  onSubmit?: () => void;
  onChosen?: (v: string) => void;
  limit?: number;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onSubmit()}
    >
      <label htmlFor="pick">Promise</label>
      <Combobox
        id="pick"
        options={options}
        value={value}
        limit={limit}
        placeholder="Type to find a promise"
        onChange={(v) => {
          setValue(v);
          onChosen(v);
        }}
      />
    </form>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Promise' });
const options = () => screen.queryAllByRole('option');
const activeText = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.querySelector('.combobox-label')?.textContent : null;
};

describe('the searchable picker', () => {
  it('is a combobox that controls a listbox, closed until used', () => {
    render(<Harness />);
    expect(input()).toHaveProperty('value', '');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(input().getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(options()).toHaveLength(0);
  });

  it('filters as one types, by statement or by where the promise is made', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: 'courier' } });
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(options().map((o) => o.textContent)).toEqual([
      'Delivery in two daysCourier · Delivery · Home',
    ]);
    fireEvent.change(input(), { target: { value: 'phone minute' } });
    expect(activeText()).toBe('Calls answered within a minute');
    fireEvent.change(input(), { target: { value: 'nothing like it' } });
    expect(options()).toHaveLength(0);
    expect(screen.getByText('Nothing matches; try other words.')).toBeTruthy();
  });

  it('moves with the arrows and chooses with Enter, without submitting the form', () => {
    const onSubmit = vi.fn();
    const onChosen = vi.fn();
    render(<Harness onSubmit={onSubmit} onChosen={onChosen} />);
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(activeText()).toBe('Calls answered within a minute');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(activeText()).toBe('Returns without questions');
    fireEvent.keyDown(input(), { key: 'ArrowDown' }); // stays on the last
    expect(activeText()).toBe('Returns without questions');
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(activeText()).toBe('Delivery in two days');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onChosen).toHaveBeenCalledWith('b');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input()).toHaveProperty('value', 'Delivery in two days');
    // Reopened with nothing typed, the list starts on the current choice.
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(activeText()).toBe('Delivery in two days');
    expect(screen.getByRole('option', { name: /Delivery in two days/ }).dataset.current).toBe(
      'true',
    );
  });

  it('closes on Escape, keeping the choice, and leaves the dialog open', () => {
    const onSubmit = vi.fn();
    const onChosen = vi.fn();
    render(<Harness onSubmit={onSubmit} onChosen={onChosen} />);
    fireEvent.change(input(), { target: { value: 'returns' } });
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input()).toHaveProperty('value', '');
    expect(onChosen).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    // Closed, Escape is the dialog's again.
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('chooses with the mouse too', () => {
    const onChosen = vi.fn();
    render(<Harness onChosen={onChosen} />);
    fireEvent.click(input());
    fireEvent.mouseDown(screen.getByRole('option', { name: /Returns without questions/ }));
    expect(onChosen).toHaveBeenCalledWith('c');
  });

  it('draws at most its limit of 5,000 promises and says how many matched', () => {
    const many: ComboOption[] = Array.from({ length: 5000 }, (_, i) => ({
      value: String(i),
      label: `Promise number ${i}`,
      detail: `Touchpoint ${i % 40} · Stage ${i % 7} · Channel ${i % 5}`,
    }));
    render(<Harness options={many} />);
    act(() => {
      fireEvent.change(input(), { target: { value: 'promise' } });
    });
    expect(options()).toHaveLength(50);
    expect(screen.getByText('The first 50 of 5,000 matches; type more to narrow.')).toBeTruthy();
    act(() => {
      fireEvent.change(input(), { target: { value: 'number 4321' } });
    });
    expect(options().map((o) => o.querySelector('.combobox-label')?.textContent)).toEqual([
      'Promise number 4321',
    ]);
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(input()).toHaveProperty('value', 'Promise number 4321');
  });
});
