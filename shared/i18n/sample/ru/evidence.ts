import type { SampleTexts } from '../localize';

/** The sample audit in Russian: observers' notes and customers' own words, by the English text. */
export const evidence: SampleTexts = {
  'Adviser recommended the model on the "push" list rather than the cheaper one that met the brief.':
    'Консультант порекомендовал модель из списка «продвигаемых», а не более дешёвую, которая подходила под запрос.',
  'Asked for a price match against an online retailer; colleague unsure of the policy and refused.':
    'Попросил уравнять цену с интернет-магазином; сотрудник не знал правил и отказал.',
  'Extended cover offered three times, including after a clear no; script requires a second offer.':
    'Расширенную гарантию предложили трижды, в том числе после чёткого отказа; скрипт требует повторного предложения.',
  'Store clean and well lit; every display unit working.':
    'Магазин чистый и хорошо освещён; все демонстрационные образцы работают.',
  'Parcel handed over sealed without any offer to open and check it.':
    'Посылку выдали запечатанной, не предложив вскрыть и проверить.',
  'Return processed from the account history without a receipt.':
    'Возврат оформлен по истории покупок в аккаунте, без чека.',
  'Colleague asked why I was returning it four times and suggested it was misuse.':
    'Сотрудник четыре раза спросил, почему я возвращаю товар, и намекнул на неправильную эксплуатацию.',
  'Set-up appointment offered for the same hour; data transfer completed in 25 minutes.':
    'Запись на настройку предложили на тот же час; перенос данных занял 25 минут.',
  'All sampled labels present, legible and matching the till price.':
    'Все проверенные ценники на месте, читаемы и совпадают с ценой на кассе.',
  'The till honoured the price match, but only after the colleague fetched a manager.':
    'На кассе разницу в цене вернули, но только после того, как сотрудник позвал менеджера.',
  'Could not check: no collections at the desk during the visit.':
    'Не удалось проверить: во время визита на стойке не было выдач.',
  'Not applicable: no order of this kind in the period.':
    'Неприменимо: заказов такого вида за период не было.',
  'Not applicable: the situation did not arise during the check.':
    'Неприменимо: во время проверки такой ситуации не возникло.',
  'Website showed "in stock" for the kettle; the store system showed 0 and the shelf was empty.':
    'Сайт показывал «в наличии» для чайника; в системе магазина — 0, полка пустая.',
  'Three colleagues at the phone counter talking to each other; first contact only when I asked.':
    'Трое сотрудников у стойки телефонов разговаривали друг с другом; первый контакт — только когда я сам обратился.',
  'Refused a receipt-less return although the purchase was on the Lumen account.':
    'Отказали в возврате без чека, хотя покупка была в аккаунте Lumen.',
  'Adviser asked about use and budget first and recommended a mid-range model that fitted.':
    'Консультант сначала спросил о назначении и бюджете и порекомендовал подходящую модель среднего класса.',
  'Could not check: the store closed early for a stocktake.':
    'Не удалось проверить: магазин закрылся раньше из-за инвентаризации.',
  'Checkout completed in 2 minutes 10 seconds with a saved card.':
    'Заказ оформлен за 2 минуты 10 секунд с сохранённой картой.',
  'Called at 10:15 on a Monday; answered after 7 minutes 40 seconds, two menu layers first.':
    'Звонок в понедельник в 10:15; ответили через 7 минут 40 секунд, перед этим два уровня меню.',
  'Stock feed updates overnight only: 11% of "in stock" products checked were not on the shelf.':
    'Данные о наличии обновляются только ночью: 11% проверенных товаров «в наличии» на полке не было.',
  'Seven of twenty sampled labels in small appliances missing or showing last month’s promotion.':
    'Семь из двадцати проверенных ценников в отделе мелкой бытовой техники отсутствуют или показывают акцию прошлого месяца.',
  'Two display TVs switched off, empty cartons left in the laptop aisle.':
    'Два демонстрационных телевизора выключены, в проходе с ноутбуками оставлены пустые коробки.',
  'Carrier capacity report: 31% of next-day large appliance orders delivered on day 2 or later.':
    'Отчёт о мощностях перевозчика: 31% заказов крупной техники с доставкой на следующий день доставлены на второй день или позже.',
  'Contactless, card and cash all accepted; finance decision in 8 minutes.':
    'Принимают бесконтактную оплату, карты и наличные; решение по рассрочке за 8 минут.',
  'Unsubscribe link asks to log in first before it works.':
    'Ссылка для отписки сначала требует войти в аккаунт.',
  'Collection desk unstaffed; had to ask at the tills to be served.':
    'На стойке самовывоза никого; чтобы обслужили, пришлось обратиться на кассу.',
  'No delay message sent for 9 of 10 late orders sampled; the system only emails on cancellation.':
    'По 9 из 10 проверенных задержанных заказов сообщение о задержке не отправлено; система пишет только при отмене.',
  'Queue managed well: a colleague called customers to a second till.':
    'Очередью управляли хорошо: сотрудник приглашал покупателей на вторую кассу.',
  'Callback requested at 11:00 on Tuesday; no call by Thursday.':
    'Обратный звонок заказан на вторник, 11:00; к четвергу никто не позвонил.',
  'Reserved on the bus and it was ready when I got there.':
    'Зарезервировала в автобусе, и к моему приходу всё было готово.',
  'I had to chase three times to find out where my cooker was.':
    'Мне пришлось трижды напоминать, чтобы узнать, где моя плита.',
  'I showed the cheaper price on my phone and was told the manager had to approve it, then waited 25 minutes.':
    'Я показал цену дешевле на телефоне, мне сказали, что нужно одобрение менеджера, и я ждал 25 минут.',
  'He kept steering me to the more expensive laptop, which I clearly did not need.':
    'Он всё время подталкивал меня к более дорогому ноутбуку, который мне явно был не нужен.',
  'I unsubscribed twice and still get the Friday email.':
    'Я дважды отписался, а пятничное письмо всё равно приходит.',
  'He read the same sentence at me three times.': 'Он прочитал мне одну и ту же фразу три раза.',
  'They would not take the old dishwasher away because it was "not disconnected".':
    'Старую посудомойку не забрали, потому что она была «не отключена».',
  'Finance was approved while I waited, really painless.':
    'Рассрочку одобрили, пока я ждал, — совершенно безболезненно.',
  'Only one till open on a Saturday afternoon, the queue was out of the door.':
    'В субботу днём работала одна касса, очередь стояла до дверей.',
  'The app said "out for delivery" for two days.':
    'В приложении два дня было написано «передан курьеру».',
  'No fuss at all, they just asked if I wanted a refund or an exchange.':
    'Никакой суеты, просто спросили, хочу я вернуть деньги или обменять.',
  'They gave me 7 am to 7 pm and no call before arriving.':
    'Мне дали интервал с 7 утра до 7 вечера и не позвонили перед приездом.',
  'Lovely bright store, easy to find what I wanted.':
    'Светлый, приятный магазин, легко найти то, что нужно.',
  'They said price match only counts for shops, not websites, which is not what your advert says.':
    'Сказали, что уравнивание цены действует только для магазинов, а не для сайтов, хотя в вашей рекламе сказано другое.',
  'My laptop has been "at the repair centre" for four weeks.':
    'Мой ноутбук уже четыре недели «в ремонтном центре».',
  'Without the receipt they would only give me a gift card, even though it is on my account.':
    'Без чека мне предложили только подарочную карту, хотя покупка есть в моём аккаунте.',
  'I said no to the Care plan three times and she still would not stop.':
    'Я трижды отказалась от плана Care, а она всё не унималась.',
  'Installed, tested and the old one taken away. No complaints.':
    'Установили, проверили, старую забрали. Никаких претензий.',
  'Promised a call back the same day. Still waiting a week later.':
    'Обещали перезвонить в тот же день. Жду уже неделю.',
  'Nice app, easy to reserve things.': 'Хорошее приложение, легко резервировать товары.',
  'I wandered round the TVs for ages and nobody even looked up.':
    'Я долго ходил среди телевизоров, и никто даже не поднял глаз.',
  'Chat said I was number 14 in the queue.': 'Чат сообщил, что я 14-й в очереди.',
  'In and out quickly, there was a queue but they opened another till.':
    'Быстро зашёл и вышел: была очередь, но открыли ещё одну кассу.',
  'Waited twenty minutes at collection while they searched the stockroom.':
    'Двадцать минут ждал на выдаче, пока искали на складе.',
  'Two weeks after they collected it I still have not been refunded.':
    'Через две недели после того, как забрали товар, деньги так и не вернули.',
  'They moved everything from my old phone to the new one while I had a coffee.':
    'Перенесли всё со старого телефона на новый, пока я пил кофе.',
  'Nobody ever calls back, you have to chase.':
    'Никто никогда не перезванивает, приходится напоминать самому.',
  'Took a day off work for a delivery that never came.':
    'Взял отгул ради доставки, которая так и не приехала.',
  'Ordered Monday for "next day", the fridge came on Thursday.':
    'Заказал в понедельник «на завтра», холодильник привезли в четверг.',
  'Free delivery on a £45 order, arrived the next day.':
    'Бесплатная доставка заказа на £45, привезли на следующий день.',
  'Full dimensions and the energy label right there, very useful.':
    'Все размеры и энергетическая маркировка прямо на странице — очень удобно.',
  'Lots of talk about firmware and I still do not know what is wrong with it.':
    'Много говорили про прошивку, а я так и не знаю, что с ним не так.',
  'He explained it like I was a human being, not an engineer.':
    'Он объяснил всё по-человечески, а не как инженеру.',
  'Treated like a criminal for returning a kettle.':
    'Обращались как с преступником из-за возврата чайника.',
  'Could see the van on the map, very handy.': 'Видел фургон на карте — очень удобно.',
  'The refund took nine days to reach my card.': 'Деньги шли на карту девять дней.',
  'Nobody told me it was late; I found out when I rang after waiting all day.':
    'Никто не сказал, что доставка задерживается; я узнала, когда позвонила, прождав весь день.',
  'Showed them the lower price, they refunded the difference on the spot.':
    'Показал цену ниже — разницу вернули на месте.',
  'Took three calls and forty minutes to cancel a plan I signed up for in two minutes.':
    'Три звонка и сорок минут, чтобы отказаться от плана, который я оформил за две минуты.',
  'Very respectful crew, shoe covers on and every bit of packaging taken away.':
    'Очень вежливая бригада, в бахилах, и всю упаковку забрали до последнего кусочка.',
  'Nobody could show me how the soundbar connects to the TV.':
    'Никто не смог показать, как саундбар подключается к телевизору.',
  'The store felt like a warehouse, boxes everywhere in the aisles.':
    'Магазин был похож на склад, коробки по всем проходам.',
  'Collected two days later, easy.': 'Забрали через два дня, всё просто.',
  'He set up the coffee machine and made me a cup to show it working.':
    'Он настроил кофемашину и сварил мне чашку, чтобы показать, что всё работает.',
  'Collected in two minutes, they had it ready behind the desk.':
    'Забрал за две минуты, заказ уже ждал за стойкой.',
  'Prices were clear and what I paid matched the label.':
    'Цены понятные, и я заплатила ровно столько, сколько на ценнике.',
  'They mentioned the cover once and were fine when I said no.':
    'Про гарантию сказали один раз и спокойно приняли мой отказ.',
  'Every call I have to explain everything from the start again.':
    'При каждом звонке приходится объяснять всё с самого начала.',
  'Booked a collection, the courier never came and nobody told me why.':
    'Заказал забор, курьер так и не пришёл, и никто не объяснил почему.',
  'Third time the app said in stock and the shelf was empty.':
    'Уже третий раз приложение пишет «в наличии», а полка пустая.',
  'Took three contacts to sort a simple fault, I would not recommend you.':
    'Понадобилось три обращения, чтобы решить простую неисправность. Не порекомендую вас.',
  'The page did not say if the washer fits under a counter; I had to ring to find out.':
    'На странице не было сказано, встаёт ли стиральная машина под столешницу; пришлось звонить, чтобы узнать.',
  'Got a text with a two-hour slot and a call half an hour before. Spot on.':
    'Пришло SMS с двухчасовым интервалом и звонок за полчаса. Чётко.',
  'They kept offering me discounts instead of just cancelling.':
    'Вместо того чтобы просто отключить, мне всё предлагали скидки.',
  'Someone said hello as soon as I came in, without pouncing on me.':
    'Со мной поздоровались, как только я вошёл, и не набросились.',
  'The website said 4 in stock at Stratford, I drove there and they had none.':
    'На сайте было написано, что в Стратфорде 4 штуки в наличии, я приехал — а их нет.',
  'Quick and simple checkout, no surprises.': 'Быстрое и простое оформление, без сюрпризов.',
  'Felt like I was being sold to, not helped.': 'Было ощущение, что мне продают, а не помогают.',
  'The lady on the phone was lovely and really patient with my dad.':
    'Девушка по телефону была очень милой и терпеливой с моим папой.',
  'They asked me over and over what I had "done to it".':
    'Меня раз за разом спрашивали, что я с ним «сделал».',
};
