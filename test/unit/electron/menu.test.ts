import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { en } from '../../../shared/i18n/en';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function click(items: MenuItemConstructorOptions[], label: string) {
  const item = flatten(items).find((i) => i.label === label);
  expect(item, `menu item “${label}”`).toBeDefined();
  (item?.click as () => void)();
}

describe('the application menu', () => {
  it('sends the audit commands to the renderer with their shortcuts', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({
      platform: 'win32',
      labels: en.menu,
      send,
      withDevTools: false,
    });
    expect(template.map((m) => m.label)).toEqual([
      en.menu.file,
      en.menu.edit,
      en.menu.view,
      en.menu.window,
      en.menu.help,
    ]);
    click(template, en.menu.newAudit);
    click(template, en.menu.importAudit);
    click(template, en.menu.exportAudit);
    click(template, en.menu.showAudits);
    click(template, en.menu.about);
    click(template, en.menu.undo);
    click(template, en.menu.redo);
    expect(send.mock.calls.flat()).toEqual([
      'new-audit',
      'import-audit',
      'export-audit',
      'show-audits',
      'show-about',
      'undo',
      'redo',
    ]);
    // The page handles Ctrl+Z itself (text fields undo typing; elsewhere the audit's last change).
    expect(flatten(template).find((i) => i.label === en.menu.undo)?.registerAccelerator).toBe(
      false,
    );
    const accelerators = Object.fromEntries(
      flatten(template)
        .filter((i) => i.accelerator)
        .map((i) => [i.label, i.accelerator]),
    );
    expect(accelerators).toEqual({
      [en.menu.newAudit]: 'CmdOrCtrl+N',
      [en.menu.importAudit]: 'CmdOrCtrl+O',
      [en.menu.exportAudit]: 'CmdOrCtrl+Shift+E',
      [en.menu.showAudits]: 'CmdOrCtrl+1',
      [en.menu.undo]: 'CmdOrCtrl+Z',
      [en.menu.redo]: 'Ctrl+Y',
    });
  });

  it('follows macOS conventions there: an app menu with About and Quit', () => {
    const template = buildMenuTemplate({
      platform: 'darwin',
      labels: en.menu,
      send: vi.fn(),
      withDevTools: false,
    });
    expect(template[0]?.role).toBe('appMenu');
    const roles = flatten(template).map((i) => i.role);
    expect(roles).toContain('quit');
    expect(template.some((m) => m.label === en.menu.help)).toBe(false);
  });

  it('offers developer tools only outside packaged builds', () => {
    const roles = (withDevTools: boolean) =>
      flatten(
        buildMenuTemplate({ platform: 'linux', labels: en.menu, send: vi.fn(), withDevTools }),
      ).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
