// The words a synthetic audit is made of: a national retail chain's journey, its promises,
// what customers and observers say, and the plan's remedies. Combined at random, they read
// like a real audit at any size.
import type {
  ObservationMethod,
  PromiseKind,
  PromiseSourceKind,
  PromiseTarget,
} from '../../shared/domain';

export const BRAND = 'Northwind Home';

export const STAGES: readonly [string, string][] = [
  ['Discover', 'The customer hears of the brand and looks around.'],
  ['Choose', 'The customer compares products, prices and options.'],
  ['Buy', 'The customer pays, in a store, online or on the phone.'],
  ['Receive', 'Delivery, collection and installation.'],
  ['Use', 'Living with the product and the services that come with it.'],
  ['Get help', 'Questions, faults, repairs and returns.'],
  ['Stay or leave', 'Renewals, loyalty and cancellation.'],
];

export const CHANNELS: readonly [string, string][] = [
  ['Store', 'The chain’s stores'],
  ['Website', 'northwind.example'],
  ['App', 'The Northwind app'],
  ['Phone', 'The contact centre'],
  ['Email', 'Service and marketing email'],
  ['Social media', 'Public pages and direct messages'],
  ['Partner', 'Delivery and installation partners'],
];

/** Moments per stage, with the department that owns them. */
export const MOMENTS: readonly (readonly [string, string])[][] = [
  [
    ['Advert', 'Marketing'],
    ['Search result', 'E-commerce'],
    ['Window display', 'Visual merchandising'],
    ['Newsletter', 'CRM'],
    ['Store entrance', 'Retail operations'],
  ],
  [
    ['Product page', 'E-commerce'],
    ['Shelf and price label', 'Retail operations'],
    ['Advice from staff', 'Retail operations'],
    ['Comparison tool', 'E-commerce'],
    ['Price match request', 'Commercial'],
  ],
  [
    ['Checkout', 'Retail operations'],
    ['Basket and payment', 'E-commerce'],
    ['Order by phone', 'Customer service'],
    ['Credit application', 'Finance'],
    ['Order confirmation', 'CRM'],
  ],
  [
    ['Home delivery', 'Logistics'],
    ['Click and collect', 'Logistics'],
    ['Installation visit', 'Field services'],
    ['Delivery tracking', 'Logistics'],
  ],
  [
    ['First use', 'Product'],
    ['Warranty registration', 'Customer service'],
    ['Service plan', 'Commercial'],
    ['Loyalty account', 'CRM'],
  ],
  [
    ['Help centre', 'Customer service'],
    ['Fault report', 'Customer service'],
    ['Repair', 'Field services'],
    ['Return and refund', 'Retail operations'],
    ['Complaint handling', 'Customer service'],
  ],
  [
    ['Plan renewal', 'Commercial'],
    ['Cancellation', 'Customer service'],
    ['Win-back offer', 'CRM'],
  ],
];

interface TargetShape {
  metric: string;
  unit: string;
  direction: PromiseTarget['direction'];
  /** Thresholds to choose from, and the decimals a measured value is given to. */
  thresholds: readonly number[];
  decimals: number;
}

/** A promise as a sentence with a {n} slot filled from its target's threshold. */
export interface PromiseTemplate {
  text: string;
  kind: PromiseKind;
  source: PromiseSourceKind;
  target?: TargetShape;
}

const minutes = (metric: string, thresholds: number[]): TargetShape => ({
  metric,
  unit: 'min',
  direction: 'at-most',
  thresholds,
  decimals: 1,
});
const days = (metric: string, thresholds: number[]): TargetShape => ({
  metric,
  unit: 'days',
  direction: 'at-most',
  thresholds,
  decimals: 0,
});
const percent = (metric: string, thresholds: number[]): TargetShape => ({
  metric,
  unit: '%',
  direction: 'at-least',
  thresholds,
  decimals: 1,
});

/** Promise templates per stage, in the order of STAGES. */
export const PROMISES: readonly PromiseTemplate[][] = [
  [
    {
      text: 'The price you see advertised is the price you pay',
      kind: 'functional',
      source: 'advertising',
    },
    {
      text: 'Every advertised product is in stock on launch day',
      kind: 'functional',
      source: 'advertising',
      target: percent('Share of advertised lines in stock', [95, 98]),
    },
    {
      text: 'We speak to you plainly, without small print',
      kind: 'emotional',
      source: 'brand-guideline',
    },
    {
      text: 'You are greeted within {n} minutes of coming in',
      kind: 'emotional',
      source: 'staff-script',
      target: minutes('Time to greeting', [1, 2]),
    },
    {
      text: 'Our offers are real savings, never inflated prices',
      kind: 'functional',
      source: 'price-list',
    },
    {
      text: 'You find what you are looking for in a few clicks',
      kind: 'functional',
      source: 'website',
    },
  ],
  [
    {
      text: 'Staff know the products and give honest advice',
      kind: 'emotional',
      source: 'brand-guideline',
    },
    {
      text: 'Shelf labels always match the till price',
      kind: 'functional',
      source: 'price-list',
      target: percent('Labels matching the till', [98, 99.5]),
    },
    {
      text: 'We match any local competitor’s price on the spot',
      kind: 'functional',
      source: 'advertising',
    },
    {
      text: 'Product pages show delivery dates you can trust',
      kind: 'functional',
      source: 'website',
      target: percent('Promised dates kept', [90, 95]),
    },
    {
      text: 'You never feel pushed into buying extras',
      kind: 'emotional',
      source: 'brand-guideline',
    },
    {
      text: 'You can see and try the product before you buy',
      kind: 'functional',
      source: 'advertising',
    },
  ],
  [
    {
      text: 'You never queue more than {n} minutes to pay',
      kind: 'functional',
      source: 'advertising',
      target: minutes('Queue time at the till', [3, 5]),
    },
    {
      text: 'Paying online takes under {n} minutes',
      kind: 'functional',
      source: 'website',
      target: minutes('Checkout duration', [3, 4]),
    },
    {
      text: 'Your order is confirmed by email within {n} minutes',
      kind: 'functional',
      source: 'website',
      target: minutes('Time to confirmation', [5, 10]),
    },
    { text: 'Credit decisions are given while you wait', kind: 'functional', source: 'contract' },
    { text: 'We thank you and mean it', kind: 'emotional', source: 'staff-script' },
  ],
  [
    {
      text: 'Delivery arrives within {n} days of your order',
      kind: 'functional',
      source: 'website',
      target: days('Days to delivery', [2, 3, 5]),
    },
    {
      text: 'You get a one-hour delivery slot, and we keep it',
      kind: 'functional',
      source: 'advertising',
      target: percent('Deliveries inside the slot', [92, 95]),
    },
    {
      text: 'Your order is ready to collect within {n} minutes',
      kind: 'functional',
      source: 'advertising',
      target: minutes('Click and collect wait', [30, 60]),
    },
    {
      text: 'Installers treat your home with care and tidy up',
      kind: 'emotional',
      source: 'brand-guideline',
    },
    { text: 'You can follow your delivery live', kind: 'functional', source: 'website' },
  ],
  [
    { text: 'Products work as described, first time', kind: 'functional', source: 'advertising' },
    { text: 'Registering your warranty takes one step', kind: 'functional', source: 'website' },
    {
      text: 'Loyalty points appear in your account within {n} days',
      kind: 'functional',
      source: 'contract',
      target: days('Days to points credited', [1, 2]),
    },
    { text: 'We remember you and what you bought', kind: 'emotional', source: 'brand-guideline' },
    {
      text: 'Your service plan covers what the leaflet says',
      kind: 'functional',
      source: 'contract',
    },
  ],
  [
    {
      text: 'You reach a person on the phone within {n} minutes',
      kind: 'functional',
      source: 'advertising',
      target: minutes('Phone answer time', [2, 3, 5]),
    },
    {
      text: 'Faults are fixed on the first visit',
      kind: 'functional',
      source: 'contract',
      target: percent('First-visit fix rate', [80, 85]),
    },
    {
      text: 'Refunds reach your account within {n} days',
      kind: 'functional',
      source: 'contract',
      target: days('Days to refund', [3, 5]),
    },
    {
      text: 'Returns are accepted without questions for 30 days',
      kind: 'functional',
      source: 'price-list',
    },
    { text: 'We own the problem and keep you informed', kind: 'emotional', source: 'staff-script' },
    {
      text: 'Complaints get a reply within {n} days',
      kind: 'functional',
      source: 'website',
      target: days('Days to first reply', [1, 2]),
    },
  ],
  [
    {
      text: 'Renewal prices are never higher than for new customers',
      kind: 'functional',
      source: 'contract',
    },
    { text: 'You can cancel in one call or a few clicks', kind: 'functional', source: 'website' },
    {
      text: 'Loyal customers are rewarded, not taken for granted',
      kind: 'emotional',
      source: 'brand-guideline',
    },
    {
      text: 'Cancellation is confirmed within {n} days',
      kind: 'functional',
      source: 'contract',
      target: days('Days to confirmation', [1, 3]),
    },
  ],
];

/** Words that make a promise specific when a touchpoint repeats a template. */
export const QUALIFIERS = [
  'at busy times',
  'on weekends',
  'for every customer',
  'for loyalty members',
  'in every region',
  'for large items',
  'for business customers',
  'in the holiday season',
  'for orders placed late',
  'for first-time customers',
];

export const CITIES = [
  'London',
  'Birmingham',
  'Manchester',
  'Leeds',
  'Glasgow',
  'Liverpool',
  'Bristol',
  'Sheffield',
  'Edinburgh',
  'Cardiff',
  'Leicester',
  'Nottingham',
  'Newcastle',
  'Southampton',
  'Brighton',
  'Plymouth',
  'Norwich',
  'York',
  'Aberdeen',
  'Belfast',
  'Exeter',
  'Oxford',
  'Cambridge',
  'Reading',
  'Derby',
  'Coventry',
  'Hull',
  'Stoke',
  'Swansea',
  'Dundee',
  'Bath',
  'Chester',
];
export const SITES = [
  'High Street',
  'Retail Park',
  'Centre',
  'Station',
  'Riverside',
  'North',
  'South',
  'West',
];

export const FIRST_NAMES = [
  'Amelia',
  'Oliver',
  'Isla',
  'George',
  'Ava',
  'Noah',
  'Mia',
  'Arthur',
  'Freya',
  'Leo',
  'Grace',
  'Oscar',
  'Ivy',
  'Harry',
  'Lily',
  'Jack',
  'Rosie',
  'Finley',
  'Zara',
  'Theo',
  'Priya',
  'Tomasz',
  'Aisha',
  'Kwame',
  'Elena',
  'Ravi',
  'Niamh',
  'Callum',
];
export const LAST_NAMES = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Evans',
  'Thomas',
  'Roberts',
  'Khan',
  'Walker',
  'Wright',
  'Patel',
  'Hughes',
  'Green',
  'Clarke',
  'Hall',
  'Kowalski',
  'Murphy',
  'Okafor',
];

/** Who or what records evidence gathered away from stores, by method. */
export const DESK_SOURCES: Partial<Record<ObservationMethod, string[]>> = {
  survey: ['Post-purchase survey', 'Relationship NPS survey', 'Delivery survey'],
  review: ['Trustpilot', 'Google reviews', 'App store reviews'],
  complaint: ['Complaint log', 'Social care team'],
  'usage-data': ['Web analytics', 'Contact centre telephony', 'Order system'],
};

/** What customers say, when the promise was kept and when it was not. */
export const VERBATIMS = {
  good: [
    'Quick and easy, exactly as promised.',
    'The staff member really knew what they were talking about.',
    'Arrived on time and the driver was lovely.',
    'Better than I expected, to be honest.',
    'No fuss at all, I would come back.',
    'They kept me updated the whole way.',
    'Simple, clear and friendly.',
    'Sorted it out on the first call.',
  ],
  bad: [
    'I waited ages and nobody came to help.',
    'The price at the till was not the one on the shelf.',
    'Delivery slot came and went, no call, nothing.',
    'Had to chase three times before anyone replied.',
    'Felt like they just wanted to sell me insurance.',
    'The website said in stock, the store said otherwise.',
    'Refund took weeks, not days.',
    'Nobody seemed to know who was responsible.',
    'Cancelling was made deliberately hard.',
  ],
};

/** What observers note, when the promise was kept and when it was not. */
export const NOTES = {
  good: [
    'Greeted promptly; staff offered help without pressure.',
    'Process followed the script in full.',
    'All labels checked on the aisle matched the till.',
    'Confirmation received well inside the promised time.',
    'Clean, well-stocked, clear signage.',
  ],
  bad: [
    'Two tills closed at peak; queue past the promotion bay.',
    'Staff could not answer basic product questions.',
    'Three labels out of date on the end display.',
    'Hold music for most of the call; transferred twice.',
    'Promised call-back did not happen.',
    'Order status page showed an error.',
  ],
  notApplicable: [
    'Service not offered at this site.',
    'Scenario does not apply to this format of store.',
  ],
  couldNotCheck: [
    'Store closed early for a stock count.',
    'System outage during the visit.',
    'No staff available to ask during the visit.',
  ],
};

export const SCENARIOS = [
  'Ask for advice on a washing machine and compare two models',
  'Buy a small item at lunchtime and pay at the till',
  'Return a kettle bought online, without the box',
  'Ask about a price match on a TV seen elsewhere',
  'Collect a click-and-collect order on a Saturday',
  'Ask about the service plan before buying a laptop',
];

/** The plan's lines: a cause, what fixes it and what keeps it fixed. */
export const REMEDIES: readonly { cause: string; remedy: string; prevention: string }[] = [
  {
    cause: 'Staff rotas do not follow footfall; lunch breaks overlap the peak.',
    remedy: 'Rota staff to footfall data and stagger breaks.',
    prevention: 'Peak cover built into the rota template and checked weekly.',
  },
  {
    cause: 'Price changes reach the shelves a day after the tills.',
    remedy: 'Print labels the evening before a price change goes live.',
    prevention: 'A label audit in every store each Monday, reported centrally.',
  },
  {
    cause: 'The delivery partner plans routes without the promised slots.',
    remedy: 'Share slot data with the partner’s routing system.',
    prevention: 'Slot adherence in the partner contract, with a monthly review.',
  },
  {
    cause: 'Product training stopped when the e-learning licence lapsed.',
    remedy: 'Restart product training with the top twenty lines.',
    prevention: 'Training completion on every store manager’s scorecard.',
  },
  {
    cause: 'Refunds wait for a manual approval step.',
    remedy: 'Approve refunds under £200 automatically.',
    prevention: 'Refund times on the finance dashboard with an alert past 5 days.',
  },
  {
    cause: 'Calls are routed by product, not by the customer’s problem.',
    remedy: 'Route by reason for calling and give first-line agents authority to resolve.',
    prevention: 'First-contact resolution tracked per team every week.',
  },
  {
    cause: 'Stock shown online is the warehouse’s, not the store’s.',
    remedy: 'Show store stock on product pages, updated hourly.',
    prevention: 'Stock accuracy checks in the monthly store audit.',
  },
  {
    cause: 'The retention script rewards saving customers over serving them.',
    remedy: 'Let customers cancel on request and offer a retention deal once.',
    prevention: 'Cancellation complaints reviewed monthly by the customer director.',
  },
];
