// Who gathers the sample's evidence, where, and the visits with a checklist.
import type { ObservationMethod, VisitKind, VisitStatus } from '../../shared/domain';

export const TEAM = ['Eleanor Marsh', 'Hannah Clarke', 'Tom Okafor', 'Priya Nair'];

/** Stores in the north and the south; each region's manager runs its field checks. */
export const NORTH_STORES = [
  'Manchester – Arndale',
  'Leeds – Trinity',
  'Glasgow – Buchanan Street',
];
export const SOUTH_STORES = [
  'London – Oxford Street',
  'London – Westfield Stratford',
  'Birmingham – Bullring',
  'Bristol – Cabot Circus',
];
export const STORES = [...SOUTH_STORES, ...NORTH_STORES];
export const FIELD_MANAGERS = { north: 'Sofia Brennan', south: 'James Whitfield' };
export const ONLINE = 'Online';
export const CONTACT_CENTRE = 'Contact centre – Leeds';

/** Who gathers evidence of each kind, apart from field checks (by region, above). */
export const OBSERVERS: Record<Exclude<ObservationMethod, 'field-check'>, string[]> = {
  'mystery-shop': ['Hannah Clarke', 'Tom Okafor'],
  survey: ['Priya Nair', 'Eleanor Marsh'],
  interview: ['Eleanor Marsh', 'Hannah Clarke'],
  review: ['Tom Okafor', 'Priya Nair'],
  complaint: ['Tom Okafor', 'Priya Nair'],
  'usage-data': ['Priya Nair'],
};

/** The first day of each wave and how many days it runs. */
export const WAVES = {
  1: { start: '2026-03-02', days: 89 },
  2: { start: '2026-07-01', days: 87 },
} as const;

export interface VisitRow {
  kind: VisitKind;
  location: string;
  date: string;
  observer: string;
  wave: 1 | 2;
  status: VisitStatus;
  scenario: string;
  /** The promises on the checklist (keys of content.ts). */
  promises: string[];
  /** A checklist line that could not be checked on the day, and why. */
  skipped?: { promise: string; note: string };
}

export const VISITS: VisitRow[] = [
  {
    kind: 'mystery-shop',
    location: 'London – Oxford Street',
    date: '2026-03-14',
    observer: 'Hannah Clarke',
    wave: 1,
    status: 'completed',
    scenario:
      'Saturday, 13:00. Shop for a 55-inch TV for about £600, ask for advice, ask for a price match against an online retailer, and pay at the till.',
    promises: ['greet', 'honest', 'pricematch', 'queue', 'hardsell'],
  },
  {
    kind: 'field-check',
    location: 'Manchester – Arndale',
    date: '2026-04-08',
    observer: 'Sofia Brennan',
    wave: 1,
    status: 'completed',
    scenario:
      'Opening-hour walk-round: price labels in two departments, store condition, the click & collect desk.',
    promises: ['labels', 'tidy', 'handover', 'checkgoods'],
  },
  {
    kind: 'mystery-shop',
    location: 'Birmingham – Bullring',
    date: '2026-07-22',
    observer: 'Tom Okafor',
    wave: 2,
    status: 'completed',
    scenario:
      'Return a kettle bought on the Lumen account without the receipt, then ask the Lumen Care desk to set up a new phone.',
    promises: ['noquibble', 'samedayrefund', 'noblame', 'setuphelp', 'plain'],
  },
  {
    kind: 'field-check',
    location: 'Bristol – Cabot Circus',
    date: '2026-08-12',
    observer: 'James Whitfield',
    wave: 2,
    status: 'completed',
    scenario:
      'Lunchtime check after the wave 1 findings: greeting, price labels, till queue, collection desk.',
    promises: ['greet', 'labels', 'queue', 'checkgoods'],
    skipped: {
      promise: 'checkgoods',
      note: 'Could not check: no collections at the desk during the visit.',
    },
  },
  {
    kind: 'mystery-shop',
    location: 'Glasgow – Buchanan Street',
    date: '2026-09-29',
    observer: 'Hannah Clarke',
    wave: 2,
    status: 'planned',
    scenario:
      'Shop for a robot vacuum, ask for a demonstration and a price match, decline extended cover at the till.',
    promises: ['honest', 'demo', 'pricematch', 'hardsell'],
  },
];
