// Refusals in the reader's language: every key the code names is in all three catalogues, and
// real failures (a bad audit file, an out-of-range importance, a bad CSV line, an observation
// scored off the rubric) read in Russian and Polish with no English left but field paths.
import { TEST_NOW } from '../support/clock';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  lineProblemText,
  localizedErrorText,
  problemText,
  reasonText,
} from '../../shared/i18n/error-text';
import {
  CHILD_ENTITIES,
  fromErrorData,
  LocalizedError,
  ObservationSchema,
  parseOrThrow,
  toErrorData,
  ValidationError,
  type Problem,
} from '../../shared/domain';
import { parseMeasured } from '../../shared/fieldwork/measure';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';
import { parseCsv } from '../../shared/formats/csv';
import { CATALOGUES, createTranslator } from '../../shared/i18n';
import { flattenCatalogue } from '../../shared/i18n/keys';
import { autoMapColumns } from '../../shared/register/csv-fields';
import { planRegisterImport } from '../../shared/register/csv-import';
import { patchForEdit } from '../../shared/register/promise-edit';
import { smallBundle } from '../support/small-bundle';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LANGUAGES = ['en', 'ru', 'pl'] as const;
const FLAT = Object.fromEntries(LANGUAGES.map((l) => [l, flattenCatalogue(CATALOGUES[l])]));

/** Whether a catalogue has a text at a key, or its plural forms. */
const hasKey = (flat: Map<string, string>, key: string) =>
  flat.has(key) || [...flat.keys()].some((k) => k.startsWith(`${key}_`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The catalogue keys a file names: whole ones, and the heads of keys built from a name. */
function keysIn(path: string): { keys: string[]; prefixes: string[] } {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (/^errors\.[\w.]+$/.test(node.text)) keys.push(node.text);
    } else if (ts.isTemplateExpression(node) && /^(errors|csv\.fields)\./.test(node.head.text))
      prefixes.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { keys, prefixes };
}

/** A failure in a language, as the interface's errorText says it (the full disk aside). */
const errorText = (error: unknown, t: TFunction) =>
  localizedErrorText(error, t) ?? (error instanceof Error ? error.message : String(error));

const translators = { ru: createTranslator('ru').t, pl: createTranslator('pl').t } as const;

/** Field paths stay as they are; formats and the product keep their names in every language. */
const KEPT = /^(Touchstone|UTF|JSON|ZIP|Word|Excel|UUID|ISO|JPEG|PNG|WebP|GIF|MB|NPS|CSAT)$/;

/** The words of a text, field paths left out. */
function wordsOf(text: string, paths: readonly string[]): string[] {
  let rest = text;
  for (const path of [...paths].sort((a, b) => b.length - a.length))
    rest = rest.split(path).join(' ');
  return rest.match(/\p{L}{2,}/gu) ?? [];
}

/**
 * English left in a translation: in Russian any Latin word but field paths and names kept in
 * every language; in Polish, which is written in Latin letters too, any word of the English text.
 */
function english(text: string, englishText: string, paths: readonly string[] = []): string[] {
  const words = wordsOf(text, paths).filter((w) => !KEPT.test(w));
  if (/[А-Яа-яЁё]/.test(text)) return words.filter((w) => /^[A-Za-z]+$/.test(w));
  const englishWords = new Set(wordsOf(englishText, paths).map((w) => w.toLowerCase()));
  return words.filter((w) => w.length > 2 && englishWords.has(w.toLowerCase()));
}

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('error keys', () => {
  const files = [join(ROOT, 'shared'), join(ROOT, 'renderer/src'), join(ROOT, 'electron')].flatMap(
    sourceFiles,
  );
  const found = files.map((f) => ({ file: relative(ROOT, f), ...keysIn(f) }));

  it('every key the code names is in English, Russian and Polish', () => {
    const keys = found.flatMap((f) => f.keys.map((key) => ({ file: f.file, key })));
    expect(keys.length).toBeGreaterThan(100);
    const missing = keys.flatMap(({ file, key }) =>
      LANGUAGES.filter((l) => !hasKey(FLAT[l]!, key)).map((l) => `${file}: ${key} (${l})`),
    );
    expect(missing).toEqual([]);
  });

  it('every key built from a name has its texts in all three, for every name', () => {
    const prefixes = [...new Set(found.flatMap((f) => f.prefixes))];
    expect(prefixes).toEqual(expect.arrayContaining(['errors.store.notInAudit.', 'csv.fields.']));
    for (const prefix of prefixes) {
      const english = [...FLAT.en!.keys()].filter((k) => k.startsWith(prefix)).sort();
      expect(english.length, prefix).toBeGreaterThan(0);
      for (const l of ['ru', 'pl'] as const)
        expect([...FLAT[l]!.keys()].filter((k) => k.startsWith(prefix)).sort(), prefix).toEqual(
          english,
        );
    }
    for (const entity of CHILD_ENTITIES)
      for (const head of [
        'errors.store.notInAudit',
        'errors.store.noRecord',
        'errors.bundle.missing',
        'errors.subject',
      ])
        for (const l of LANGUAGES)
          expect(FLAT[l]!.has(`${head}.${entity}`), `${head}.${entity}`).toBe(true);
  });
});

describe('real failures in Russian and Polish', () => {
  it('a bad audit file: each problem by its field, in the reader’s language', () => {
    const file = JSON.parse(serializeAuditFile(smallBundle(), 'test', TEST_NOW)) as {
      promises: Record<string, unknown>[];
      observations: Record<string, unknown>[];
      stages: Record<string, unknown>[];
    };
    file.promises[0]!.importance = 9;
    delete file.promises[0]!.statement;
    file.observations[0]!.score = 7;
    file.stages[0]!.extra = true;
    const error = refusal(() => parseAuditFile(JSON.stringify(file)));
    const paths = error.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'promises[0].importance',
        'promises[0].statement',
        'observations[0].score',
      ]),
    );
    expect(error.message).toContain('promises[0].importance must be between 1 and 5');

    const ru = errorText(error, translators.ru);
    expect(ru).toMatch(/^Файл аудита: /);
    expect(ru).toContain('promises[0].importance: ожидается значение от 1 до 5');
    expect(ru).toContain('promises[0].statement: отсутствует');
    expect(ru).toContain('observations[0].score: ожидается значение от 0 до 4');
    expect(english(ru, error.message, [...paths, 'extra'])).toEqual([]);

    const pl = errorText(error, translators.pl);
    expect(pl).toMatch(/^Plik audytu: /);
    expect(pl).toContain('promises[0].importance: oczekiwano wartości od 1 do 5');
    expect(pl).toContain('promises[0].statement: brak wartości');
    expect(english(pl, error.message, [...paths, 'extra'])).toEqual([]);
  });

  it('an audit file that is not one, or damaged on the way', () => {
    for (const text of ['[1, 2]', '{"format": "touchstone-audit", "version": 99}']) {
      const error = refusal(() => parseAuditFile(text));
      for (const t of Object.values(translators))
        expect(english(errorText(error, t), error.message)).toEqual([]);
    }
    expect(
      errorText(
        refusal(() => parseAuditFile('[1]')),
        translators.ru,
      ),
    ).toBe('Файл аудита: не является файлом аудита Touchstone');
    expect(
      errorText(
        refusal(() => parseAuditFile('{"format":"touchstone-audit","version":7}')),
        translators.pl,
      ),
    ).toBe(
      'Plik audytu: plik zapisała nowsza wersja Touchstone (wersja formatu 7; ta wersja odczytuje formaty do 3)',
    );
  });

  it('an importance out of range, typed into the register', () => {
    const result = patchForEdit({ target: null, source: { kind: null, text: '' } }, 'importance', '9');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('Importance must be a whole number from 1 to 5.');
    expect(reasonText(result, translators.ru)).toBe('Важность — целое число от 1 до 5.');
    expect(reasonText(result, translators.pl)).toBe('Waga musi być liczbą całkowitą od 1 do 5.');
  });

  it('a bad CSV line, its columns named as the mapping names them', () => {
    const table = parseCsv(
      'Stage;Channel;Touchpoint;Statement;Importance;Belief\nBuy;Store;Till;;7;x\n',
      ';',
    );
    const result = planRegisterImport(
      'promises',
      { stages: [], channels: [], touchpoints: [], promises: [] },
      table,
      autoMapColumns('promises', table.header),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [line] = result.problems;
    expect(line?.message).toBe('“Statement” is empty');
    expect(lineProblemText(line!, translators.ru)).toBe('не заполнено поле «Текст обещания»');
    expect(lineProblemText(line!, translators.pl)).toBe('pole „Treść obietnicy” jest puste');
    // Optional values that cannot be used do not refuse the row: each is said as a warning.
    const [warning] = result.warnings;
    expect(warning?.message).toBe(
      '“Importance” is “7”, not a whole number from 1 to 5: 3 is used; “Belief” is “x”, not a whole number from 0 to 4: it is left empty',
    );
    expect(lineProblemText(warning!, translators.ru)).toBe(
      '«Важность»: «7» — не целое число от 1 до 5; взято 3; «Самооценка»: «x» — не целое число от 0 до 4; оставлено пустым',
    );
    expect(lineProblemText(warning!, translators.pl)).toBe(
      '„Waga”: „7” nie jest liczbą całkowitą od 1 do 5: przyjęto 3; „Samoocena”: „x” nie jest liczbą całkowitą od 0 do 4: pozostawiono puste',
    );
  });

  it('an observation scored off the rubric, and a measured value that is not one', () => {
    const at = '2026-03-01T10:00:00.000Z';
    const error = refusal(() =>
      parseOrThrow(
        ObservationSchema,
        {
          id: crypto.randomUUID(),
          auditId: crypto.randomUUID(),
          createdAt: at,
          updatedAt: at,
          version: 1,
          promiseId: crypto.randomUUID(),
          visitId: null,
          method: 'survey',
          date: '2026-03-02',
          wave: 0,
          observer: '',
          location: '',
          outcome: 'scored',
          score: 7,
          measured: null,
          verbatim: '',
          note: '',
          photoIds: [],
          externalKey: null,
        },
        'observations',
      ),
    );
    expect(error.message).toBe(
      'Observation: wave must be 1 or more; score must be between 0 and 4',
    );
    expect(errorText(error, translators.ru)).toBe(
      'Наблюдение: wave: ожидается 1 или больше; score: ожидается значение от 0 до 4',
    );
    expect(errorText(error, translators.pl)).toBe(
      'Obserwacja: wave: oczekiwano wartości 1 lub większej; score: oczekiwano wartości od 0 do 4',
    );
    const measured = parseMeasured('3 parsecs', 'min');
    if (measured.ok) throw new Error('expected a refusal');
    expect(reasonText(measured, translators.ru)).toBe('Touchstone не знает единицу «parsecs»');
    expect(reasonText(measured, translators.pl)).toBe('Touchstone nie zna jednostki „parsecs”');
  });

  it('plural forms where a count appears: 1, 2, 5, 21, 22, 25', () => {
    const words = (t: TFunction, count: number) =>
      reasonText({ key: 'errors.field.maxPhotos', values: { count }, message: '' }, t);
    expect([1, 2, 5, 21, 22, 25].map((n) => words(translators.ru, n))).toEqual([
      'допускается не более 1 фотографии',
      'допускается не более 2 фотографий',
      'допускается не более 5 фотографий',
      'допускается не более 21 фотографии',
      'допускается не более 22 фотографий',
      'допускается не более 25 фотографий',
    ]);
    expect([1, 2, 5, 21, 22, 25].map((n) => words(translators.pl, n))).toEqual([
      'dozwolone jest najwyżej 1 zdjęcie',
      'dozwolone są najwyżej 2 zdjęcia',
      'dozwolonych jest najwyżej 5 zdjęć',
      'dozwolonych jest najwyżej 21 zdjęć',
      'dozwolone są najwyżej 22 zdjęcia',
      'dozwolonych jest najwyżej 25 zdjęć',
    ]);
  });

  it('keeps its keys when it crosses from a worker to the page', () => {
    const problem: Problem = refusal(() => parseAuditFile('[1]')).problems[0]!;
    const errors = [
      refusal(() => parseAuditFile('[1]')),
      new LocalizedError('errors.report.notBuilt'),
      new Error('disk on fire'),
    ];
    for (const error of errors) {
      const back = fromErrorData(structuredClone(toErrorData(error)));
      expect(back.constructor).toBe(error.constructor);
      expect(back.message).toBe(error.message);
      expect(errorText(back, translators.pl)).toBe(errorText(error, translators.pl));
    }
    expect(problemText(problem, translators.ru)).toBe('не является файлом аудита Touchstone');
    expect(errorText(errors[1], translators.ru)).toBe('Не удалось создать документ.');
  });
});
