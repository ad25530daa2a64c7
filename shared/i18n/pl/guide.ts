import type { guide as en } from '../en/guide';
import type { Translation } from '../types';

/** Polish strings of the ways between screens. */
export const guide = {
  details: {
    edit: 'Edytuj dane',
    title: 'Dane audytu',
    team: 'Zespół',
    teamHint: 'Jedna osoba w wierszu.',
    confidentiality: 'Poufność',
    confidentialityPlaceholder: 'np. Poufne: tylko klient i zespół audytu',
    history: 'dane audytu „{{name}}”',
    saved: 'Zapisano dane audytu „{{name}}”.',
  },
  fieldwork: {
    importResults: 'Importuj wyniki…',
    resultsFilter: 'Wyniki badań terenowych ({{results}})',
  },
  drop: {
    overlay: 'Upuść plik, aby go zaimportować',
    overlayHint:
      'Pliki audytu ({{audit}}), pakiety terenowe ({{pack}}), pliki wyników ({{results}}), pliki CSV rejestru i ankiet',
    unknown:
      '„{{name}}” nie jest plikiem, który Touchstone importuje. Przyjmuje pliki audytu ({{audit}}), pakiety terenowe ({{pack}}), pliki wyników ({{results}}) oraz pliki CSV rejestru lub ankiety.',
    oneAtATime:
      'Upuszczaj po jednym pliku: upuszczone pliki — {{count}}, żaden nie został zaimportowany.',
    needAudit:
      '„{{name}}” trafia do otwartego audytu: otwórz lub utwórz audyt i upuść plik ponownie.',
    inPack: '„{{name}}” trafia do audytu konsultanta, a nie do kopii z pakietu terenowego.',
    readFailed: 'Nie udało się odczytać „{{name}}”: {{message}}',
  },
  register: {
    wrap: 'Zawijaj tekst',
    columns: {
      alignment: 'Zgodność',
      evidence: 'Dowody',
      strength: 'Siła dowodów',
      gap: 'Luka percepcji',
    },
    notObserved: 'bez obserwacji',
    noBelief: 'bez oceny',
  },
  matrix: {
    open_one: 'Pokaż {{count}} obietnicę',
    open_few: 'Pokaż {{count}} obietnice',
    open_many: 'Pokaż {{count}} obietnic',
    open_other: 'Pokaż {{count}} obietnicy',
    addHere: 'Dodaj punkt styku',
    addHereLabel: 'Dodaj punkt styku: {{stage}} · {{channel}}',
    filtered: 'Obietnice: {{stage}} · {{channel}}',
    showAll: 'Pokaż wszystkie obietnice',
  },
  empty: {
    promisesTitle: 'Nie ma jeszcze obietnic',
    promisesBody:
      'Audyt zaczyna się od rejestru: obietnic marki, każdej w punkcie styku na ścieżce klienta. Zacznij od szablonu branżowego, zaimportuj rejestr klienta z pliku CSV albo dodaj ścieżkę i obietnice ręcznie.',
    applyTemplate: 'Zacznij od szablonu…',
    importCsv: 'Importuj plik CSV…',
    addJourney: 'Dodaj etapy i punkty styku',
    addPromise: 'Dodaj obietnicę',
    beliefsTitle: 'Zespół nie ocenił jeszcze obietnic',
    beliefsBody:
      'Zanim pojawią się dowody, zapytaj zespół, jak dobrze dotrzymywana jest każda obietnica. Luka percepcji na ekranie Wyniki porówna ich przekonanie z tym, co pokażą dowody.',
    startSession: 'Rozpocznij sesję ocen',
    needPromisesTitle: 'Najpierw dodaj obietnice',
    needPromisesBody:
      'Wizyty, ankiety i wyniki sprawdzają obietnice, a rejestr nie ma jeszcze żadnej.',
    goToRegister: 'Przejdź do rejestru',
    visitsTitle: 'Nie ma jeszcze wizyt',
    visitsBody:
      'Zaplanuj wizytę lub tajemniczego klienta, aby sprawdzić obietnice na miejscu, zaimportuj ankietę albo wyślij pakiet terenowy kierownikowi.',
    planVisit: 'Zaplanuj wizytę…',
    importSurvey: 'Importuj ankietę…',
    evidenceTitle: 'Nie ma jeszcze dowodów',
    evidenceBody:
      'Wyniki powstają z obserwacji: zakończ wizytę, dodaj obserwację lub zaimportuj wyniki ankiety na ekranie Badania terenowe.',
    goToFieldwork: 'Przejdź do badań terenowych',
    actionsTitle: 'Nie ma jeszcze działań',
    actionsBody:
      'Zamień niedotrzymane obietnice w działania: przygotuj szkice z luk, które pokazują dowody, albo dodaj działanie ręcznie.',
    actionsNoEvidence:
      'Działania wynikają z luk, które pokazują dowody, a dowodów jeszcze nie ma. Działanie można też dodać ręcznie.',
    draftActions: 'Szkice z luk…',
    addAction: 'Dodaj działanie…',
    exportTitle: 'Nie ma jeszcze o czym raportować',
    exportBody:
      'Raport mówi, co dowody pokazują o każdej obietnicy. Najpierw dodaj obietnice i zbierz dowody; raport można zbudować już teraz, ale będzie pusty.',
    exportNoEvidence:
      'Raport wymieni obietnice, ale bez dowodów nie ma w nim jeszcze wniosków. Najpierw zbierz dowody na ekranie Badania terenowe.',
  },
} satisfies Translation<typeof en>;
