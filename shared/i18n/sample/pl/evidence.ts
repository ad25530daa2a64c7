import type { SampleTexts } from '../localize';

/** The sample audit in Polish: observers' notes and customers' own words, by the English text. */
export const evidence: SampleTexts = {
  'Adviser recommended the model on the "push" list rather than the cheaper one that met the brief.':
    'Doradca polecił model z listy „promowanych” zamiast tańszego, który spełniał wymagania.',
  'Asked for a price match against an online retailer; colleague unsure of the policy and refused.':
    'Poprosiłem o wyrównanie ceny do sklepu internetowego; pracownik nie znał zasad i odmówił.',
  'Extended cover offered three times, including after a clear no; script requires a second offer.':
    'Rozszerzoną ochronę zaproponowano trzy razy, także po wyraźnej odmowie; skrypt wymaga drugiej oferty.',
  'Store clean and well lit; every display unit working.':
    'Sklep czysty i dobrze oświetlony; wszystkie egzemplarze pokazowe działają.',
  'Parcel handed over sealed without any offer to open and check it.':
    'Paczkę wydano zaklejoną, bez propozycji otwarcia i sprawdzenia.',
  'Return processed from the account history without a receipt.':
    'Zwrot przyjęty na podstawie historii konta, bez paragonu.',
  'Colleague asked why I was returning it four times and suggested it was misuse.':
    'Pracownik cztery razy pytał, dlaczego zwracam produkt, i sugerował niewłaściwe użytkowanie.',
  'Set-up appointment offered for the same hour; data transfer completed in 25 minutes.':
    'Termin konfiguracji zaproponowano na tę samą godzinę; przeniesienie danych trwało 25 minut.',
  'All sampled labels present, legible and matching the till price.':
    'Wszystkie sprawdzone etykiety obecne, czytelne i zgodne z ceną przy kasie.',
  'The till honoured the price match, but only after the colleague fetched a manager.':
    'Kasa uznała gwarancję najniższej ceny, ale dopiero gdy pracownik sprowadził kierownika.',
  'Could not check: no collections at the desk during the visit.':
    'Nie dało się sprawdzić: podczas wizyty nie było odbiorów przy stanowisku.',
  'Not applicable: no order of this kind in the period.':
    'Nie dotyczy: w tym okresie nie było zamówienia tego rodzaju.',
  'Not applicable: the situation did not arise during the check.':
    'Nie dotyczy: podczas kontroli taka sytuacja nie wystąpiła.',
  'Website showed "in stock" for the kettle; the store system showed 0 and the shelf was empty.':
    'Strona pokazywała „dostępny” dla czajnika; system sklepu pokazywał 0, a półka była pusta.',
  'Three colleagues at the phone counter talking to each other; first contact only when I asked.':
    'Trzech pracowników przy stoisku z telefonami rozmawiało między sobą; pierwszy kontakt dopiero, gdy sam zapytałem.',
  'Refused a receipt-less return although the purchase was on the Lumen account.':
    'Odmówiono zwrotu bez paragonu, choć zakup był na koncie Lumen.',
  'Adviser asked about use and budget first and recommended a mid-range model that fitted.':
    'Doradca najpierw zapytał o zastosowanie i budżet, po czym polecił pasujący model ze średniej półki.',
  'Could not check: the store closed early for a stocktake.':
    'Nie dało się sprawdzić: sklep zamknięto wcześniej z powodu inwentaryzacji.',
  'Checkout completed in 2 minutes 10 seconds with a saved card.':
    'Zamówienie złożone w 2 minuty 10 sekund z zapisaną kartą.',
  'Called at 10:15 on a Monday; answered after 7 minutes 40 seconds, two menu layers first.':
    'Telefon w poniedziałek o 10:15; odebrano po 7 minutach 40 sekundach, wcześniej dwa poziomy menu.',
  'Stock feed updates overnight only: 11% of "in stock" products checked were not on the shelf.':
    'Dane o dostępności aktualizują się tylko w nocy: 11% sprawdzonych produktów „dostępnych” nie było na półce.',
  'Seven of twenty sampled labels in small appliances missing or showing last month’s promotion.':
    'Siedmiu z dwudziestu sprawdzonych etykiet w dziale drobnego AGD brakowało lub pokazywały promocję z zeszłego miesiąca.',
  'Two display TVs switched off, empty cartons left in the laptop aisle.':
    'Dwa telewizory pokazowe wyłączone, puste kartony zostawione w alejce z laptopami.',
  'Carrier capacity report: 31% of next-day large appliance orders delivered on day 2 or later.':
    'Raport przepustowości przewoźnika: 31% zamówień dużego AGD z dostawą następnego dnia dostarczono drugiego dnia lub później.',
  'Contactless, card and cash all accepted; finance decision in 8 minutes.':
    'Akceptowane płatności zbliżeniowe, kartą i gotówką; decyzja o finansowaniu w 8 minut.',
  'Unsubscribe link asks to log in first before it works.':
    'Link do wypisania się najpierw wymaga zalogowania.',
  'Collection desk unstaffed; had to ask at the tills to be served.':
    'Przy stanowisku odbioru nikogo; żeby zostać obsłużonym, trzeba było zapytać przy kasach.',
  'No delay message sent for 9 of 10 late orders sampled; the system only emails on cancellation.':
    'Dla 9 z 10 sprawdzonych opóźnionych zamówień nie wysłano wiadomości o opóźnieniu; system wysyła e-mail tylko przy anulowaniu.',
  'Queue managed well: a colleague called customers to a second till.':
    'Kolejka dobrze obsłużona: pracownik zapraszał klientów do drugiej kasy.',
  'Callback requested at 11:00 on Tuesday; no call by Thursday.':
    'Oddzwonienie zamówione na wtorek na 11:00; do czwartku nikt nie zadzwonił.',
  'Reserved on the bus and it was ready when I got there.':
    'Zarezerwowałam w autobusie i było gotowe, kiedy dotarłam.',
  'I had to chase three times to find out where my cooker was.':
    'Musiałam trzy razy się dopominać, żeby się dowiedzieć, gdzie jest moja kuchenka.',
  'I showed the cheaper price on my phone and was told the manager had to approve it, then waited 25 minutes.':
    'Pokazałem tańszą cenę w telefonie, usłyszałem, że musi to zatwierdzić kierownik, i czekałem 25 minut.',
  'He kept steering me to the more expensive laptop, which I clearly did not need.':
    'Ciągle kierował mnie do droższego laptopa, którego wyraźnie nie potrzebowałem.',
  'I unsubscribed twice and still get the Friday email.':
    'Dwa razy się wypisałem, a piątkowy e-mail dalej przychodzi.',
  'He read the same sentence at me three times.': 'Przeczytał mi to samo zdanie trzy razy.',
  'They would not take the old dishwasher away because it was "not disconnected".':
    'Nie zabrali starej zmywarki, bo była „nieodłączona”.',
  'Finance was approved while I waited, really painless.':
    'Finansowanie przyznano, kiedy czekałem — zupełnie bezboleśnie.',
  'Only one till open on a Saturday afternoon, the queue was out of the door.':
    'W sobotnie popołudnie czynna jedna kasa, kolejka aż za drzwi.',
  'The app said "out for delivery" for two days.':
    'Aplikacja przez dwa dni pokazywała „w doręczeniu”.',
  'No fuss at all, they just asked if I wanted a refund or an exchange.':
    'Żadnego zamieszania, po prostu zapytali, czy wolę zwrot pieniędzy, czy wymianę.',
  'They gave me 7 am to 7 pm and no call before arriving.':
    'Dostałam okno od 7 rano do 7 wieczorem i żadnego telefonu przed przyjazdem.',
  'Lovely bright store, easy to find what I wanted.':
    'Ładny, jasny sklep, łatwo znaleźć, czego szukałam.',
  'They said price match only counts for shops, not websites, which is not what your advert says.':
    'Powiedzieli, że wyrównanie ceny dotyczy tylko sklepów, a nie stron internetowych, a w Waszej reklamie jest inaczej.',
  'My laptop has been "at the repair centre" for four weeks.':
    'Mój laptop jest „w centrum napraw” od czterech tygodni.',
  'Without the receipt they would only give me a gift card, even though it is on my account.':
    'Bez paragonu dali mi tylko kartę podarunkową, chociaż zakup jest na moim koncie.',
  'I said no to the Care plan three times and she still would not stop.':
    'Trzy razy odmówiłam planu Care, a ona dalej nie przestawała.',
  'Installed, tested and the old one taken away. No complaints.':
    'Zainstalowane, sprawdzone, stare zabrane. Bez zastrzeżeń.',
  'Promised a call back the same day. Still waiting a week later.':
    'Obiecali oddzwonić tego samego dnia. Czekam już tydzień.',
  'Nice app, easy to reserve things.': 'Fajna aplikacja, łatwo coś zarezerwować.',
  'I wandered round the TVs for ages and nobody even looked up.':
    'Długo krążyłem między telewizorami i nikt nawet nie podniósł wzroku.',
  'Chat said I was number 14 in the queue.': 'Czat napisał, że jestem 14. w kolejce.',
  'In and out quickly, there was a queue but they opened another till.':
    'Szybko wszedłem i wyszedłem, była kolejka, ale otworzyli drugą kasę.',
  'Waited twenty minutes at collection while they searched the stockroom.':
    'Dwadzieścia minut czekania przy odbiorze, aż przeszukają magazyn.',
  'Two weeks after they collected it I still have not been refunded.':
    'Dwa tygodnie po odbiorze dalej nie dostałem zwrotu pieniędzy.',
  'They moved everything from my old phone to the new one while I had a coffee.':
    'Przenieśli wszystko ze starego telefonu na nowy, zanim wypiłem kawę.',
  'Nobody ever calls back, you have to chase.': 'Nikt nigdy nie oddzwania, trzeba się dopominać.',
  'Took a day off work for a delivery that never came.':
    'Wziąłem dzień wolny na dostawę, która nigdy nie dotarła.',
  'Ordered Monday for "next day", the fridge came on Thursday.':
    'Zamówiłem w poniedziałek „na jutro”, lodówka przyjechała w czwartek.',
  'Free delivery on a £45 order, arrived the next day.':
    'Darmowa dostawa zamówienia za 45 £, przyszło następnego dnia.',
  'Full dimensions and the energy label right there, very useful.':
    'Pełne wymiary i etykieta energetyczna od razu na stronie, bardzo przydatne.',
  'Lots of talk about firmware and I still do not know what is wrong with it.':
    'Dużo mówili o oprogramowaniu, a ja dalej nie wiem, co jest zepsute.',
  'He explained it like I was a human being, not an engineer.':
    'Wytłumaczył mi to jak człowiekowi, a nie jak inżynierowi.',
  'Treated like a criminal for returning a kettle.':
    'Potraktowano mnie jak przestępcę za zwrot czajnika.',
  'Could see the van on the map, very handy.': 'Widziałem furgonetkę na mapie, bardzo wygodne.',
  'The refund took nine days to reach my card.': 'Zwrot pieniędzy szedł na kartę dziewięć dni.',
  'Nobody told me it was late; I found out when I rang after waiting all day.':
    'Nikt mi nie powiedział, że jest opóźnienie; dowiedziałam się, kiedy zadzwoniłam po całym dniu czekania.',
  'Showed them the lower price, they refunded the difference on the spot.':
    'Pokazałem niższą cenę, od razu zwrócili różnicę.',
  'Took three calls and forty minutes to cancel a plan I signed up for in two minutes.':
    'Trzy telefony i czterdzieści minut, żeby zrezygnować z planu, który podpisałem w dwie minuty.',
  'Very respectful crew, shoe covers on and every bit of packaging taken away.':
    'Bardzo kulturalna ekipa, ochraniacze na butach i zabrane co do kawałka opakowania.',
  'Nobody could show me how the soundbar connects to the TV.':
    'Nikt nie umiał pokazać, jak podłączyć soundbar do telewizora.',
  'The store felt like a warehouse, boxes everywhere in the aisles.':
    'Sklep wyglądał jak magazyn, pudła wszędzie w alejkach.',
  'Collected two days later, easy.': 'Odebrali po dwóch dniach, bez problemu.',
  'He set up the coffee machine and made me a cup to show it working.':
    'Skonfigurował ekspres i zrobił mi kawę, żeby pokazać, że działa.',
  'Collected in two minutes, they had it ready behind the desk.':
    'Odebrałem w dwie minuty, mieli wszystko gotowe za ladą.',
  'Prices were clear and what I paid matched the label.':
    'Ceny były czytelne i zapłaciłam tyle, ile na etykiecie.',
  'They mentioned the cover once and were fine when I said no.':
    'O ochronie wspomnieli raz i bez problemu przyjęli odmowę.',
  'Every call I have to explain everything from the start again.':
    'Przy każdym telefonie muszę wszystko tłumaczyć od początku.',
  'Booked a collection, the courier never came and nobody told me why.':
    'Zamówiłem odbiór, kurier nie przyjechał i nikt nie powiedział dlaczego.',
  'Third time the app said in stock and the shelf was empty.':
    'Trzeci raz aplikacja pokazała „dostępny”, a półka była pusta.',
  'Took three contacts to sort a simple fault, I would not recommend you.':
    'Trzy kontakty, żeby załatwić prostą usterkę. Nie polecę Was.',
  'The page did not say if the washer fits under a counter; I had to ring to find out.':
    'Na stronie nie było napisane, czy pralka zmieści się pod blatem; musiałem zadzwonić, żeby się dowiedzieć.',
  'Got a text with a two-hour slot and a call half an hour before. Spot on.':
    'SMS z dwugodzinnym oknem i telefon pół godziny przed. W punkt.',
  'They kept offering me discounts instead of just cancelling.':
    'Zamiast po prostu anulować, ciągle proponowali mi rabaty.',
  'Someone said hello as soon as I came in, without pouncing on me.':
    'Ktoś przywitał się, gdy tylko wszedłem, bez rzucania się na mnie.',
  'The website said 4 in stock at Stratford, I drove there and they had none.':
    'Strona podawała 4 sztuki w Stratford, pojechałem, a nie mieli żadnej.',
  'Quick and simple checkout, no surprises.': 'Szybkie i proste zamówienie, bez niespodzianek.',
  'Felt like I was being sold to, not helped.': 'Czułem, że ktoś mi sprzedaje, a nie pomaga.',
  'The lady on the phone was lovely and really patient with my dad.':
    'Pani przez telefon była przemiła i bardzo cierpliwa dla mojego taty.',
  'They asked me over and over what I had "done to it".': 'W kółko pytali, co ja z nim „zrobiłem”.',
};
