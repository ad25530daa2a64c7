import { problem, type Problem } from '../domain/errors';
import type { Workbook } from './workbook';

// No XLSForm validator runs in Node, so Touchstone checks its own forms against the rules of
// the public XLSForm specification (xlsform.org) that a converter refuses a form for.

/** Question types that ask something, so need a label. */
const ASKING_TYPES = new Set([
  'integer',
  'decimal',
  'range',
  'text',
  'note',
  'geopoint',
  'geotrace',
  'geoshape',
  'date',
  'time',
  'dateTime',
  'image',
  'audio',
  'background-audio',
  'video',
  'file',
  'barcode',
  'acknowledge',
]);
/** Types the device fills in or the form computes: no label. */
const SILENT_TYPES = new Set([
  'calculate',
  'hidden',
  'xml-external',
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'username',
  'email',
  'audit',
  'subscriberid',
  'simserial',
  'start-geopoint',
]);
const BEGIN = new Set(['begin_group', 'begin group', 'begin_repeat', 'begin repeat']);
const END = new Set(['end_group', 'end group', 'end_repeat', 'end repeat']);
/** Types followed by the name of a choice list. */
const LIST_TYPES = new Set(['select_one', 'select_multiple', 'rank']);
/** Types followed by the name of an attached file. */
const FILE_TYPES = new Set(['select_one_from_file', 'select_multiple_from_file']);

/**
 * A name as the specification allows it: a letter or an underscore first, then letters,
 * digits, hyphens, underscores and periods. Names are case-sensitive.
 */
export const XLSFORM_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

type Kind = 'asking' | 'silent' | 'begin' | 'end' | { list: string } | 'file';

/** What a type column says: a kind of row, or null when it is no XLSForm type. */
function kindOf(type: string): Kind | null {
  if (ASKING_TYPES.has(type)) return 'asking';
  if (SILENT_TYPES.has(type)) return 'silent';
  if (BEGIN.has(type)) return 'begin';
  if (END.has(type)) return 'end';
  const [base, argument, extra, ...rest] = type.split(/\s+/);
  if (base && LIST_TYPES.has(base) && argument && rest.length === 0) {
    if (extra === undefined || (extra === 'or_other' && base !== 'rank')) return { list: argument };
  }
  if (base && FILE_TYPES.has(base) && argument && extra === undefined) return 'file';
  return null;
}

/** A sheet's header as column positions; translated columns (`label::English (en)`) by their base. */
function columnsOf(header: readonly string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  header.forEach((raw, i) => {
    const base = raw.trim().split('::')[0]!.trim().toLowerCase().replace(/\s+/g, '_');
    columns.set(base, [...(columns.get(base) ?? []), i]);
  });
  return columns;
}

/**
 * Checks an XLSForm workbook against the specification's rules: a survey sheet with type, name
 * and label columns; every type a question type; every name valid and used once; a label on
 * every question that asks something; every choice list a select names defined on the choices
 * sheet, its choices named once; groups begun and ended; and settings with form_id and version
 * set. Each problem names its sheet and row as the spreadsheet numbers them (the header is row
 * 1): `survey[7].type`. An empty list means the form passes.
 */
export function checkXlsForm(book: Workbook): Problem[] {
  const problems: Problem[] = [];
  const surveySheet = book.survey;
  if (!surveySheet) problems.push(problem('survey', 'errors.xlsform.noSheet', { sheet: 'survey' }));
  const lists = checkChoices(book.choices, problems);
  if (surveySheet) checkSurveySheet(surveySheet, lists, problems);
  checkSettings(book.settings, problems);
  return problems;
}

/** The choice lists the choices sheet defines, each choice named once. */
function checkChoices(sheet: string[][] | undefined, problems: Problem[]): Set<string> {
  const lists = new Set<string>();
  if (!sheet || sheet.length === 0) return lists;
  const columns = columnsOf(sheet[0]!);
  const listColumn = columns.get('list_name')?.[0];
  const nameColumn = columns.get('name')?.[0];
  if (listColumn === undefined)
    problems.push(problem('choices', 'errors.xlsform.noColumn', { column: 'list_name' }));
  if (nameColumn === undefined)
    problems.push(problem('choices', 'errors.xlsform.noColumn', { column: 'name' }));
  if (listColumn === undefined || nameColumn === undefined) return lists;
  const seen = new Map<string, number>();
  sheet.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const list = (cells[listColumn] ?? '').trim();
    const name = (cells[nameColumn] ?? '').trim();
    if (!list && !name) return;
    lists.add(list);
    if (!name) {
      problems.push(problem(`choices[${row}].name`, 'errors.xlsform.noName'));
      return;
    }
    const key = `${list}\u0000${name}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        problem(`choices[${row}].name`, 'errors.xlsform.choiceUsedTwice', {
          name,
          list,
          row: first,
        }),
      );
    else seen.set(key, row);
  });
  return lists;
}

function checkSurveySheet(sheet: string[][], lists: Set<string>, problems: Problem[]): void {
  const columns = columnsOf(sheet[0] ?? []);
  const typeColumn = columns.get('type')?.[0];
  const nameColumn = columns.get('name')?.[0];
  const labelColumns = columns.get('label') ?? [];
  for (const [column, present] of [
    ['type', typeColumn !== undefined],
    ['name', nameColumn !== undefined],
    ['label', labelColumns.length > 0],
  ] as const)
    if (!present) problems.push(problem('survey', 'errors.xlsform.noColumn', { column }));
  if (typeColumn === undefined || nameColumn === undefined) return;
  const names = new Map<string, number>();
  const open: number[] = [];
  sheet.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const type = (cells[typeColumn] ?? '').trim().replace(/\s+/g, ' ');
    const name = (cells[nameColumn] ?? '').trim();
    const labelled = labelColumns.some((c) => (cells[c] ?? '').trim() !== '');
    if (!type) {
      // A blank row is allowed; a row with content but no type is not.
      if (cells.some((c) => c.trim() !== ''))
        problems.push(problem(`survey[${row}].type`, 'errors.xlsform.noType'));
      return;
    }
    const kind = kindOf(type);
    if (kind === null) {
      problems.push(problem(`survey[${row}].type`, 'errors.xlsform.unknownType', { type }));
      return;
    }
    if (kind === 'end') {
      if (open.pop() === undefined)
        problems.push(problem(`survey[${row}].type`, 'errors.xlsform.groupNotBegun'));
      return;
    }
    if (kind === 'begin') open.push(row);
    if (!name) problems.push(problem(`survey[${row}].name`, 'errors.xlsform.noName'));
    else if (!XLSFORM_NAME.test(name))
      problems.push(problem(`survey[${row}].name`, 'errors.xlsform.badName', { name }));
    else {
      const first = names.get(name);
      if (first !== undefined)
        problems.push(
          problem(`survey[${row}].name`, 'errors.xlsform.nameUsedTwice', { name, row: first }),
        );
      else names.set(name, row);
    }
    const asks = kind === 'asking' || kind === 'file' || typeof kind === 'object';
    if (asks && !labelled) problems.push(problem(`survey[${row}].label`, 'errors.xlsform.noLabel'));
    if (typeof kind === 'object' && !lists.has(kind.list))
      problems.push(problem(`survey[${row}].type`, 'errors.xlsform.noList', { list: kind.list }));
  });
  for (const row of open)
    problems.push(problem(`survey[${row}].type`, 'errors.xlsform.groupNotEnded'));
}

function checkSettings(sheet: string[][] | undefined, problems: Problem[]): void {
  if (!sheet || sheet.length === 0) {
    problems.push(problem('settings', 'errors.xlsform.noSheet', { sheet: 'settings' }));
    return;
  }
  const columns = columnsOf(sheet[0]!);
  const value = (column: string) => {
    const at = columns.get(column)?.[0];
    return at === undefined ? '' : (sheet[1]?.[at] ?? '').trim();
  };
  const formId = value('form_id');
  if (!formId) problems.push(problem('settings.form_id', 'errors.xlsform.noFormId'));
  else if (!XLSFORM_NAME.test(formId))
    problems.push(problem('settings.form_id', 'errors.xlsform.badName', { name: formId }));
  if (!value('version')) problems.push(problem('settings.version', 'errors.xlsform.noVersion'));
}
