import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { IPC, type DesktopApi, type IpcName, type PreloadCalls } from '../../../shared/desktop-api';
import { carryingMessage, toErrorData } from '../../../shared/domain/error-data';

/** What the main process does for each IPC channel: the OS half of the desktop API. */
export type IpcHandlers = Pick<DesktopApi & PreloadCalls, IpcName>;
export type IpcArgs<K extends IpcName> = z.infer<(typeof IPC)[K]['args']>;

/** An IPC call whose arguments do not match the contract. */
export class IpcArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcArgumentError';
  }
}

/** Checks the arguments of one call against its schema; the error names the argument and field. */
export function parseIpcArgs<K extends IpcName>(name: K, args: readonly unknown[]): IpcArgs<K> {
  const { channel, args: schema } = IPC[name];
  const result = schema.safeParse(args);
  if (result.success) return result.data as IpcArgs<K>;
  const issue = result.error.issues[0];
  if (!issue || issue.path.length === 0) {
    throw new IpcArgumentError(
      `${channel}: expected ${schema.def.items.length} argument(s), got ${args.length}`,
    );
  }
  const [index, ...field] = issue.path;
  const where = `argument ${Number(index) + 1}${field.length ? ` field “${field.join('.')}”` : ''}`;
  throw new IpcArgumentError(`${channel}: ${where} ${issue.message}`);
}

/**
 * Registers every channel of the contract through one wrapper: the sender must be the app's
 * own page and the arguments must pass their schema before a handler runs.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: (frameUrl: string | undefined) => boolean,
): void {
  for (const name of Object.keys(IPC) as IpcName[]) {
    const { channel } = IPC[name];
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        throw new IpcArgumentError(`${channel}: refused a call from a page that is not Touchstone`);
      }
      const parsed = parseIpcArgs(name, args);
      try {
        return await handler(...parsed);
      } catch (error) {
        // IPC keeps only an error's message: errors the catalogue names carry their key and
        // values in it, so the page can say them in the interface language.
        const data = toErrorData(error);
        if (data.kind === 'other') throw error;
        throw new Error(carryingMessage(data), { cause: error });
      }
    });
  }
}
