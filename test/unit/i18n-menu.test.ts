import { describe, expect, it, vi } from 'vitest';
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
