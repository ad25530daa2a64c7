import type { SampleTexts } from '../localize';

/** The sample audit in Russian: its promises, by the English text. */
export const promises: SampleTexts = {
  'Our staff greet you within a minute of entering the store.':
    'Наши сотрудники приветствуют вас в течение минуты после входа в магазин.',
  'Every product on display has a clear price label, and the shelf price is the price you pay.':
    'У каждого товара на витрине есть понятный ценник, и цена на полке — это цена, которую вы платите.',
  'Our stores are bright, tidy and a pleasure to explore.':
    'Наши магазины светлые, опрятные, и в них приятно находиться.',
  'Stock shown online is live: if the website says it is in stock at your store, it is on the shelf.':
    'Наличие на сайте отображается в реальном времени: если сайт говорит, что товар есть в вашем магазине, он есть на полке.',
  'Every product page shows the full specification, the energy label and the real delivery date.':
    'На каждой странице товара — полные характеристики, энергетическая маркировка и реальная дата доставки.',
  'Honest reviews: we publish every verified review, good or bad.':
    'Честные отзывы: мы публикуем каждый проверенный отзыв, хороший или плохой.',
  'Our emails bring only offers that matter to you, and you can unsubscribe in one click.':
    'Наши письма содержат только важные для вас предложения, а отписаться можно в один клик.',
  'Lumen Club prices in your email are the lowest prices we offer anywhere.':
    'Цены Lumen Club в ваших письмах — самые низкие из всех наших цен.',
  'Our experts give honest advice: we recommend what you need, not what earns us most.':
    'Наши эксперты честно консультируют: мы советуем то, что нужно вам, а не то, на чём больше зарабатываем.',
  'Every colleague on the floor can demonstrate any product on display.':
    'Каждый сотрудник торгового зала может продемонстрировать любой выставленный товар.',
  'Price match: if you find it cheaper within 14 days, we refund the difference.':
    'Гарантия лучшей цены: если в течение 14 дней вы найдёте дешевле, мы вернём разницу.',
  'You never queue more than 5 minutes at the till.':
    'Вы никогда не стоите в очереди на кассе дольше 5 минут.',
  'Pay any way you like: card, phone, cash, or 0% finance approved in 10 minutes.':
    'Платите как удобно: картой, телефоном, наличными или в рассрочку под 0% с одобрением за 10 минут.',
  'No hard sell: we offer extended cover once, and we respect your no.':
    'Без навязывания: мы предлагаем расширенную гарантию один раз и уважаем ваш отказ.',
  'Check out in under 3 minutes, with no extra fees at the last step.':
    'Оформление заказа меньше чем за 3 минуты, без дополнительных сборов на последнем шаге.',
  'Our website is open for business 24/7.': 'Наш сайт работает 24/7.',
  'Free delivery on every order over £40.': 'Бесплатная доставка каждого заказа дороже £40.',
  'Our app is rated 4.5 stars or better.': 'Рейтинг нашего приложения — 4,5 звезды или выше.',
  'Reserve in the app and collect in store within an hour.':
    'Зарезервируйте в приложении и заберите в магазине в течение часа.',
  'App-only deals are real savings, never against an inflated "was" price.':
    'Скидки только в приложении — это реальная экономия, а не скидка от завышенной «старой» цены.',
  'Your click & collect order is in your hands within 5 minutes at the desk.':
    'Заказ с самовывозом оказывается у вас в руках в течение 5 минут у стойки.',
  'We check the product with you before you leave the desk.':
    'Мы проверяем товар вместе с вами, прежде чем вы отойдёте от стойки.',
  'Next-day delivery on large appliances ordered by 8 pm.':
    'Доставка крупной техники на следующий день при заказе до 20:00.',
  'A 2-hour delivery slot, and a call 30 minutes before we arrive.':
    'Двухчасовой интервал доставки и звонок за 30 минут до приезда.',
  'Our crew connects and tests your appliance and takes the old one away for free.':
    'Наша бригада подключит и проверит вашу технику и бесплатно вывезет старую.',
  'Our crews treat your home as their own: shoe covers on, packaging taken away.':
    'Наши бригады относятся к вашему дому как к своему: работают в бахилах и забирают упаковку с собой.',
  'Track your order live, from our warehouse to your door.':
    'Отслеживайте заказ в реальном времени — от нашего склада до вашей двери.',
  'Our push notifications are about your order, never advertising.':
    'Наши push-уведомления — только о вашем заказе, никакой рекламы.',
  'Your order confirmation arrives within 5 minutes of paying.':
    'Подтверждение заказа приходит в течение 5 минут после оплаты.',
  'If your delivery is late, we tell you before you have to ask.':
    'Если доставка задерживается, мы сообщаем об этом раньше, чем вам придётся спросить.',
  'We answer every call within 2 minutes.': 'Мы отвечаем на каждый звонок в течение 2 минут.',
  'One call is enough: we solve your problem on the first call.':
    'Достаточно одного звонка: мы решаем вашу проблему с первого обращения.',
  'Our advisers are friendly and patient, and talk to you, not at you from a script.':
    'Наши консультанты доброжелательны и терпеливы и разговаривают с вами, а не читают скрипт.',
  'If we promise to call you back, we call back the same working day.':
    'Если мы обещаем перезвонить, мы перезваниваем в тот же рабочий день.',
  'Warranty repairs are done within 10 working days, or we replace the product.':
    'Гарантийный ремонт выполняется за 10 рабочих дней, иначе мы заменим товар.',
  'Free set-up help: bring in your new device and we set it up with you.':
    'Бесплатная помощь с настройкой: принесите новое устройство, и мы настроим его вместе с вами.',
  'Our technicians explain in plain English, without jargon.':
    'Наши техники объясняют простым языком, без жаргона.',
  'Live chat answers within 60 seconds, from 8 am to 10 pm.':
    'Онлайн-чат отвечает в течение 60 секунд, с 8:00 до 22:00.',
  'Answers to common questions are in our help centre, so you need not call.':
    'Ответы на частые вопросы есть в нашем справочном центре, так что звонить не нужно.',
  'Customers recommend us after they have needed help: an NPS of 40 or more.':
    'Клиенты рекомендуют нас после обращения за помощью: NPS 40 или выше.',
  '30-day no-quibble returns, and no receipt needed with your Lumen account.':
    'Возврат в течение 30 дней без лишних вопросов, а с аккаунтом Lumen чек не нужен.',
  'Return in store and the refund goes back to your card the same day.':
    'Верните товар в магазин — деньги вернутся на карту в тот же день.',
  'Returning is as easy as buying: no interrogation, no blame.':
    'Вернуть так же легко, как купить: без допросов и обвинений.',
  'Free collection of online returns within 3 working days.':
    'Бесплатный забор онлайн-возвратов в течение 3 рабочих дней.',
  'Your refund within 5 working days of the return reaching us.':
    'Возмещение в течение 5 рабочих дней после того, как возврат поступит к нам.',
  'Cancel your Lumen Care plan at any time with one call, with no retention script.':
    'Отказаться от плана Lumen Care можно в любой момент одним звонком, без скрипта удержания.',
  'Leaving customers are thanked, not pressured: we want you back, not trapped.':
    'Уходящих клиентов благодарят, а не уговаривают: мы хотим, чтобы вы вернулись, а не чувствовали себя в ловушке.',
};
