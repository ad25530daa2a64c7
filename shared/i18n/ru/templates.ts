import type { templates as en } from '../en/templates';
import type { Translation } from '../types';

/** Russian strings of the industry templates. */
export const templates = {
  applyButton: 'Применить шаблон…',
  title: 'Применить отраслевой шаблон',
  intro:
    'Готовый набор этапов пути клиента, каналов, точек контакта и типичных обещаний. Добавляется только то, чего в аудите ещё нет; повторное применение шаблона ничего не добавит.',
  industry: 'Отрасль',
  language: 'Язык текстов',
  counts:
    'Этапы: {{stages}} · каналы: {{channels}} · точки контакта: {{touchpoints}} · обещания: {{promises}}',
  loading: 'Читаем шаблоны…',
  loadFailed: 'Не удалось прочитать шаблоны: {{message}}',
  willAdd: 'Будет добавлено: {{what}}.',
  alreadyThere_one: '{{count}} элемент уже есть в аудите и останется как есть.',
  alreadyThere_few: '{{count}} элемента уже есть в аудите и останутся как есть.',
  alreadyThere_many: '{{count}} элементов уже есть в аудите и останутся как есть.',
  alreadyThere_other: '{{count}} элемента уже есть в аудите и останутся как есть.',
  nothingNew: 'Всё содержимое этого шаблона уже есть в аудите.',
  examples: 'Некоторые обещания шаблона',
  apply: 'Применить',
  applying: 'Применяем…',
  applied: 'Из шаблона «{{industry}}» добавлено: {{what}}. Ctrl+Z отменяет это.',
  historyLabel: 'шаблон «{{industry}}»',
  startFrom: 'Основа аудита',
  emptyAudit: 'Пустой аудит',
  templateOption: 'Шаблон «{{industry}}»',
  startFromHint: 'Этапы, каналы, точки контакта и обещания отрасли на языке аудита.',
} satisfies Translation<typeof en>;
