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

// Refusals and failures are named by a key of the errors catalogue (shared/i18n/en/errors.ts),
// so the interface can say them in its own language; an English sentence thrown, returned as a
// message or pushed as a problem would reach a Russian or Polish reader untranslated.

/** Folders whose every sentence is a message to a person: they must all come from the catalogue. */
const MESSAGE_FOLDERS = [
  'shared/domain',
  'shared/formats',
  'shared/fieldwork',
  'shared/register',
  'shared/templates',
  'renderer/src/db',
  'renderer/src/platform',
];
/** Folders where only what is thrown or given as an error's message is checked. */
const ERROR_FOLDERS = ['shared/plan', 'renderer/src'];
/** A key of the errors catalogue, which is what an error's text should be. */
const ERROR_KEY = /^errors\.[\w.]+( \{.*\})?$/s;
/** Three words in a row: a sentence, not a code, a CSS class or a header. */
const PROSE = /\p{L}{2,} \p{L}{2,} \p{L}{2,}/u;
/** Two words in a row: words for a person, not a name such as 'auditFile'. */
const WORDS = /\p{L}{2,}\s+\p{L}{2,}/u;
/** Fields and calls whose text is shown as the reason for a refusal. */
const MESSAGE_FIELDS = new Set(['message', 'error', 'reason']);
const REFUSING_CALLS = /^(refuse|fail|reject)$/;

function textOf(e: ts.Node): string | null {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e))
    return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Every English text in a file that is thrown, or given as a refusal's message, without a key. */
function findUnkeyedErrors(
  path: string,
  everySentence: boolean,
  text = readFileSync(path, 'utf8'),
) {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, what: string, value: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1} ${what}: ${JSON.stringify(value.trim())}`);
  };
  const check = (e: ts.Expression | undefined, what: string) => {
    for (const piece of e ? literalTexts(e) : [])
      if (WORDS.test(piece.text) && !ERROR_KEY.test(piece.text))
        report(piece.node, what, piece.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText()))
      node.arguments?.forEach((a) => check(a, `new ${node.expression.getText()}(…)`));
    if (ts.isThrowStatement(node)) check(node.expression, 'thrown');
    if (ts.isCallExpression(node) && REFUSING_CALLS.test(node.expression.getText()))
      node.arguments.forEach((a) => check(a, `${node.expression.getText()}(…)`));
    if (ts.isPropertyAssignment(node) && MESSAGE_FIELDS.has(node.name.getText()))
      check(node.initializer, `${node.name.getText()}:`);
    const value = everySentence ? textOf(node) : null;
    if (value !== null && PROSE.test(value) && !ERROR_KEY.test(value))
      report(node, 'sentence', value);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...new Set(found)];
}

describe('refusals and failures come from the errors catalogue', () => {
  const inFolders = (folders: string[]) =>
    folders
      .flatMap((f) => sourceFiles(join(ROOT, f), /\.tsx?$/))
      .filter((f) => !f.endsWith('.d.ts'));

  it('throws, returns and reports no English sentence in shared/ or the store', () => {
    const everySentence = new Set(inFolders(MESSAGE_FOLDERS));
    const files = new Set([...everySentence, ...inFolders(ERROR_FOLDERS)]);
    const found = [...files].flatMap((f) => findUnkeyedErrors(f, everySentence.has(f)));
    if (found.length > 0)
      throw new Error(
        `${found.length} refusal(s) carry English words instead of a key of the errors catalogue; ` +
          `add the text to shared/i18n/{en,ru,pl}/errors.ts and use reason(), problem(), ` +
          `zodMessage() or LocalizedError:\n  - ${found.join('\n  - ')}`,
      );
  });

  it('would notice each kind of slip', () => {
    const probe = [
      "throw new Error('The browser keeps no backups folder');",
      "throw new ValidationError('audits', [{ path: 'id', message: 'refers to no audit' }]);",
      "const S = z.number().min(1, { error: 'must be at least 1' });",
      'rowProblems.push(`“${name}” is empty and unknown`);',
      "throw refuse('is not UTF-8 text');",
      "throw new LocalizedError('errors.store.staleChange');",
      "const S2 = z.number().min(1, { error: zodMessage('errors.field.atLeast') });",
      "const css = 'plan-priority priority-high';",
    ].join('\n');
    const found = findUnkeyedErrors(join(ROOT, 'shared/domain/probe.ts'), true, probe).map((f) =>
      f.replace(/^.*?:\d+ /, ''),
    );
    expect(found).toEqual([
      'new Error(…): "The browser keeps no backups folder"',
      'sentence: "The browser keeps no backups folder"',
      'message:: "refers to no audit"',
      'sentence: "refers to no audit"',
      'error:: "must be at least 1"',
      'sentence: "must be at least 1"',
      'sentence: "“ ” is empty and unknown"',
      'refuse(…): "is not UTF-8 text"',
      'sentence: "is not UTF-8 text"',
    ]);
  });
});
