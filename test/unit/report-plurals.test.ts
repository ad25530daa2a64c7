import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n';
import { flattenCatalogue, pluralBase } from '../../shared/i18n/keys';
import { createFormats } from '../../shared/report';
import { createReportTranslator } from '../../shared/report/i18n';
import * as sentence from '../../shared/report/sentences';

// Every sentence of the document that takes a count, built as the document builds it, at the
// counts that tell the forms apart, in the three languages, against the forms each language's
// grammar asks for (worked out here, not by Intl, so a wrong rule shows as well as a wrong word).

const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25] as const;
const LANGUAGES = ['en', 'ru', 'pl'] as const;
type Language = (typeof LANGUAGES)[number];
type Form = 'one' | 'few' | 'many';

/** The form a count takes: Russian 1, 21 (not 11) one, 2–4, 22–24 (not 12–14) few, the rest many. */
function formOf(language: Language, n: number): Form {
  if (language === 'en') return n === 1 ? 'one' : 'many';
  const few = n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);
  if (language === 'ru' && n % 10 === 1 && n % 100 !== 11) return 'one';
  if (language === 'pl' && n === 1) return 'one';
  return few ? 'few' : 'many';
}

/** A sentence's text in each form ({n} the count), and where the document says something else at 0. */
type Forms = Record<Form, string> & { zero?: string };
const byForm = (one: string, few: string, many = few): Forms => ({ one, few, many });
const always = (text: string): Forms => byForm(text, text);
const en = (one: string, other: string): Forms => byForm(one, other);

/** Each sentence: how the document builds it at a count, and what it must read in each language. */
const SENTENCES: Record<
  string,
  { build: (w: sentence.Words, n: number, t: TFunction) => string } & Record<Language, Forms>
> = {
  'coverage figure': {
    build: (w, n) => sentence.coverageNote(w, n, n),
    en: en('{n} of {n} promise observed', '{n} of {n} promises observed'),
    ru: always('проверено обещаний: {n} из {n}'),
    pl: always('zbadane obietnice: {n} z {n}'),
  },
  'evidence figure': {
    build: (w, n) => `${w.f.count(n)} ${sentence.evidenceNote(w, n)}`,
    en: en('{n} observation that counts', '{n} observations that count'),
    ru: byForm(
      '{n} учитываемое наблюдение',
      '{n} учитываемых наблюдения',
      '{n} учитываемых наблюдений',
    ),
    pl: byForm(
      '{n} uwzględniona obserwacja',
      '{n} uwzględnione obserwacje',
      '{n} uwzględnionych obserwacji',
    ),
  },
  'perception gap figure': {
    build: (w, n) => `${w.f.gap(n)} ${sentence.gapNote(w, n)}`,
    en: {
      ...en('+{n} point: team belief minus evidence', '+{n} points: team belief minus evidence'),
      zero: '0 points: team belief minus evidence',
    },
    ru: {
      ...byForm(
        '+{n} пункт: самооценка команды минус данные',
        '+{n} пункта: самооценка команды минус данные',
        '+{n} пунктов: самооценка команды минус данные',
      ),
      zero: '0 пунктов: самооценка команды минус данные',
    },
    pl: {
      ...always('+{n} pkt: samoocena zespołu minus dowody'),
      zero: '0 pkt: samoocena zespołu minus dowody',
    },
  },
  lead: {
    build: (w, n, t) =>
      sentence.leadSentence(
        w,
        { touchpoints: n, promises: n, brand: BRAND[langOf(t)] },
        { score: 62, text: t('report.summary.verdict.partly') },
      ),
    en: en(
      'Across {n} touchpoint and {n} promise, the evidence puts the alignment index of Lumen Home & Electronics at 62 out of 100: promises are only partly kept.',
      'Across {n} touchpoints and {n} promises, the evidence puts the alignment index of Lumen Home & Electronics at 62 out of 100: promises are only partly kept.',
    ),
    ru: byForm(
      'Охват аудита: {n} точка контакта, {n} обещание. По данным, индекс соответствия бренда «Банк Северный» — 62 из 100: обещания выполняются лишь частично.',
      'Охват аудита: {n} точки контакта, {n} обещания. По данным, индекс соответствия бренда «Банк Северный» — 62 из 100: обещания выполняются лишь частично.',
      'Охват аудита: {n} точек контакта, {n} обещаний. По данным, индекс соответствия бренда «Банк Северный» — 62 из 100: обещания выполняются лишь частично.',
    ),
    pl: byForm(
      'Zakres audytu: {n} punkt styku, {n} obietnica. Według dowodów indeks zgodności marki „Bank Północny” wynosi 62 na 100: obietnice są dotrzymywane tylko częściowo.',
      'Zakres audytu: {n} punkty styku, {n} obietnice. Według dowodów indeks zgodności marki „Bank Północny” wynosi 62 na 100: obietnice są dotrzymywane tylko częściowo.',
      'Zakres audytu: {n} punktów styku, {n} obietnic. Według dowodów indeks zgodności marki „Bank Północny” wynosi 62 na 100: obietnice są dotrzymywane tylko częściowo.',
    ),
  },
  'lead, nothing observed': {
    build: (w, n, t) =>
      sentence.leadSentence(w, { touchpoints: n, promises: n, brand: BRAND[langOf(t)] }, null),
    en: en(
      'Across {n} touchpoint and {n} promise, no promise has been observed yet, so the alignment of Lumen Home & Electronics cannot be scored.',
      'Across {n} touchpoints and {n} promises, no promise has been observed yet, so the alignment of Lumen Home & Electronics cannot be scored.',
    ),
    ru: byForm(
      'Охват аудита: {n} точка контакта, {n} обещание. Ни одно обещание ещё не проверено, поэтому соответствие бренда «Банк Северный» пока нельзя оценить.',
      'Охват аудита: {n} точки контакта, {n} обещания. Ни одно обещание ещё не проверено, поэтому соответствие бренда «Банк Северный» пока нельзя оценить.',
      'Охват аудита: {n} точек контакта, {n} обещаний. Ни одно обещание ещё не проверено, поэтому соответствие бренда «Банк Северный» пока нельзя оценить.',
    ),
    pl: byForm(
      'Zakres audytu: {n} punkt styku, {n} obietnica. Żadna obietnica nie została jeszcze zbadana, więc zgodności marki „Bank Północny” nie da się ocenić.',
      'Zakres audytu: {n} punkty styku, {n} obietnice. Żadna obietnica nie została jeszcze zbadana, więc zgodności marki „Bank Północny” nie da się ocenić.',
      'Zakres audytu: {n} punktów styku, {n} obietnic. Żadna obietnica nie została jeszcze zbadana, więc zgodności marki „Bank Północny” nie da się ocenić.',
    ),
  },
  'headline base': {
    build: (w, n) => sentence.headlineBase(w, n),
    en: en(
      'Counted over the {n} promise that has both a team belief and evidence.',
      'Counted over the {n} promises that have both a team belief and evidence.',
    ),
    ru: byForm(
      'Рассчитано по {n} обещанию, у которого есть и самооценка команды, и данные.',
      'Рассчитано по {n} обещаниям, у которых есть и самооценка команды, и данные.',
    ),
    pl: byForm(
      'Policzone dla {n} obietnicy, która ma zarówno samoocenę zespołu, jak i dowody.',
      'Policzone dla {n} obietnic, które mają zarówno samoocenę zespołu, jak i dowody.',
    ),
  },
  'gap, team above the evidence': {
    build: (w, n) => sentence.gapSentence(w, n),
    en: {
      ...en(
        'On like-for-like promises the team rates itself {n} point above what the evidence shows.',
        'On like-for-like promises the team rates itself {n} points above what the evidence shows.',
      ),
      zero: 'On like-for-like promises the team’s belief matches the evidence.',
    },
    ru: {
      ...byForm(
        'По одним и тем же обещаниям команда оценивает себя на {n} пункт выше, чем показывают данные.',
        'По одним и тем же обещаниям команда оценивает себя на {n} пункта выше, чем показывают данные.',
        'По одним и тем же обещаниям команда оценивает себя на {n} пунктов выше, чем показывают данные.',
      ),
      zero: 'По одним и тем же обещаниям самооценка команды совпадает с данными.',
    },
    pl: {
      ...always('Dla tych samych obietnic zespół ocenia się o {n} pkt wyżej, niż pokazują dowody.'),
      zero: 'Dla tych samych obietnic samoocena zespołu zgadza się z dowodami.',
    },
  },
  'gap, evidence above the team': {
    build: (w, n) => sentence.gapSentence(w, -n),
    en: {
      ...en(
        'On like-for-like promises the evidence is {n} point above the team’s own belief.',
        'On like-for-like promises the evidence is {n} points above the team’s own belief.',
      ),
      zero: 'On like-for-like promises the team’s belief matches the evidence.',
    },
    ru: {
      ...byForm(
        'По одним и тем же обещаниям данные на {n} пункт выше собственной оценки команды.',
        'По одним и тем же обещаниям данные на {n} пункта выше собственной оценки команды.',
        'По одним и тем же обещаниям данные на {n} пунктов выше собственной оценки команды.',
      ),
      zero: 'По одним и тем же обещаниям самооценка команды совпадает с данными.',
    },
    pl: {
      ...always('Dla tych samych obietnic dowody są o {n} pkt wyżej niż samoocena zespołu.'),
      zero: 'Dla tych samych obietnic samoocena zespołu zgadza się z dowodami.',
    },
  },
  'evidence base': {
    build: (w, n) => sentence.evidenceBase(w, { evidence: n, methods: n, waves: n }),
    en: en(
      '{n} observation counts toward the scores, from {n} method over {n} wave.',
      '{n} observations count toward the scores, from {n} methods over {n} waves.',
    ),
    ru: byForm(
      'В оценках учитывается {n} наблюдение ({n} метод, {n} волна).',
      'В оценках учитываются {n} наблюдения ({n} метода, {n} волны).',
      'В оценках учитывается {n} наблюдений ({n} методов, {n} волн).',
    ),
    pl: byForm(
      'Do wyników liczy się {n} obserwacja ({n} metoda, {n} fala).',
      'Do wyników liczą się {n} obserwacje ({n} metody, {n} fale).',
      'Do wyników liczy się {n} obserwacji ({n} metod, {n} fal).',
    ),
  },
  'left out of the scores': {
    build: (w, n) => sentence.excludedSentence(w, n, 'R'),
    en: en(
      '{n} further observation was recorded and is left out of the scores (R).',
      '{n} further observations were recorded and are left out of the scores (R).',
    ),
    ru: byForm(
      'Ещё {n} наблюдение записано, но не учитывается в оценках (R).',
      'Ещё {n} наблюдения записаны, но не учитываются в оценках (R).',
      'Ещё {n} наблюдений записаны, но не учитываются в оценках (R).',
    ),
    pl: byForm(
      'Jeszcze {n} obserwację zapisano, ale nie liczy się do wyników (R).',
      'Jeszcze {n} obserwacje zapisano, ale nie liczą się do wyników (R).',
      'Jeszcze {n} obserwacji zapisano, ale nie liczą się do wyników (R).',
    ),
  },
  'information gaps, none observed': {
    build: (w, n) => sentence.gapsSentence(w, n, 0),
    en: {
      ...en('{n} promise has no evidence yet. It is:', '{n} promises have no evidence yet. {list}'),
      zero: 'Every promise has at least adequate evidence.',
    },
    ru: {
      ...byForm(
        '{n} обещание ещё не проверено. {list}',
        '{n} обещания ещё не проверены. {list}',
        '{n} обещаний ещё не проверены. {list}',
      ),
      zero: 'По каждому обещанию данных как минимум достаточно.',
    },
    pl: {
      ...byForm(
        '{n} obietnica nie ma jeszcze dowodów. {list}',
        '{n} obietnice nie mają jeszcze dowodów. {list}',
        '{n} obietnic nie ma jeszcze dowodów. {list}',
      ),
      zero: 'Każda obietnica ma co najmniej wystarczające dowody.',
    },
  },
  'information gaps, thin evidence': {
    build: (w, n) => sentence.gapsSentence(w, 0, n),
    en: {
      ...en(
        '{n} promise rests on thin evidence. {list}',
        '{n} promises rest on thin evidence. {list}',
      ),
      zero: 'Every promise has at least adequate evidence.',
    },
    ru: {
      ...byForm(
        '{n} обещание опирается на скудные данные. {list}',
        '{n} обещания опираются на скудные данные. {list}',
        '{n} обещаний опираются на скудные данные. {list}',
      ),
      zero: 'По каждому обещанию данных как минимум достаточно.',
    },
    pl: {
      ...byForm(
        '{n} obietnica opiera się na słabych dowodach. {list}',
        '{n} obietnice opierają się na słabych dowodach. {list}',
        '{n} obietnic opiera się na słabych dowodach. {list}',
      ),
      zero: 'Każda obietnica ma co najmniej wystarczające dowody.',
    },
  },
  'information gaps, both': {
    build: (w, n) => sentence.gapsSentence(w, n, n),
    en: {
      ...en(
        '{n} promise has no evidence yet and {n} promise rests on thin evidence. The most important of them:',
        '{n} promises have no evidence yet and {n} promises rest on thin evidence. The most important of them:',
      ),
      zero: 'Every promise has at least adequate evidence.',
    },
    ru: {
      ...byForm(
        '{n} обещание ещё не проверено, а {n} обещание опирается на скудные данные. Самые важные из них:',
        '{n} обещания ещё не проверены, а {n} обещания опираются на скудные данные. Самые важные из них:',
        '{n} обещаний ещё не проверены, а {n} обещаний опираются на скудные данные. Самые важные из них:',
      ),
      zero: 'По каждому обещанию данных как минимум достаточно.',
    },
    pl: {
      ...byForm(
        '{n} obietnica nie ma jeszcze dowodów, a {n} obietnica opiera się na słabych dowodach. Najważniejsze z nich:',
        '{n} obietnice nie mają jeszcze dowodów, a {n} obietnice opierają się na słabych dowodach. Najważniejsze z nich:',
        '{n} obietnic nie ma jeszcze dowodów, a {n} obietnic opiera się na słabych dowodach. Najważniejsze z nich:',
      ),
      zero: 'Każda obietnica ma co najmniej wystarczające dowody.',
    },
  },
  'recency rule': {
    build: (w, n) => sentence.recencyRule(w, n),
    en: en(
      'A promise’s alignment is the mean of its evidence on 0–100. Recent evidence weighs more: an observation {n} day older than the latest evidence weighs half as much.',
      'A promise’s alignment is the mean of its evidence on 0–100. Recent evidence weighs more: an observation {n} days older than the latest evidence weighs half as much.',
    ),
    ru: byForm(
      'Соответствие обещания — среднее его данных по шкале 0–100. Более свежие данные весят больше: наблюдение, которое на {n} день старше последних данных, весит вдвое меньше.',
      'Соответствие обещания — среднее его данных по шкале 0–100. Более свежие данные весят больше: наблюдение, которое на {n} дня старше последних данных, весит вдвое меньше.',
      'Соответствие обещания — среднее его данных по шкале 0–100. Более свежие данные весят больше: наблюдение, которое на {n} дней старше последних данных, весит вдвое меньше.',
    ),
    pl: byForm(
      'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {n} dzień od najnowszych dowodów waży o połowę mniej.',
      'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {n} dni od najnowszych dowodów waży o połowę mniej.',
    ),
  },
  'strength rule': {
    build: (w, n) => sentence.strengthRule(w, { thin: n, adequate: n, strong: n }),
    en: always(
      'Evidence strength, by the number of observations that count: thin from {n}, adequate from {n}, strong from {n}. A promise with no evidence is “not yet observed”, never 0.',
    ),
    ru: always(
      'Надёжность данных по числу учитываемых наблюдений: мало — от {n}, достаточно — от {n}, надёжно — от {n}. Обещание без данных — «ещё не проверено», а не 0.',
    ),
    pl: always(
      'Siła dowodów według liczby uwzględnionych obserwacji: słabe od {n}, wystarczające od {n}, mocne od {n}. Obietnica bez dowodów jest „jeszcze niezbadana”, nigdy 0.',
    ),
  },
  'touchpoint line': {
    build: (w, n) => sentence.findingsLine(w, { score: 62, observed: n, promises: n, evidence: n }),
    en: en(
      'Score 62 · {n} of {n} promise observed · {n} observation',
      'Score 62 · {n} of {n} promises observed · {n} observations',
    ),
    ru: byForm(
      'Оценка 62 · проверено обещаний: {n} из {n} · {n} наблюдение',
      'Оценка 62 · проверено обещаний: {n} из {n} · {n} наблюдения',
      'Оценка 62 · проверено обещаний: {n} из {n} · {n} наблюдений',
    ),
    pl: byForm(
      'Wynik 62 · zbadane obietnice: {n} z {n} · {n} obserwacja',
      'Wynik 62 · zbadane obietnice: {n} z {n} · {n} obserwacje',
      'Wynik 62 · zbadane obietnice: {n} z {n} · {n} obserwacji',
    ),
  },
  'touchpoint line, not observed': {
    build: (w, n) =>
      sentence.findingsLine(w, { score: null, observed: 0, promises: n, evidence: 0 }),
    en: en('Not yet observed · {n} promise', 'Not yet observed · {n} promises'),
    ru: byForm(
      'Ещё не проверено · {n} обещание',
      'Ещё не проверено · {n} обещания',
      'Ещё не проверено · {n} обещаний',
    ),
    pl: byForm(
      'Jeszcze niezbadany · {n} obietnica',
      'Jeszcze niezbadany · {n} obietnice',
      'Jeszcze niezbadany · {n} obietnic',
    ),
  },
  'strength mix': {
    build: (w, n, t) => sentence.strengthCount(w, n, t('report.strength.strong').toLowerCase()),
    en: always('{n} strong'),
    ru: always('надёжно: {n}'),
    pl: always('mocne: {n}'),
  },
  'plan lead': {
    build: (w, n) => sentence.planIntro(w, n),
    en: {
      ...en(
        '{n} action closes the gaps found, in order of gap severity. Each states where the promise stands today and where it must be.',
        '{n} actions close the gaps found, in order of gap severity. Each states where the promise stands today and where it must be.',
      ),
      zero: 'No actions have been written yet.',
    },
    ru: {
      ...byForm(
        '{n} мероприятие закрывает выявленные разрывы, по порядку серьёзности разрыва. Для каждого указано, где обещание находится сегодня и где оно должно быть.',
        '{n} мероприятия закрывают выявленные разрывы, по порядку серьёзности разрыва. Для каждого указано, где обещание находится сегодня и где оно должно быть.',
        '{n} мероприятий закрывают выявленные разрывы, по порядку серьёзности разрыва. Для каждого указано, где обещание находится сегодня и где оно должно быть.',
      ),
      zero: 'Мероприятия ещё не составлены.',
    },
    pl: {
      ...byForm(
        '{n} działanie zamyka znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
        '{n} działania zamykają znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
        '{n} działań zamyka znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
      ),
      zero: 'Nie zapisano jeszcze żadnych działań.',
    },
  },
  'appendix lead': {
    build: (w, n) => sentence.appendixIntro(w, n, n),
    en: {
      ...en(
        'The {n} observation recorded, by promise and date.',
        'All {n} observations recorded, by promise and date.',
      ),
      zero: 'No evidence has been recorded yet.',
    },
    ru: {
      ...always('Наблюдения по обещаниям и датам; всего записано: {n}.'),
      zero: 'Данные ещё не записаны.',
    },
    pl: {
      ...always('Obserwacje według obietnic i dat; łącznie zapisano: {n}.'),
      zero: 'Nie zapisano jeszcze żadnych dowodów.',
    },
  },
  'measurements within target': {
    build: (w, n) => sentence.withinTarget(w, n, n),
    en: {
      ...en('{n} of {n} measurement within target', '{n} of {n} measurements within target'),
      zero: 'not measured yet',
    },
    ru: {
      ...byForm('в пределах цели: {n} из {n} измерения', 'в пределах цели: {n} из {n} измерений'),
      zero: 'измерений пока нет',
    },
    pl: {
      ...byForm('w granicach celu: {n} z {n} pomiaru', 'w granicach celu: {n} z {n} pomiarów'),
      zero: 'brak jeszcze pomiarów',
    },
  },
  'change between waves': {
    build: (w, n) => sentence.waveChange(w, { from: 1, to: 2, base: n, before: 47.5, after: 55 }),
    en: {
      ...en(
        'From wave 1 to wave 2, over the {n} promise observed in both, the score moved from 48 to 55 (+7).',
        'From wave 1 to wave 2, over the {n} promises observed in both, the score moved from 48 to 55 (+7).',
      ),
      zero: 'No promise is observed in both wave 1 and wave 2, so their scores are not compared.',
    },
    ru: {
      ...byForm(
        'С волны 1 по волну 2, по {n} обещанию, проверенному в обеих, оценка изменилась с 48 до 55 (+7).',
        'С волны 1 по волну 2, по {n} обещаниям, проверенным в обеих, оценка изменилась с 48 до 55 (+7).',
      ),
      zero: 'Ни одно обещание не проверено и в волне 1, и в волне 2, поэтому их оценки не сравниваются.',
    },
    pl: {
      ...byForm(
        'Od fali 1 do fali 2, dla {n} obietnicy zbadanej w obu, wynik zmienił się z 48 na 55 (+7).',
        'Od fali 1 do fali 2, dla {n} obietnic zbadanych w obu, wynik zmienił się z 48 na 55 (+7).',
      ),
      zero: 'Żadna obietnica nie jest zbadana zarówno w fali 1, jak i w fali 2, więc ich wyniki nie są porównywane.',
    },
  },
};

const BRAND: Record<Language, string> = {
  en: 'Lumen Home & Electronics',
  ru: 'Банк Северный',
  pl: 'Bank Północny',
};
const translators = Object.fromEntries(
  LANGUAGES.map((l) => [l, createReportTranslator(l).t]),
) as Record<Language, TFunction>;
const langOf = (t: TFunction): Language => LANGUAGES.find((l) => translators[l] === t)!;

/** The list lead after the information gaps: "It is:" for exactly one promise, else "the most important". */
const LIST: Record<Language, [single: string, many: string]> = {
  en: ['It is:', 'The most important of them:'],
  ru: ['Вот оно:', 'Самые важные из них:'],
  pl: ['Oto ona:', 'Najważniejsze z nich:'],
};

describe.each(LANGUAGES)('the document’s sentences with a count, in %s', (language) => {
  const t = translators[language];
  const words: sentence.Words = { t, f: createFormats(language) };

  it.each(Object.keys(SENTENCES))('%s, at 0, 1, 2, 5, 11, 21, 22 and 25', (name) => {
    const { build, [language]: forms } = SENTENCES[name]!;
    const built = COUNTS.map((n) => build(words, n, t));
    const expected = COUNTS.map((n) =>
      n === 0 && forms.zero !== undefined
        ? forms.zero
        : forms[formOf(language, n)]
            .replaceAll('{n}', String(n))
            .replace('{list}', LIST[language][n === 1 ? 0 : 1]),
    );
    expect(built).toEqual(expected);
  });
});

describe('the sweep', () => {
  it('builds every sentence of the document that takes a plural form', () => {
    const used = new Set<string>();
    for (const language of LANGUAGES) {
      const t = ((key: string, values?: Record<string, unknown>) => {
        used.add(key);
        return translators[language](key, values as never);
      }) as unknown as TFunction;
      const words: sentence.Words = { t, f: createFormats(language) };
      for (const { build } of Object.values(SENTENCES))
        for (const n of COUNTS) build(words, n, translators[language]);
    }
    const plurals = new Set(
      [...flattenCatalogue(CATALOGUES.en).keys()]
        .map((k) => pluralBase(k)?.base)
        .filter((b): b is string => !!b && b.startsWith('report.')),
    );
    expect([...plurals].filter((base) => !used.has(base))).toEqual([]);
  });

  it('leaves no “(s)” for a reader to sort out, and names no brand in a case of its own', () => {
    for (const language of LANGUAGES) {
      const texts = [...flattenCatalogue(CATALOGUES[language]).entries()].filter(([k]) =>
        k.startsWith('report.'),
      );
      expect(
        texts.filter(([, text]) => /\(s\)|’s\b.*\{\{brand\}\}|\{\{brand\}\}’s/.test(text)),
      ).toEqual([]);
    }
  });
});
