// The static half of "every word from the catalogue": the renderer's source is read as syntax
// and any text a component could show without i18next is named with its file and line. The
// rendered half, under a pseudo-locale, is test/dom/i18n-pseudo.test.tsx.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERER = join(ROOT, 'renderer/src');

/** Attributes people read or hear. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
]);
/** Two letters in a row: a word, not a symbol such as ◆, × or →. */
const WORD = /\p{L}{2,}/u;
/** Quotation marks differ by language, so a label built with them belongs in the catalogue. */
const QUOTES = /[“”«»„]/;

function sourceFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** String pieces an expression can evaluate to directly: literals, either branch, a || b. */
function literalTexts(e: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return [{ node: e, text: e.text }];
  if (ts.isTemplateExpression(e))
    return [
      { node: e, text: [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ') },
    ];
  if (ts.isParenthesizedExpression(e)) return literalTexts(e.expression);
  if (ts.isConditionalExpression(e))
    return [...literalTexts(e.whenTrue), ...literalTexts(e.whenFalse)];
  if (
    ts.isBinaryExpression(e) &&
    [
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
      ts.SyntaxKind.PlusToken,
    ].includes(e.operatorToken.kind)
  )
    return [...literalTexts(e.left), ...literalTexts(e.right)];
  return [];
}

/** Whether a template literal calls t(…) in one of its holes: a translated text being glued. */
function gluesTranslation(e: ts.TemplateExpression): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && /^(t|i18n\.t|i18next\.t)$/.test(n.expression.getText()))
      found = true;
    ts.forEachChild(n, visit);
  };
  e.templateSpans.forEach((s) => visit(s.expression));
  return found;
}

/** Every place in a file where text reaches the screen without the catalogue. */
function findLiterals(path: string, text = readFileSync(path, 'utf8')): string[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, what: string, value: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1} ${what}: ${JSON.stringify(value.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) report(node, 'JSX text', node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    )
      for (const piece of literalTexts(node.expression))
        if (WORD.test(piece.text)) report(piece.node, 'text in JSX', piece.text);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const pieces = ts.isStringLiteral(init)
        ? [{ node: init as ts.Node, text: init.text }]
        : ts.isJsxExpression(init) && init.expression
          ? literalTexts(init.expression)
          : [];
      for (const piece of pieces)
        if (WORD.test(piece.text)) report(piece.node, `${node.name.getText()}=`, piece.text);
    }
    if (ts.isTemplateExpression(node) && gluesTranslation(node)) {
      const glue = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (WORD.test(glue) || QUOTES.test(glue))
        report(node, 'translated text glued to words or quotes', node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the renderer shows no text outside the catalogue', () => {
  const files = sourceFiles(RENDERER, /\.tsx?$/).filter((f) => !f.endsWith('.d.ts'));

  it('reads every component', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(30);
  });

  it('has no words in JSX, in text attributes, or glued around translations', () => {
    const found = files.flatMap((f) => findLiterals(f));
    if (found.length > 0)
      throw new Error(
        `${found.length} text(s) in renderer/src do not come from the catalogue; add keys to ` +
          `shared/i18n/en/*.ts (with Russian and Polish) and use t():\n  - ${found.join('\n  - ')}`,
      );
  });

  it('would notice each kind of slip', () => {
    const probe = [
      'export const A = () => <p>Save changes</p>;',
      "export const B = ({ n }: { n: number }) => <p>{n ? t('x') : 'Nothing here'}</p>;",
      'export const C = () => <button title="Close the dialog">×</button>;',
      "export const D = () => <nav aria-label={'Main menu'}>◆ 1 · 2</nav>;",
      "export const E = (name: string) => `${t('common.delete')} “${name}”`;",
      "export const F = () => <p title={t('ok')}>{t('a')} · {42}</p>;",
    ].join('\n');
    const found = findLiterals(join(RENDERER, 'probe.tsx'), probe).map((f) =>
      f.replace(/^.*?:\d+ /, ''),
    );
    expect(found).toEqual([
      'JSX text: "Save changes"',
      'text in JSX: "Nothing here"',
      'title=: "Close the dialog"',
      'aria-label=: "Main menu"',
      'translated text glued to words or quotes: "`${t(\'common.delete\')} “${name}”`"',
    ]);
  });
});
