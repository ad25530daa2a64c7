// Every word the app shows comes from the catalogue. The app is rendered in jsdom under a
// pseudo-locale in which every catalogue text is wrapped in ⟦ ⟧; any visible text, label,
// title or placeholder with letters outside the brackets that is not the audit's own data
// (or a date written by Intl) was typed into a component and is reported.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { db } from '../../renderer/src/db/db';
import { ensureSampleAudit } from '../../renderer/src/db/seed';
import { SCREENS, useUi, type Screen } from '../../renderer/src/stores/ui';
import { en } from '../../shared/i18n/en';
import { flattenCatalogue } from '../../shared/i18n/keys';
import sampleText from '../../resources/sample-audit.json?raw';
import { PSEUDO_LANGUAGE, pseudoCatalogue, unmarkedText } from './i18n-pseudo';

/** Every string of the audit's own records: what people typed is not the catalogue's to translate. */
function dataStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) dataStrings(v, out);
  return out;
}
// The industry templates' texts are data too, shown in the language they were written in.
const TEMPLATES = import.meta.glob<string>('../../resources/templates/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const DATA = dataStrings([
  JSON.parse(sampleText),
  ...Object.values(TEMPLATES).map((t) => JSON.parse(t)),
]);

/** Words Intl writes in dates and times (month names, AM/PM) for the pseudo-locale. */
function intlWords(): Set<string> {
  const words = new Set<string>();
  const formats = [
    new Intl.DateTimeFormat(PSEUDO_LANGUAGE, { dateStyle: 'medium', timeStyle: 'short' }),
    new Intl.DateTimeFormat(PSEUDO_LANGUAGE, { dateStyle: 'long' }),
    new Intl.DateTimeFormat(PSEUDO_LANGUAGE, { dateStyle: 'full' }),
  ];
  for (let month = 0; month < 12; month++)
    for (const format of formats)
      for (const hour of [9, 21])
        for (const w of format
          .format(new Date(2026, month, 1 + month * 2, hour))
          .match(/\p{L}+/gu) ?? [])
          words.add(w);
  return words;
}
const INTL = intlWords();

const ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-valuetext',
];

/** What is shown: not inside a closed dialog, a hidden element or an unselected tab panel. */
function isShown(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    if (e.tagName === 'DIALOG' && !e.hasAttribute('open')) return false;
    if ((e as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}

/** Texts on the page that are neither from the catalogue nor data, with where they were found. */
function strayTexts(root: HTMLElement, where: string): string[] {
  const found: string[] = [];
  const check = (text: string, how: string) => {
    const stray = unmarkedText(text, DATA, INTL);
    if (stray) found.push(`${where}: ${how} “${text.trim()}”`);
  };
  // Markers are counted across text nodes in document order: rich text (<Trans>) splits one
  // catalogue text around its tags, and the words between them are still inside it.
  let depth = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let outside = '';
    for (const ch of node.textContent ?? '') {
      if (ch === '⟦') depth++;
      else if (ch === '⟧') depth = Math.max(0, depth - 1);
      outside += depth === 0 && ch !== '⟧' ? ch : ' ';
    }
    const parent = node.parentElement;
    if (!parent || !isShown(parent) || parent.closest('script, style')) continue;
    if (unmarkedText(outside, DATA, INTL))
      found.push(
        `${where}: text in <${parent.tagName.toLowerCase()}> “${node.textContent?.trim()}”`,
      );
  }
  for (const element of root.querySelectorAll('*')) {
    if (!isShown(element)) continue;
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) check(value, `${name} of <${element.tagName.toLowerCase()}>`);
    }
    if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type))
      check(element.value, 'input value');
  }
  return found;
}

const problems: string[] = [];
const look = (where: string) => problems.push(...strayTexts(document.body, where));
const marked = (key: string) => `⟦${flattenCatalogue(en).get(key)}⟧`;
const containing = (key: string) => new RegExp(marked(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function show(screenName: Screen) {
  await act(async () => useUi.getState().showScreen(screenName));
  await screen.findByRole('heading', { level: 1, name: marked(`${screenName}.title`) });
}

/** Opens a dialog by its button, looks at it, closes it with Escape. */
async function lookAtDialog(button: string, where: string) {
  const buttons = screen.queryAllByRole('button', { name: marked(button) });
  if (buttons.length === 0) return problems.push(`${where}: no button ${marked(button)} to open`);
  const opener = buttons[0] as HTMLButtonElement;
  // Buttons wait for the records they need.
  await waitFor(() => expect(opener.disabled).toBe(false));
  await act(async () => fireEvent.click(opener));
  const dialog = await screen.findByRole('dialog');
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  look(where);
  await act(async () => {
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
  });
}

async function openTab(name: string) {
  await act(async () => fireEvent.click(screen.getByRole('tab', { name: marked(name) })));
}

beforeAll(async () => {
  // jsdom has no modal dialogs, no layout and no resize observer; the app needs only these much.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => {};
  Element.prototype.scrollTo ??= () => {};

  await i18next.use(initReactI18next).init({
    lng: PSEUDO_LANGUAGE,
    // No fallback: a key missing from the catalogue shows as the bare key, which the test sees.
    fallbackLng: false,
    resources: { [PSEUDO_LANGUAGE]: { translation: pseudoCatalogue(en) } },
    interpolation: { escapeValue: false },
  });
  await db.open();
  const sample = await ensureSampleAudit(db, async () => sampleText);
  useUi.getState().openAudit(sample!.id);
});

afterAll(() => {
  cleanup();
  db.close();
});

describe('every visible text comes from the catalogue', () => {
  it('on every screen, tab and main dialog of the sample audit', async () => {
    render(<App />);
    expect(SCREENS).toEqual(['audits', 'register', 'fieldwork', 'scores', 'plan', 'export']);

    await show('audits');
    await screen.findAllByRole('cell', { name: /Lumen Home/ });
    look('Audits');
    await lookAtDialog('audits.new', 'Audits › New audit');

    await show('register');
    look('Register › Promises');
    await lookAtDialog('templates.applyButton', 'Register › Apply template');
    await lookAtDialog('csv.importButton', 'Register › Import CSV');
    await openTab('register.tabs.journey');
    await screen.findAllByText(/Store entrance/);
    look('Register › Journey');
    await openTab('register.tabs.matrix');
    look('Register › Matrix');
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: marked('register.beliefSession') })),
    );
    await screen.findByText(marked('register.session.question'));
    look('Register › Belief session');
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: marked('register.session.close') })),
    );

    await show('fieldwork');
    await screen.findAllByText(/Oxford Street/);
    look('Field work › Visits');
    await lookAtDialog('fieldwork.newVisit', 'Field work › New visit');
    await lookAtDialog('fieldwork.addObservation', 'Field work › Add observation');
    await lookAtDialog('fieldwork.importSurvey', 'Field work › Import survey');
    await lookAtDialog('fieldwork.exportPack', 'Field work › Export field pack');
    const visitRow = screen
      .getAllByRole('row')
      .find((r) => /Oxford Street/.test(r.textContent ?? ''));
    const openVisit = visitRow && within(visitRow).queryAllByRole('button')[0];
    if (openVisit) {
      await act(async () => fireEvent.click(openVisit));
      await screen.findByRole('button', { name: containing('fieldwork.back') });
      look('Field work › A visit');
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: containing('fieldwork.back') })),
      );
    } else problems.push('Field work: no visit to open');
    await openTab('fieldwork.tabs.log');
    look('Field work › Observation log');

    await show('scores');
    await screen.findAllByText(marked('scores.index'), {}, { timeout: 20_000 });
    look('Scores');
    await lookAtDialog('scores.settings', 'Scores › Scoring settings');
    await show('plan');
    await screen.findAllByText(/Answer calls within 2 minutes/);
    look('Plan › Table');
    await lookAtDialog('plan.newAction', 'Plan › New action');
    await lookAtDialog('plan.draftButton', 'Plan › Draft from the gaps');
    for (const tab of ['board', 'matrix', 'owners'] as const) {
      const tabButton = screen.queryByRole('tab', { name: marked(`plan.tabs.${tab}`) });
      if (!tabButton) {
        problems.push(`Plan: no tab ${marked(`plan.tabs.${tab}`)}`);
        continue;
      }
      await act(async () => fireEvent.click(tabButton));
      look(`Plan › ${tab}`);
    }
    await show('export');
    look('Export');

    if (problems.length > 0)
      throw new Error(
        `${problems.length} text(s) on screen are not from the catalogue (shared/i18n/en*):\n  - ` +
          problems.join('\n  - '),
      );
  }, 60_000);
});

describe('the pseudo-locale check itself', () => {
  it('finds a typed-in word on a rendered page, and passes rich text', () => {
    const { container, unmount } = render(
      <div>
        <p>
          ⟦The team believes <b>⟦95%⟧</b> of promises are kept⟧
        </p>
        <button type="button" title="Close it">
          ⟦Save⟧
        </button>
        <p>Lumen Home &amp; Electronics</p>
        <p>Typed in here</p>
      </div>,
    );
    expect(strayTexts(container, 'probe')).toEqual([
      'probe: text in <p> “Typed in here”',
      'probe: title of <button> “Close it”',
    ]);
    unmount();
  });

  it('tells catalogue text, data and dates from typed-in words', () => {
    const data = new Set(['Lumen']);
    const intl = new Set(['Mar']);
    expect(unmarkedText('⟦Save⟧', data, intl)).toBe(false);
    expect(unmarkedText('⟦Wave 2⟧ · 14 Mar 2026', data, intl)).toBe(false);
    expect(unmarkedText('Lumen', data, intl)).toBe(false);
    expect(unmarkedText('12 / 47 · —', data, intl)).toBe(false);
    expect(unmarkedText('Save', data, intl)).toBe(true);
    expect(unmarkedText('⟦Save⟧ changes', data, intl)).toBe(true);
    expect(unmarkedText('⟦Rename⟧ “Lumen”', data, intl)).toBe(true);
    expect(unmarkedText('3. Lumen', data, intl)).toBe(false);
    expect(unmarkedText('⟦Next⟧ (N)', data, intl)).toBe(false);
  });
});
