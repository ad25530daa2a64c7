// The sample's plan: actions on the promises that break most, and one on a whole touchpoint.
import type { Action } from '../../shared/domain';

export interface ActionRow {
  /** The gap it closes: a promise key or a touchpoint key of content.ts. */
  promise?: string;
  touchpoint?: string;
  title: string;
  current: string;
  future: string;
  targetScore: number;
  targetDate: string;
  cause: string;
  remedy: string;
  prevention: string;
  owner: string;
  dueDate: string | null;
  priority: Action['priority'];
  effort: Action['effort'];
  status: Action['status'];
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const ACTIONS: ActionRow[] = [
  {
    promise: 'answer',
    title: 'Answer calls within 2 minutes at the Monday and post-sale peaks',
    current:
      'Median answer time about 4 minutes in wave 1; Mondays and the week after a sale far worse. Callers hang up and try again, which adds to the queue.',
    future:
      'Nine calls in ten answered within 2 minutes, every day of the week, including sale weeks.',
    targetScore: 75,
    targetDate: '2026-12-31',
    cause:
      'Staffing is planned on last year’s weekly averages, not on half-hour demand; the phone menu adds about 50 seconds before a call even queues.',
    remedy:
      'Plan rotas by half hour from the telephony data; train 12 store colleagues to take overflow calls at peaks; cut the phone menu to two options.',
    prevention:
      'Answer time on the weekly service review with a named owner; an alert when the rolling 15-minute answer time passes 90 seconds.',
    owner: 'Gareth Lloyd, Head of Customer Service',
    dueDate: '2026-10-31',
    priority: 'critical',
    effort: 'large',
    status: 'in-progress',
    doneAt: null,
    createdAt: '2026-06-09T10:15:00.000Z',
    updatedAt: '2026-09-15T14:20:00.000Z',
  },
  {
    promise: 'delaynotice',
    title: 'Tell customers about a late delivery before they have to ask',
    current:
      'Almost no late delivery is announced: customers find out by waiting in, then calling the contact centre.',
    future:
      'Every late or rescheduled delivery triggers a text and an email with a new slot, at least 12 hours before the original slot.',
    targetScore: 75,
    targetDate: '2027-01-31',
    cause:
      'The order system only emails on cancellation; carriers report delays in a daily file that nobody acts on.',
    remedy:
      'Read the carriers’ delay status every hour and send a delay message with a rebooking link automatically.',
    prevention:
      'Share of late orders with a delay message tracked monthly by Logistics; the carrier contract requires status within the hour.',
    owner: 'Nadia Hussain, Head of Logistics',
    dueDate: '2026-11-30',
    priority: 'high',
    effort: 'medium',
    status: 'committed',
    doneAt: null,
    createdAt: '2026-06-09T10:40:00.000Z',
    updatedAt: '2026-07-02T09:05:00.000Z',
  },
  {
    promise: 'pricematch',
    title: 'Make price match work at every till',
    current:
      'In wave 1 most price-match requests were refused or sent to a manager; colleagues did not know online retailers count.',
    future: 'A valid price match is honoured at the till in under 5 minutes, in every store.',
    targetScore: 80,
    targetDate: '2026-09-30',
    cause:
      'The policy changed in 2025 to include online retailers, but the till procedure and the staff briefing did not.',
    remedy:
      'A one-page procedure at every till; till code PM14 refunds the difference without a manager; a 20-minute briefing for all floor staff.',
    prevention:
      'Price match is part of the monthly mystery shop; refunds by store are reviewed every month.',
    owner: 'Mark Ellison, Retail Operations Director',
    dueDate: '2026-07-31',
    priority: 'high',
    effort: 'small',
    status: 'done',
    doneAt: '2026-08-05',
    createdAt: '2026-06-09T11:00:00.000Z',
    updatedAt: '2026-08-05T16:30:00.000Z',
  },
  {
    promise: 'cancelcare',
    title: 'Let customers cancel Lumen Care in one call',
    current:
      'Cancelling a plan takes several calls and retention offers; the cancellation letter is often not sent.',
    future: 'One call, at most one offer, written confirmation the same day.',
    targetScore: 75,
    targetDate: '2027-03-31',
    cause:
      'Advisers on the plan line are paid a bonus on plans saved, so the script pushes three offers before a cancellation.',
    remedy:
      'Drop the retention bonus and the three-offer script; one offer, then cancel and confirm by email.',
    prevention: '',
    owner: '',
    dueDate: null,
    priority: 'high',
    effort: 'small',
    status: 'proposed',
    doneAt: null,
    createdAt: '2026-06-10T09:30:00.000Z',
    updatedAt: '2026-06-10T09:30:00.000Z',
  },
  {
    touchpoint: 'delivery',
    title: 'Rebuild the large-appliance delivery promise on real carrier capacity',
    current:
      'Next-day delivery, the 2-hour slot and the call before arrival are each kept for about half of customers; complaints peak on Mondays.',
    future:
      'Delivery promises shown at checkout only where the carrier has the capacity; next day kept for 95% of orders that get it.',
    targetScore: 70,
    targetDate: '2027-03-31',
    cause:
      'The website offers next day on every postcode while the second carrier covers a third of the country on a 48-hour cycle.',
    remedy:
      'Show the delivery date from the carrier’s live capacity; give the crew app an automatic "30 minutes away" call.',
    prevention:
      'Promise kept rate per carrier in the monthly carrier review, with penalties in the new contract.',
    owner: 'Nadia Hussain, Head of Logistics',
    dueDate: '2027-02-28',
    priority: 'high',
    effort: 'large',
    status: 'committed',
    doneAt: null,
    createdAt: '2026-06-10T10:00:00.000Z',
    updatedAt: '2026-07-14T11:45:00.000Z',
  },
  {
    promise: 'hardsell',
    title: 'Offer extended cover once, and take no for an answer',
    current:
      'Mystery shoppers are offered Lumen Care two or three times at the till, even after saying no.',
    future: 'One offer, explained in a sentence; a no ends the conversation.',
    targetScore: 75,
    targetDate: '2026-12-31',
    cause:
      'The till script asks for a second offer, and store targets reward attachment rate alone.',
    remedy: '',
    prevention: '',
    owner: '',
    dueDate: null,
    priority: 'medium',
    effort: 'medium',
    status: 'proposed',
    doneAt: null,
    createdAt: '2026-09-21T15:10:00.000Z',
    updatedAt: '2026-09-21T15:10:00.000Z',
  },
];
