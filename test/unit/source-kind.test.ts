import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource, sourceKindNamed, sourceLine } from '../../shared/register/source-kind';

const kindOnly = (kind: string) => ({ kind, text: '' });
const kindAndText = (kind: string, text: string) => ({ kind, text });

describe('a source written in words finds its kind', () => {
  it('in English, in any inflection, and from the kinds’ codes an older export wrote', () => {
    expect(readSource('Advertising')).toEqual(kindOnly('advertising'));
    expect(readSource('adverts')).toEqual(kindOnly('advertising'));
    expect(readSource('Websites')).toEqual(kindOnly('website'));
    expect(readSource('Price lists')).toEqual(kindOnly('price-list'));
    expect(readSource('staff-script')).toEqual(kindOnly('staff-script'));
    expect(readSource('brand-guideline')).toEqual(kindOnly('brand-guideline'));
    expect(readSource('Contracts')).toEqual(kindOnly('contract'));
    expect(readSource('other')).toEqual(kindOnly('other'));
  });

  it('in English, by synonyms, keeping the words that say more', () => {
    expect(readSource("Slogan 'No queues'")).toEqual(
      kindAndText('advertising', "Slogan 'No queues'"),
    );
    expect(readSource('TV ads, spring 2026')).toEqual(
      kindAndText('advertising', 'TV ads, spring 2026'),
    );
    expect(readSource('Terms and conditions §4')).toEqual(
      kindAndText('contract', 'Terms and conditions §4'),
    );
    expect(readSource('Brand book, p. 12')).toEqual(
      kindAndText('brand-guideline', 'Brand book, p. 12'),
    );
    expect(readSource('Tariff sheet')).toEqual(kindAndText('price-list', 'Tariff sheet'));
    expect(readSource('Call script v3')).toEqual(kindAndText('staff-script', 'Call script v3'));
  });

  it('in Russian, in its cases and by synonyms', () => {
    for (const word of ['Реклама', 'рекламе', 'рекламы', 'РЕКЛАМОЙ'])
      expect(readSource(word), word).toEqual(kindOnly('advertising'));
    expect(readSource('Сайте')).toEqual(kindOnly('website'));
    expect(readSource('веб-сайт')).toEqual(kindOnly('website'));
    expect(readSource('Прайс-листе')).toEqual(kindOnly('price-list'));
    expect(readSource('прейскуранте')).toEqual(kindOnly('price-list'));
    expect(readSource('Брендбуке')).toEqual(kindOnly('brand-guideline'));
    expect(readSource('гайдлайны')).toEqual(kindOnly('brand-guideline'));
    expect(readSource('Договоре')).toEqual(kindOnly('contract'));
    expect(readSource('Другое')).toEqual(kindOnly('other'));
    expect(readSource('Слоган «Без очередей»')).toEqual(
      kindAndText('advertising', 'Слоган «Без очередей»'),
    );
    expect(readSource('в договоре оферты')).toEqual(kindAndText('contract', 'в договоре оферты'));
    expect(readSource('Скрипт продаж')).toEqual(kindAndText('staff-script', 'Скрипт продаж'));
    expect(readSource('Тарифы на связь')).toEqual(kindAndText('price-list', 'Тарифы на связь'));
  });

  it('in Polish, in its cases and by synonyms', () => {
    for (const word of ['Reklama', 'reklamie', 'reklamą', 'REKLAMY'])
      expect(readSource(word), word).toEqual(kindOnly('advertising'));
    expect(readSource('umowie')).toEqual(kindOnly('contract'));
    expect(readSource('Regulaminie')).toEqual(kindOnly('contract'));
    expect(readSource('cenniku')).toEqual(kindOnly('price-list'));
    expect(readSource('Księga marki')).toEqual(kindOnly('brand-guideline'));
    expect(readSource('księdze marki')).toEqual(kindAndText('other', 'księdze marki'));
    expect(readSource('strona internetowa')).toEqual(kindOnly('website'));
    expect(readSource('Stronie')).toEqual(kindOnly('website'));
    expect(readSource('Inne')).toEqual(kindOnly('other'));
    expect(readSource('Umowa ramowa, pkt 7')).toEqual(
      kindAndText('contract', 'Umowa ramowa, pkt 7'),
    );
    expect(readSource('w reklamie telewizyjnej')).toEqual(
      kindAndText('advertising', 'w reklamie telewizyjnej'),
    );
    expect(readSource('Gazetka promocyjna')).toEqual(
      kindAndText('advertising', 'Gazetka promocyjna'),
    );
    expect(readSource('Skrypt rozmowy')).toEqual(kindAndText('staff-script', 'Skrypt rozmowy'));
  });

  it('keeps any other value as the source’s words, of kind other, and a complaint is no advertising', () => {
    expect(readSource('Catalogue')).toEqual(kindAndText('other', 'Catalogue'));
    expect(readSource('Каталог')).toEqual(kindAndText('other', 'Каталог'));
    expect(readSource('Рекламация клиента')).toEqual(kindAndText('other', 'Рекламация клиента'));
    expect(readSource('reklamacja')).toEqual(kindAndText('other', 'reklamacja'));
    expect(readSource('   ')).toEqual({ kind: null, text: '' });
  });

  it('takes the kind named first when a value names two', () => {
    expect(readSource('Law and advertising')).toEqual(
      kindAndText('advertising', 'Law and advertising'),
    );
    expect(readSource('Закон и реклама')).toEqual(kindAndText('advertising', 'Закон и реклама'));
    expect(readSource('Website and contract')).toEqual(
      kindAndText('website', 'Website and contract'),
    );
    expect(sourceKindNamed('umowa i reklama')).toEqual({ kind: 'contract', whole: false });
  });

  it('never loses what was written: the words are kept unless they only name the kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (value) => {
        const source = readSource(value);
        if (value.trim() === '') expect(source).toEqual({ kind: null, text: '' });
        else if (source.text === '') expect(sourceKindNamed(value)).toMatchObject({ whole: true });
        else expect(source).toMatchObject({ kind: expect.any(String), text: value.trim() });
      }),
    );
  });

  it('is shown as one line: the kind’s name and the words', () => {
    const name = (kind: string) => kind.toUpperCase();
    expect(sourceLine({ kind: 'advertising', text: 'Slogan' }, name)).toBe('ADVERTISING · Slogan');
    expect(sourceLine({ kind: 'contract', text: '' }, name)).toBe('CONTRACT');
    expect(sourceLine({ kind: null, text: 'Catalogue' }, name)).toBe('Catalogue');
    expect(sourceLine({ kind: null, text: '' }, name)).toBe('');
  });
});
