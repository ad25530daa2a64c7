import type { SampleTexts } from '../localize';

/** The sample audit in Polish: its promises, by the English text. */
export const promises: SampleTexts = {
  'Our staff greet you within a minute of entering the store.':
    'Nasz personel wita Cię w ciągu minuty od wejścia do sklepu.',
  'Every product on display has a clear price label, and the shelf price is the price you pay.':
    'Każdy produkt na ekspozycji ma czytelną etykietę cenową, a cena na półce to cena, którą płacisz.',
  'Our stores are bright, tidy and a pleasure to explore.':
    'Nasze sklepy są jasne, uporządkowane i przyjemnie się po nich chodzi.',
  'Stock shown online is live: if the website says it is in stock at your store, it is on the shelf.':
    'Stan magazynowy online jest aktualny: jeśli strona pokazuje, że produkt jest w Twoim sklepie, to leży na półce.',
  'Every product page shows the full specification, the energy label and the real delivery date.':
    'Każda strona produktu pokazuje pełną specyfikację, etykietę energetyczną i rzeczywisty termin dostawy.',
  'Honest reviews: we publish every verified review, good or bad.':
    'Uczciwe opinie: publikujemy każdą zweryfikowaną opinię, dobrą czy złą.',
  'Our emails bring only offers that matter to you, and you can unsubscribe in one click.':
    'Nasze e-maile zawierają tylko oferty ważne dla Ciebie, a wypisać się można jednym kliknięciem.',
  'Lumen Club prices in your email are the lowest prices we offer anywhere.':
    'Ceny Lumen Club w Twoim e-mailu są najniższymi cenami, jakie gdziekolwiek oferujemy.',
  'Our experts give honest advice: we recommend what you need, not what earns us most.':
    'Nasi eksperci doradzają uczciwie: polecamy to, czego potrzebujesz, a nie to, na czym najwięcej zarabiamy.',
  'Every colleague on the floor can demonstrate any product on display.':
    'Każdy pracownik sali sprzedaży potrafi zaprezentować dowolny wystawiony produkt.',
  'Price match: if you find it cheaper within 14 days, we refund the difference.':
    'Gwarancja najniższej ceny: jeśli w ciągu 14 dni znajdziesz taniej, zwrócimy różnicę.',
  'You never queue more than 5 minutes at the till.':
    'Nigdy nie czekasz w kolejce do kasy dłużej niż 5 minut.',
  'Pay any way you like: card, phone, cash, or 0% finance approved in 10 minutes.':
    'Płać, jak chcesz: kartą, telefonem, gotówką lub w ratach 0% przyznanych w 10 minut.',
  'No hard sell: we offer extended cover once, and we respect your no.':
    'Bez nachalnej sprzedaży: rozszerzoną ochronę proponujemy raz i szanujemy Twoje „nie”.',
  'Check out in under 3 minutes, with no extra fees at the last step.':
    'Zamówienie złożysz w mniej niż 3 minuty, bez dodatkowych opłat na ostatnim kroku.',
  'Our website is open for business 24/7.': 'Nasza strona jest czynna 24/7.',
  'Free delivery on every order over £40.': 'Darmowa dostawa każdego zamówienia powyżej 40 £.',
  'Our app is rated 4.5 stars or better.': 'Nasza aplikacja ma ocenę 4,5 gwiazdki lub wyższą.',
  'Reserve in the app and collect in store within an hour.':
    'Zarezerwuj w aplikacji i odbierz w sklepie w ciągu godziny.',
  'App-only deals are real savings, never against an inflated "was" price.':
    'Promocje tylko w aplikacji to prawdziwe oszczędności, nigdy liczone od zawyżonej „starej” ceny.',
  'Your click & collect order is in your hands within 5 minutes at the desk.':
    'Zamówienie z odbiorem w sklepie masz w rękach w ciągu 5 minut przy stanowisku.',
  'We check the product with you before you leave the desk.':
    'Sprawdzamy produkt razem z Tobą, zanim odejdziesz od stanowiska.',
  'Next-day delivery on large appliances ordered by 8 pm.':
    'Dostawa dużego AGD następnego dnia przy zamówieniu do 20:00.',
  'A 2-hour delivery slot, and a call 30 minutes before we arrive.':
    'Dwugodzinne okno dostawy i telefon 30 minut przed przyjazdem.',
  'Our crew connects and tests your appliance and takes the old one away for free.':
    'Nasza ekipa podłącza i testuje urządzenie, a stare zabiera za darmo.',
  'Our crews treat your home as their own: shoe covers on, packaging taken away.':
    'Nasze ekipy traktują Twój dom jak własny: ochraniacze na buty, opakowania zabrane.',
  'Track your order live, from our warehouse to your door.':
    'Śledź zamówienie na żywo, od naszego magazynu do Twoich drzwi.',
  'Our push notifications are about your order, never advertising.':
    'Nasze powiadomienia push dotyczą Twojego zamówienia, nigdy reklam.',
  'Your order confirmation arrives within 5 minutes of paying.':
    'Potwierdzenie zamówienia przychodzi w ciągu 5 minut od zapłaty.',
  'If your delivery is late, we tell you before you have to ask.':
    'Jeśli dostawa się opóźnia, informujemy Cię, zanim musisz zapytać.',
  'We answer every call within 2 minutes.': 'Odbieramy każde połączenie w ciągu 2 minut.',
  'One call is enough: we solve your problem on the first call.':
    'Wystarczy jeden telefon: rozwiązujemy Twój problem przy pierwszej rozmowie.',
  'Our advisers are friendly and patient, and talk to you, not at you from a script.':
    'Nasi doradcy są życzliwi i cierpliwi, rozmawiają z Tobą, a nie czytają skryptu.',
  'If we promise to call you back, we call back the same working day.':
    'Jeśli obiecujemy oddzwonić, oddzwaniamy tego samego dnia roboczego.',
  'Warranty repairs are done within 10 working days, or we replace the product.':
    'Naprawy gwarancyjne trwają do 10 dni roboczych, inaczej wymieniamy produkt.',
  'Free set-up help: bring in your new device and we set it up with you.':
    'Bezpłatna pomoc w konfiguracji: przynieś nowe urządzenie, a skonfigurujemy je razem z Tobą.',
  'Our technicians explain in plain English, without jargon.':
    'Nasi technicy tłumaczą prostym językiem, bez żargonu.',
  'Live chat answers within 60 seconds, from 8 am to 10 pm.':
    'Czat na żywo odpowiada w ciągu 60 sekund, od 8:00 do 22:00.',
  'Answers to common questions are in our help centre, so you need not call.':
    'Odpowiedzi na częste pytania są w naszym centrum pomocy, więc nie musisz dzwonić.',
  'Customers recommend us after they have needed help: an NPS of 40 or more.':
    'Klienci polecają nas po tym, jak potrzebowali pomocy: NPS 40 lub więcej.',
  '30-day no-quibble returns, and no receipt needed with your Lumen account.':
    'Zwroty do 30 dni bez zbędnych pytań, a z kontem Lumen bez paragonu.',
  'Return in store and the refund goes back to your card the same day.':
    'Zwróć w sklepie, a pieniądze wrócą na kartę tego samego dnia.',
  'Returning is as easy as buying: no interrogation, no blame.':
    'Zwrot jest tak prosty jak zakup: bez przesłuchań i bez obwiniania.',
  'Free collection of online returns within 3 working days.':
    'Bezpłatny odbiór zwrotów online w ciągu 3 dni roboczych.',
  'Your refund within 5 working days of the return reaching us.':
    'Zwrot pieniędzy w ciągu 5 dni roboczych od dotarcia zwrotu do nas.',
  'Cancel your Lumen Care plan at any time with one call, with no retention script.':
    'Zrezygnuj z planu Lumen Care w dowolnym momencie jednym telefonem, bez skryptu zatrzymującego.',
  'Leaving customers are thanked, not pressured: we want you back, not trapped.':
    'Odchodzącym klientom dziękujemy, a nie wywieramy na nich presji: chcemy, żebyś wrócił, a nie czuł się uwięziony.',
};
