import type { templates as en } from '../en/templates';
import type { Translation } from '../types';

/** Polish strings of the industry templates. */
export const templates = {
  applyButton: 'Zastosuj szablon…',
  title: 'Zastosuj szablon branżowy',
  intro:
    'Gotowy zestaw etapów podróży klienta, kanałów, punktów styku i typowych obietnic. Dodawane jest tylko to, czego audyt jeszcze nie ma; ponowne zastosowanie szablonu niczego nie doda.',
  industry: 'Branża',
  language: 'Język tekstów',
  counts:
    'Etapy: {{stages}} · kanały: {{channels}} · punkty styku: {{touchpoints}} · obietnice: {{promises}}',
  loading: 'Wczytywanie szablonów…',
  loadFailed: 'Nie udało się wczytać szablonów: {{message}}',
  willAdd: 'Zostanie dodane: {{what}}.',
  alreadyThere_one: '{{count}} element jest już w audycie i pozostanie bez zmian.',
  alreadyThere_few: '{{count}} elementy są już w audycie i pozostaną bez zmian.',
  alreadyThere_many: '{{count}} elementów jest już w audycie i pozostanie bez zmian.',
  alreadyThere_other: '{{count}} elementu jest już w audycie i pozostanie bez zmian.',
  nothingNew: 'Wszystko z tego szablonu jest już w audycie.',
  examples: 'Przykładowe obietnice',
  apply: 'Zastosuj',
  applying: 'Stosowanie…',
  applied: 'Dodano z szablonu „{{industry}}”: {{what}}. Ctrl+Z to cofa.',
  historyLabel: 'szablon „{{industry}}”',
  startFrom: 'Podstawa audytu',
  emptyAudit: 'Pusty audyt',
  templateOption: 'Szablon „{{industry}}”',
  startFromHint: 'Etapy, kanały, punkty styku i obietnice typowe dla branży, w języku audytu.',
} satisfies Translation<typeof en>;
