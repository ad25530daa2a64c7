import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FormField } from '../../renderer/src/app/components/FormField';
import { initI18n, setUiLanguage } from '../../renderer/src/app/i18n';

afterEach(cleanup);
beforeAll(async () => {
  await initI18n('en');
});

describe('the form kit', () => {
  it('ties the label to the control and links the error sentence to it', async () => {
    const { rerender } = render(
      <FormField label="Brand" problem={null}>
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Brand' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    rerender(
      <FormField label="Brand" problem="must not be empty">
        {(control) => <input {...control} />}
      </FormField>,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('Brand must not be empty');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
  });

  it('lets the translator order the label and the problem', async () => {
    await setUiLanguage('ru');
    render(
      <FormField label="Бренд" problem="не может быть пустым">
        {(control) => <input {...control} />}
      </FormField>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Бренд: не может быть пустым');
    await setUiLanguage('en');
  });

  it('says a whole sentence as it is', () => {
    render(
      <FormField label="Name" error="A name is required.">
        {(control) => <input {...control} />}
      </FormField>,
    );
    expect(screen.getByRole('alert').textContent).toBe('A name is required.');
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
  });
});
