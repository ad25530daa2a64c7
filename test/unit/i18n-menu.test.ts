import { describe, expect, it, vi } from 'vitest';
import { createLanguageHandlers } from '../../electron/main/ipc/language';
import { IpcArgumentError } from '../../electron/main/ipc/register';
import { buildMenuTemplate } from '../../electron/main/menu';
import { CATALOGUES } from '../../shared/i18n';

describe('the application menu in the system language', () => {
  it.each([
    ['ru', ['Файл', 'Правка', 'Вид', 'Окно', 'Справка']],
    ['pl', ['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']],
  ] as const)('%s names its menus in that language', (language, names) => {
    const template = buildMenuTemplate({
      platform: 'linux',
      labels: CATALOGUES[language].menu,
      send: vi.fn(),
      withDevTools: false,
    });
    expect(template.map((m) => m.label)).toEqual(names);
  });
});

describe('the application menu in the interface language', () => {
  it('is rebuilt when the page sets another language, and only then', async () => {
    const install = vi.fn();
    const { setLanguage } = createLanguageHandlers(install, 'en');
    await setLanguage('ru');
    await setLanguage('ru');
    await setLanguage('pl');
    expect(install.mock.calls).toEqual([['ru'], ['pl']]);
  });

  it('is never built in a language Touchstone does not speak', async () => {
    const install = vi.fn();
    const { setLanguage } = createLanguageHandlers(install, 'en');
    for (const bad of ['de', 'RU', '', null, { language: 'ru' }])
      await expect(setLanguage(bad as never)).rejects.toThrow(IpcArgumentError);
    expect(install).not.toHaveBeenCalled();
  });
});
