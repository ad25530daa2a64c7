/**
 * English texts of the surveys Touchstone generates from an audit's promises: what the
 * customer reads (in the survey's own language), the codebook's headings, the printed cards,
 * and the `touchstone survey` command's messages.
 */
export const survey = {
  /** The texts a new survey starts with; the team may edit them. */
  defaults: {
    title: '{{brand}}: {{name}} — tell us how we did',
    titleAudit: '{{brand}} — tell us how we did',
    titleMany_one: '{{brand}}: {{count}} touchpoint — tell us how we did',
    titleMany_other: '{{brand}}: {{count}} touchpoints — tell us how we did',
    invitation: 'Unhappy? Tell us — it is how we improve.',
    intro: 'A few questions about what we promised you. It takes two minutes.',
    openQuestion: 'What did we not do that we promised? Say it plainly — we read every answer.',
    npsQuestion: 'How likely are you to recommend {{brand}} to a friend or colleague?',
    thanks: 'Thank you. We read every answer.',
  },
  /** Shown under each promise question: what the answers measure. */
  ratingHint: {
    csat: 'How satisfied are you with this?',
    rubric: 'How well did we keep this promise?',
  },
  /** The answers a customer chooses from, by scale and code. */
  choices: {
    csat: {
      '1': 'Very dissatisfied',
      '2': 'Dissatisfied',
      '3': 'Neither satisfied nor dissatisfied',
      '4': 'Satisfied',
      '5': 'Very satisfied',
    },
    rubric: {
      '0': 'Not kept at all',
      '1': 'Poorly kept',
      '2': 'Partly kept',
      '3': 'Kept',
      '4': 'Better than promised',
    },
    npsLow: '0 — Not at all likely',
    npsHigh: '10 — Extremely likely',
  },
  /** The CSV codebook: one row per question, for any other survey tool. */
  codebook: {
    name: 'question',
    promiseId: 'promise id',
    touchpoint: 'touchpoint',
    promise: 'promise',
    wording: 'wording',
    type: 'type',
    scale: 'scale',
    answers: 'answers',
    types: { rating: 'rating', nps: 'NPS', open: 'open' },
    scales: { csat: 'CSAT 1–5', rubric: 'rubric 0–4', nps: 'NPS 0–10', text: 'free text' },
  },
  /** The printed A6 cards. */
  card: {
    scan: 'Scan to tell us',
    address: 'or open {{address}}',
  },
  /** `touchstone survey`. */
  cli: {
    missingFormat: 'Give the format with --format xlsform, limesurvey or csv.',
    badFormat: 'Unknown format “{{format}}”: use xlsform, limesurvey or csv.',
    missingOutput: 'Give the file to write with -o OUT{{extension}}.',
    badExtension: 'A {{format}} file must end in {{extension}}: “{{path}}”.',
    badScale: 'Unknown scale “{{scale}}”: use csat or rubric.',
    unknownTouchpoint: 'The audit has no touchpoint “{{name}}”. Its touchpoints:',
    ambiguousTouchpoint: '“{{name}}” names more than one touchpoint; give the id of the one you mean:',
    noPromises: 'There is nothing to ask about: the touchpoints chosen hold no promises.',
    questions_one: '{{count}} promise question',
    questions_other: '{{count}} promise questions',
    written: 'Wrote {{path}}: {{questions}}, form “{{formId}}”, version {{version}}.',
  },
} as const;
