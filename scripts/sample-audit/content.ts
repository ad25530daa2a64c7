// The sample audit's register: a fictional UK electronics chain, its journey, touchpoints and
// promises, with the "reality" each promise meets so that the generator can draw evidence.
import type {
  ObservationMethod,
  PromiseKind,
  PromiseSourceKind,
  PromiseTarget,
  RubricScore,
} from '../../shared/domain';

export const BRAND = 'Lumen Home & Electronics';

export const STAGES = [
  ['Discover', 'The customer looks for a product, compares and forms a first impression of Lumen.'],
  ['Buy', 'Advice, price and payment: the moment the customer decides and pays.'],
  [
    'Receive & set up',
    'Collection, home delivery and installation, up to the first use of the product.',
  ],
  ['Get help', 'Questions, faults and repairs after the purchase.'],
  [
    'Return or leave',
    'Returns, refunds and ending a service plan: how Lumen behaves when it is losing the sale.',
  ],
] as const;

export const CHANNELS = [
  ['Store', 'The 42 Lumen stores, including the Lumen Care desks.'],
  ['Website', 'lumen.co.uk: catalogue, checkout, delivery booking, help centre and returns.'],
  ['App', 'The Lumen app for iOS and Android.'],
  ['Phone', 'The contact centre in Leeds and the service-plan line.'],
  ['Email', 'Newsletters and automatic order and delivery messages.'],
] as const;

/** Channel indexes, for readable touchpoint rows. */
const STORE = 0;
const WEB = 1;
const APP = 2;
const PHONE = 3;
const EMAIL = 4;

export interface TouchpointRow {
  key: string;
  stage: number;
  channel: number;
  name: string;
  department: string;
  description: string;
  /** The methods that gather rubric evidence here. */
  methods: ObservationMethod[];
  /** Where evidence is gathered, when not the stores, "Online" or the contact centre. */
  where?: string;
}

// Not every stage × channel cell is filled: there is no help in the app, for instance,
// which is itself an information gap the sample should show.
// One row per record, so the table reads as the register it is.
// prettier-ignore
export const TOUCHPOINTS: TouchpointRow[] = [
  { key: 'entrance', stage: 0, channel: STORE, name: 'Store entrance and browsing', department: 'Retail Operations', description: 'The first minutes in a store: welcome, layout, price labels and displays.', methods: ['field-check', 'mystery-shop', 'survey', 'review'] },
  { key: 'pdp', stage: 0, channel: WEB, name: 'Product pages and search', department: 'E-commerce', description: 'Search results and product pages with specifications, stock and delivery dates.', methods: ['mystery-shop', 'usage-data', 'review', 'complaint'] },
  { key: 'newsletter', stage: 0, channel: EMAIL, name: 'Lumen Club newsletter', department: 'Marketing (CRM)', description: 'The weekly offers email sent to the 1.2 million Lumen Club members.', methods: ['usage-data', 'survey', 'complaint'] },
  { key: 'advice', stage: 1, channel: STORE, name: 'Sales advice on the floor', department: 'Retail Operations', description: 'A colleague helps the customer choose, demonstrates products and quotes the price.', methods: ['mystery-shop', 'survey', 'interview', 'review', 'complaint'] },
  { key: 'till', stage: 1, channel: STORE, name: 'Store checkout and payment', department: 'Retail Operations', description: 'Queueing, paying, finance applications and the offer of extended cover at the till.', methods: ['field-check', 'mystery-shop', 'survey', 'complaint'] },
  { key: 'webcheckout', stage: 1, channel: WEB, name: 'Online checkout', department: 'E-commerce', description: 'Basket, delivery options and payment on lumen.co.uk.', methods: ['usage-data', 'mystery-shop', 'survey', 'review'] },
  { key: 'appbuy', stage: 1, channel: APP, name: 'Buying and reserving in the app', department: 'Digital Product', description: 'Browsing, buying and reserving for collection in the Lumen app.', methods: ['usage-data', 'review', 'mystery-shop', 'survey'] },
  { key: 'collect', stage: 2, channel: STORE, name: 'Click & collect desk', department: 'Retail Operations', description: 'The desk at the back of each store where online and app orders are handed over.', methods: ['field-check', 'mystery-shop', 'survey', 'complaint'] },
  { key: 'delivery', stage: 2, channel: WEB, name: 'Home delivery and installation', department: 'Logistics', description: 'Booked at the online checkout; a two-person crew delivers, installs and takes the old appliance away.', methods: ['survey', 'interview', 'complaint', 'review', 'usage-data'], where: 'Home delivery – nationwide' },
  { key: 'tracking', stage: 2, channel: APP, name: 'Order tracking in the app', department: 'Digital Product', description: 'The order screen and push notifications from payment to delivery.', methods: ['usage-data', 'review', 'survey'] },
  { key: 'orderemails', stage: 2, channel: EMAIL, name: 'Order and delivery emails', department: 'Logistics', description: 'Automatic confirmation, dispatch, delivery-slot and delay messages.', methods: ['usage-data', 'complaint', 'survey', 'mystery-shop'] },
  { key: 'callcentre', stage: 3, channel: PHONE, name: 'Customer contact centre', department: 'Customer Service', description: 'The 0345 number for orders, faults and complaints, open 8 am to 8 pm, seven days.', methods: ['mystery-shop', 'survey', 'complaint', 'usage-data', 'interview'] },
  { key: 'caredesk', stage: 3, channel: STORE, name: 'Lumen Care tech desk', department: 'Services', description: 'In-store desk for set-up help, diagnosis and warranty repairs.', methods: ['mystery-shop', 'field-check', 'survey', 'interview', 'review'] },
  { key: 'helpcentre', stage: 3, channel: WEB, name: 'Help centre and live chat', department: 'Customer Service', description: 'Self-service answers and the live chat on lumen.co.uk.', methods: ['mystery-shop', 'usage-data', 'survey', 'review'] },
  { key: 'returndesk', stage: 4, channel: STORE, name: 'Returns counter', department: 'Retail Operations', description: 'Returns and refunds for store and online purchases brought back to a store.', methods: ['mystery-shop', 'field-check', 'survey', 'complaint', 'review'] },
  { key: 'webreturns', stage: 4, channel: WEB, name: 'Online returns', department: 'E-commerce', description: 'The returns form, the courier collection and the refund for online orders.', methods: ['usage-data', 'complaint', 'survey', 'review'] },
  { key: 'careline', stage: 4, channel: PHONE, name: 'Service-plan cancellation line', department: 'Customer Service', description: 'The line customers call to cancel a Lumen Care plan.', methods: ['mystery-shop', 'complaint', 'interview', 'survey'] },
];

/** How the measured values of a promise with a target fall, wave by wave. */
export interface MeasureSpec {
  /** The methods that yield measured values. */
  by: ObservationMethod[];
  wave1: number;
  wave2: number;
  spread: number;
  decimals: number;
  min: number;
  max: number;
}

export interface PromiseRow {
  key: string;
  touchpoint: string;
  statement: string;
  source: PromiseSourceKind;
  kind: PromiseKind;
  importance: number;
  belief: RubricScore;
  target?: PromiseTarget;
  measure?: MeasureSpec;
  /** Mean rubric score reality earns in wave 1, and the change by wave 2; absent: never observed. */
  reality?: [number, number];
  /** How many observations, where not derived from importance. */
  count?: number;
}

const t = (
  metric: string,
  unit: string,
  direction: 'at-most' | 'at-least',
  threshold: number,
): PromiseTarget => ({ metric, unit, direction, threshold });
const m = (
  by: ObservationMethod[],
  wave1: number,
  wave2: number,
  spread: number,
  decimals: number,
  min: number,
  max: number,
): MeasureSpec => ({ by, wave1, wave2, spread, decimals, min, max });

// One row per record, so the table reads as the register it is.
// prettier-ignore
export const PROMISES: PromiseRow[] = [
  // Discover — store
  { key: 'greet', touchpoint: 'entrance', statement: 'Our staff greet you within a minute of entering the store.', source: 'staff-script', kind: 'functional', importance: 4, belief: 4, target: t('Time to greeting', 's', 'at-most', 60), measure: m(['mystery-shop', 'field-check'], 110, 75, 40, 0, 10, 300), reality: [2.0, 0.4] },
  { key: 'labels', touchpoint: 'entrance', statement: 'Every product on display has a clear price label, and the shelf price is the price you pay.', source: 'price-list', kind: 'functional', importance: 5, belief: 4, reality: [2.6, 0.2] },
  { key: 'tidy', touchpoint: 'entrance', statement: 'Our stores are bright, tidy and a pleasure to explore.', source: 'brand-guideline', kind: 'emotional', importance: 3, belief: 4, reality: [2.8, 0] },
  // Discover — website
  { key: 'stock', touchpoint: 'pdp', statement: 'Stock shown online is live: if the website says it is in stock at your store, it is on the shelf.', source: 'website', kind: 'functional', importance: 5, belief: 3, reality: [0.9, 0.3] },
  { key: 'specs', touchpoint: 'pdp', statement: 'Every product page shows the full specification, the energy label and the real delivery date.', source: 'website', kind: 'functional', importance: 3, belief: 3, reality: [2.5, 0.2] },
  { key: 'reviews', touchpoint: 'pdp', statement: 'Honest reviews: we publish every verified review, good or bad.', source: 'website', kind: 'emotional', importance: 3, belief: 4 },
  // Discover — email
  { key: 'unsubscribe', touchpoint: 'newsletter', statement: 'Our emails bring only offers that matter to you, and you can unsubscribe in one click.', source: 'website', kind: 'functional', importance: 2, belief: 3, reality: [2.2, 0] },
  { key: 'clubprice', touchpoint: 'newsletter', statement: 'Lumen Club prices in your email are the lowest prices we offer anywhere.', source: 'advertising', kind: 'functional', importance: 3, belief: 3, reality: [1.8, 0], count: 2 },
  // Buy — store advice
  { key: 'honest', touchpoint: 'advice', statement: 'Our experts give honest advice: we recommend what you need, not what earns us most.', source: 'advertising', kind: 'emotional', importance: 5, belief: 4, reality: [2.1, 0.2] },
  { key: 'demo', touchpoint: 'advice', statement: 'Every colleague on the floor can demonstrate any product on display.', source: 'staff-script', kind: 'functional', importance: 3, belief: 3, reality: [2.2, 0.5] },
  { key: 'pricematch', touchpoint: 'advice', statement: 'Price match: if you find it cheaper within 14 days, we refund the difference.', source: 'advertising', kind: 'functional', importance: 5, belief: 4, reality: [1.0, 1.4] },
  // Buy — till
  { key: 'queue', touchpoint: 'till', statement: 'You never queue more than 5 minutes at the till.', source: 'advertising', kind: 'functional', importance: 4, belief: 3, target: t('Queue time at the till', 'min', 'at-most', 5), measure: m(['field-check', 'mystery-shop', 'usage-data'], 6.5, 5.0, 2.5, 1, 0.5, 20), reality: [2.0, 0.5] },
  { key: 'payany', touchpoint: 'till', statement: 'Pay any way you like: card, phone, cash, or 0% finance approved in 10 minutes.', source: 'price-list', kind: 'functional', importance: 2, belief: 4, reality: [3.2, 0] },
  { key: 'hardsell', touchpoint: 'till', statement: 'No hard sell: we offer extended cover once, and we respect your no.', source: 'staff-script', kind: 'emotional', importance: 4, belief: 4, reality: [1.4, 0.1] },
  // Buy — website
  { key: 'fastcheckout', touchpoint: 'webcheckout', statement: 'Check out in under 3 minutes, with no extra fees at the last step.', source: 'website', kind: 'functional', importance: 4, belief: 4, target: t('Median checkout time', 'min', 'at-most', 3), measure: m(['usage-data'], 2.6, 2.4, 0.4, 1, 1, 8), reality: [3.3, 0] },
  { key: 'uptime', touchpoint: 'webcheckout', statement: 'Our website is open for business 24/7.', source: 'website', kind: 'functional', importance: 3, belief: 4, target: t('Monthly availability', '%', 'at-least', 99.9), measure: m(['usage-data'], 99.86, 99.93, 0.08, 2, 99.3, 100), reality: [3.0, 0] },
  { key: 'freedelivery', touchpoint: 'webcheckout', statement: 'Free delivery on every order over £40.', source: 'price-list', kind: 'functional', importance: 4, belief: 4, reality: [3.6, 0] },
  // Buy — app
  { key: 'apprating', touchpoint: 'appbuy', statement: 'Our app is rated 4.5 stars or better.', source: 'advertising', kind: 'functional', importance: 3, belief: 3, target: t('Average store rating', 'stars', 'at-least', 4.5), measure: m(['usage-data'], 4.2, 4.3, 0.1, 1, 3.5, 5), reality: [2.4, 0.2] },
  { key: 'reserve', touchpoint: 'appbuy', statement: 'Reserve in the app and collect in store within an hour.', source: 'advertising', kind: 'functional', importance: 4, belief: 4, target: t('Time until ready for collection', 'min', 'at-most', 60), measure: m(['mystery-shop', 'usage-data'], 75, 55, 30, 0, 15, 240), reality: [2.3, 0.4] },
  { key: 'appdeals', touchpoint: 'appbuy', statement: 'App-only deals are real savings, never against an inflated "was" price.', source: 'advertising', kind: 'emotional', importance: 3, belief: 4 },
  // Receive & set up — click & collect
  { key: 'handover', touchpoint: 'collect', statement: 'Your click & collect order is in your hands within 5 minutes at the desk.', source: 'staff-script', kind: 'functional', importance: 3, belief: 4, target: t('Wait at the collection desk', 'min', 'at-most', 5), measure: m(['field-check', 'mystery-shop'], 4.5, 4.0, 2.5, 1, 0.5, 20), reality: [2.8, 0.1] },
  { key: 'checkgoods', touchpoint: 'collect', statement: 'We check the product with you before you leave the desk.', source: 'staff-script', kind: 'functional', importance: 2, belief: 3, reality: [1.7, 0.3] },
  // Receive & set up — home delivery
  { key: 'nextday', touchpoint: 'delivery', statement: 'Next-day delivery on large appliances ordered by 8 pm.', source: 'advertising', kind: 'functional', importance: 5, belief: 4, target: t('Days from order to delivery', 'days', 'at-most', 1), measure: m(['usage-data', 'survey'], 2.6, 2.1, 0.9, 0, 1, 7), reality: [1.4, 0.3] },
  { key: 'slot', touchpoint: 'delivery', statement: 'A 2-hour delivery slot, and a call 30 minutes before we arrive.', source: 'website', kind: 'functional', importance: 4, belief: 3, reality: [1.8, 0.5] },
  { key: 'install', touchpoint: 'delivery', statement: 'Our crew connects and tests your appliance and takes the old one away for free.', source: 'price-list', kind: 'functional', importance: 4, belief: 4, reality: [2.6, 0.1] },
  { key: 'homecare', touchpoint: 'delivery', statement: 'Our crews treat your home as their own: shoe covers on, packaging taken away.', source: 'brand-guideline', kind: 'emotional', importance: 3, belief: 4, reality: [3.1, 0] },
  // Receive & set up — app tracking and emails
  { key: 'livetrack', touchpoint: 'tracking', statement: 'Track your order live, from our warehouse to your door.', source: 'advertising', kind: 'functional', importance: 3, belief: 3, reality: [2.0, 0.3] },
  { key: 'nospam', touchpoint: 'tracking', statement: 'Our push notifications are about your order, never advertising.', source: 'brand-guideline', kind: 'emotional', importance: 1, belief: 3 },
  { key: 'confirm', touchpoint: 'orderemails', statement: 'Your order confirmation arrives within 5 minutes of paying.', source: 'website', kind: 'functional', importance: 2, belief: 4, target: t('Time to confirmation email', 'min', 'at-most', 5), measure: m(['usage-data', 'mystery-shop'], 2.5, 2.0, 2.0, 0, 1, 30), reality: [3.4, 0] },
  { key: 'delaynotice', touchpoint: 'orderemails', statement: 'If your delivery is late, we tell you before you have to ask.', source: 'website', kind: 'functional', importance: 5, belief: 3, reality: [0.8, 0.2] },
  // Get help — contact centre
  { key: 'answer', touchpoint: 'callcentre', statement: 'We answer every call within 2 minutes.', source: 'advertising', kind: 'functional', importance: 5, belief: 3, target: t('Call answer time', 's', 'at-most', 120), measure: m(['usage-data', 'mystery-shop'], 300, 190, 80, 0, 20, 900), reality: [1.1, 0.6] },
  { key: 'firstcall', touchpoint: 'callcentre', statement: 'One call is enough: we solve your problem on the first call.', source: 'advertising', kind: 'functional', importance: 5, belief: 3, target: t('First-contact resolution', '%', 'at-least', 80), measure: m(['usage-data'], 66, 70, 4, 0, 50, 90), reality: [1.7, 0.3] },
  { key: 'friendly', touchpoint: 'callcentre', statement: 'Our advisers are friendly and patient, and talk to you, not at you from a script.', source: 'brand-guideline', kind: 'emotional', importance: 4, belief: 4, reality: [2.7, 0.1] },
  { key: 'callback', touchpoint: 'callcentre', statement: 'If we promise to call you back, we call back the same working day.', source: 'staff-script', kind: 'functional', importance: 4, belief: 2, reality: [1.1, 0.3] },
  // Get help — Lumen Care desk
  { key: 'repair', touchpoint: 'caredesk', statement: 'Warranty repairs are done within 10 working days, or we replace the product.', source: 'contract', kind: 'functional', importance: 5, belief: 3, target: t('Repair turnaround', 'working days', 'at-most', 10), measure: m(['usage-data', 'interview'], 12, 10, 4, 0, 3, 30), reality: [1.9, 0.3] },
  { key: 'setuphelp', touchpoint: 'caredesk', statement: 'Free set-up help: bring in your new device and we set it up with you.', source: 'advertising', kind: 'functional', importance: 3, belief: 4, reality: [3.4, 0] },
  { key: 'plain', touchpoint: 'caredesk', statement: 'Our technicians explain in plain English, without jargon.', source: 'brand-guideline', kind: 'emotional', importance: 3, belief: 4, reality: [2.9, 0] },
  // Get help — website
  { key: 'chat', touchpoint: 'helpcentre', statement: 'Live chat answers within 60 seconds, from 8 am to 10 pm.', source: 'website', kind: 'functional', importance: 3, belief: 4, target: t('Chat first response', 's', 'at-most', 60), measure: m(['usage-data', 'mystery-shop'], 85, 60, 40, 0, 5, 600), reality: [2.2, 0.3] },
  { key: 'selfservice', touchpoint: 'helpcentre', statement: 'Answers to common questions are in our help centre, so you need not call.', source: 'website', kind: 'functional', importance: 2, belief: 3, reality: [2.0, 0], count: 3 },
  { key: 'nps', touchpoint: 'helpcentre', statement: 'Customers recommend us after they have needed help: an NPS of 40 or more.', source: 'brand-guideline', kind: 'emotional', importance: 4, belief: 3, target: t('NPS after a support contact', 'points', 'at-least', 40), measure: m(['survey'], 24, 31, 6, 0, -20, 80), reality: [1.9, 0.3] },
  // Return or leave — store
  { key: 'noquibble', touchpoint: 'returndesk', statement: '30-day no-quibble returns, and no receipt needed with your Lumen account.', source: 'contract', kind: 'functional', importance: 5, belief: 4, reality: [2.0, 0.2] },
  { key: 'samedayrefund', touchpoint: 'returndesk', statement: 'Return in store and the refund goes back to your card the same day.', source: 'price-list', kind: 'functional', importance: 4, belief: 4, reality: [2.4, 0] },
  { key: 'noblame', touchpoint: 'returndesk', statement: 'Returning is as easy as buying: no interrogation, no blame.', source: 'brand-guideline', kind: 'emotional', importance: 4, belief: 4, reality: [1.8, 0.3] },
  // Return or leave — online
  { key: 'pickup', touchpoint: 'webreturns', statement: 'Free collection of online returns within 3 working days.', source: 'website', kind: 'functional', importance: 4, belief: 3, target: t('Days to collection', 'working days', 'at-most', 3), measure: m(['usage-data', 'survey'], 3.6, 3.0, 1.2, 0, 1, 10), reality: [2.2, 0.2] },
  { key: 'refund5', touchpoint: 'webreturns', statement: 'Your refund within 5 working days of the return reaching us.', source: 'contract', kind: 'functional', importance: 4, belief: 3, target: t('Days to refund', 'working days', 'at-most', 5), measure: m(['usage-data'], 5.5, 4.5, 2, 0, 1, 15), reality: [2.4, 0.1] },
  // Return or leave — service plan
  { key: 'cancelcare', touchpoint: 'careline', statement: 'Cancel your Lumen Care plan at any time with one call, with no retention script.', source: 'contract', kind: 'functional', importance: 3, belief: 2, reality: [0.7, 0.2] },
  { key: 'goodbye', touchpoint: 'careline', statement: 'Leaving customers are thanked, not pressured: we want you back, not trapped.', source: 'brand-guideline', kind: 'emotional', importance: 2, belief: 4 },
];
