import type { safety as en } from '../en/safety';
import type { Translation } from '../types';

/** Polish strings of saving, storage and backups. */
export const safety = {
  saving: 'Zapisywanie…',
  saved: 'Wszystkie zmiany zapisane',
  notSaved: 'Nie zapisano: brak miejsca w pamięci',
  storageFull:
    'Brak miejsca w pamięci: ostatnia zmiana nie została zapisana, a wszystko, co zapisano wcześniej, pozostało nienaruszone. Zwolnij miejsce na dysku (albo usuń niepotrzebne audyty lub zdjęcia) i spróbuj ponownie.',
  backups: {
    title: 'Kopie zapasowe',
    introDesktop:
      'Touchstone co {{minutes}} min i przy zamykaniu tworzy kopię zapasową każdego zmienionego audytu i przechowuje jego najnowsze kopie (najwyżej {{kept}}).',
    introBrowser:
      'W przeglądarce Touchstone nie ma własnego folderu: pobierz kopię zapasową audytu, aby ją zabezpieczyć, i przywróć audyt tutaj z pliku.',
    persisted: 'Ta przeglądarka przechowuje dane Touchstone, dopóki ich nie usuniesz.',
    bestEffort:
      'Ta przeglądarka może usunąć dane Touchstone, gdy zabraknie miejsca na dysku: często pobieraj kopie zapasowe.',
    usage: 'Zajęte: {{usage}} z {{quota}} dostępnych w tej przeglądarce.',
    backUpNow: 'Utwórz kopię teraz',
    backingUp: 'Tworzenie kopii…',
    download: 'Pobierz kopię zapasową „{{name}}”',
    restoreFromFile: 'Przywróć z pliku…',
    none: 'Nie ma jeszcze kopii zapasowych: pierwsza powstanie w ciągu {{minutes}} min od zmiany.',
    listLabel: 'Kopie zapasowe, od najnowszej',
    columns: {
      audit: 'Audyt',
      when: 'Utworzono',
      size: 'Rozmiar',
      actions: 'Akcje',
    },
    gone: '{{name}} (usunięty)',
    restore: 'Przywróć…',
    restoreLabel: 'Przywróć kopię „{{name}}” z {{when}}',
    backedUp_one: 'Utworzono kopię zapasową {{count}} audytu.',
    backedUp_few: 'Utworzono kopie zapasowe {{count}} audytów.',
    backedUp_many: 'Utworzono kopie zapasowe {{count}} audytów.',
    backedUp_other: 'Utworzono kopie zapasowe {{count}} audytu.',
    upToDate: 'Kopie zapasowe wszystkich audytów są aktualne.',
    downloaded: 'Pobrano kopię zapasową „{{name}}”.',
    failed: 'Nie zapisano kopii zapasowej: {{message}}',
    listFailed: 'Nie udało się wyświetlić kopii zapasowych: {{message}}',
    fileFilter: 'Pliki audytów Touchstone i kopie zapasowe',
  },
  restore: {
    title: 'Przywracanie kopii zapasowej',
    fromFile: 'Z pliku „{{name}}”.',
    summary: 'Kopia zapasowa „{{name}}” ({{brand}}), utworzona {{when}}, zawiera: {{contents}}.',
    empty: 'tylko ustawienia audytu',
    asNew: 'Przywróć jako nowy audyt',
    asNewHint:
      'Kopia pojawi się obok „{{name}}” jako „{{copy}}”; obecny audyt pozostanie bez zmian.',
    asItWas: 'Przywróć audyt',
    absentHint:
      'Audytu, z którego powstała kopia, nie ma na tym komputerze: wróci w takiej postaci, w jakiej był.',
    replace: 'Zastąp „{{name}}”',
    replaceHint:
      'Zastąpienie przywraca „{{name}}” do stanu z kopii: zmiany wprowadzone później przepadną, ale najpierw zostanie zapisana kopia zapasowa audytu w obecnej postaci.',
    replaceHintBrowser:
      'Zastąpienie przywraca „{{name}}” do stanu z kopii: zmiany wprowadzone później przepadną, ale najpierw zostanie pobrana kopia zapasowa audytu w obecnej postaci.',
    copyName: '{{name}} (przywrócony z {{when}})',
    restored: 'Przywrócono „{{name}}”.',
    restoredCopy: 'Przywrócono kopię jako „{{name}}”.',
    replaced: 'Zastąpiono „{{name}}” kopią zapasową z {{when}}.',
    failed: 'Niczego nie przywrócono. {{message}}',
  },
} satisfies Translation<typeof en>;
