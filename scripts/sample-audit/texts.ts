// What people said and what observers noted, per promise (keys of content.ts). "bad" lines go
// with evidence that a promise was broken or partly kept, "good" lines with evidence it was kept.

export interface PromiseTexts {
  /** Customer quotes: surveys, interviews, reviews, complaints. */
  bad?: string[];
  good?: string[];
  /** The observer's own note: field checks, mystery shops, usage data. */
  noteBad?: string[];
  noteGood?: string[];
}

export const TEXTS: Record<string, PromiseTexts> = {
  greet: {
    bad: ['I wandered round the TVs for ages and nobody even looked up.'],
    good: ['Someone said hello as soon as I came in, without pouncing on me.'],
    noteBad: [
      'Three colleagues at the phone counter talking to each other; first contact only when I asked.',
    ],
    noteGood: ['Greeted at the door by the floor lead, who asked what I was looking for.'],
  },
  labels: {
    bad: [
      'The shelf said £499 and the till charged me £549; they only changed it when I went back.',
    ],
    good: ['Prices were clear and what I paid matched the label.'],
    noteBad: [
      'Seven of twenty sampled labels in small appliances missing or showing last month’s promotion.',
    ],
    noteGood: ['All sampled labels present, legible and matching the till price.'],
  },
  tidy: {
    bad: ['The store felt like a warehouse, boxes everywhere in the aisles.'],
    good: ['Lovely bright store, easy to find what I wanted.'],
    noteBad: ['Two display TVs switched off, empty cartons left in the laptop aisle.'],
    noteGood: ['Store clean and well lit; every display unit working.'],
  },
  stock: {
    bad: [
      'The website said 4 in stock at Stratford, I drove there and they had none.',
      'Third time the app said in stock and the shelf was empty.',
    ],
    noteBad: [
      'Website showed "in stock" for the kettle; the store system showed 0 and the shelf was empty.',
      'Stock feed updates overnight only: 11% of "in stock" products checked were not on the shelf.',
    ],
    noteGood: ['All five products shown in stock online were on the shelf.'],
  },
  specs: {
    bad: ['The page did not say if the washer fits under a counter; I had to ring to find out.'],
    good: ['Full dimensions and the energy label right there, very useful.'],
    noteBad: [
      'Delivery date on the page said "tomorrow"; checkout then offered the day after tomorrow.',
    ],
  },
  unsubscribe: {
    bad: ['I unsubscribed twice and still get the Friday email.'],
    noteBad: ['Unsubscribe link asks to log in first before it works.'],
    noteGood: ['One-click unsubscribe confirmed; no more emails after 48 hours.'],
  },
  clubprice: {
    bad: ['The Club email price was £20 more than the price on the website the same day.'],
  },
  honest: {
    bad: [
      'He kept steering me to the more expensive laptop, which I clearly did not need.',
      'Felt like I was being sold to, not helped.',
    ],
    good: [
      'She talked me out of the dearer model because it did nothing I needed. I will be back.',
    ],
    noteBad: [
      'Adviser recommended the model on the "push" list rather than the cheaper one that met the brief.',
    ],
    noteGood: [
      'Adviser asked about use and budget first and recommended a mid-range model that fitted.',
    ],
  },
  demo: {
    bad: ['Nobody could show me how the soundbar connects to the TV.'],
    good: ['He set up the coffee machine and made me a cup to show it working.'],
    noteBad: [
      'Colleague could not switch the display robot vacuum on; said the expert was on a break.',
    ],
    noteGood: ['Colleague demonstrated the air fryer presets confidently.'],
  },
  pricematch: {
    bad: [
      'They said price match only counts for shops, not websites, which is not what your advert says.',
      'I showed the cheaper price on my phone and was told the manager had to approve it, then waited 25 minutes.',
    ],
    good: ['Showed them the lower price, they refunded the difference on the spot.'],
    noteBad: [
      'Asked for a price match against an online retailer; colleague unsure of the policy and refused.',
    ],
    noteGood: ['Price match done at the till in under five minutes using the new procedure.'],
  },
  queue: {
    bad: ['Only one till open on a Saturday afternoon, the queue was out of the door.'],
    good: ['In and out quickly, there was a queue but they opened another till.'],
    noteBad: [
      'One of four tills open at 13:00; a second opened only after the queue reached nine people.',
    ],
    noteGood: ['Queue managed well: a colleague called customers to a second till.'],
  },
  payany: {
    good: ['Finance was approved while I waited, really painless.'],
    bad: ['The finance check took 40 minutes because the system was down.'],
    noteGood: ['Contactless, card and cash all accepted; finance decision in 8 minutes.'],
  },
  hardsell: {
    bad: [
      'I said no to the Care plan three times and she still would not stop.',
      'Made to feel stupid for not buying the insurance.',
    ],
    good: ['They mentioned the cover once and were fine when I said no.'],
    noteBad: [
      'Extended cover offered three times, including after a clear no; script requires a second offer.',
    ],
  },
  fastcheckout: {
    good: ['Quick and simple checkout, no surprises.'],
    noteGood: ['Checkout completed in 2 minutes 10 seconds with a saved card.'],
  },
  uptime: {
    noteBad: ['Website down for 47 minutes during the Sunday release.'],
  },
  freedelivery: {
    good: ['Free delivery on a £45 order, arrived the next day.'],
    bad: ['Charged £4.99 delivery on a £42 order because one item was "bulky".'],
  },
  apprating: {
    bad: ['App logs me out every time I open it. Two stars.'],
    good: ['Nice app, easy to reserve things.'],
    noteBad: ['Most one-star reviews since the April release mention log-outs.'],
  },
  reserve: {
    bad: ['Reserved at 10, the store texted "ready" at 2 in the afternoon.'],
    good: ['Reserved on the bus and it was ready when I got there.'],
    noteBad: ['Reserved at 11:05; "ready" message at 13:20; desk had not seen the order.'],
  },
  handover: {
    bad: ['Waited twenty minutes at collection while they searched the stockroom.'],
    good: ['Collected in two minutes, they had it ready behind the desk.'],
    noteBad: ['Collection desk unstaffed; had to ask at the tills to be served.'],
  },
  checkgoods: {
    bad: ['Got home and the box had been opened and the charger was missing.'],
    noteBad: ['Parcel handed over sealed without any offer to open and check it.'],
    noteGood: ['Colleague opened the box with me and checked the contents against the order.'],
  },
  nextday: {
    bad: [
      'Ordered Monday for "next day", the fridge came on Thursday.',
      'Took a day off work for a delivery that never came.',
    ],
    good: ['Ordered at 7 pm, washing machine installed by lunchtime next day. Impressive.'],
    noteBad: [
      'Carrier capacity report: 31% of next-day large appliance orders delivered on day 2 or later.',
    ],
  },
  slot: {
    bad: [
      'They gave me 7 am to 7 pm and no call before arriving.',
      'No call, the crew turned up while I was on the school run.',
    ],
    good: ['Got a text with a two-hour slot and a call half an hour before. Spot on.'],
  },
  install: {
    bad: ['They would not take the old dishwasher away because it was "not disconnected".'],
    good: ['Installed, tested and the old one taken away. No complaints.'],
  },
  homecare: {
    good: ['Very respectful crew, shoe covers on and every bit of packaging taken away.'],
    bad: ['They left the cardboard in my hallway.'],
  },
  livetrack: {
    bad: ['The app said "out for delivery" for two days.'],
    good: ['Could see the van on the map, very handy.'],
    noteBad: ['Tracking stuck at "in warehouse" for 38% of orders handed to the second carrier.'],
  },
  confirm: {
    bad: ['No confirmation email for an hour, I thought the payment had failed.'],
    noteGood: ['Confirmation email received 1 minute after payment.'],
  },
  delaynotice: {
    bad: [
      'Nobody told me it was late; I found out when I rang after waiting all day.',
      'I had to chase three times to find out where my cooker was.',
    ],
    good: ['Got a text the evening before saying it would be a day late, with a new slot.'],
    noteBad: [
      'No delay message sent for 9 of 10 late orders sampled; the system only emails on cancellation.',
    ],
  },
  answer: {
    bad: [
      'Twenty minutes of hold music and then cut off.',
      'It took me four attempts to get through to a person.',
    ],
    good: ['Got through in about a minute, which surprised me.'],
    noteBad: [
      'Called at 10:15 on a Monday; answered after 7 minutes 40 seconds, two menu layers first.',
    ],
    noteGood: ['Answered in 65 seconds on a Wednesday afternoon.'],
  },
  firstcall: {
    bad: ['Every call I have to explain everything from the start again.'],
    good: ['Sorted in one call, no transfer.'],
  },
  friendly: {
    bad: ['He read the same sentence at me three times.'],
    good: ['The lady on the phone was lovely and really patient with my dad.'],
    noteGood: ['Adviser warm and natural; used my name and summarised the next steps.'],
  },
  callback: {
    bad: [
      'Promised a call back the same day. Still waiting a week later.',
      'Nobody ever calls back, you have to chase.',
    ],
    noteBad: ['Callback requested at 11:00 on Tuesday; no call by Thursday.'],
  },
  repair: {
    bad: ['My laptop has been "at the repair centre" for four weeks.'],
    good: ['Repaired and back in eight days, as promised.'],
    noteBad: [
      'Repair tracker: median 12 working days; replacement offered in none of the overdue cases sampled.',
    ],
  },
  setuphelp: {
    good: ['They moved everything from my old phone to the new one while I had a coffee.'],
    noteGood: [
      'Set-up appointment offered for the same hour; data transfer completed in 25 minutes.',
    ],
  },
  plain: {
    good: ['He explained it like I was a human being, not an engineer.'],
    bad: ['Lots of talk about firmware and I still do not know what is wrong with it.'],
  },
  chat: {
    bad: ['Chat said I was number 14 in the queue.'],
    noteBad: [
      'Chat opened 21:40; "all agents are busy" and the chat closed at 22:00 without reply.',
    ],
    noteGood: ['Chat answered in 35 seconds, question resolved in the chat.'],
  },
  selfservice: {
    bad: ['Could not find anything about returning a faulty item bought on finance.'],
  },
  nps: {
    bad: ['Took three contacts to sort a simple fault, I would not recommend you.'],
    good: ['They fixed it quickly and kindly. I have told my friends.'],
  },
  noquibble: {
    bad: [
      'Without the receipt they would only give me a gift card, even though it is on my account.',
    ],
    good: ['No receipt, they found it on my account in seconds and refunded me.'],
    noteBad: ['Refused a receipt-less return although the purchase was on the Lumen account.'],
    noteGood: ['Return processed from the account history without a receipt.'],
  },
  samedayrefund: {
    bad: ['The refund took nine days to reach my card.'],
    noteGood: ['Refund showed as pending on the card within the hour.'],
  },
  noblame: {
    bad: [
      'They asked me over and over what I had "done to it".',
      'Treated like a criminal for returning a kettle.',
    ],
    good: ['No fuss at all, they just asked if I wanted a refund or an exchange.'],
    noteBad: ['Colleague asked why I was returning it four times and suggested it was misuse.'],
  },
  pickup: {
    bad: ['Booked a collection, the courier never came and nobody told me why.'],
    good: ['Collected two days later, easy.'],
  },
  refund5: {
    bad: ['Two weeks after they collected it I still have not been refunded.'],
  },
  cancelcare: {
    bad: [
      'Took three calls and forty minutes to cancel a plan I signed up for in two minutes.',
      'They kept offering me discounts instead of just cancelling.',
    ],
    noteBad: [
      'Three retention offers before the adviser agreed to cancel; cancellation letter not sent.',
    ],
    noteGood: [
      'Cancelled in one call after a single offer; confirmation email arrived the same day.',
    ],
  },
};

/** Notes for checks that produced no evidence, by outcome, in a store and elsewhere. */
export const NO_EVIDENCE_NOTES = {
  'not-applicable': {
    store: [
      'Not applicable at this store: the product range is not sold here.',
      'Not applicable: the situation did not arise during the check.',
    ],
    elsewhere: [
      'Not applicable: no order of this kind in the period.',
      'Not applicable: the situation did not arise during the check.',
    ],
  },
  'could-not-check': {
    store: [
      'Could not check: the store closed early for a stocktake.',
      'Could not check: no colleague was free during the visit.',
    ],
    elsewhere: [
      'Could not check: the system report for the week was not available.',
      'Could not check: the service was down at the time of the check.',
    ],
  },
} as const;
