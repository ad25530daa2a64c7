import type { csv as en } from '../en/csv';
import type { Translation } from '../types';

/** Russian strings of the register's CSV import and export. */
export const csv = {
  importButton: 'Импорт CSV…',
  exportTouchpoints: 'Экспорт точек контакта (CSV)',
  exportPromises: 'Экспорт обещаний (CSV)',
  fileName: { touchpoints: 'точки-контакта', promises: 'обещания' },
  exported: {
    touchpoints_one: 'Экспортирована {{count}} точка контакта.',
    touchpoints_few: 'Экспортированы {{count}} точки контакта.',
    touchpoints_many: 'Экспортировано {{count}} точек контакта.',
    touchpoints_other: 'Экспортировано {{count}} точки контакта.',
    promises_one: 'Экспортировано {{count}} обещание.',
    promises_few: 'Экспортированы {{count}} обещания.',
    promises_many: 'Экспортировано {{count}} обещаний.',
    promises_other: 'Экспортировано {{count}} обещания.',
  },
  exportFailed: 'Не удалось записать CSV: {{message}}',
  title: 'Импорт из CSV',
  what: 'Что содержит файл',
  kinds: { touchpoints: 'Точки контакта', promises: 'Обещания' },
  kindHint: {
    touchpoints:
      'Одна точка контакта в строке: этап, канал, точка контакта, подразделение, описание.',
    promises:
      'Одно обещание в строке вместе с точкой контакта, в которой оно дано. Недостающие этапы, каналы и точки контакта будут добавлены.',
  },
  chooseFile: 'Выбрать файл CSV…',
  file: 'Файл: {{name}}',
  encoding: 'Кодировка',
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1251': 'Windows-1251 (кириллица)',
    'windows-1250': 'Windows-1250 (Центральная Европа)',
  },
  detected: '{{value}} (определено автоматически)',
  separator: 'Разделитель',
  separators: { ',': 'Запятая', ';': 'Точка с запятой', '\t': 'Табуляция' },
  preview: 'Первые строки',
  line: 'Строка',
  mapping: 'Столбцы',
  mappingHint:
    'Какой столбец что содержит. Заголовки на английском, русском и польском распознаются автоматически.',
  /** The fields of an import, as the column mapping and its problems name them. */
  fields: {
    stage: 'Этап',
    channel: 'Канал',
    touchpoint: 'Точка контакта',
    department: 'Подразделение',
    description: 'Описание',
    statement: 'Текст обещания',
    source: 'Источник',
    kind: 'Тип',
    importance: 'Важность',
    metric: 'Целевой показатель',
    unit: 'Единица',
    direction: 'Направление',
    threshold: 'Порог',
    belief: 'Самооценка',
  },
  notMapped: '— нет в файле —',
  required: '{{field}} (обязательно)',
  problems_one:
    '{{count}} ошибка: исправьте файл или сопоставление столбцов. Пока хоть одна строка содержит ошибку, ничего не импортируется.',
  problems_few:
    '{{count}} ошибки: исправьте файл или сопоставление столбцов. Пока хоть одна строка содержит ошибку, ничего не импортируется.',
  problems_many:
    '{{count}} ошибок: исправьте файл или сопоставление столбцов. Пока хоть одна строка содержит ошибку, ничего не импортируется.',
  problems_other:
    '{{count}} ошибки: исправьте файл или сопоставление столбцов. Пока хоть одна строка содержит ошибку, ничего не импортируется.',
  problemLine: 'Строка {{line}}: {{message}}',
  summary: 'Готово к импорту: {{what}}.',
  nothingNew: 'Всё содержимое файла уже есть в аудите.',
  alreadyThere_one: '{{count}} строка уже есть в аудите и будет пропущена.',
  alreadyThere_few: '{{count}} строки уже есть в аудите и будут пропущены.',
  alreadyThere_many: '{{count}} строк уже есть в аудите и будут пропущены.',
  alreadyThere_other: '{{count}} строки уже есть в аудите и будут пропущены.',
  import: 'Импортировать',
  importing: 'Импорт…',
  imported: 'Импортировано: {{what}}. Ctrl+Z отменяет весь импорт.',
  historyLabel: 'импорт CSV из {{name}}',
  readFailed: 'Не удалось прочитать файл: {{message}}',
  empty: 'Файл пуст.',
} satisfies Translation<typeof en>;
