import type { progress as en } from '../en/progress';
import type { Translation } from '../types';

/** Polish strings of long work (imports, merges, restores, backups) and of the app's start. */
export const progress = {
  title: {
    import: 'Import „{{name}}”',
    merge: 'Scalanie wyników: {{name}}',
    restore: 'Przywracanie „{{name}}”',
    backup: 'Tworzenie kopii zapasowej',
    backupOf: 'Kopia zapasowa „{{name}}”',
  },
  step: {
    import: {
      read: 'Czytanie pliku…',
      check: 'Sprawdzanie rekordów',
      write: 'Zapisywanie audytu',
      save: 'Zapisywanie…',
    },
    merge: {
      read: 'Czytanie pliku…',
      check: 'Porównywanie wyników z audytem',
      write: 'Scalanie wyników',
      save: 'Zapisywanie…',
    },
    restore: {
      read: 'Czytanie kopii zapasowej…',
      check: 'Sprawdzanie rekordów',
      write: 'Zapisywanie audytu',
      save: 'Zapisywanie…',
    },
    backup: {
      read: 'Czytanie audytu',
      check: 'Sprawdzanie audytu',
      write: 'Zapisywanie pliku kopii',
      save: 'Zachowywanie pliku kopii',
    },
  },
  records_one: '{{done}} z {{n}} rekordu',
  records_few: '{{done}} z {{n}} rekordów',
  records_many: '{{done}} z {{n}} rekordów',
  records_other: '{{done}} z {{n}} rekordu',
  audits_one: 'audyt {{done}} z {{n}}',
  audits_few: 'audyt {{done}} z {{n}}',
  audits_many: 'audyt {{done}} z {{n}}',
  audits_other: 'audyt {{done}} z {{n}}',
  bar: 'Postęp',
  hint: {
    before: 'Nic nie zostało jeszcze zapisane: „Anuluj” zatrzyma pracę tutaj.',
    writing: 'Zapis już trwa i nie można go anulować: zostanie zachowany w całości albo wcale.',
    backup: 'Twoje audyty się nie zmieniają: „Anuluj” zatrzyma pracę przed zachowaniem pliku.',
    saving: 'Trwa zapisywanie: nie można go już anulować.',
  },
  cancelling: 'Anulowanie…',
  cancelled: {
    import: 'Import anulowany: nic nie zaimportowano.',
    merge: 'Scalanie anulowane: nic nie dodano.',
    restore: 'Przywracanie anulowane: nic nie przywrócono.',
    backup: 'Kopia zapasowa anulowana: nie zachowano pliku.',
  },
  start: {
    opening: 'Otwieranie audytów…',
    upgrading:
      'Aktualizowanie audytów do tej wersji Touchstone. Duży magazyn wymaga chwili; nic nie ginie.',
    blocked:
      'Czekanie, aż Touchstone w innym oknie lub karcie zwolni audyty: zamknij je lub przeładuj.',
    interrupted: {
      import: 'Kończenie importu „{{name}}”, przerwanego zamknięciem Touchstone…',
      merge: 'Kończenie scalania wyników ({{name}}), przerwanego zamknięciem Touchstone…',
      restore: 'Kończenie przywracania „{{name}}”, przerwanego zamknięciem Touchstone…',
    },
    busy: 'Magazyn jest jeszcze zajęty wcześniejszą pracą; Touchstone otworzy się, gdy ją skończy…',
    reading: 'Czytanie audytów…',
  },
  interrupted: {
    import:
      'Touchstone zamknął się podczas importu „{{name}}”. Przerwany zapis zostaje w całości albo wcale: jeśli audytu nie ma na liście, zaimportuj plik ponownie.',
    merge:
      'Touchstone zamknął się podczas scalania wyników ({{name}}). Przerwany zapis zostaje w całości albo wcale: jeśli brakuje danych, zaimportuj wyniki ponownie (to, co już jest, nie zostanie zdublowane).',
    restore:
      'Touchstone zamknął się podczas przywracania „{{name}}”. Przerwany zapis zostaje w całości albo wcale: sprawdź audyt i w razie potrzeby przywróć kopię ponownie.',
  },
} satisfies Translation<typeof en>;
