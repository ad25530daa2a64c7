import type { Session, WebContents } from 'electron';
import { isNavigationAllowed, isPermissionGranted, windowOpenDecision } from './security';

/** Applies the security decisions to one web contents: navigation, redirects, new windows, webviews. */
export function hardenWebContents(
  contents: WebContents,
  appEntryUrl: string,
  openExternal: (url: string) => void,
): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, appEntryUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: decision.action };
  });
}

/** Refuses every permission request and check of a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
