import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type Workbook } from '../../../shared/survey/workbook';
import { formIdOf, writeXlsForm, xlsformSheets } from '../../../shared/survey/xlsform';
import { checkXlsForm } from '../../../shared/survey/xlsform-check';
import { generateSurvey } from '../../../shared/survey/generate';
import { sampleBundle } from '../report-docx';
import { checkoutSurvey, SURVEY_ID } from './sample-survey';

const copy = (book: Workbook): Workbook => structuredClone(book);
const keysOf = (book: Workbook) => checkXlsForm(book).map((p) => `${p.path} ${p.key}`);
/** The row of the survey sheet whose name is `name`. */
const rowNamed = (book: Workbook, name: string) => book.survey!.findIndex((r) => r[1] === name);

describe('the XLSForm of a survey', () => {
  it('passes the specification checks for the sample audit’s whole register, as written to .xlsx', async () => {
    const bundle = sampleBundle();
    const survey = generateSurvey(bundle, {
      id: SURVEY_ID,
      target: { kind: 'audit' },
      promises: 'all',
    });
    const bytes = await writeXlsForm(survey);
    const book = await readWorkbook(bytes);
    expect(Object.keys(book)).toEqual(['survey', 'choices', 'settings']);
    expect(checkXlsForm(book)).toEqual([]);
    expect(book.settings![1]).toEqual([survey.title, formIdOf(survey), '1', 'English (en)']);
    // Every promise is asked once, by its name, with the scale's choice list.
    const names = book.survey!.slice(1).map((r) => r[1]);
    for (const q of survey.questions) expect(names.filter((n) => n === q.name)).toHaveLength(1);
    expect(book.survey![rowNamed(book, survey.questions[0]!.name)]![0]).toBe('select_one csat1to5');
    expect(book.choices!.filter((r) => r[0] === 'csat1to5').map((r) => r[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('passes for any wording and any of the three languages (property)', () => {
    const base = checkoutSurvey();
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''),
          {
            minLength: base.questions.length,
            maxLength: base.questions.length,
          },
        ),
        fc.constantFrom('en', 'ru', 'pl' as const),
        fc.constantFrom('csat', 'rubric' as const),
        fc.boolean(),
        (wordings, language, scale, nps) => {
          const survey = {
            ...base,
            language,
            scale,
            nps,
            questions: base.questions.map((q, i) => ({ ...q, wording: wordings[i]! })),
          };
          expect(checkXlsForm(xlsformSheets(survey))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('labels the questions in the survey’s language, as XLSForm names a translation', () => {
    const book = xlsformSheets(checkoutSurvey({ language: 'pl' }));
    expect(book.survey![0]).toContain('label::Polski (pl)');
    expect(book.settings![1]![3]).toBe('Polski (pl)');
    expect(book.choices!.find((r) => r[0] === 'csat1to5' && r[1] === '5')![2]).toBe(
      'Zdecydowanie zadowala',
    );
  });
});

describe('the XLSForm check', () => {
  const good = xlsformSheets(checkoutSurvey());
  const first = checkoutSurvey().questions[0]!.name;

  it('refuses a question type the specification does not have', () => {
    const book = copy(good);
    book.survey![rowNamed(book, first)]![0] = 'select_won csat1to5';
    expect(keysOf(book)).toEqual([
      `survey[${rowNamed(book, first) + 1}].type errors.xlsform.unknownType`,
    ]);
  });

  it('refuses a name used twice, and a name that is not valid', () => {
    const twice = copy(good);
    twice.survey![rowNamed(twice, 'improve')]![1] = first;
    expect(keysOf(twice)).toEqual([
      `survey[${twice.survey!.length}].name errors.xlsform.nameUsedTwice`,
    ]);
    const invalid = copy(good);
    const at = rowNamed(invalid, first);
    invalid.survey![at]![1] = '1st question';
    expect(keysOf(invalid)).toEqual([`survey[${at + 1}].name errors.xlsform.badName`]);
  });

  it('refuses a choice list no choices define', () => {
    const book = copy(good);
    book.choices = book.choices!.filter((r) => r[0] !== 'nps0to10');
    expect(keysOf(book)).toEqual([
      `survey[${rowNamed(book, 'nps') + 1}].type errors.xlsform.noList`,
    ]);
  });

  it('refuses settings without form_id or version', () => {
    const noId = copy(good);
    noId.settings![1]![1] = '';
    expect(keysOf(noId)).toEqual(['settings.form_id errors.xlsform.noFormId']);
    const noVersion = copy(good);
    noVersion.settings![1]![2] = '';
    expect(keysOf(noVersion)).toEqual(['settings.version errors.xlsform.noVersion']);
    const noSettings = copy(good);
    delete noSettings.settings;
    expect(keysOf(noSettings)).toEqual(['settings errors.xlsform.noSheet']);
  });

  it('refuses a question without a label, groups out of step, and choices named twice', () => {
    const book = copy(good);
    const at = rowNamed(book, first);
    book.survey![at]![2] = '';
    book.survey = book.survey!.filter((r) => r[0] !== 'end_group');
    book.choices!.push(['csat1to5', '5', 'Again']);
    expect(keysOf(book)).toEqual([
      `choices[${book.choices!.length}].name errors.xlsform.choiceUsedTwice`,
      `survey[${at + 1}].label errors.xlsform.noLabel`,
      `survey[${rowNamed(book, 'promises') + 1}].type errors.xlsform.groupNotEnded`,
    ]);
  });

  it('says what is wrong in words, by sheet and row', () => {
    const book = copy(good);
    book.settings![1]![1] = '';
    expect(checkXlsForm(book)[0]!.message).toBe(
      'is not set: the tools tell forms apart by form_id',
    );
  });
});
