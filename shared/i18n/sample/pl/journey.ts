import type { SampleTexts } from '../localize';

/** The sample audit in Polish: the audit itself, its journey, touchpoints, targets, places and visit scenarios, by the English text. */
export const journey: SampleTexts = {
  'Brand promise audit 2026': 'Audyt obietnic marki 2026',
  'Every promise Lumen Home & Electronics makes to consumers in the UK, in its stores, on lumen.co.uk, in the Lumen app, at the contact centre and by email, from the first browse to a return or the end of a service plan. Evidence comes in two waves (March–May and July–September 2026): field checks and mystery shops in seven stores, post-purchase surveys, customer interviews, online reviews, the complaint log and operational data. Business sales and the internal work of the repair centre are out of scope.':
    'Wszystkie obietnice, które Lumen Home & Electronics składa konsumentom w Wielkiej Brytanii — w sklepach, na lumen.co.uk, w aplikacji Lumen, w contact center i e-mailem, od pierwszego przeglądania oferty po zwrot lub zakończenie planu serwisowego. Dowody zbierane są w dwóch falach (marzec–maj i lipiec–wrzesień 2026): kontrole w terenie i badania tajemniczego klienta w siedmiu sklepach, ankiety po zakupie, wywiady z klientami, opinie online, rejestr skarg i dane operacyjne. Sprzedaż dla firm i wewnętrzna praca centrum napraw są poza zakresem.',
  'Confidential — client and audit team only':
    'Poufne — wyłącznie dla klienta i zespołu audytowego',
  Discover: 'Poznanie',
  'The customer looks for a product, compares and forms a first impression of Lumen.':
    'Klient szuka produktu, porównuje i wyrabia sobie pierwsze wrażenie o Lumen.',
  Buy: 'Zakup',
  'Advice, price and payment: the moment the customer decides and pays.':
    'Doradztwo, cena i płatność: moment, w którym klient podejmuje decyzję i płaci.',
  'Receive & set up': 'Odbiór i uruchomienie',
  'Collection, home delivery and installation, up to the first use of the product.':
    'Odbiór osobisty, dostawa do domu i instalacja — aż do pierwszego użycia produktu.',
  'Get help': 'Pomoc',
  'Questions, faults and repairs after the purchase.': 'Pytania, usterki i naprawy po zakupie.',
  'Return or leave': 'Zwrot lub odejście',
  'Returns, refunds and ending a service plan: how Lumen behaves when it is losing the sale.':
    'Zwroty, refundacje i rezygnacja z planu serwisowego: jak Lumen zachowuje się, gdy traci sprzedaż.',
  Store: 'Sklep',
  'The 42 Lumen stores, including the Lumen Care desks.':
    '42 sklepy Lumen, w tym stanowiska Lumen Care.',
  Website: 'Strona internetowa',
  'lumen.co.uk: catalogue, checkout, delivery booking, help centre and returns.':
    'lumen.co.uk: katalog, składanie zamówień, rezerwacja dostawy, centrum pomocy i zwroty.',
  App: 'Aplikacja',
  'The Lumen app for iOS and Android.': 'Aplikacja Lumen na iOS i Androida.',
  Phone: 'Telefon',
  'The contact centre in Leeds and the service-plan line.':
    'Contact center w Leeds i infolinia planów serwisowych.',
  Email: 'E-mail',
  'Newsletters and automatic order and delivery messages.':
    'Newslettery oraz automatyczne wiadomości o zamówieniu i dostawie.',
  'Store entrance and browsing': 'Wejście do sklepu i przeglądanie',
  'The first minutes in a store: welcome, layout, price labels and displays.':
    'Pierwsze minuty w sklepie: powitanie, układ, etykiety cenowe i ekspozycja.',
  'Product pages and search': 'Strony produktów i wyszukiwarka',
  'Search results and product pages with specifications, stock and delivery dates.':
    'Wyniki wyszukiwania i strony produktów ze specyfikacją, dostępnością i terminami dostawy.',
  'Lumen Club newsletter': 'Newsletter Lumen Club',
  'The weekly offers email sent to the 1.2 million Lumen Club members.':
    'Cotygodniowy e-mail z ofertami wysyłany do 1,2 mln członków Lumen Club.',
  'Sales advice on the floor': 'Doradztwo na sali sprzedaży',
  'A colleague helps the customer choose, demonstrates products and quotes the price.':
    'Pracownik pomaga klientowi wybrać, prezentuje produkty i podaje cenę.',
  'Store checkout and payment': 'Kasa i płatność w sklepie',
  'Queueing, paying, finance applications and the offer of extended cover at the till.':
    'Kolejka, płatność, wnioski o finansowanie i oferta rozszerzonej ochrony przy kasie.',
  'Online checkout': 'Zamówienie online',
  'Basket, delivery options and payment on lumen.co.uk.':
    'Koszyk, opcje dostawy i płatność na lumen.co.uk.',
  'Buying and reserving in the app': 'Zakup i rezerwacja w aplikacji',
  'Browsing, buying and reserving for collection in the Lumen app.':
    'Przeglądanie, zakup i rezerwacja do odbioru w aplikacji Lumen.',
  'Click & collect desk': 'Stanowisko odbioru zamówień',
  'The desk at the back of each store where online and app orders are handed over.':
    'Stanowisko w głębi każdego sklepu, gdzie wydawane są zamówienia ze strony i z aplikacji.',
  'Home delivery and installation': 'Dostawa do domu i instalacja',
  'Booked at the online checkout; a two-person crew delivers, installs and takes the old appliance away.':
    'Zamawiana przy składaniu zamówienia online; dwuosobowa ekipa dostarcza, instaluje i zabiera stare urządzenie.',
  'Order tracking in the app': 'Śledzenie zamówienia w aplikacji',
  'The order screen and push notifications from payment to delivery.':
    'Ekran zamówienia i powiadomienia push od płatności do dostawy.',
  'Order and delivery emails': 'E-maile o zamówieniu i dostawie',
  'Automatic confirmation, dispatch, delivery-slot and delay messages.':
    'Automatyczne potwierdzenia oraz wiadomości o wysyłce, oknie dostawy i opóźnieniach.',
  'Customer contact centre': 'Contact center',
  'The 0345 number for orders, faults and complaints, open 8 am to 8 pm, seven days.':
    'Numer 0345 w sprawie zamówień, usterek i reklamacji, czynny od 8:00 do 20:00 przez siedem dni w tygodniu.',
  'Lumen Care tech desk': 'Stanowisko techniczne Lumen Care',
  'In-store desk for set-up help, diagnosis and warranty repairs.':
    'Stanowisko w sklepie: pomoc w konfiguracji, diagnostyka i naprawy gwarancyjne.',
  'Help centre and live chat': 'Centrum pomocy i czat na żywo',
  'Self-service answers and the live chat on lumen.co.uk.':
    'Odpowiedzi do samodzielnego sprawdzenia i czat na żywo na lumen.co.uk.',
  'Returns counter': 'Punkt zwrotów',
  'Returns and refunds for store and online purchases brought back to a store.':
    'Zwroty i refundacje zakupów ze sklepu i online przyniesionych do sklepu.',
  'Online returns': 'Zwroty online',
  'The returns form, the courier collection and the refund for online orders.':
    'Formularz zwrotu, odbiór przez kuriera i refundacja za zamówienia online.',
  'Service-plan cancellation line': 'Infolinia rezygnacji z planu serwisowego',
  'The line customers call to cancel a Lumen Care plan.':
    'Linia, na którą klienci dzwonią, aby zrezygnować z planu Lumen Care.',
  'Retail Operations': 'Sieć sklepów',
  'E-commerce': 'E-commerce',
  'Marketing (CRM)': 'Marketing (CRM)',
  'Digital Product': 'Produkty cyfrowe',
  Logistics: 'Logistyka',
  'Customer Service': 'Obsługa klienta',
  Services: 'Usługi serwisowe',
  'Time to greeting': 'Czas do powitania',
  'Queue time at the till': 'Czas w kolejce do kasy',
  'Median checkout time': 'Mediana czasu składania zamówienia',
  'Monthly availability': 'Dostępność miesięczna',
  'Average store rating': 'Średnia ocena w sklepie z aplikacjami',
  'Time until ready for collection': 'Czas do gotowości do odbioru',
  'Wait at the collection desk': 'Oczekiwanie przy stanowisku odbioru',
  'Days from order to delivery': 'Dni od zamówienia do dostawy',
  'Time to confirmation email': 'Czas do e-maila z potwierdzeniem',
  'Call answer time': 'Czas odebrania połączenia',
  'First-contact resolution': 'Rozwiązanie przy pierwszym kontakcie',
  'Repair turnaround': 'Czas naprawy',
  'Chat first response': 'Pierwsza odpowiedź na czacie',
  'NPS after a support contact': 'NPS po kontakcie z pomocą',
  'Days to collection': 'Dni do odbioru',
  'Days to refund': 'Dni do zwrotu pieniędzy',
  s: 's',
  min: 'min',
  '%': '%',
  stars: 'gwiazdki',
  days: 'dni',
  'working days': 'dni robocze',
  points: 'pkt',
  'London – Oxford Street': 'Londyn – Oxford Street',
  'Manchester – Arndale': 'Manchester – Arndale',
  'Birmingham – Bullring': 'Birmingham – Bullring',
  'Bristol – Cabot Circus': 'Bristol – Cabot Circus',
  'Glasgow – Buchanan Street': 'Glasgow – Buchanan Street',
  'Contact centre – Leeds': 'Contact center – Leeds',
  Online: 'Online',
  'Home delivery – nationwide': 'Dostawa do domu – cały kraj',
  'Leeds – Trinity': 'Leeds – Trinity',
  'London – Westfield Stratford': 'Londyn – Westfield Stratford',
  'Saturday, 13:00. Shop for a 55-inch TV for about £600, ask for advice, ask for a price match against an online retailer, and pay at the till.':
    'Sobota, 13:00. Kup telewizor 55 cali za około 600 £, poproś o poradę, poproś o wyrównanie ceny do sklepu internetowego i zapłać przy kasie.',
  'Opening-hour walk-round: price labels in two departments, store condition, the click & collect desk.':
    'Obchód w pierwszej godzinie otwarcia: etykiety cenowe w dwóch działach, stan sklepu, stanowisko odbioru zamówień.',
  'Return a kettle bought on the Lumen account without the receipt, then ask the Lumen Care desk to set up a new phone.':
    'Zwróć czajnik kupiony na konto Lumen bez paragonu, a potem poproś stanowisko Lumen Care o skonfigurowanie nowego telefonu.',
  'Lunchtime check after the wave 1 findings: greeting, price labels, till queue, collection desk.':
    'Kontrola w porze lunchu po wnioskach z 1. fali: powitanie, etykiety cenowe, kolejka do kasy, stanowisko odbioru.',
  'Shop for a robot vacuum, ask for a demonstration and a price match, decline extended cover at the till.':
    'Kup robota sprzątającego, poproś o prezentację i wyrównanie ceny, odmów rozszerzonej ochrony przy kasie.',
};
