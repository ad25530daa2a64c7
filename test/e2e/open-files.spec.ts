import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { auditRow, goTo, openApp } from './support/app';
import { smallBundle } from '../support/small-bundle';
import { validFieldPack } from '../support/valid-files';

/**
 * The desktop app opens its own files: when the operating system hands it a .touchstone,
 * .tspack or .tsresults file (a double-click, a file given to a second start), the page asks
 * what to do before anything is written, then imports it as Import would. The desktop API is
 * the preload's, faked in the page: files given at the start wait until the page listens, and
 * `openBySystem` stands for the main process saying more have come.
 */

type Given = { name: string; bytes?: number[]; problem?: object };

/** The desktop app's API with the files the system opened at its start, and a way to open more. */
function fakeDesktopApp(page: Page, atStart: Given[]) {
  return page.addInitScript((files: Given[]) => {
    const listeners = new Set<(files: unknown[]) => void>();
    const asFiles = (given: Given[]) =>
      given.map((f) =>
        f.problem
          ? { name: f.name, problem: f.problem }
          : { name: f.name, data: new Uint8Array(f.bytes ?? []) },
      );
    let waiting = asFiles(files);
    const deliver = () => {
      if (waiting.length === 0 || listeners.size === 0) return;
      const taken = waiting;
      waiting = [];
      for (const listener of listeners) listener(taken);
    };
    Object.assign(globalThis, {
      openBySystem: (given: Given[]) => {
        waiting.push(...asFiles(given));
        deliver();
      },
      touchstone: {
        kind: 'electron',
        appInfo: async () => ({
          name: 'Touchstone',
          version: 'e2e',
          platform: 'linux',
          locale: 'en-GB',
        }),
        saveFile: async () => ({ saved: false }),
        openFile: async () => null,
        writeBackup: async ({
          auditId,
          label,
          data,
        }: {
          auditId: string;
          label: string;
          data: Uint8Array;
        }) => ({
          fileName: `${auditId}.touchstone`,
          auditId,
          label,
          createdAt: '2026-11-23T12:00:00.000Z',
          size: data.byteLength,
        }),
        listBackups: async () => [],
        readBackup: async () => new Uint8Array(),
        setLanguage: async () => undefined,
        onMenuCommand: () => () => undefined,
        onBeforeQuit: () => () => undefined,
        onOpenFiles: (listener: (files: unknown[]) => void) => {
          listeners.add(listener);
          setTimeout(deliver, 0);
          return () => void listeners.delete(listener);
        },
      },
    });
  }, atStart);
}

const bytesOf = (text: string) => [...new TextEncoder().encode(text)];
const auditFile = [
  ...readFileSync(path.join(import.meta.dirname, '../fixtures/audit-file-v1.touchstone')),
];

async function openBySystem(page: Page, files: Given[]) {
  await page.evaluate(
    (given) => (globalThis as unknown as { openBySystem(f: Given[]): void }).openBySystem(given),
    files,
  );
}

test('an audit file the system opened is imported only once the person says so', async ({
  page,
}, testInfo) => {
  await fakeDesktopApp(page, [{ name: 'Lumen audit.touchstone', bytes: auditFile }]);
  await openApp(page);
  const ask = page.getByRole('alertdialog', { name: 'Import “Lumen audit.touchstone”?' });
  await expect(ask).toContainText(
    'This file holds the audit “Audit” for Lumen: 1 journey stage, 1 channel, 1 touchpoint, 1 promise, 1 photo, 1 visit, 1 observation, 1 action. Nothing is written until you import it.',
  );
  await page.screenshot({ path: testInfo.outputPath('asked.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await goTo(page, 'Audits');
  await expect(auditRow(page, 'Audit')).toHaveCount(0);

  // Opened again while the app runs: this time it is imported, and opened.
  await openBySystem(page, [{ name: 'Lumen audit.touchstone', bytes: auditFile }]);
  await ask.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Audit”.' })).toBeVisible();
  await goTo(page, 'Audits');
  await expect(auditRow(page, 'Audit')).toContainText('Open now');
});

test('a field pack the system opened is opened as the manager’s audit after the question', async ({
  page,
}) => {
  await fakeDesktopApp(page, []);
  await openApp(page);
  await openBySystem(page, [
    { name: 'Kraków.tspack', bytes: bytesOf(validFieldPack(smallBundle())) },
  ]);
  const ask = page.getByRole('alertdialog', { name: 'Open field pack “Kraków.tspack”?' });
  await expect(ask).toContainText(
    'This field pack holds the visits of Ola for “Audit” (Lumen): 1 visit.',
  );
  await ask.getByRole('button', { name: 'Open field pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Field pack opened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Field work', level: 1 })).toBeVisible();
});

test('a file that is no Touchstone file, or cannot be read, is refused with why and nothing is written', async ({
  page,
}) => {
  await fakeDesktopApp(page, []);
  await openApp(page);
  await goTo(page, 'Audits');
  const rows = page.getByRole('table').getByRole('rowheader');
  const before = await rows.count();
  await openBySystem(page, [
    { name: 'notes.touchstone', bytes: bytesOf('{"hello": "world"}') },
    {
      name: 'gone.touchstone',
      problem: {
        kind: 'localized',
        key: 'errors.file.cannotRead',
        values: { name: 'gone.touchstone', reason: { key: 'errors.file.why.notFound' } },
        message: 'Cannot read “gone.touchstone”: no such file.',
      },
    },
  ]);
  await expect(
    page.getByRole('alert').filter({
      hasText: 'The file: is not a Touchstone file (an audit file, a field pack or a results file)',
    }),
  ).toContainText('Nothing was imported.');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Cannot read “gone.touchstone”: no such file.' }),
  ).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(rows).toHaveCount(before);
});
