"""Polish: months and ordinals decline ("13 marca", "w marcu", "drugiego sezonu"), verbs carry gender ("ogłosił/a")."""

from __future__ import annotations

from scraper.claims.packs import Pack

# Each month in the nominative, genitive ("13 marca") and locative ("w marcu").
_MONTH_FORMS = (
    ("styczeń", "stycznia", "styczniu"), ("luty", "lutego", "lutym"), ("marzec", "marca", "marcu"),
    ("kwiecień", "kwietnia", "kwietniu"), ("maj", "maja", "maju"), ("czerwiec", "czerwca", "czerwcu"),
    ("lipiec", "lipca", "lipcu"), ("sierpień", "sierpnia", "sierpniu"), ("wrzesień", "września", "wrześniu"),
    ("październik", "października", "październiku"), ("listopad", "listopada", "listopadzie"),
    ("grudzień", "grudnia", "grudniu"),
)
# Abbreviations; "sie" (August) is left out: it is "się" typed without its tail.
_MONTH_ABBREVIATIONS = {"sty": 1, "lut": 2, "mar": 3, "kwi": 4, "cze": 6, "lip": 7, "wrz": 9, "paź": 10, "lis": 11,
                        "gru": 12}
# An ordinal's forms by case and gender: "drugi", "druga", "drugiego", "drugim", "drugą", "drugiej", "drugie".
_ORDINAL_STEMS = {"pierwsz": 1, "drug": 2, "trzec": 3, "czwart": 4, "piąt": 5, "szóst": 6}
_ORDINAL_ENDINGS = {"pierwsz": ("y", "a", "e", "ego", "ym", "ą", "ej"), "drug": ("i", "a", "ie", "iego", "im", "ą", "iej"),
                    "trzec": ("i", "ia", "ie", "iego", "im", "ią", "iej"), "czwart": ("y", "a", "e", "ego", "ym", "ą", "ej"),
                    "piąt": ("y", "a", "e", "ego", "ym", "ą", "ej"), "szóst": ("y", "a", "e", "ego", "ym", "ą", "ej")}
_NEXT = r"(?:drugi|trzeci|czwarty|kolejny|nowy|następny)\w{0,3}"  # "drugiego", "kolejnej", "nowy"
_SEASON = r"(?:sezon|sezonu|sezonie|sezonem|seri[aię]|serii|odsłon\w+|częś\w+)"
_GAP = r"(?:[\w-]+ ){0,4}?"
_FAR = r"(?:[\w'’-]+ ){0,8}?"  # a filming noun and its verb, a season and a place between them

PACK = Pack(
    code="pl",
    months={form: n for n, forms in enumerate(_MONTH_FORMS, start=1) for form in forms} | _MONTH_ABBREVIATIONS,
    year_parts={
        "początek": (1, 4), "początku": (1, 4), "początkiem": (1, 4), "na początku": (1, 4), "z początkiem": (1, 4),
        "połowa": (5, 8), "połowie": (5, 8), "połowy": (5, 8), "w połowie": (5, 8), "połowę": (5, 8),
        "koniec": (9, 12), "końca": (9, 12), "końcu": (9, 12), "końcem": (9, 12), "pod koniec": (9, 12),
        "z końcem": (9, 12),
        "wiosna": (3, 5), "wiosną": (3, 5), "wiosny": (3, 5), "wiosnę": (3, 5), "lato": (6, 8), "latem": (6, 8),
        "latu": (6, 8), "jesień": (9, 11), "jesienią": (9, 11), "jesieni": (9, 11), "zima": (12, 2), "zimą": (12, 2),
        "zimy": (12, 2), "zimę": (12, 2),
        "pierwsza połowa": (1, 6), "pierwszej połowie": (1, 6), "pierwszej połowy": (1, 6),
        "druga połowa": (7, 12), "drugiej połowie": (7, 12), "drugiej połowy": (7, 12),
        "pierwszym kwartale": (1, 3), "drugim kwartale": (4, 6), "trzecim kwartale": (7, 9),
        "czwartym kwartale": (10, 12), "i kwartale": (1, 3), "ii kwartale": (4, 6), "iii kwartale": (7, 9),
        "iv kwartale": (10, 12),
    },
    numbers={
        "jeden": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
        "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14,
        "piętnaście": 15, "szesnaście": 16, "dwadzieścia": 20,
        # genitive, after "z" and "składa się z": "z ośmiu odcinków"
        "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "sześciu": 6, "siedmiu": 7, "ośmiu": 8,
        "dziewięciu": 9, "dziesięciu": 10, "jedenastu": 11, "dwunastu": 12, "szesnastu": 16, "dwudziestu": 20,
    },
    ordinals={stem + end: n for stem, n in _ORDINAL_STEMS.items() for end in _ORDINAL_ENDINGS[stem]},
    relative={
        "w przyszłym roku": "year+1", "przyszłym roku": "year+1", "przyszłego roku": "year+1", "przyszły rok": "year+1",
        "w kolejnym roku": "year+1", "kolejnego roku": "year+1", "w następnym roku": "year+1", "następnego roku": "year+1",
        "w tym roku": "year+0", "tym roku": "year+0", "tego roku": "year+0", "bieżącego roku": "year+0",
        "w bieżącym roku": "year+0",
        "w zeszłym roku": "year-1", "zeszłego roku": "year-1", "w ubiegłym roku": "year-1", "ubiegłego roku": "year-1",
        "w poprzednim roku": "year-1",
        "w przyszłym miesiącu": "month+1", "przyszłego miesiąca": "month+1", "w następnym miesiącu": "month+1",
        "w tym miesiącu": "month+0", "tego miesiąca": "month+0", "w zeszłym miesiącu": "month-1",
        "w ubiegłym miesiącu": "month-1",
        "jeszcze w tym roku": "rest_of_year", "później w tym roku": "rest_of_year", "do końca roku": "rest_of_year",
        "do końca tego roku": "rest_of_year", "w ciągu roku": "rest_of_year",
        "w pierwszej połowie roku": "h1+0", "w drugiej połowie roku": "h2+0",
        "w pierwszej połowie przyszłego roku": "h1+1", "w drugiej połowie przyszłego roku": "h2+1",
    },
    season_templates=("sezon(?:u|ie|em)? ?{n}", "{ordinal} sezon(?:u|ie|em)?", r"{n}\. sezon(?:u|ie|em)?",
                      "season ?{n}", "{ordinal} seri(?:a|i|ę)", "{ordinal} częś(?:ć|ci)", "częś(?:ć|ci) ?{n}"),
    hedges=(
        r"prawdopodobn", r"\bmoże\b", r"\bmogą\b", r"\bmógłby\b", r"\bmogłaby\b", r"\bmogłoby\b", r"\bmogłyby\b",
        r"\bmogliby\b", r"\bmoże się\b", r"spodziew\w*", r"oczekuje się", r"oczekiwan\w*", r"przewid\w*",
        r"\bplotk\w*", r"spekul\w*", r"\bpogłosk\w*", r"\bpodobno\b", r"\brzekomo\b", r"\bjakoby\b", r"\bchyba\b",
        r"\bpewnie\b", r"\bzapewne\b", r"\bnajpewniej\b", r"\bwydaje się\b", r"\bwygląda na to\b", r"\bnadzie\w*",
        r"\bliczymy\b", r"\bliczą\b", r"\bzakłada\w*", r"\bszacu\w*", r"\bprzypuszcz\w*", r"\bmożliw\w*",
        r"\bw rozmowach\b", r"\bw negocjacjach\b", r"\bprowadzi rozmowy\b", r"\bmiałby\b", r"\bmiałaby\b",
        r"\bmiałoby\b", r"\bsugeruj\w*", r"\bwskazuj\w*", r"\bjeśli\b", r"\bjeżeli\b", r"\bnieoficjaln\w*",
        r"\bprzeciek\w*", r"\bteori\w*",
    ),
    not_hedges=(r"czego (?:możemy |można |należy )?się spodziewać", r"\bzgodnie z oczekiwaniami\b",
                r"\bwbrew (?:plotkom|spekulacjom|oczekiwaniom)\b", r"\bmimo plotek\b"),
    negations=(
        r"\bnie(?! tylko\b)\b", r"\bjeszcze nie\b", r"\bwciąż nie\b", r"\bnadal nie\b", r"\bbrak\b", r"\bbraku\b",
        r"\bnieznan\w*", r"\bniejasn\w*", r"\bnie wiadomo\b", r"\bnigdy\b", r"\bani\b", r"\bżadn\w*",
        r"\bniepotwierdzon\w*", r"\bpozostaje tajemnicą\b", r"\bnie ma\b",
    ),
    denials=(r"\bnie\b", r"\bbrak\b", r"\bnigdy\b"),
    official_verbs=(
        r"ogłosi\w*", r"ogłasza\w*", r"ogłoszon\w*", r"ogłoszono", r"potwierdzi\w*", r"potwierdza\w*",
        r"potwierdzon\w*", r"zapowiedzia\w*", r"zapowiada\w*", r"zapowiedziano", r"przedłuży\w*", r"zamówi\w*",
        r"ujawni\w*", r"poinformowa\w*", r"informuje", r"opublikowa\w*", r"zaprezentowa\w*", r"przekaza\w*",
        r"anulowa\w*", r"skasowa\w*", r"powiedzia\w*", r"zdradzi\w*", r"udostępni\w*", r"da(?:ł|ła|li) zielone światło",
        r"oświadczy\w*", r"pokaza\w*",
    ),
    official_sources=(r"\btwórc\w*", r"\bproducen\w*", r"\bstudio\b", r"\bplatform\w*", r"serwis\w* streamingow\w*",
                      r"gigant\w* streamingow\w*", r"\bekipa produkcyjn\w*", r"\bekipa serialu\b", r"\bwytwórni\w*",
                      r"\bstacj[aię]\b"),
    official_channels=(r"zwiastun\w*", r"\bteaser\w*", r"\btrailer\w*", r"\bplakat\w*", r"\bposter\w*",
                       r"komunikat\w* prasow\w*", r"informacj\w* prasow\w*", r"\bwideo\b", r"\bnagrani\w*",
                       r"media\w* społecznościow\w*", r"konferencj\w* prasow\w*", r"oficjaln\w* (?:konc|profil)\w*",
                       r"próbn\w* czytan\w*", r"czytani\w* scenariusza"),
    officially=(r"\boficjalnie\b", r"\bto oficjalne\b", r"\boficjaln\w* (?:zapowied\w*|potwierdzen\w*|informacj\w*|"
                r"komunikat\w*|zwiastun\w*)"),
    confirmed=(r"\bpotwierdzon\w*", r"\bpotwierdzono\b", r"\bjest pewn\w*", r"\bprzesądzon\w*"),
    insiders=(r"\bźródł\w*", r"\binformator\w*", r"\bzbliżon\w*", r"\banonimow\w*", r"\binsider\w*",
              r"\bnieoficjalnie\b"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",\s+ale\s", r",\s+lecz\s", r",?\s+jednak\s", r",\s+chociaż\s", r",\s+choć\s",
                   r",\s+ponieważ\s", r",\s+bo\s", r",\s+podczas gdy\s", r",\s+natomiast\s", r",\s+mimo że\s",
                   r",\s+więc\s", r",\s+dlatego\s"),
    subordinators=(r"chociaż", r"choć", r"mimo że", r"mimo", r"pomimo", r"podczas gdy", r"choćby"),
    conditions=(r"\bjeśli\b", r"\bjeżeli\b", r"\bo ile\b", r"\bgdyby\b", r"\bw razie\b", r"\bpod warunkiem\b"),
    coming=(r"\bbędzie\b", r"\bbędą\b", r"\bma (?:się )?(?:pojawić|zadebiutować|trafić|wrócić)", r"\bmają\b",
            r"\bzostanie\b", r"\bzostaną\b", r"\bnadchodząc\w*", r"\bnow\w*\b", r"\bkolejn\w*", r"\bnastępn\w*",
            r"potwierdzon\w*", r"ogłoszon\w*", r"\bzagra\b", r"\bzagrają\b", r"\bwciel\w* się\b", r"\bwystąpi\w*"),
    job_titles=(r"producent\w*", r"ceo", r"prezes\w*", r"dyrektor\w*", r"szef\w*", r"reżyser\w*", r"scenarzyst\w*",
                r"showrunner\w*", r"twórc\w*", r"rzecznik\w*", r"przedstawiciel\w*", r"agent\w*", r"menedżer\w*",
                r"krytyk\w*", r"dziennikar\w*", r"redaktor\w*", r"założyciel\w*"),
    audience=("fani", "fanów", "fanki", "widzowie", "widzów", "publiczność", "internauci", "oglądający"),
    attributions=(
        r"(?i:według|wg|za|jak podaje|jak podał|jak informuje|jak donosi|cytując) (?P<who>{name})",
        r"(?P<who>{name}) (?i:podaje|podał|podała|poinformował|poinformowała|informuje|donosi|doniósł|doniosła|"
        r"napisał|napisała|pisze|ujawnił|ujawniła|potwierdził|potwierdziła|ogłosił|ogłosiła|przekazał|przekazała|"
        r"powiedział|powiedziała|twierdzi|spekuluje|przewiduje|zdradził|zdradziła)",
        r"(?i:według|jak podaje) (?i:raportu|artykułu|doniesień|wywiadu) (?P<who>{name})",
    ),
    not_attributable=frozenset({"on", "ona", "ono", "oni", "one", "my", "wy", "to", "fani", "serial", "sezon",
                                "doniesienia", "media", "niektórzy", "wielu", "inni", "źródła", "plotki",
                                "wcześniejsze doniesienia", "nieoficjalne doniesienia"}),
    triggers={
        "renewal": (
            r"przedłuż\w*", r"zielone światło", r"(?:otrzyma|dosta|zamówi|zapowiedzia|ogłosi|potwierdzi|zapowiada|"
            r"ogłasza|potwierdza)\w* " + _GAP + _NEXT + " " + _SEASON,
            _NEXT + " " + _SEASON + " " + _GAP + r"(?:jest |został\w* |zostanie )?(?:oficjalnie )?(?:potwierdzon\w*|"
            r"zamówion\w*|zapowiedzian\w*|ogłoszon\w*|w przygotowaniu|w produkcji|powstanie|powstaje|będzie)",
            r"(?:sezon|season) (?:\d|dwa|trzy) " + _GAP + r"(?:jest |został )?(?:oficjalnie )?(?:potwierdzon\w*|"
            r"zamówion\w*|zapowiedzian\w*|ogłoszon\w*|w przygotowaniu|powstanie)",
            r"(?:wraca|powróci|powraca|wróci) (?:z|na) " + _NEXT + " " + _SEASON, r"doczeka\w* się " + _GAP + _SEASON,
            r"kontynuacj\w* (?:\w+ ){0,3}?(?:potwierdzon\w*|powstanie|zapowiedzian\w*)",
            r"plan\w* (?:na|dotycząc\w*) " + _GAP + _NEXT + " " + _SEASON,
        ),
        "cancelled": (r"anulowa\w*", r"skasowa\w*", r"kasacj\w*", r"zakończy\w* (?:\w+ )?(?:serial|produkcj\w*) (?:po|na)",
                      r"nie (?:doczeka|otrzyma|dostanie)\w* " + _GAP + _SEASON, r"odwołan\w*"),
        "release": (
            r"premier\w*", r"zadebiut\w*", r"debiut\w*", r"pojawi\w* się", r"trafi\w*", r"wejdzie", r"wchodzi",
            r"zobaczymy", r"obejrzymy", r"zobaczyć", r"dostępn\w*", r"emisj\w*", r"wyemitowan\w*", r"udostępnion\w*",
            r"wypuści\w*", r"(?:data|datę|daty) (?:premiery|emisji|wydania)", r"wraca\b", r"wróci\b", r"powróci\b",
            r"powraca\b", r"(?:przesunię\w*|przełożon\w*|opóźnion\w*) (?:na|do)\b", r"poczekać " + _GAP + r"(?:do|na)\b",
            r"czekać " + _GAP + r"(?:do|na)\b", r"ukaże się", r"ukazać się", r"startuje", r"wystartuje", r"start\w*",
            r"na ekran\w*", r"(?:zobaczymy|obejrzymy) " + _GAP + r"(?:w|na)\b",
        ),
        "trailer": (r"zwiastun\w*", r"\bteaser\w*", r"\btrailer\w*", r"pierwsze (?:zdjęci\w*|ujęci\w*|spojrzeni\w*)",
                    r"first look", r"zapowiedź wideo"),
        "filming_start": (
            r"zdjęci\w* " + _FAR + r"(?:ruszył\w*|ruszą|rusza|rozpoczęł\w*|rozpoczną|rozpoczynają|rozpoczęto|"
            r"wystartował\w*|trwają|trwały|są w toku|zaczęł\w*|zaczną|mają (?:się )?rozpocząć|mają ruszyć)",
            r"(?:rozpoczę\w*|rozpoczyna\w*|rozpoczn\w*|zaczę\w*|zaczyna\w*|ruszy\w*|start\w*) " + _GAP
            + r"(?:zdjęci\w*|produkcj\w*|kręceni\w*|nagrywani\w*|prac\w* na planie)",
            r"(?:na planie|na plan\w*)", r"w (?:fazie )?produkcji\b", r"produkcj\w* " + _GAP + r"(?:ruszył\w*|"
            r"rozpoczęł\w*|trwa|ruszy|wystartował\w*)", r"(?:jest |są |był |będzie )?kręcon\w*",
            r"\bkręc(?:i|ą|ić|ili|ono)\b", r"nakręc\w*", r"pierwszy klaps", r"(?:harmonogram|termin) zdjęć",
            r"zdjęci\w* " + _GAP + r"(?:przesunięt\w*|opóźnion\w*|przełożon\w*)", r"początek zdjęć",
            r"rozpoczęcie zdjęć",
        ),
        "filming_end": (
            r"zdjęci\w* " + _FAR + r"(?:zakończył\w*|zakończą|zakończono|dobiegły końca|dobiegną końca|skończył\w*|"
            r"zostały zakończone|potrwają do|trwać będą do|mają potrwać do)",
            r"(?:zakończ\w*|skończ\w*|ukończ\w*) " + _GAP + r"(?:zdjęci\w*|produkcj\w*|kręceni\w*|prac\w* na planie)",
            r"ostatni klaps", r"koniec zdjęć", r"zakończenie zdjęć", r"produkcj\w* " + _GAP + r"(?:zakończył\w*|"
            r"dobiegł\w* końca)",
        ),
        "episodes": (r"(?:now\w* |kolejn\w* |pełnometrażow\w* |godzinn\w* )?(?:odcink\w*|epizod\w*|częś\w*)\b",
                     r"odcinkow\w*"),
        "episodes_before": (r"liczba odcinków\s*:?", r"odcinki\s*:", r"liczba epizodów\s*:?"),
        "director": (r"reżyser\w*", r"wyreżyser\w*", r"reżyseri\w*", r"za kamerą", r"stanie za kamerą",
                     r"showrunner\w*", r"w fotelu reżysera"),
        "writer": (r"scenariusz\w*", r"scenarzyst\w*", r"napisa\w* (?:przez|scenariusz)", r"autor\w* scenariusza",
                   r"\bautor\w*\b", r"spod pióra", r"pisze scenariusz"),
        "replaces": (r"zastąpi(?:ł|ła|li|ły)?\b", r"zastępuje\b", "zastąpienie", "w miejsce", "zamiast"),
        "replaced_by": (r"zastąpion\w* przez", r"zastąpieni\w*[^.;]{0,40}?przez"),
        "cast": (
            r"obsad\w*", r"\bcast\w*", r"zagra\w*", r"gra\b", r"grają\b", r"grał\w*", r"wciel\w* się",
            r"w roli\b", r"rol\w*\b", r"aktor\w*", r"aktork\w*", r"dołącz\w*", r"wystąpi\w*", r"pojawi\w* się",
            r"zobaczymy", r"powr[óa]\w*", r"wraca\w*", r"wróci\w*", r"ponownie", r"znów", r"znowu", r"w składzie",
            r"wśród\b", r"m\.in\.", r"między innymi", r"nowe twarze", r"na pokładzie", r"obsadzon\w*", r"sportretuj\w*",
            r"odtwór\w*", r"gwiazd\w*",
        ),
        "departing": (r"nie (?:\w+ )?(?:wróci|powróci|pojawi|zobaczymy|zagra)\w*", r"odchodz\w*", r"odejdzie",
                      r"odszedł", r"odeszła", r"opuszcz\w*", r"opuści\w*", r"zabraknie", r"\bbez\b", r"pożegna\w*",
                      r"rezygn\w*", r"zrezygnowa\w*"),
        "returning": (r"powr[óa]\w*", r"wraca\w*", r"wróci\w*", r"ponownie", r"znów", r"znowu", r"ponowni\w*",
                      r"ta sama obsada", r"oryginaln\w* obsad\w*", r"znan\w* twarz\w*", r"dalej", r"nadal"),
        "new_cast": (r"\bnow\w*\b", r"dołącz\w*", r"nowe twarze", r"debiut\w*", r"zasil\w*", r"uzupełni\w*",
                     r"w rozmowach", r"w negocjacjach", r"obsadzon\w*", r"dołączy\w*"),
    },
    gate_words={
        "renewal": ("przedłuż", "zielone", "sezon", "season", "seri", "odsłon", "częś", "kontynuacj", "anulowa",
                    "skasowa", "kasacj", "zakończy", "odwołan"),
        "release": ("premier", "debiut", "pojawi", "trafi", "wejdzie", "wchodzi", "zobacz", "obejrzymy", "dostępn",
                    "emisj", "wyemitowan", "udostępn", "wypuści", "data", "datę", "daty", "wraca", "wróci", "powr",
                    "przesunię", "przełożon", "opóźnion", "czekać", "ukaż", "ukazać", "start", "wystart", "ekran"),
        "episodes": ("odcin", "epizod", "częś"),
        "filming": ("zdjęć", "zdjęci", "produkcj", "kręc", "nakręc", "plan", "klaps", "nagrywani"),
        "director": ("reżyser", "kamer", "showrunner"),
        "writer": ("scenariusz", "scenarzyst", "napisa", "autor", "pióra"),
        "cast": ("zastąp", "zastęp", "miejsce", "zamiast",
                 "obsad", "cast", "zagra", "gra", "wciel", "roli", "rol", "aktor", "dołącz", "wystąpi", "pojawi",
                 "zobaczymy", "powr", "wraca", "wróci", "ponown", "znów", "znowu", "składzie", "wśród", "m.in",
                 "między innymi", "twarz", "pokładzie", "sportretuj", "odtwór", "gwiazd", "odchodz", "odejdzie",
                 "odszedł", "odeszła", "opuszcz", "opuści", "zabraknie", "bez", "pożegna", "rezygn", "dalej",
                 "nadal", "now", "debiut", "zasil", "uzupełni", "rozmowach", "negocjacjach"),
    },
    gates_at_word_start=frozenset({"gra", "rol", "now", "bez", "plan", "start", "data", "daty", "datę", "dalej"}),
    false_friends=frozenset({"to", "plan", "no", "was", "data", "dal"}),
    family_names=frozenset({"nowak", "kowalski", "kowalska", "wiśniewski", "wiśniewska", "wójcik", "kowalczyk",
                            "kamiński", "kamińska", "lewandowski", "lewandowska", "zieliński", "zielińska",
                            "szymański", "szymańska", "woźniak", "dąbrowski", "dąbrowska", "kozłowski", "kozłowska",
                            "mazur", "krawczyk", "piotrowski", "piotrowska", "grabowski", "grabowska"}),
    not_names=frozenset({
        "sezon", "sezonu", "serial", "serialu", "odcinek", "odcinki", "odcinków", "premiera", "premiery", "obsada",
        "obsady", "reżyser", "reżyserka", "scenarzysta", "scenarzystka", "aktor", "aktorka", "fani", "fanów",
        "zdjęcia", "produkcja", "zwiastun", "według", "jak", "kiedy", "czy", "co", "w", "na", "do", "od", "z", "po",
        "nowy", "nowa", "nowe", "drugi", "druga", "drugiego", "trzeci", "pierwszy", "pierwszego", "ten", "ta", "to",
        "ale", "jednak", "również", "także", "oraz", "i", "a", "tymczasem", "wcześniej", "później", "teraz",
        "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
        "listopad", "grudzień", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "korea", "korei", "południowej", "południowa", "koreański", "koreańska", "koreańskiego", "zombie", "horror",
        "fabuła", "bohater", "bohaterowie", "postać", "postaci", "szkoła", "szkole", "platforma", "twórcy",
        "plotki", "źródło", "zdjęcie", "wideo", "aktualizacja",
    }),
)
