import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Text that comes from files (audit names, statements, verbatims, CSV cells) is only ever
// rendered as React text, which is escaped. The lint rule below makes the other ways of
// putting HTML into the page errors in renderer/; these probes check that it catches each.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath = 'renderer/src/probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('text from files is never rendered as HTML', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n',
    ],
    ['innerHTML', 'export function a(e: HTMLElement, t: string) {\n  e.innerHTML = t;\n}\n'],
    ['outerHTML', 'export function a(e: HTMLElement, t: string) {\n  e.outerHTML = t;\n}\n'],
    [
      'insertAdjacentHTML',
      "export function a(e: HTMLElement, t: string) {\n  e.insertAdjacentHTML('beforeend', t);\n}\n",
    ],
    [
      'createContextualFragment',
      'export function a(t: string) {\n  return document.createRange().createContextualFragment(t);\n}\n',
    ],
    [
      'DOMParser.parseFromString',
      "export function a(t: string) {\n  return new DOMParser().parseFromString(t, 'text/html');\n}\n",
    ],
    ['document.write', 'export function a(t: string) {\n  document.write(t);\n}\n'],
  ])('refuses %s in the renderer', async (_name, code) => {
    expect(await ruleIds(code)).toContain('no-restricted-syntax');
  });

  it('lets text be set as text', async () => {
    const code =
      'export function a(e: HTMLElement, t: string) {\n  e.textContent = t;\n}\nexport const B = ({ t }: { t: string }) => <p title={t}>{t}</p>;\n';
    expect(await ruleIds(code)).toEqual([]);
  });
});
