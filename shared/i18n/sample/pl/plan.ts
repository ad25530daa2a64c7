import type { SampleTexts } from '../localize';

/** The sample audit in Polish: its plan, by the English text. */
export const plan: SampleTexts = {
  'Answer calls within 2 minutes at the Monday and post-sale peaks':
    'Odbierać połączenia w ciągu 2 minut w szczytach w poniedziałki i po wyprzedażach',
  'Staffing is planned on last year’s weekly averages, not on half-hour demand; the phone menu adds about 50 seconds before a call even queues.':
    'Grafiki planowane są na podstawie zeszłorocznych średnich tygodniowych, a nie popytu w półgodzinnych przedziałach; menu telefoniczne dodaje około 50 sekund, zanim połączenie w ogóle trafi do kolejki.',
  'Plan rotas by half hour from the telephony data; train 12 store colleagues to take overflow calls at peaks; cut the phone menu to two options.':
    'Planować grafiki co pół godziny na podstawie danych z centrali telefonicznej; przeszkolić 12 pracowników sklepów do odbierania nadmiarowych połączeń w szczytach; skrócić menu telefoniczne do dwóch opcji.',
  'Answer time on the weekly service review with a named owner; an alert when the rolling 15-minute answer time passes 90 seconds.':
    'Czas odebrania połączenia w cotygodniowym przeglądzie obsługi z imiennie wskazanym właścicielem; alert, gdy kroczący 15-minutowy czas odebrania przekroczy 90 sekund.',
  'Gareth Lloyd, Head of Customer Service': 'Gareth Lloyd, dyrektor obsługi klienta',
  'Median answer time about 4 minutes in wave 1; Mondays and the week after a sale far worse. Callers hang up and try again, which adds to the queue.':
    'Mediana czasu odebrania w 1. fali to około 4 minuty; w poniedziałki i w tygodniu po wyprzedaży znacznie gorzej. Dzwoniący rozłączają się i próbują ponownie, co wydłuża kolejkę.',
  'Nine calls in ten answered within 2 minutes, every day of the week, including sale weeks.':
    'Dziewięć na dziesięć połączeń odebranych w ciągu 2 minut, każdego dnia tygodnia, także w tygodniach wyprzedaży.',
  'Tell customers about a late delivery before they have to ask':
    'Informować klientów o opóźnionej dostawie, zanim muszą zapytać',
  'The order system only emails on cancellation; carriers report delays in a daily file that nobody acts on.':
    'System zamówień wysyła e-mail tylko przy anulowaniu; przewoźnicy zgłaszają opóźnienia w codziennym pliku, na który nikt nie reaguje.',
  'Read the carriers’ delay status every hour and send a delay message with a rebooking link automatically.':
    'Co godzinę odczytywać status opóźnień u przewoźników i automatycznie wysyłać wiadomość o opóźnieniu z linkiem do zmiany terminu.',
  'Share of late orders with a delay message tracked monthly by Logistics; the carrier contract requires status within the hour.':
    'Dział logistyki co miesiąc śledzi odsetek opóźnionych zamówień z wysłaną wiadomością o opóźnieniu; umowa z przewoźnikiem wymaga statusu w ciągu godziny.',
  'Nadia Hussain, Head of Logistics': 'Nadia Hussain, dyrektor logistyki',
  'Almost no late delivery is announced: customers find out by waiting in, then calling the contact centre.':
    'Prawie żadne opóźnienie dostawy nie jest zapowiadane: klienci dowiadują się o nim, czekając w domu, a potem dzwonią do contact center.',
  'Every late or rescheduled delivery triggers a text and an email with a new slot, at least 12 hours before the original slot.':
    'Każda opóźniona lub przełożona dostawa uruchamia SMS i e-mail z nowym oknem co najmniej 12 godzin przed pierwotnym oknem.',
  'Make price match work at every till':
    'Sprawić, by gwarancja najniższej ceny działała przy każdej kasie',
  'The policy changed in 2025 to include online retailers, but the till procedure and the staff briefing did not.':
    'W 2025 roku polityka objęła sklepy internetowe, ale procedura kasowa i instruktaż personelu już nie.',
  'A one-page procedure at every till; till code PM14 refunds the difference without a manager; a 20-minute briefing for all floor staff.':
    'Jednostronicowa procedura przy każdej kasie; kod kasowy PM14 zwraca różnicę bez kierownika; 20-minutowy instruktaż dla całego personelu sali sprzedaży.',
  'Price match is part of the monthly mystery shop; refunds by store are reviewed every month.':
    'Wyrównanie ceny jest częścią comiesięcznego badania tajemniczego klienta; zwroty różnic w poszczególnych sklepach są przeglądane co miesiąc.',
  'Mark Ellison, Retail Operations Director': 'Mark Ellison, dyrektor sieci sklepów',
  'In wave 1 most price-match requests were refused or sent to a manager; colleagues did not know online retailers count.':
    'W 1. fali większość próśb o wyrównanie ceny odrzucano lub odsyłano do kierownika; pracownicy nie wiedzieli, że sklepy internetowe też się liczą.',
  'A valid price match is honoured at the till in under 5 minutes, in every store.':
    'Uzasadniona prośba o wyrównanie ceny jest realizowana przy kasie w mniej niż 5 minut, w każdym sklepie.',
  'Let customers cancel Lumen Care in one call':
    'Umożliwić rezygnację z Lumen Care jednym telefonem',
  'Advisers on the plan line are paid a bonus on plans saved, so the script pushes three offers before a cancellation.':
    'Doradcy infolinii planów dostają premię za każdy zatrzymany plan, więc skrypt wymusza trzy oferty przed rezygnacją.',
  'Drop the retention bonus and the three-offer script; one offer, then cancel and confirm by email.':
    'Znieść premię za zatrzymanie i skrypt z trzema ofertami; jedna oferta, potem rezygnacja i potwierdzenie e-mailem.',
  'Cancelling a plan takes several calls and retention offers; the cancellation letter is often not sent.':
    'Rezygnacja z planu wymaga kilku telefonów i ofert zatrzymujących; pismo potwierdzające często nie przychodzi.',
  'One call, at most one offer, written confirmation the same day.':
    'Jeden telefon, najwyżej jedna oferta, pisemne potwierdzenie tego samego dnia.',
  'Rebuild the large-appliance delivery promise on real carrier capacity':
    'Oprzeć obietnicę dostawy dużego AGD na rzeczywistej przepustowości przewoźników',
  'The website offers next day on every postcode while the second carrier covers a third of the country on a 48-hour cycle.':
    'Strona oferuje dostawę następnego dnia dla każdego kodu pocztowego, choć drugi przewoźnik obsługuje jedną trzecią kraju w cyklu 48-godzinnym.',
  'Show the delivery date from the carrier’s live capacity; give the crew app an automatic "30 minutes away" call.':
    'Pokazywać termin dostawy na podstawie bieżącej przepustowości przewoźnika; dodać do aplikacji ekipy automatyczny telefon „będziemy za 30 minut”.',
  'Promise kept rate per carrier in the monthly carrier review, with penalties in the new contract.':
    'Odsetek dotrzymanych obietnic dla każdego przewoźnika w comiesięcznym przeglądzie przewoźników, z karami w nowej umowie.',
  'Next-day delivery, the 2-hour slot and the call before arrival are each kept for about half of customers; complaints peak on Mondays.':
    'Dostawa następnego dnia, dwugodzinne okno i telefon przed przyjazdem są dotrzymywane mniej więcej dla połowy klientów; skargi osiągają szczyt w poniedziałki.',
  'Delivery promises shown at checkout only where the carrier has the capacity; next day kept for 95% of orders that get it.':
    'Obietnice dostawy pokazywane przy zamówieniu tylko tam, gdzie przewoźnik ma przepustowość; dostawa następnego dnia dotrzymana dla 95% zamówień, którym ją obiecano.',
  'Offer extended cover once, and take no for an answer':
    'Proponować rozszerzoną ochronę raz i przyjmować odmowę',
  'The till script asks for a second offer, and store targets reward attachment rate alone.':
    'Skrypt kasowy każe złożyć drugą ofertę, a cele sklepów nagradzają wyłącznie wskaźnik dołączeń.',
  'Mystery shoppers are offered Lumen Care two or three times at the till, even after saying no.':
    'Tajemniczym klientom proponuje się Lumen Care przy kasie dwa lub trzy razy, nawet po odmowie.',
  'One offer, explained in a sentence; a no ends the conversation.':
    'Jedna oferta, wyjaśniona w jednym zdaniu; odmowa kończy rozmowę.',
};
