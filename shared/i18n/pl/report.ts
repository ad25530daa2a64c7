import type { report as en } from '../en/report';
import type { Translation } from '../types';

/** Polish strings of the Word audit document, its export options and the command line. */
export const report = {
  // The Export screen's options.
  screen: {
    title: 'Dokument audytu w Wordzie',
    hint: 'Audyt dla kadry zarządzającej: podsumowanie, karty wyników z wykresami, ustalenia i plan — do edycji w Wordzie.',
    sections: 'Sekcje dokumentu',
    options: 'Szczegóły',
    photos: 'Zdjęcia w ustaleniach',
    appendix: 'Załącznik z dowodami (wszystkie obserwacje)',
    confidentiality: 'Klauzula poufności',
    language: 'Język',
    export: 'Eksportuj dokument Word…',
    exporting: 'Tworzenie dokumentu…',
    progress: '{{step}} ({{percent}}%)',
    saved: 'Zapisano „{{name}}”.',
    failed: 'Nie zapisano dokumentu Word: {{message}}',
    fileFilter: 'Dokumenty Word',
  },
  steps: {
    prepare: 'Liczenie wyników',
    cover: 'Strona tytułowa i spis treści',
    summary: 'Podsumowanie dla zarządu',
    method: 'Zakres i metoda',
    scorecards: 'Karty wyników',
    charts: 'Wykresy',
    findings: 'Ustalenia',
    plan: 'Plan',
    appendix: 'Załącznik z dowodami',
    pack: 'Zapisywanie pliku',
  },
  section: {
    summary: 'Podsumowanie dla zarządu',
    method: 'Zakres i metoda',
    scorecards: 'Karty wyników',
    charts: 'Wykresy',
    findings: 'Ustalenia według punktów styku',
    plan: 'Plan: od stanu obecnego do stanu przyszłego',
    appendix: 'Załącznik: dziennik dowodów',
  },
  cover: {
    kicker: 'Audyt obietnic marki',
    period: 'Okres',
    team: 'Zespół audytowy',
    status: 'Status',
    date: 'Data raportu',
    evidenceAsOf: 'Dowody do dnia',
    confidential: 'Poufne',
    preparedWith: 'Przygotowano w Touchstone',
  },
  contents: 'Spis treści',
  pageOf: 'Strona {{page}} z {{pages}}',
  figure: 'Rysunek',
  table: 'Tabela',
  notObserved: 'jeszcze niezbadana',
  none: '—',
  band: {
    broken: 'Łamana',
    poor: 'Słabo dotrzymywana',
    partly: 'Częściowo dotrzymywana',
    kept: 'Dotrzymywana',
    exceeded: 'Dotrzymywana z nawiązką',
    unobserved: 'Jeszcze niezbadana',
  },
  strength: { none: 'Brak', thin: 'Słabe', adequate: 'Wystarczające', strong: 'Mocne' },
  tools: { kobo: 'KoboToolbox', odk: 'ODK', limesurvey: 'LimeSurvey', other: 'inne narzędzie' },
  col: {
    ref: 'Nr',
    band: 'Poziom',
    promise: 'Obietnica',
    touchpoint: 'Punkt styku',
    stage: 'Etap podróży klienta',
    channel: 'Kanał',
    score: 'Wynik',
    belief: 'Samoocena',
    gap: 'Luka',
    evidence: 'Dowody',
    strength: 'Siła',
    coverage: 'Pokrycie',
    observed: 'Zbadane',
    customerVoice: 'Głos klienta',
    operational: 'Operacyjne',
    importance: 'Waga',
    method: 'Metoda',
    recorded: 'Zapisane',
    counted: 'Uwzględnione',
    wave: 'Fala',
    dates: 'Daty',
    touchpoints: 'Punkty styku',
    promises: 'Obietnice',
    rubric: 'Skala',
    points: 'Punkty',
    meaning: 'Znaczenie',
    weight: 'Waga',
    kind: 'Rodzaj',
    date: 'Data',
    who: 'Obserwator i miejsce',
    result: 'Wynik',
    note: 'Cytat lub notatka',
    survey: 'Ankieta',
    tool: 'Narzędzie',
    period: 'Okres',
    responses: 'Ankiety',
    answers: 'Odpowiedzi',
  },
  summary: {
    alignmentIndex: 'Indeks zgodności',
    alignmentIndexNote: 'na 100, ważony wagą obietnic',
    perceptionGap: 'Luka percepcji',
    perceptionGapNote_one: 'pkt: samoocena zespołu minus dowody',
    perceptionGapNote_few: 'pkt: samoocena zespołu minus dowody',
    perceptionGapNote_many: 'pkt: samoocena zespołu minus dowody',
    perceptionGapNote_other: 'pkt: samoocena zespołu minus dowody',
    coverage: 'Pokrycie',
    coverageNote_one: 'zbadane obietnice: {{observed}} z {{promises}}',
    coverageNote_few: 'zbadane obietnice: {{observed}} z {{promises}}',
    coverageNote_many: 'zbadane obietnice: {{observed}} z {{promises}}',
    coverageNote_other: 'zbadane obietnice: {{observed}} z {{promises}}',
    evidence: 'Dowody',
    evidenceNote_one: 'uwzględniona obserwacja',
    evidenceNote_few: 'uwzględnione obserwacje',
    evidenceNote_many: 'uwzględnionych obserwacji',
    evidenceNote_other: 'uwzględnionej obserwacji',
    lead:
      'Zakres audytu: {{touchpoints}}, {{promises}}. Według dowodów indeks zgodności marki „{{brand}}” wynosi {{score}} na 100: {{verdict}}.',
    leadUnobserved:
      'Zakres audytu: {{touchpoints}}, {{promises}}. Żadna obietnica nie została jeszcze zbadana, więc zgodności marki „{{brand}}” nie da się ocenić.',
    verdict: {
      broken: 'obietnice są w większości łamane',
      poor: 'obietnice są dotrzymywane słabo',
      partly: 'obietnice są dotrzymywane tylko częściowo',
      kept: 'obietnice są w większości dotrzymywane',
      exceeded: 'obietnice są w większości dotrzymywane z nawiązką',
    },
    headline:
      'Zespół uważa, że dotrzymuje {{believed}} swoich obietnic; dowody pokazują {{evidence}}.',
    headlineBase_one:
      'Policzone dla {{base}} obietnicy, która ma zarówno samoocenę zespołu, jak i dowody.',
    headlineBase_few:
      'Policzone dla {{base}} obietnic, które mają zarówno samoocenę zespołu, jak i dowody.',
    headlineBase_many:
      'Policzone dla {{base}} obietnic, które mają zarówno samoocenę zespołu, jak i dowody.',
    headlineBase_other:
      'Policzone dla {{base}} obietnicy, które mają zarówno samoocenę zespołu, jak i dowody.',
    noHeadline:
      'Żadna obietnica nie ma jeszcze jednocześnie samooceny zespołu i dowodów, więc luki percepcji nie da się zmierzyć.',
    gapWider_one:
      'Dla tych samych obietnic zespół ocenia się o {{gap}} pkt wyżej, niż pokazują dowody.',
    gapWider_few:
      'Dla tych samych obietnic zespół ocenia się o {{gap}} pkt wyżej, niż pokazują dowody.',
    gapWider_many:
      'Dla tych samych obietnic zespół ocenia się o {{gap}} pkt wyżej, niż pokazują dowody.',
    gapWider_other:
      'Dla tych samych obietnic zespół ocenia się o {{gap}} pkt wyżej, niż pokazują dowody.',
    gapNarrower_one:
      'Dla tych samych obietnic dowody są o {{gap}} pkt wyżej niż samoocena zespołu.',
    gapNarrower_few:
      'Dla tych samych obietnic dowody są o {{gap}} pkt wyżej niż samoocena zespołu.',
    gapNarrower_many:
      'Dla tych samych obietnic dowody są o {{gap}} pkt wyżej niż samoocena zespołu.',
    gapNarrower_other:
      'Dla tych samych obietnic dowody są o {{gap}} pkt wyżej niż samoocena zespołu.',
    gapNone: 'Dla tych samych obietnic samoocena zespołu zgadza się z dowodami.',
    breaking: 'Gdzie obietnice są łamane najbardziej',
    breakingIntro:
      'Zbadane obietnice poniżej poziomu „dotrzymana”, według wagi luki: waga × (100 − zgodność).',
    breakingNone: 'Żadna zbadana obietnica nie spada poniżej poziomu „dotrzymana”.',
    strengths: 'Mocne strony',
    strengthsIntro:
      'Obietnice, które według dowodów są dotrzymane lub dotrzymane z nawiązką, najlepsze najpierw.',
    strengthsNone: 'Dowody nie pokazują jeszcze żadnej dotrzymanej obietnicy.',
    evidenceBase: 'Baza dowodowa',
    evidenceText_one: 'Do wyników liczy się {{evidence}} obserwacja ({{methods}}, {{waves}}).',
    evidenceText_few: 'Do wyników liczą się {{evidence}} obserwacje ({{methods}}, {{waves}}).',
    evidenceText_many: 'Do wyników liczy się {{evidence}} obserwacji ({{methods}}, {{waves}}).',
    evidenceText_other: 'Do wyników liczy się {{evidence}} obserwacji ({{methods}}, {{waves}}).',
    excluded_one:
      'Jeszcze {{excluded}} obserwację zapisano, ale nie liczy się do wyników ({{reasons}}).',
    excluded_few:
      'Jeszcze {{excluded}} obserwacje zapisano, ale nie liczą się do wyników ({{reasons}}).',
    excluded_many:
      'Jeszcze {{excluded}} obserwacji zapisano, ale nie liczą się do wyników ({{reasons}}).',
    excluded_other:
      'Jeszcze {{excluded}} obserwacji zapisano, ale nie liczy się do wyników ({{reasons}}).',
    gaps: 'Luki informacyjne',
    gapsUnobserved_one: '{{n}} obietnica nie ma jeszcze dowodów',
    gapsUnobserved_few: '{{n}} obietnice nie mają jeszcze dowodów',
    gapsUnobserved_many: '{{n}} obietnic nie ma jeszcze dowodów',
    gapsUnobserved_other: '{{n}} obietnicy nie ma jeszcze dowodów',
    gapsThin_one: '{{n}} obietnica opiera się na słabych dowodach',
    gapsThin_few: '{{n}} obietnice opierają się na słabych dowodach',
    gapsThin_many: '{{n}} obietnic opiera się na słabych dowodach',
    gapsThin_other: '{{n}} obietnicy opiera się na słabych dowodach',
    gapsBoth: '{{unobserved}}, a {{thin}}.',
    gapsOne: '{{gaps}}.',
    gapsListSingle: 'Oto ona:',
    gapsList: 'Najważniejsze z nich:',
    gapsNone: 'Każda obietnica ma co najmniej wystarczające dowody.',
    methods_one: '{{count}} metoda',
    methods_few: '{{count}} metody',
    methods_many: '{{count}} metod',
    methods_other: '{{count}} metody',
    waves_one: '{{count}} fala',
    waves_few: '{{count}} fale',
    waves_many: '{{count}} fal',
    waves_other: '{{count}} fali',
  },
  method: {
    scope: 'Zakres',
    noScope: 'Zakres audytu nie został opisany.',
    journey: 'Badana podróż klienta',
    journeyIntro:
      'Wszystkie punkty styku według etapów podróży klienta i kanałów, ze składanymi w nich obietnicami.',
    evidence: 'Metody i dowody',
    evidenceIntro:
      'Metody głosu klienta oddają to, co mówią klienci; metody operacyjne rejestrują to, co dzieje się naprawdę.',
    voice: 'Głos klienta',
    operational: 'Operacyjne',
    waves: 'Fale',
    waveChange_one:
      'Od fali {{from}} do fali {{to}}, dla {{count}} obietnicy zbadanej w obu, wynik zmienił się z {{before}} na {{after}} ({{change}}).',
    waveChange_few:
      'Od fali {{from}} do fali {{to}}, dla {{count}} obietnic zbadanych w obu, wynik zmienił się z {{before}} na {{after}} ({{change}}).',
    waveChange_many:
      'Od fali {{from}} do fali {{to}}, dla {{count}} obietnic zbadanych w obu, wynik zmienił się z {{before}} na {{after}} ({{change}}).',
    waveChange_other:
      'Od fali {{from}} do fali {{to}}, dla {{count}} obietnicy zbadanej w obu, wynik zmienił się z {{before}} na {{after}} ({{change}}).',
    waveNoBase: 'Żadna obietnica nie jest zbadana zarówno w fali {{from}}, jak i w fali {{to}}, więc ich wyniki nie są porównywane.',
    waveThin: {
      fewPromises: 'W obu falach zbadano niewiele obietnic: tę zmianę trzeba czytać ostrożnie.',
      partial: 'W obu falach zbadano mniej niż połowę zbadanych obietnic.',
      thinEvidence: 'Dowody jednej z dwóch fal są słabe.',
    },
    wavesIntro:
      'Każda fala to jedna runda zbierania dowodów; ponowny audyt pokazuje zmianę między falami.',
    wave: 'Fala {{n}}',
    noEvidence: 'Nie zapisano jeszcze żadnych dowodów.',
    surveys: 'Ankiety wśród klientów',
    surveysIntro:
      'Głos klientów pochodzi z tych ankiet, przygotowanych na podstawie obietnic audytu i przeprowadzonych w podanych narzędziach.',
    noAnswers: 'brak odpowiedzi',
    surveyAnswers: 'Odpowiedzi na obietnice w ankiecie „{{title}}”:',
    surveyAnswersCaption: 'Odpowiedzi na obietnice: {{title}}',
    unweighted: 'Waga 0 — obserwacje są zapisane, ale nie liczą się do wyników: {{methods}}.',
    scale: 'Skala',
    scaleIntro:
      'Każdy dowód i każda samoocena zespołu są oceniane na tej samej pięciostopniowej skali, przeliczonej na 0–100.',
    computation: 'Jak liczone są wyniki',
    rules: {
      alignment_one:
        'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {{halfLife}} dzień od najnowszych dowodów waży o połowę mniej.',
      alignment_few:
        'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {{halfLife}} dni od najnowszych dowodów waży o połowę mniej.',
      alignment_many:
        'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {{halfLife}} dni od najnowszych dowodów waży o połowę mniej.',
      alignment_other:
        'Zgodność obietnicy to średnia jej dowodów na skali 0–100. Nowsze dowody ważą więcej: obserwacja starsza o {{halfLife}} dnia od najnowszych dowodów waży o połowę mniej.',
      measured:
        'Wartość zmierzona (czas oczekiwania, dzień dostawy) jest oceniana względem celu obietnicy: w granicach celu lub na jego granicy — dotrzymana; lepsza o {{exceeded}} lub więcej — z nawiązką; gorsza najwyżej o {{partly}} — częściowo dotrzymana, najwyżej o {{poor}} — słabo; jeszcze gorsza — złamana.',
      weights: 'Wagi metod ustawione dla tego audytu: {{weights}}.',
      weightsSome:
        'Wagi metod ustawione dla tego audytu: {{weights}}. Waga 0, więc nie liczą się: {{unweighted}}.',
      weightsNone:
        'W tym audycie wszystkie metody mają wagę 0, więc żadne dowody nie liczą się do wyników.',
      strength:
        'Siła dowodów według liczby uwzględnionych obserwacji: słabe od {{thin}}, wystarczające od {{adequate}}, mocne od {{strong}}. Obietnica bez dowodów jest „jeszcze niezbadana”, nigdy 0.',
      groups:
        'Wyniki punktów styku, etapów, kanałów i audytu to średnie ważone wagą obietnic, które mają dowody; pokrycie to odsetek zbadanych obietnic.',
      gap: 'Luka percepcji to samoocena zespołu minus dowody, porównywane dla tych samych obietnic. Obietnica jest dotrzymana od wyniku {{kept}}.',
      severity: 'Waga luki, domyślna kolejność planu, to waga × (100 − zgodność).',
    },
  },
  scorecards: {
    intro:
      'Wyniki są na 100. Komórki są pokolorowane według poziomu, jak na ekranie: z nawiązką ({{exceeded}} i więcej), dotrzymana ({{kept}}–{{keptTop}}), częściowo dotrzymana ({{partly}}–{{partlyTop}}), słabo ({{poor}}–{{poorTop}}), złamana (poniżej {{poor}}); szare — jeszcze niezbadane. Wynik należy do poziomu pokazanej liczby.',
    byStage: 'Według etapów podróży klienta',
    byChannel: 'Według kanałów',
    matrix: 'Etapy i kanały',
    matrixIntro:
      'Każda komórka to wynik punktów styku danego etapu w danym kanale, z jego pokryciem.',
    byTouchpoint: 'Według punktów styku',
    gapNote:
      'Luka porównuje samoocenę i dowody dla tych samych obietnic: tych, które mają jedno i drugie.',
    total: 'Cały audyt',
    charts: 'Wykresy',
    cellCoverage: 'zbadano {{coverage}}',
    strengthCount: '{{strength}}: {{n}}',
  },
  chart: {
    beliefVsEvidence: 'Samoocena zespołu a dowody według etapów podróży klienta',
    byWave: 'Wynik według fal',
    coverage: 'Pokrycie według etapów podróży klienta',
    belief: 'Samoocena zespołu',
    evidence: 'Dowody',
    coverageSeries: 'Zbadane obietnice (%)',
    scoreAxis: 'Wynik (0–100)',
    percentAxis: '% obietnic',
    wave: 'Fala {{n}}',
    all: 'Cały audyt',
  },
  findings: {
    intro:
      'Dla każdego punktu styku: jego wynik, każda obietnica na tle dowodów oraz to, co powiedzieli klienci i obserwatorzy.',
    line: 'Wynik {{score}} · {{observed}} · {{evidence}}',
    observed_one: 'zbadane obietnice: {{observed}} z {{promises}}',
    observed_few: 'zbadane obietnice: {{observed}} z {{promises}}',
    observed_many: 'zbadane obietnice: {{observed}} z {{promises}}',
    observed_other: 'zbadane obietnice: {{observed}} z {{promises}}',
    lineUnobserved: 'Jeszcze niezbadany · {{promises}}',
    department: 'Odpowiada: {{department}}',
    verbatims: 'Ich słowami',
    photos: 'Zdjęcia',
    attribution: '{{method}}, {{place}}{{date}}',
    photoCaption: '{{ref}} · {{method}} · {{place}}{{date}}',
    noPromises: 'W tym punkcie styku nie zarejestrowano obietnic.',
  },
  target: {
    line: 'Cel: {{metric}} {{target}}',
    atMost: '≤',
    atLeast: '≥',
    within_one: 'w granicach celu: {{within}} z {{measured}} pomiaru',
    within_few: 'w granicach celu: {{within}} z {{measured}} pomiarów',
    within_many: 'w granicach celu: {{within}} z {{measured}} pomiarów',
    within_other: 'w granicach celu: {{within}} z {{measured}} pomiaru',
    median: 'mediana {{value}}',
    notMeasured: 'brak jeszcze pomiarów',
  },
  plan: {
    intro_one:
      '{{actions}} działanie zamyka znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
    intro_few:
      '{{actions}} działania zamykają znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
    intro_many:
      '{{actions}} działań zamyka znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
    intro_other:
      '{{actions}} działania zamyka znalezione luki, w kolejności wagi luki. Każde pokazuje, gdzie obietnica jest dziś i gdzie musi się znaleźć.',
    none: 'Nie zapisano jeszcze żadnych działań.',
    gap: 'Luka',
    current: 'Stan obecny',
    future: 'Stan przyszły',
    cause: 'Przyczyna',
    remedy: 'Rozwiązanie',
    prevention: 'Zapobieganie',
    owner: 'Odpowiedzialny i termin',
    status: 'Priorytet i status',
    evidenceNow: 'Dowody teraz: {{score}}',
    target: 'Cel: {{score}}',
    by: 'do {{date}}',
    wholeTouchpoint: 'Cały punkt styku',
    unassigned: 'Brak odpowiedzialnego',
    noDate: 'bez terminu',
  },
  appendix: {
    intro_one: 'Obserwacje według obietnic i dat; łącznie zapisano: {{total}}.',
    intro_few: 'Obserwacje według obietnic i dat; łącznie zapisano: {{total}}.',
    intro_many: 'Obserwacje według obietnic i dat; łącznie zapisano: {{total}}.',
    intro_other: 'Obserwacje według obietnic i dat; łącznie zapisano: {{total}}.',
    limited:
      'Ostatnie {{shown}} z {{total}} zapisanych obserwacji, według obietnic i dat; wszystkie są w pliku audytu.',
    outcome: { 'not-applicable': 'Nie dotyczy', 'could-not-check': 'Nie dało się sprawdzić' },
    rubric: '{{score}} · {{label}}',
  },
  cli: {
    usage:
      'Użycie:\n  touchstone report PLIK_AUDYTU -o DOKUMENT.docx [--lang en|ru|pl] [--no-appendix]\n  touchstone score PLIK_AUDYTU [--json]\n  touchstone survey PLIK_AUDYTU [--touchpoint NAZWA|ID]... --format xlsform|limesurvey|csv -o PLIK [--scale csat|rubric] [--no-nps]\n  touchstone validate PLIK\n  touchstone sync setup PLAN.json\n  touchstone --help',
    unknownCommand: 'Nieznane polecenie „{{command}}”.',
    noCommand: 'Podaj polecenie: report, score, survey, validate lub sync.',
    missingFile: 'Podaj plik do odczytu.',
    extraArguments: 'Nieoczekiwany argument „{{arg}}”.',
    missingOutput: 'Podaj dokument do zapisu: -o DOKUMENT.docx.',
    outputNotDocx: 'Plik wyjściowy musi mieć rozszerzenie .docx: „{{path}}”.',
    badLanguage: 'Nieznany język „{{lang}}”: użyj en, ru lub pl.',
    languageMissing:
      'Dokumentu nie można jeszcze napisać w języku {{lang}}; zostanie napisany po angielsku.',
    badOption: '{{message}}',
    cannotWrite: 'Nie można zapisać „{{path}}”: {{reason}}.',
    unknownKind:
      '„{{path}}” nie jest plikiem Touchstone (plikiem audytu, pakietem terenowym ani plikiem wyników).',
    invalid: '„{{path}}” to niepoprawny {{kind}}:',
    kind: {
      audit: 'plik audytu',
      'field-pack': 'pakiet terenowy',
      'field-results': 'plik wyników z terenu',
    },
    valid: '{{path}}: poprawny {{kind}}.',
    auditSummary: '„{{name}}”, marka {{brand}}: {{contents}}.',
    packSummary: 'Odbiorca: {{manager}}; z „{{name}}” ({{brand}}): {{visits}}.',
    resultsSummary: 'Nadawca: {{manager}}; {{visits}}, {{observations}}, {{photos}}.',
    written: 'Zapisano {{path}} ({{size}} KB).',
    headline:
      'Zespół uważa, że dotrzymywanych jest {{believed}} obietnic; dowody pokazują {{evidence}} (podstawa: {{base}}).',
    index:
      'Indeks zgodności {{score}} · luka percepcji {{gap}} · pokrycie {{coverage}} · obserwacje: {{evidence}}',
    total: 'Cały audyt',
  },
} satisfies Translation<typeof en>;
