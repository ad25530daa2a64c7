import type { App } from 'electron';
import type { AppInfo } from '../../../shared/desktop-api';
import type { IpcHandlers } from './register';

/** `app:info`: name, version, platform and locale. */
export function createAppHandlers(
  app: Pick<App, 'getName' | 'getVersion' | 'getLocale'>,
  platform: string,
): Pick<IpcHandlers, 'appInfo'> {
  return {
    appInfo: async (): Promise<AppInfo> => ({
      name: app.getName(),
      version: app.getVersion(),
      platform,
      locale: app.getLocale(),
    }),
  };
}
