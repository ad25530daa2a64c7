import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/desktop-api';
import type { Catalogue } from '../../shared/i18n/en';
import type { Translation } from '../../shared/i18n/types';

export interface MenuOptions {
  platform: string;
  /** The menu's words in the interface language: the system's until the page sets its own. */
  labels: Translation<Catalogue['menu']>;
  /** Sends a command to the renderer of the focused window. */
  send(command: MenuCommand): void;
  /** Developer tools are offered only outside packaged builds. */
  withDevTools: boolean;
}

/**
 * The application menu as a plain template: File (new, import, export), Edit, View, Window,
 * Help. Commands that act on audits go to the renderer, which owns the data.
 */
export function buildMenuTemplate({
  platform,
  labels,
  send,
  withDevTools,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const about = command(labels.about, 'show-about');

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      role: 'appMenu',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: labels.file,
      submenu: [
        command(labels.newAudit, 'new-audit', 'CmdOrCtrl+N'),
        command(labels.importAudit, 'import-audit', 'CmdOrCtrl+O'),
        command(labels.exportAudit, 'export-audit', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        command(labels.showAudits, 'show-audits', 'CmdOrCtrl+1'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      // Undo and redo act on the audit's records, not only on text: the renderer decides, so
      // the shortcut is shown here but handled by the page (registerAccelerator: false).
      submenu: [
        { ...command(labels.undo, 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
        {
          ...command(labels.redo, 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
          registerAccelerator: false,
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(withDevTools
          ? [
              { type: 'separator' } as const,
              { role: 'reload' } as const,
              { role: 'toggleDevTools' } as const,
            ]
          : []),
      ],
    },
    {
      label: labels.window,
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
  );
  if (!mac) template.push({ label: labels.help, role: 'help', submenu: [about] });
  return template;
}
