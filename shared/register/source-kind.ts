import {
  NO_SOURCE,
  PROMISE_SOURCE_KINDS,
  type PromiseSource,
  type PromiseSourceKind,
} from '../domain';
import { foldKey } from './csv-fields';

/**
 * How a source written in words (a register's "Source" column: "Реклама", "Slogan 'No queues'",
 * "umowie ramowej") finds its kind. Each kind is named by phrases of word stems in English,
 * Russian and Polish: a word matches a stem when it starts with it, so one stem covers a word's
 * inflections ("реклам" is реклама, рекламе, рекламный…; "umow" is umowa, umowie, umowy…); a
 * stem written `=ad` must be the whole word. Stems are compared folded (foldKey: lower case, no
 * accents, ł as l), as headers are.
 */
const PHRASES: Record<PromiseSourceKind, readonly string[]> = {
  advertising: [
    // English
    'advert',
    '=ad',
    '=ads',
    'slogan',
    'tagline',
    'billboard',
    'banner',
    'campaign',
    'leaflet',
    'flyer',
    'poster',
    'promo',
    'marketing',
    '=tv',
    // Russian
    'реклам',
    'слоган',
    'лозунг',
    'баннер',
    'билборд',
    'листовк',
    'флаер',
    'плакат',
    'промо',
    'акци',
    'маркетинг',
    // Polish
    'reklam',
    'baner',
    'ulotk',
    'plakat',
    'promocj',
    'kampani',
    'gazetk',
  ],
  website: [
    'website',
    '=web',
    '=site',
    '=sites',
    'webpage',
    'homepage',
    '=www',
    'internet',
    'landing page',
    'сайт',
    '=веб',
    'веб сайт',
    'лендинг',
    '=strona',
    '=stronie',
    'stron internet',
    'stron www',
    'stron glown',
  ],
  contract: [
    'contract',
    'agreement',
    'terms',
    'warrant',
    'guarantee',
    'договор',
    'оферт',
    'соглашени',
    'гаранти',
    'umow',
    'regulamin',
    'gwaranc',
    'warunk',
  ],
  'staff-script': [
    'script',
    'staff script',
    'service standard',
    'скрипт',
    'стандарт обслуж',
    'skrypt',
    'scenariusz',
    'standard obslug',
  ],
  'brand-guideline': [
    'guideline',
    'brand guideline',
    'brand book',
    'brandbook',
    'brand guide',
    'brand manual',
    'brand platform',
    'брендбук',
    'бренд бук',
    'гайдлайн',
    'платформ бренд',
    'фирмен стил',
    'ksieg mark',
    'ksieg znak',
    'wytyczn mark',
    'platform mark',
    'identyfikacj wizualn',
  ],
  'price-list': [
    'price list',
    'pricelist',
    'tariff',
    'rate card',
    'прайс',
    'прайс лист',
    'прейскурант',
    'тариф',
    'ценник',
    'cennik',
    'taryf',
    'list cen',
  ],
  other: [
    '=other',
    '=misc',
    '=другое',
    '=прочее',
    '=иное',
    '=inne',
    '=inny',
    '=inna',
    '=pozostale',
  ],
};

/** Words that start like a kind's stem but mean something else: a complaint is no advertising. */
const NOT_A_KIND = ['reklamac', 'рекламац'].map(foldKey);

interface Stem {
  text: string;
  whole: boolean;
}

const VOCABULARY: { kind: PromiseSourceKind; stems: Stem[] }[] = PROMISE_SOURCE_KINDS.flatMap(
  (kind) =>
    PHRASES[kind].map((phrase) => ({
      kind,
      stems: phrase.split(' ').map((word) => ({
        text: foldKey(word.replace(/^=/, '')),
        whole: word.startsWith('='),
      })),
    })),
);

/** The words of a text, folded: letters and digits, split at anything else. */
function wordsOf(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const matches = (word: string, stem: Stem) =>
  stem.whole ? word === stem.text : word.startsWith(stem.text);

/**
 * The kind a text names, and whether it names nothing more: the earliest phrase in the text
 * that names a kind wins (the longer of two starting at the same word). Null when none does.
 */
export function sourceKindNamed(text: string): { kind: PromiseSourceKind; whole: boolean } | null {
  const words = wordsOf(text);
  for (let at = 0; at < words.length; at++) {
    if (NOT_A_KIND.some((prefix) => words[at]!.startsWith(prefix))) continue;
    let best: { kind: PromiseSourceKind; length: number } | null = null;
    for (const { kind, stems } of VOCABULARY) {
      if (stems.length <= (best?.length ?? 0)) continue;
      if (stems.every((stem, i) => words[at + i] !== undefined && matches(words[at + i]!, stem)))
        best = { kind, length: stems.length };
    }
    if (best) return { kind: best.kind, whole: at === 0 && best.length === words.length };
  }
  return null;
}

/**
 * A source read from a spreadsheet cell, which never refuses a value: a cell that only names
 * a kind ("Реклама", "price list", "umowie") sets the kind; any other text is kept as the
 * source's own words, with the kind it names ("Slogan 'No queues'" is advertising), else
 * "other". An empty cell is a source nobody has named.
 */
export function readSource(value: string): PromiseSource {
  const text = value.trim();
  if (!text) return NO_SOURCE;
  const named = sourceKindNamed(text);
  if (named?.whole) return { kind: named.kind, text: '' };
  return { kind: named?.kind ?? 'other', text };
}

/**
 * A source as one line of text: its kind's name (`kindName` says it in the reader's language)
 * and its own words, "Advertising · Slogan 'No queues'"; either alone when the other is not
 * known, and empty when neither is.
 */
export function sourceLine(
  source: PromiseSource,
  kindName: (kind: PromiseSourceKind) => string,
): string {
  const words = source.text.trim();
  if (!source.kind) return words;
  if (!words) return kindName(source.kind);
  return `${kindName(source.kind)} · ${words}`;
}
