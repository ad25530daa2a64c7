import type { Translation } from '../types';
import type { survey as en } from '../en/survey';

/** Ankiety, które Touchstone układa z obietnic audytu. */
export const survey = {
  defaults: {
    title: '{{brand}}: {{name}} — powiedz nam, jak nam poszło',
    titleAudit: '{{brand}} — powiedz nam, jak nam poszło',
    titleMany_one: '{{brand}}: {{count}} punkt styku — powiedz nam, jak nam poszło',
    titleMany_few: '{{brand}}: {{count}} punkty styku — powiedz nam, jak nam poszło',
    titleMany_many: '{{brand}}: {{count}} punktów styku — powiedz nam, jak nam poszło',
    titleMany_other: '{{brand}}: {{count}} punktu styku — powiedz nam, jak nam poszło',
    invitation: 'Coś nie tak? Powiedz nam — dzięki temu stajemy się lepsi.',
    intro: 'Kilka pytań o to, co Ci obiecaliśmy. Zajmie to dwie minuty.',
    openQuestion: 'Czego nie zrobiliśmy, choć obiecaliśmy? Napisz wprost — czytamy każdą odpowiedź.',
    npsQuestion: 'Jak bardzo prawdopodobne jest, że polecisz {{brand}} znajomemu lub współpracownikowi?',
    thanks: 'Dziękujemy. Czytamy każdą odpowiedź.',
  },
  ratingHint: {
    csat: 'Na ile Cię to zadowala?',
    rubric: 'Na ile dotrzymaliśmy tej obietnicy?',
  },
  choices: {
    csat: {
      '1': 'Zdecydowanie nie zadowala',
      '2': 'Raczej nie zadowala',
      '3': 'Ani tak, ani nie',
      '4': 'Raczej zadowala',
      '5': 'Zdecydowanie zadowala',
    },
    rubric: {
      '0': 'Zupełnie niedotrzymana',
      '1': 'Słabo dotrzymana',
      '2': 'Częściowo dotrzymana',
      '3': 'Dotrzymana',
      '4': 'Lepiej, niż obiecano',
    },
    npsLow: '0 — zupełnie nieprawdopodobne',
    npsHigh: '10 — bardzo prawdopodobne',
  },
  codebook: {
    name: 'pytanie',
    promiseId: 'id obietnicy',
    touchpoint: 'punkt styku',
    promise: 'obietnica',
    wording: 'sformułowanie',
    type: 'typ',
    scale: 'skala',
    answers: 'odpowiedzi',
    types: { rating: 'ocena', nps: 'NPS', open: 'otwarte' },
    scales: { csat: 'CSAT 1–5', rubric: 'skala 0–4', nps: 'NPS 0–10', text: 'dowolny tekst' },
  },
  card: {
    scan: 'Zeskanuj i powiedz nam',
    address: 'lub otwórz {{address}}',
  },
  cli: {
    missingFormat: 'Podaj format: --format xlsform, limesurvey lub csv.',
    badFormat: 'Nieznany format „{{format}}”: użyj xlsform, limesurvey lub csv.',
    missingOutput: 'Podaj plik do zapisu: -o PLIK{{extension}}.',
    badExtension: 'Plik {{format}} musi kończyć się na {{extension}}: „{{path}}”.',
    badScale: 'Nieznana skala „{{scale}}”: użyj csat lub rubric.',
    unknownTouchpoint: 'Audyt nie ma punktu styku „{{name}}”. Jego punkty styku:',
    ambiguousTouchpoint: '„{{name}}” to nazwa kilku punktów styku; podaj id tego, o który chodzi:',
    noPromises: 'Nie ma o co pytać: wybrane punkty styku nie mają obietnic.',
    questions_one: '{{count}} pytanie o obietnice',
    questions_few: '{{count}} pytania o obietnice',
    questions_many: '{{count}} pytań o obietnice',
    questions_other: '{{count}} pytania o obietnice',
    written: 'Zapisano {{path}}: {{questions}}, formularz „{{formId}}”, wersja {{version}}.',
  },
} satisfies Translation<typeof en>;
