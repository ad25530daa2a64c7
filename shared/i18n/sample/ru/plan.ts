import type { SampleTexts } from '../localize';

/** The sample audit in Russian: its plan, by the English text. */
export const plan: SampleTexts = {
  'Answer calls within 2 minutes at the Monday and post-sale peaks':
    'Отвечать на звонки в течение 2 минут в пики понедельников и после распродаж',
  'Staffing is planned on last year’s weekly averages, not on half-hour demand; the phone menu adds about 50 seconds before a call even queues.':
    'Смены планируются по прошлогодним средненедельным данным, а не по спросу с шагом в полчаса; голосовое меню добавляет около 50 секунд ещё до того, как звонок попадает в очередь.',
  'Plan rotas by half hour from the telephony data; train 12 store colleagues to take overflow calls at peaks; cut the phone menu to two options.':
    'Планировать графики по получасам на основе данных телефонии; обучить 12 сотрудников магазинов принимать избыточные звонки в пики; сократить голосовое меню до двух пунктов.',
  'Answer time on the weekly service review with a named owner; an alert when the rolling 15-minute answer time passes 90 seconds.':
    'Время ответа — в еженедельном обзоре сервиса с назначенным ответственным; оповещение, когда скользящее 15-минутное время ответа превышает 90 секунд.',
  'Gareth Lloyd, Head of Customer Service': 'Gareth Lloyd, руководитель службы клиентского сервиса',
  'Median answer time about 4 minutes in wave 1; Mondays and the week after a sale far worse. Callers hang up and try again, which adds to the queue.':
    'Медианное время ответа в первой волне — около 4 минут; по понедельникам и в неделю после распродажи намного хуже. Звонящие кладут трубку и перезванивают, что удлиняет очередь.',
  'Nine calls in ten answered within 2 minutes, every day of the week, including sale weeks.':
    'Девять звонков из десяти принимаются в течение 2 минут в любой день недели, включая недели распродаж.',
  'Tell customers about a late delivery before they have to ask':
    'Сообщать клиентам о задержке доставки раньше, чем им придётся спросить',
  'The order system only emails on cancellation; carriers report delays in a daily file that nobody acts on.':
    'Система заказов отправляет письмо только при отмене; перевозчики сообщают о задержках в ежедневном файле, по которому никто ничего не делает.',
  'Read the carriers’ delay status every hour and send a delay message with a rebooking link automatically.':
    'Каждый час считывать статус задержек у перевозчиков и автоматически отправлять сообщение о задержке со ссылкой для переноса.',
  'Share of late orders with a delay message tracked monthly by Logistics; the carrier contract requires status within the hour.':
    'Логистика ежемесячно отслеживает долю задержанных заказов, по которым ушло сообщение о задержке; договор с перевозчиком требует передавать статус в течение часа.',
  'Nadia Hussain, Head of Logistics': 'Nadia Hussain, руководитель логистики',
  'Almost no late delivery is announced: customers find out by waiting in, then calling the contact centre.':
    'Почти ни об одной задержке доставки не сообщается: клиенты узнают о ней, прождав дома, а потом звонят в контакт-центр.',
  'Every late or rescheduled delivery triggers a text and an email with a new slot, at least 12 hours before the original slot.':
    'Каждая задержанная или перенесённая доставка вызывает SMS и письмо с новым интервалом не позднее чем за 12 часов до исходного интервала.',
  'Make price match work at every till':
    'Сделать так, чтобы гарантия лучшей цены работала на каждой кассе',
  'The policy changed in 2025 to include online retailers, but the till procedure and the staff briefing did not.':
    'В 2025 году политику расширили на интернет-магазины, но кассовую процедуру и инструктаж персонала не обновили.',
  'A one-page procedure at every till; till code PM14 refunds the difference without a manager; a 20-minute briefing for all floor staff.':
    'Одностраничная инструкция на каждой кассе; кассовый код PM14 возвращает разницу без менеджера; 20-минутный инструктаж для всех сотрудников зала.',
  'Price match is part of the monthly mystery shop; refunds by store are reviewed every month.':
    'Гарантия лучшей цены входит в ежемесячную проверку «тайный покупатель»; возвраты разницы по магазинам разбираются каждый месяц.',
  'Mark Ellison, Retail Operations Director': 'Mark Ellison, директор розничной сети',
  'In wave 1 most price-match requests were refused or sent to a manager; colleagues did not know online retailers count.':
    'В первой волне большинство запросов на уравнивание цены отклонялись или передавались менеджеру; сотрудники не знали, что интернет-магазины тоже считаются.',
  'A valid price match is honoured at the till in under 5 minutes, in every store.':
    'Обоснованный запрос на уравнивание цены выполняется на кассе меньше чем за 5 минут в каждом магазине.',
  'Let customers cancel Lumen Care in one call':
    'Дать клиентам отказаться от Lumen Care одним звонком',
  'Advisers on the plan line are paid a bonus on plans saved, so the script pushes three offers before a cancellation.':
    'Консультанты линии сервисных планов получают бонус за каждый сохранённый план, поэтому скрипт навязывает три предложения перед отказом.',
  'Drop the retention bonus and the three-offer script; one offer, then cancel and confirm by email.':
    'Отменить бонус за удержание и скрипт с тремя предложениями; одно предложение, затем отказ и подтверждение по электронной почте.',
  'Cancelling a plan takes several calls and retention offers; the cancellation letter is often not sent.':
    'Отказ от плана требует нескольких звонков и предложений об удержании; письмо об отказе часто не приходит.',
  'One call, at most one offer, written confirmation the same day.':
    'Один звонок, не больше одного предложения, письменное подтверждение в тот же день.',
  'Rebuild the large-appliance delivery promise on real carrier capacity':
    'Перестроить обещание о доставке крупной техники на реальных мощностях перевозчиков',
  'The website offers next day on every postcode while the second carrier covers a third of the country on a 48-hour cycle.':
    'Сайт предлагает доставку на следующий день для любого индекса, хотя второй перевозчик обслуживает треть страны с циклом 48 часов.',
  'Show the delivery date from the carrier’s live capacity; give the crew app an automatic "30 minutes away" call.':
    'Показывать дату доставки по актуальной загрузке перевозчика; добавить в приложение бригады автоматический звонок «будем через 30 минут».',
  'Promise kept rate per carrier in the monthly carrier review, with penalties in the new contract.':
    'Доля выполненных обещаний по каждому перевозчику — в ежемесячном обзоре перевозчиков, со штрафами в новом договоре.',
  'Next-day delivery, the 2-hour slot and the call before arrival are each kept for about half of customers; complaints peak on Mondays.':
    'Доставка на следующий день, двухчасовой интервал и звонок перед приездом выполняются примерно для половины клиентов; пик жалоб — по понедельникам.',
  'Delivery promises shown at checkout only where the carrier has the capacity; next day kept for 95% of orders that get it.':
    'Обещания о доставке показываются при оформлении заказа только там, где у перевозчика есть мощности; доставка на следующий день выполняется для 95% заказов, которым она обещана.',
  'Offer extended cover once, and take no for an answer':
    'Предлагать расширенную гарантию один раз и принимать отказ',
  'The till script asks for a second offer, and store targets reward attachment rate alone.':
    'Кассовый скрипт требует повторного предложения, а планы магазинов поощряют только долю подключений.',
  'Mystery shoppers are offered Lumen Care two or three times at the till, even after saying no.':
    'Тайным покупателям предлагают Lumen Care на кассе два-три раза, даже после отказа.',
  'One offer, explained in a sentence; a no ends the conversation.':
    'Одно предложение, объяснённое одной фразой; отказ завершает разговор.',
};
