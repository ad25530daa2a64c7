import {
  PROMISE_KINDS,
  TARGET_DIRECTIONS,
  type PromiseKind,
  type TargetDirection,
} from '../domain';

/** What a CSV of the register can hold. */
export const CSV_KINDS = ['touchpoints', 'promises'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const CSV_FIELDS = {
  touchpoints: ['stage', 'channel', 'touchpoint', 'department', 'description'],
  promises: [
    'stage',
    'channel',
    'touchpoint',
    'statement',
    'source',
    'sourceKind',
    'customerWording',
    'kind',
    'importance',
    'metric',
    'unit',
    'direction',
    'threshold',
    'belief',
  ],
} as const;
export type CsvField = (typeof CSV_FIELDS)[CsvKind][number];

/** Fields an import cannot do without. */
export const REQUIRED_FIELDS: Record<CsvKind, readonly CsvField[]> = {
  touchpoints: ['stage', 'channel', 'touchpoint'],
  promises: ['touchpoint', 'statement'],
};

/** The header Touchstone writes for each field, which its import maps back by itself. */
export const CSV_HEADERS: Record<CsvField, string> = {
  stage: 'Stage',
  channel: 'Channel',
  touchpoint: 'Touchpoint',
  department: 'Department',
  description: 'Description',
  statement: 'Statement',
  source: 'Source',
  sourceKind: 'Source kind',
  customerWording: 'Customer wording',
  kind: 'Kind',
  importance: 'Importance',
  metric: 'Target metric',
  unit: 'Unit',
  direction: 'Direction',
  threshold: 'Threshold',
  belief: 'Belief',
};

/** Header names recognised for each field, in English, Russian and Polish (compared folded). */
const HEADER_ALIASES: Record<CsvField, string[]> = {
  stage: ['stage', 'journey stage', 'этап', 'этап пути', 'стадия', 'etap', 'etap ścieżki'],
  channel: ['channel', 'канал', 'kanał'],
  touchpoint: [
    'touchpoint',
    'touch point',
    'точка контакта',
    'точка взаимодействия',
    'punkt styku',
    'punkt kontaktu',
  ],
  department: [
    'department',
    'owning department',
    'owner',
    'отдел',
    'подразделение',
    'владелец',
    'dział',
    'właściciel',
  ],
  description: ['description', 'описание', 'opis'],
  statement: [
    'statement',
    'promise',
    'обещание',
    'текст обещания',
    'обещание бренда',
    'obietnica',
    'treść obietnicy',
    'obietnica marki',
  ],
  source: ['source', 'where made', 'источник', 'где обещано', 'źródło', 'gdzie obiecano'],
  sourceKind: [
    'source kind',
    'source type',
    'вид источника',
    'тип источника',
    'rodzaj źródła',
    'typ źródła',
  ],
  customerWording: [
    'customer wording',
    'survey question',
    'вопрос клиенту',
    'формулировка вопроса',
    'pytanie ankietowe',
    'treść pytania',
  ],
  kind: ['kind', 'type', 'тип', 'вид', 'rodzaj', 'typ'],
  importance: ['importance', 'важность', 'значимость', 'ważność', 'waga'],
  metric: [
    'target metric',
    'metric',
    'метрика',
    'показатель',
    'целевая метрика',
    'metryka',
    'miernik',
  ],
  unit: ['unit', 'единица', 'единица измерения', 'ед.', 'jednostka'],
  direction: ['direction', 'направление', 'kierunek'],
  threshold: [
    'threshold',
    'target',
    'порог',
    'целевое значение',
    'próg',
    'wartość docelowa',
    'cel',
  ],
  belief: [
    'belief',
    'internal belief',
    'убеждение',
    'оценка команды',
    'внутренняя оценка',
    'przekonanie',
    'ocena zespołu',
  ],
};

/** Lower case, no accents, single spaces: how headers and coded values are compared. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ł/g, 'l');
}

/** Maps each field to the first column whose header it recognises; -1 when none does. */
export function autoMapColumns(kind: CsvKind, header: readonly string[]): Record<string, number> {
  const folded = header.map(foldKey);
  const mapping: Record<string, number> = {};
  for (const field of CSV_FIELDS[kind]) {
    const aliases = HEADER_ALIASES[field].map(foldKey);
    mapping[field] = folded.findIndex((h) => aliases.includes(h));
  }
  return mapping;
}

const KIND_WORDS: Record<PromiseKind, string[]> = {
  functional: [
    'functional',
    'функциональное',
    'функциональный',
    'рациональное',
    'funkcjonalna',
    'funkcjonalny',
  ],
  emotional: ['emotional', 'эмоциональное', 'эмоциональный', 'emocjonalna', 'emocjonalny'],
};
const DIRECTION_WORDS: Record<TargetDirection, string[]> = {
  'at-most': [
    'at most',
    'at-most',
    '<=',
    '≤',
    'max',
    'maximum',
    'не более',
    'не больше',
    'максимум',
    'co najwyżej',
    'maksymalnie',
    'najwyżej',
  ],
  'at-least': [
    'at least',
    'at-least',
    '>=',
    '≥',
    'min',
    'minimum',
    'не менее',
    'не меньше',
    'минимум',
    'co najmniej',
    'minimalnie',
    'najmniej',
  ],
};

function lookup<T extends string>(
  codes: readonly T[],
  words: Record<T, string[]>,
  value: string,
): T | null {
  const key = foldKey(value);
  for (const code of codes)
    if (foldKey(code) === key || words[code].some((w) => foldKey(w) === key)) return code;
  return null;
}

export const parseKind = (v: string) => lookup(PROMISE_KINDS, KIND_WORDS, v);
export const parseDirection = (v: string) => lookup(TARGET_DIRECTIONS, DIRECTION_WORDS, v);
