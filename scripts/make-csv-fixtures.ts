// Writes the CSV fixtures of test/fixtures/csv as spreadsheets would save them: the bytes
// matter (encodings, BOM, separators, line endings), so they are generated, not typed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

const dir = path.resolve(import.meta.dirname, '../test/fixtures/csv');
const write = (
  name: string,
  text: string,
  encoding: 'utf8' | 'win1251' | 'win1250',
  bom = false,
) => {
  const body = iconv.encode(text, encoding);
  writeFileSync(
    path.join(dir, name),
    bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body,
  );
};

write(
  'promises-utf8-bom-comma.csv',
  [
    'Stage,Channel,Touchpoint,Statement,Source,Kind,Importance,Target metric,Unit,Direction,Threshold,Belief',
    'Buy,Store,Till,"You never queue more than 5 minutes, even on Saturdays",advertising,functional,5,Queue time,min,at most,5,2',
    'Buy,Store,Till,"Receipts by email,',
    'if you wish",website,functional,2,,,,,',
    'Get help,Phone,Hotline,We answer within 60 seconds,contract,functional,4,Answer time,s,at-most,60,',
    '',
    'Discover,Website,Product page,Every price includes VAT,price-list,functional,3,,,,,3',
  ].join('\r\n') + '\r\n',
  'utf8',
  true,
);

write(
  'promises-utf8-tab.csv',
  [
    'Touchpoint\tStatement\tImportance\tBelief',
    'Till\tStaff thank every customer\t3\t4',
    'Till\tCard payments never fail\t5\t',
  ].join('\n') + '\n',
  'utf8',
);

write(
  'promises-win1251-semicolon.csv',
  [
    'Этап;Канал;Точка контакта;Обещание;Источник;Тип;Важность;Метрика;Единица;Направление;Порог;Оценка команды',
    'Покупка;Магазин;Касса;Очередь на кассе не длиннее 5 минут;Реклама;функциональное;5;Время ожидания;мин;не более;5;2',
    'Покупка;Магазин;Касса;Кассир всегда вежлив и улыбается;брендбук;эмоциональное;4;;;;;3',
    'Сервис;Телефон;Горячая линия;Ответим за 60 секунд;договор;функциональное;4;Время ответа;с;не более;60;',
    'Сервис;Сайт;Чат поддержки;"Отвечаем в чате; быстро и по делу";сайт;функциональное;3;;;;;',
  ].join('\r\n') + '\r\n',
  'win1251',
);

// A client's register as it comes: sources in the client's own words, a belief written as a
// word, an importance out of range. Nothing here refuses a row: every source keeps its text.
write(
  'promises-win1251-free-sources.csv',
  [
    'Этап;Канал;Точка контакта;Обещание;Источник;Важность;Оценка команды',
    'Покупка;Магазин;Касса;Без очередей на кассе;Слоган «Без очередей»;5;2',
    'Покупка;Магазин;Витрина;Цены как в каталоге;Каталог;3;',
    'Покупка;Сайт;Корзина;Доставка на следующий день;Закон и реклама;4;высокая',
    'Сервис;Телефон;Горячая линия;Ответим за минуту;в договоре оферты;9;3',
    'Сервис;Телефон;Горячая линия;Вежливые операторы;Рекламе;4;3',
  ].join('\r\n') + '\r\n',
  'win1251',
);

write(
  'touchpoints-win1250-semicolon.csv',
  [
    'Etap;Kanał;Punkt styku;Dział;Opis',
    'Zakup;Sklep;Kasa;Operacje sklepowe;Płatność i paragon',
    'Zakup;Strona internetowa;Koszyk;E-commerce;Zamówienie online, płatność',
    'Obsługa;Telefon;Infolinia;Obsługa klienta;Zgłoszenia i reklamacje — średni czas',
  ].join('\r\n') + '\r\n',
  'win1250',
);

write(
  'promises-bad-rows.csv',
  [
    'Stage;Channel;Touchpoint;Statement;Importance;Belief',
    'Buy;Store;Till;Fast checkout;5;3',
    'Buy;Store;Till;Friendly staff;4;',
    'Buy;Store;Till;Free parking;7;2',
    'Buy;Store;Till;Gift wrapping;3;',
    'Buy;Store;Till;;3;1',
    'Buy;Store;Till;Price match;3;9',
  ].join('\r\n') + '\r\n',
  'utf8',
);
console.log('CSV fixtures written to', dir);
