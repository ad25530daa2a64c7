import type { SampleTexts } from '../localize';

/** The sample audit in Russian: the audit itself, its journey, touchpoints, targets, places and visit scenarios, by the English text. */
export const journey: SampleTexts = {
  'Brand promise audit 2026': 'Аудит обещаний бренда 2026',
  'Every promise Lumen Home & Electronics makes to consumers in the UK, in its stores, on lumen.co.uk, in the Lumen app, at the contact centre and by email, from the first browse to a return or the end of a service plan. Evidence comes in two waves (March–May and July–September 2026): field checks and mystery shops in seven stores, post-purchase surveys, customer interviews, online reviews, the complaint log and operational data. Business sales and the internal work of the repair centre are out of scope.':
    'Все обещания, которые Lumen Home & Electronics даёт потребителям в Великобритании — в магазинах, на сайте lumen.co.uk, в приложении Lumen, в контакт-центре и по электронной почте, от первого просмотра каталога до возврата товара или окончания сервисного плана. Данные собираются в две волны (март–май и июль–сентябрь 2026 года): полевые проверки и «тайный покупатель» в семи магазинах, опросы после покупки, интервью с клиентами, онлайн-отзывы, журнал жалоб и операционные данные. Продажи юридическим лицам и внутренняя работа ремонтного центра в аудит не входят.',
  'Confidential — client and audit team only':
    'Конфиденциально — только для клиента и команды аудита',
  Discover: 'Знакомство',
  'The customer looks for a product, compares and forms a first impression of Lumen.':
    'Клиент ищет товар, сравнивает и составляет первое впечатление о Lumen.',
  Buy: 'Покупка',
  'Advice, price and payment: the moment the customer decides and pays.':
    'Консультация, цена и оплата: момент, когда клиент принимает решение и платит.',
  'Receive & set up': 'Получение и установка',
  'Collection, home delivery and installation, up to the first use of the product.':
    'Самовывоз, доставка на дом и установка — вплоть до первого использования товара.',
  'Get help': 'Помощь',
  'Questions, faults and repairs after the purchase.':
    'Вопросы, неисправности и ремонт после покупки.',
  'Return or leave': 'Возврат или уход',
  'Returns, refunds and ending a service plan: how Lumen behaves when it is losing the sale.':
    'Возвраты, возмещения и отказ от сервисного плана: как Lumen ведёт себя, когда теряет продажу.',
  Store: 'Магазин',
  'The 42 Lumen stores, including the Lumen Care desks.':
    '42 магазина Lumen, включая стойки Lumen Care.',
  Website: 'Сайт',
  'lumen.co.uk: catalogue, checkout, delivery booking, help centre and returns.':
    'lumen.co.uk: каталог, оформление заказа, выбор времени доставки, справочный центр и возвраты.',
  App: 'Приложение',
  'The Lumen app for iOS and Android.': 'Приложение Lumen для iOS и Android.',
  Phone: 'Телефон',
  'The contact centre in Leeds and the service-plan line.':
    'Контакт-центр в Лидсе и линия сервисных планов.',
  Email: 'Электронная почта',
  'Newsletters and automatic order and delivery messages.':
    'Рассылки и автоматические сообщения о заказе и доставке.',
  'Store entrance and browsing': 'Вход в магазин и осмотр',
  'The first minutes in a store: welcome, layout, price labels and displays.':
    'Первые минуты в магазине: приветствие, планировка, ценники и выкладка.',
  'Product pages and search': 'Карточки товаров и поиск',
  'Search results and product pages with specifications, stock and delivery dates.':
    'Результаты поиска и карточки товаров с характеристиками, наличием и сроками доставки.',
  'Lumen Club newsletter': 'Рассылка Lumen Club',
  'The weekly offers email sent to the 1.2 million Lumen Club members.':
    'Еженедельное письмо с предложениями для 1,2 млн участников Lumen Club.',
  'Sales advice on the floor': 'Консультация в торговом зале',
  'A colleague helps the customer choose, demonstrates products and quotes the price.':
    'Сотрудник помогает клиенту выбрать, демонстрирует товары и называет цену.',
  'Store checkout and payment': 'Касса и оплата в магазине',
  'Queueing, paying, finance applications and the offer of extended cover at the till.':
    'Очередь, оплата, оформление рассрочки и предложение расширенной гарантии на кассе.',
  'Online checkout': 'Оформление заказа на сайте',
  'Basket, delivery options and payment on lumen.co.uk.':
    'Корзина, варианты доставки и оплата на lumen.co.uk.',
  'Buying and reserving in the app': 'Покупка и резерв в приложении',
  'Browsing, buying and reserving for collection in the Lumen app.':
    'Просмотр, покупка и резерв для самовывоза в приложении Lumen.',
  'Click & collect desk': 'Стойка самовывоза',
  'The desk at the back of each store where online and app orders are handed over.':
    'Стойка в глубине каждого магазина, где выдают заказы с сайта и из приложения.',
  'Home delivery and installation': 'Доставка на дом и установка',
  'Booked at the online checkout; a two-person crew delivers, installs and takes the old appliance away.':
    'Заказывается при оформлении на сайте; бригада из двух человек доставляет, устанавливает и забирает старую технику.',
  'Order tracking in the app': 'Отслеживание заказа в приложении',
  'The order screen and push notifications from payment to delivery.':
    'Экран заказа и push-уведомления — от оплаты до доставки.',
  'Order and delivery emails': 'Письма о заказе и доставке',
  'Automatic confirmation, dispatch, delivery-slot and delay messages.':
    'Автоматические подтверждения, уведомления об отправке, интервале доставки и задержках.',
  'Customer contact centre': 'Контакт-центр',
  'The 0345 number for orders, faults and complaints, open 8 am to 8 pm, seven days.':
    'Номер 0345 для заказов, неисправностей и жалоб, работает с 8:00 до 20:00 без выходных.',
  'Lumen Care tech desk': 'Техническая стойка Lumen Care',
  'In-store desk for set-up help, diagnosis and warranty repairs.':
    'Стойка в магазине: помощь с настройкой, диагностика и гарантийный ремонт.',
  'Help centre and live chat': 'Справочный центр и онлайн-чат',
  'Self-service answers and the live chat on lumen.co.uk.':
    'Ответы для самообслуживания и онлайн-чат на lumen.co.uk.',
  'Returns counter': 'Стойка возвратов',
  'Returns and refunds for store and online purchases brought back to a store.':
    'Возвраты и возмещения за покупки в магазине и онлайн, принесённые в магазин.',
  'Online returns': 'Онлайн-возвраты',
  'The returns form, the courier collection and the refund for online orders.':
    'Форма возврата, забор курьером и возмещение за онлайн-заказы.',
  'Service-plan cancellation line': 'Линия отказа от сервисного плана',
  'The line customers call to cancel a Lumen Care plan.':
    'Линия, по которой клиенты звонят, чтобы отказаться от плана Lumen Care.',
  'Retail Operations': 'Розничная сеть',
  'E-commerce': 'Электронная коммерция',
  'Marketing (CRM)': 'Маркетинг (CRM)',
  'Digital Product': 'Цифровые продукты',
  Logistics: 'Логистика',
  'Customer Service': 'Служба клиентского сервиса',
  Services: 'Сервисные услуги',
  'Time to greeting': 'Время до приветствия',
  'Queue time at the till': 'Время в очереди на кассе',
  'Median checkout time': 'Медианное время оформления заказа',
  'Monthly availability': 'Доступность за месяц',
  'Average store rating': 'Средний рейтинг в магазине приложений',
  'Time until ready for collection': 'Время до готовности к выдаче',
  'Wait at the collection desk': 'Ожидание на стойке самовывоза',
  'Days from order to delivery': 'Дней от заказа до доставки',
  'Time to confirmation email': 'Время до письма с подтверждением',
  'Call answer time': 'Время ответа на звонок',
  'First-contact resolution': 'Решение с первого обращения',
  'Repair turnaround': 'Срок ремонта',
  'Chat first response': 'Первый ответ в чате',
  'NPS after a support contact': 'NPS после обращения в поддержку',
  'Days to collection': 'Дней до забора',
  'Days to refund': 'Дней до возмещения',
  s: 'с',
  min: 'мин',
  '%': '%',
  stars: 'звезды',
  days: 'дн.',
  'working days': 'раб. дн.',
  points: 'пунктов',
  'London – Oxford Street': 'Лондон – Оксфорд-стрит',
  'Manchester – Arndale': 'Манчестер – Арндейл',
  'Birmingham – Bullring': 'Бирмингем – Буллринг',
  'Bristol – Cabot Circus': 'Бристоль – Кэбот-Серкус',
  'Glasgow – Buchanan Street': 'Глазго – Бьюкенен-стрит',
  'Contact centre – Leeds': 'Контакт-центр – Лидс',
  Online: 'Онлайн',
  'Home delivery – nationwide': 'Доставка на дом – по всей стране',
  'Leeds – Trinity': 'Лидс – Тринити',
  'London – Westfield Stratford': 'Лондон – Уэстфилд Стратфорд',
  'Saturday, 13:00. Shop for a 55-inch TV for about £600, ask for advice, ask for a price match against an online retailer, and pay at the till.':
    'Суббота, 13:00. Выбрать телевизор 55 дюймов примерно за £600, попросить консультацию, попросить уравнять цену с интернет-магазином и оплатить на кассе.',
  'Opening-hour walk-round: price labels in two departments, store condition, the click & collect desk.':
    'Обход в час открытия: ценники в двух отделах, состояние магазина, стойка самовывоза.',
  'Return a kettle bought on the Lumen account without the receipt, then ask the Lumen Care desk to set up a new phone.':
    'Вернуть чайник, купленный через аккаунт Lumen, без чека, затем попросить на стойке Lumen Care настроить новый телефон.',
  'Lunchtime check after the wave 1 findings: greeting, price labels, till queue, collection desk.':
    'Проверка в обеденное время после выводов первой волны: приветствие, ценники, очередь на кассе, стойка самовывоза.',
  'Shop for a robot vacuum, ask for a demonstration and a price match, decline extended cover at the till.':
    'Выбрать робот-пылесос, попросить демонстрацию и уравнивание цены, отказаться от расширенной гарантии на кассе.',
};
