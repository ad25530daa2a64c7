import type { csv as en } from '../en/csv';
import type { Translation } from '../types';

/** Polish strings of the register's CSV import and export. */
export const csv = {
  importButton: 'Importuj CSV…',
  exportTouchpoints: 'Eksportuj punkty styku (CSV)',
  exportPromises: 'Eksportuj obietnice (CSV)',
  fileName: { touchpoints: 'punkty-styku', promises: 'obietnice' },
  exported: {
    touchpoints_one: 'Wyeksportowano {{count}} punkt styku.',
    touchpoints_few: 'Wyeksportowano {{count}} punkty styku.',
    touchpoints_many: 'Wyeksportowano {{count}} punktów styku.',
    touchpoints_other: 'Wyeksportowano {{count}} punktu styku.',
    promises_one: 'Wyeksportowano {{count}} obietnicę.',
    promises_few: 'Wyeksportowano {{count}} obietnice.',
    promises_many: 'Wyeksportowano {{count}} obietnic.',
    promises_other: 'Wyeksportowano {{count}} obietnicy.',
  },
  exportFailed: 'Nie udało się zapisać pliku CSV: {{message}}',
  title: 'Import z pliku CSV',
  what: 'Co zawiera plik',
  kinds: { touchpoints: 'Punkty styku', promises: 'Obietnice' },
  kindHint: {
    touchpoints: 'Jeden punkt styku w wierszu: etap, kanał, punkt styku, dział, opis.',
    promises:
      'Jedna obietnica w wierszu, razem z punktem styku, w którym jest składana. Brakujące etapy, kanały i punkty styku zostaną dodane.',
  },
  chooseFile: 'Wybierz plik CSV…',
  file: 'Plik: {{name}}',
  encoding: 'Kodowanie',
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1251': 'Windows-1251 (cyrylica)',
    'windows-1250': 'Windows-1250 (Europa Środkowa)',
  },
  detected: '{{value}} (wykryto)',
  separator: 'Separator',
  separators: { ',': 'Przecinek', ';': 'Średnik', '\t': 'Tabulator' },
  preview: 'Pierwsze wiersze',
  line: 'Wiersz',
  mapping: 'Kolumny',
  mappingHint:
    'Która kolumna co zawiera. Nagłówki po angielsku, rosyjsku i polsku są rozpoznawane automatycznie.',
  /** The fields of an import, as the column mapping and its problems name them. */
  fields: {
    stage: 'Etap',
    channel: 'Kanał',
    touchpoint: 'Punkt styku',
    department: 'Dział',
    description: 'Opis',
    statement: 'Treść obietnicy',
    source: 'Źródło',
    sourceKind: 'Rodzaj źródła',
    customerWording: 'Pytanie do klienta',
    kind: 'Rodzaj',
    importance: 'Waga',
    metric: 'Wskaźnik docelowy',
    unit: 'Jednostka',
    direction: 'Kierunek',
    threshold: 'Próg',
    belief: 'Samoocena',
  },
  notMapped: '— brak w pliku —',
  required: '{{field}} (wymagane)',
  problems_one:
    '{{count}} błąd: popraw plik lub przypisanie kolumn. Dopóki którykolwiek wiersz zawiera błąd, nic nie zostanie zaimportowane.',
  problems_few:
    '{{count}} błędy: popraw plik lub przypisanie kolumn. Dopóki którykolwiek wiersz zawiera błąd, nic nie zostanie zaimportowane.',
  problems_many:
    '{{count}} błędów: popraw plik lub przypisanie kolumn. Dopóki którykolwiek wiersz zawiera błąd, nic nie zostanie zaimportowane.',
  problems_other:
    '{{count}} błędu: popraw plik lub przypisanie kolumn. Dopóki którykolwiek wiersz zawiera błąd, nic nie zostanie zaimportowane.',
  problemLine: 'Wiersz {{line}}: {{message}}',
  warningsLabel: 'Wartości zachowane jako tekst lub pozostawione puste',
  warnings_one:
    '{{count}} wartości nie można użyć w zapisanej postaci. Wiersz i tak zostanie wczytany: wartość zachowano jako tekst lub pozostawiono pustą, jak opisano niżej.',
  warnings_few:
    '{{count}} wartości nie można użyć w zapisanej postaci. Wiersze i tak zostaną wczytane: każdą wartość zachowano jako tekst lub pozostawiono pustą, jak opisano niżej.',
  warnings_many:
    '{{count}} wartości nie można użyć w zapisanej postaci. Wiersze i tak zostaną wczytane: każdą wartość zachowano jako tekst lub pozostawiono pustą, jak opisano niżej.',
  warnings_other:
    '{{count}} wartości nie można użyć w zapisanej postaci. Wiersze i tak zostaną wczytane: każdą wartość zachowano jako tekst lub pozostawiono pustą, jak opisano niżej.',
  summary: 'Gotowe do importu: {{what}}.',
  nothingNew: 'Wszystko z tego pliku jest już w audycie.',
  alreadyThere_one: '{{count}} wiersz jest już w audycie i zostanie pominięty.',
  alreadyThere_few: '{{count}} wiersze są już w audycie i zostaną pominięte.',
  alreadyThere_many: '{{count}} wierszy jest już w audycie i zostanie pominiętych.',
  alreadyThere_other: '{{count}} wiersza jest już w audycie i zostanie pominięte.',
  import: 'Importuj',
  importing: 'Importowanie…',
  imported: 'Zaimportowano: {{what}}. Ctrl+Z cofa cały import.',
  historyLabel: 'import CSV z pliku {{name}}',
  readFailed: 'Nie udało się odczytać pliku: {{message}}',
  empty: 'Plik jest pusty.',
} satisfies Translation<typeof en>;
