import type { Translation } from '../types';
import type { survey as en } from '../en/survey';

/** Опросы, которые Touchstone составляет из обещаний аудита. */
export const survey = {
  defaults: {
    title: '{{brand}}: {{name}} — расскажите, как мы справились',
    titleAudit: '{{brand}} — расскажите, как мы справились',
    titleMany_one: '{{brand}}: {{count}} точка контакта — расскажите, как мы справились',
    titleMany_few: '{{brand}}: {{count}} точки контакта — расскажите, как мы справились',
    titleMany_many: '{{brand}}: {{count}} точек контакта — расскажите, как мы справились',
    titleMany_other: '{{brand}}: {{count}} точки контакта — расскажите, как мы справились',
    invitation: 'Недовольны? Скажите нам — так мы становимся лучше.',
    intro: 'Несколько вопросов о том, что мы вам обещали. Это займёт две минуты.',
    openQuestion: 'Что мы обещали, но не сделали? Скажите прямо — мы читаем каждый ответ.',
    npsQuestion: 'Насколько вероятно, что вы порекомендуете {{brand}} другу или коллеге?',
    thanks: 'Спасибо. Мы читаем каждый ответ.',
  },
  ratingHint: {
    csat: 'Насколько вас это устраивает?',
    rubric: 'Насколько хорошо мы сдержали это обещание?',
  },
  choices: {
    csat: {
      '1': 'Совсем не устраивает',
      '2': 'Скорее не устраивает',
      '3': 'Ни да ни нет',
      '4': 'Скорее устраивает',
      '5': 'Полностью устраивает',
    },
    rubric: {
      '0': 'Совсем не сдержали',
      '1': 'Сдержали плохо',
      '2': 'Сдержали частично',
      '3': 'Сдержали',
      '4': 'Лучше, чем обещали',
    },
    npsLow: '0 — совсем маловероятно',
    npsHigh: '10 — очень вероятно',
  },
  codebook: {
    name: 'вопрос',
    promiseId: 'идентификатор обещания',
    touchpoint: 'точка контакта',
    promise: 'обещание',
    wording: 'формулировка',
    type: 'тип',
    scale: 'шкала',
    answers: 'ответы',
    types: { rating: 'оценка', nps: 'NPS', open: 'открытый' },
    scales: { csat: 'CSAT 1–5', rubric: 'шкала 0–4', nps: 'NPS 0–10', text: 'свободный текст' },
  },
  card: {
    scan: 'Отсканируйте и расскажите нам',
    address: 'или откройте {{address}}',
  },
  cli: {
    missingFormat: 'Укажите формат: --format xlsform, limesurvey или csv.',
    badFormat: 'Неизвестный формат «{{format}}»: используйте xlsform, limesurvey или csv.',
    missingOutput: 'Укажите файл для записи: -o ФАЙЛ{{extension}}.',
    badExtension: 'Файл {{format}} должен оканчиваться на {{extension}}: «{{path}}».',
    badScale: 'Неизвестная шкала «{{scale}}»: используйте csat или rubric.',
    unknownTouchpoint: 'В аудите нет точки контакта «{{name}}». Его точки контакта:',
    ambiguousTouchpoint:
      '«{{name}}» — имя нескольких точек контакта; укажите id нужной:',
    noPromises: 'Спрашивать не о чем: у выбранных точек контакта нет обещаний.',
    questions_one: '{{count}} вопрос об обещаниях',
    questions_few: '{{count}} вопроса об обещаниях',
    questions_many: '{{count}} вопросов об обещаниях',
    questions_other: '{{count}} вопроса об обещаниях',
    written: 'Записан {{path}}: {{questions}}, форма «{{formId}}», версия {{version}}.',
  },
} satisfies Translation<typeof en>;
