import type { sync as en } from '../en/sync';
import type { Translation } from '../types';

export const sync = {
  title: 'Bazy zespołu',
  intro:
    'Audyty dzielone z zespołem przez serwer CouchDB. Gdy Touchstone działa, zmiany płyną w obie strony.',
  none: 'Żaden audyt nie jest połączony z bazą zespołu.',
  connect: 'Synchronizacja zespołu…',
  join: 'Dołącz do bazy zespołu…',
  connectTitle: 'Połącz „{{name}}” z bazą zespołu',
  joinTitle: 'Dołącz do bazy zespołu',
  server: 'Adres serwera',
  serverHint: 'https://… — http:// tylko dla serwera na tym komputerze.',
  database: 'Baza danych',
  username: 'Nazwa użytkownika',
  password: 'Hasło',
  passwordHint:
    'W aplikacji na komputer przechowywane zaszyfrowane przez system, w przeglądarce tylko na czas sesji; nigdy w plikach audytu ani kopiach zapasowych.',
  submit: 'Połącz',
  connected: 'Łączymy „{{name}}” z {{database}}.',
  joining: 'Dołączanie do {{database}}: audyt pojawi się w miarę pobierania.',
  disconnect: 'Rozłącz',
  disconnected: 'Rozłączono. Audyt zostaje na tym komputerze.',
  enterPassword: 'Podaj hasło…',
  passwordTitle: 'Hasło do {{database}}',
  waitingForAudit: 'Czekamy na audyt z {{database}}',
  columns: {
    audit: 'Audyt',
    database: 'Baza zespołu',
    status: 'Stan',
    last: 'Ostatnia synchronizacja',
    pending: 'Czeka na wysłanie',
    actions: 'Działania',
  },
  at: '{{database}} na {{server}}, jako {{username}}',
  state: {
    idle: 'Uruchamianie…',
    'in-sync': 'Zsynchronizowano',
    syncing: 'Synchronizacja',
    syncingOf: 'Synchronizacja ({{done}} z {{total}})',
    offline: 'Brak połączenia, ponawiamy',
  },
  never: 'Nigdy',
  pending_one: '{{count}} zmiana',
  pending_few: '{{count}} zmiany',
  pending_many: '{{count}} zmian',
  pending_other: '{{count}} zmiany',
  setAside_one: '{{count}} dokument z serwera odłożony',
  setAside_few: '{{count}} dokumenty z serwera odłożone',
  setAside_many: '{{count}} dokumentów z serwera odłożonych',
  setAside_other: '{{count}} dokumentu z serwera odłożone',
  conflictsPending_one:
    '{{count}} rekord zmieniony w dwóch miejscach czeka na przegląd (Praca w terenie → Konflikty); wyniki liczą jego bieżącą wersję.',
  conflictsPending_few:
    '{{count}} rekordy zmienione w dwóch miejscach czekają na przegląd (Praca w terenie → Konflikty); wyniki liczą ich bieżące wersje.',
  conflictsPending_many:
    '{{count}} rekordów zmienionych w dwóch miejscach czeka na przegląd (Praca w terenie → Konflikty); wyniki liczą ich bieżące wersje.',
  conflictsPending_other:
    '{{count}} rekordu zmienionego w dwóch miejscach czeka na przegląd (Praca w terenie → Konflikty); wyniki liczą ich bieżące wersje.',
} satisfies Translation<typeof en>;
