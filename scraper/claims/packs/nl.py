"""Dutch: verbs split ("kondigt ... aan"), "begin/medio/eind 2026", and "als" is both "if" and "as"."""

from __future__ import annotations

from scraper.claims.packs import Pack

_NEXT = r"(?:tweede|derde|vierde|vijfde|nieuwe?|volgende|extra)"  # "een tweede seizoen", "nieuw seizoen"
_SEASON = r"(?:seizoen|season|reeks|hoofdstuk)"
_GAP = r"(?:[\w'’-]+ ){0,4}?"
_FAR = r"(?:[\w'’-]+ ){0,8}?"  # a filming noun and its verb, a season and a place between them

PACK = Pack(
    code="nl",
    months={
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    year_parts={
        "begin": (1, 4), "begin van": (1, 4), "het begin van": (1, 4), "aan het begin van": (1, 4), "vroeg in": (1, 4),
        "half": (5, 8), "medio": (5, 8), "midden": (5, 8), "midden van": (5, 8), "halverwege": (5, 8),
        "eind": (9, 12), "einde": (9, 12), "eind van": (9, 12), "einde van": (9, 12), "het einde van": (9, 12),
        "aan het eind van": (9, 12), "laat in": (9, 12),
        "voorjaar": (3, 5), "voorjaar van": (3, 5), "lente": (3, 5), "zomer": (6, 8), "zomer van": (6, 8),
        "najaar": (9, 11), "najaar van": (9, 11), "herfst": (9, 11), "winter": (12, 2),
        "eerste helft van": (1, 6), "tweede helft van": (7, 12), "eerste jaarhelft": (1, 6),
        "tweede jaarhelft": (7, 12), "eerste kwartaal van": (1, 3), "tweede kwartaal van": (4, 6),
        "derde kwartaal van": (7, 9), "vierde kwartaal van": (10, 12),
    },
    # "een" (one) is left out: it is the article "a" far more often ("een nieuwe aflevering").
    numbers={
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
        "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "twintig": 20,
    },
    ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6},
    relative={
        "volgend jaar": "year+1", "komend jaar": "year+1", "komende jaar": "year+1", "het komende jaar": "year+1",
        "volgende jaar": "year+1", "van volgend jaar": "year+1",
        "dit jaar": "year+0", "van dit jaar": "year+0", "dit jaar nog": "rest_of_year",
        "vorig jaar": "year-1", "afgelopen jaar": "year-1", "het afgelopen jaar": "year-1", "vorige jaar": "year-1",
        "volgende maand": "month+1", "komende maand": "month+1", "deze maand": "month+0", "vorige maand": "month-1",
        "afgelopen maand": "month-1",
        "later dit jaar": "rest_of_year", "nog dit jaar": "rest_of_year", "in de loop van dit jaar": "rest_of_year",
        "in de loop van het jaar": "rest_of_year", "voor het einde van het jaar": "rest_of_year",
        "in de eerste helft van dit jaar": "h1+0", "in de tweede helft van dit jaar": "h2+0",
        "in de eerste helft van volgend jaar": "h1+1", "in de tweede helft van volgend jaar": "h2+1",
    },
    season_templates=("seizoen ?{n}", "{ordinal} seizoen", "season ?{n}", "{ordinal} season", "{ordinal} reeks",
                      "deel ?{n}", "{ordinal} deel"),
    hedges=(
        r"\bwaarschijnlijk\b", r"\bvermoedelijk\b", r"\bmogelijk\w*", r"\bmisschien\b", r"\bwellicht\b",
        r"\bzou(?:den)?\b", r"\bkunnen\b", r"\bkan\b", r"\bverwacht\w*", r"\bvoorspel\w*", r"\bgerucht\w*",
        r"\bspecul\w*", r"\bnaar verluidt\b", r"\bzogenaamd\b", r"\bvermoed\w*", r"\bhoop\w*", r"\bschat\w*",
        r"\blijkt\b", r"\blijken\b", r"\bschijnt\b", r"\bin gesprek\b", r"\bin onderhandeling\w*", r"\bals alles\b",
        r"\bdenk(?:en|t)?\b", r"\bgeloven\b", r"\bverwachting\w*", r"\brealistisch\w*", r"\bwie weet\b",
        r"\bonbevestigd\w*", r"\btheorie\w*", r"\bindien\b",
    ),
    not_hedges=(r"\bwat (?:we|je|fans|kijkers) (?:kunnen |mogen )?verwachten\b", r"\bwat kun je verwachten\b",
                r"\bzoals verwacht\b", r"\bondanks (?:de )?geruchten\b"),
    negations=(
        r"\bniet(?! alleen\b)\b", r"\bnog niet\b", r"\bgeen\b", r"\bnooit\b", r"\bonbekend\w*", r"\bonduidelijk\w*",
        r"\bonzeker\w*", r"\bnog (?:geen|niets)\b", r"\bniets\b", r"\bnoch\b", r"\bonbevestigd\w*",
        r"\bstaat nog niet vast\b", r"\bis nog niet bekend\b",
    ),
    denials=(r"\bniet\b", r"\bgeen\b", r"\bnooit\b"),
    official_verbs=(
        r"aangekondigd", r"kondig(?:t|de|den)\b", r"bevestig(?:d|t|de|den)\b", r"maak(?:t|te|ten) " + _GAP + r"bekend",
        r"bekend ?gemaakt", r"verlengd", r"verleng(?:t|de|den)\b", r"vernieuwd", r"onthul(?:d|t|de|den)\b",
        r"gepresenteerd", r"presenteer(?:t|de|den)\b", r"gedeeld", r"deelde\w*", r"gepubliceerd", r"publiceer\w*",
        r"geannuleerd", r"schrap(?:t|te|ten)\b", r"geschrapt", r"zei\b", r"zegt\b", r"l(?:iet|iet|aat) (?:\w+ )?weten",
        r"groen licht", r"besteld", r"bestel(?:t|de|den)\b", r"uitgebracht", r"verklaar\w*", r"verklaard",
    ),
    official_sources=(r"\bde makers\b", r"\bde producenten\b", r"\bde productie\b", r"\bde studio\b", r"\bhet studio\b",
                      r"\bde streamingdienst\b", r"\bhet platform\b", r"\bde streamer\b", r"\bde streaminggigant\b",
                      r"\bhet productiehuis\b", r"\bde productiemaatschappij\b", r"\bde omroep\b", r"\bde zender\b"),
    official_channels=(r"\bteaser", r"\btrailer", r"\bposter", r"\bpersbericht\w*", r"\bvideo\b",
                       r"\bsociale media\b", r"\bpersconferentie\b", r"\bofficiële (?:account|kanaal|pagina)\b",
                       r"\bleesrepetitie\b", r"\binstagram\b", r"first look"),
    officially=(r"\bofficieel\b", r"\bhet is officieel\b", r"\bofficiële (?:aankondiging|bevestiging|trailer|teaser)\b"),
    confirmed=(r"\bbevestigd\b", r"\bstaat vast\b", r"\bzeker\b"),
    insiders=(r"\bbron(?:nen)?\b", r"\bingewijden\b", r"\binsiders?\b", r"\banoniem\w*", r"\bdichtbij de productie\b",
              r"\bnauw betrokken\b"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",?\s+maar\s", r",\s+terwijl\s", r",\s+hoewel\s", r",\s+omdat\s",
                   r",\s+want\s", r",?\s+echter,?\s", r",\s+ofschoon\s", r",\s+zodat\s", r",\s+dus\s"),
    subordinators=(r"hoewel", r"ondanks", r"terwijl", r"ook al", r"ofschoon", r"alhoewel"),
    conditions=(r"\bindien\b", r"\bmits\b", r"\bstel dat\b", r"\bin het geval\b", r"^\W*als\b", r"\bals alles\b"),
    coming=(r"\bzal\b", r"\bzullen\b", r"\bzou\b", r"\bgaat\b", r"\bgaan\b", r"\bkomend\w*", r"\bnieuw\w*",
            r"\bvolgend\w*", r"aangekondigd", r"bevestigd", r"\bspeelt\b", r"\bvertolkt\b", r"\bkruipt\b",
            r"\bbinnenkort\b", r"\bstaat gepland\b"),
    job_titles=(r"producent\w*", r"ceo", r"directeur\w*", r"oprichter\w*", r"regisseur\w*", r"scenarist\w*",
                r"schrijver\w*", r"showrunner\w*", r"bedenker\w*", r"maker", r"woordvoerder\w*",
                r"vertegenwoordiger\w*", r"agent\w*", r"manager\w*", r"criticus", r"recensent\w*", r"journalist\w*",
                r"redacteur\w*", r"voorzitter\w*"),
    audience=("fans", "kijkers", "publiek", "liefhebbers", "volgers"),
    attributions=(
        r"(?i:volgens|aldus|zo meldt|zo schrijft|zo bericht|meldt) (?P<who>{name})",
        r"(?P<who>{name}) (?i:meldt|meldde|bericht|berichtte|schrijft|schreef|zegt|zei|bevestigt|bevestigde|"
        r"onthult|onthulde|kondigde|maakte|laat weten|liet weten|verwacht|voorspelt|denkt)",
        r"(?i:volgens) (?i:een |het )?(?:\w+ )?(?i:bericht|artikel|rapport|interview) (?i:van|in|bij) (?P<who>{name})",
    ),
    not_attributable=frozenset({"hij", "zij", "ze", "het", "wij", "we", "jij", "je", "ik", "fans", "de serie",
                                "het seizoen", "de show", "sommigen", "velen", "anderen", "berichten", "geruchten",
                                "bronnen", "media", "eerdere berichten"}),
    triggers={
        "renewal": (
            r"verleng(?:d|t|de|den|ing)\b", r"vernieuwd", r"groen licht", r"(?:krijgt|kreeg|krijgen|bevestig\w*|"
            r"kondig\w*|aangekondigd|besteld|bestel\w*) " + _GAP + _NEXT + " " + _SEASON,
            _NEXT + " " + _SEASON + " " + _GAP + r"(?:is |wordt |werd )?(?:officieel )?(?:bevestigd|aangekondigd|"
            r"besteld|in de maak|in ontwikkeling|in aantocht|komt er|een feit|zeker)",
            r"(?:seizoen|season) (?:\d|twee|drie) " + _GAP + r"(?:is |wordt )?(?:officieel )?(?:bevestigd|aangekondigd|"
            r"besteld|in de maak|een feit|komt er)", r"(?:komt er|er komt) (?:een )?" + _NEXT + " " + _SEASON,
            r"keert (?:\w+ ){0,3}?terug (?:met|voor) (?:een )?" + _NEXT + " " + _SEASON,
            r"plannen voor (?:een )?" + _NEXT + " " + _SEASON,
        ),
        "cancelled": (r"geannuleerd", r"annuleert", r"annulering", r"geschrapt", r"schrap(?:t|te|ten)\b",
                      r"stopgezet", r"de stekker (?:\w+ )?(?:uit|getrokken)", r"gecanceld", r"afgevoerd"),
        "release": (
            r"verschijn\w*", r"verschenen", r"verscheen", r"premi[eè]re\w*", r"in premi[eè]re", r"debut\w*",
            r"te zien (?:zijn|vanaf|op|in)", r"vanaf \d", r"uitgebracht", r"uitkom\w*", r"komt (?:\w+ )?uit\b",
            r"verwacht(?:ing)? (?:in|rond|voor)\b", r"terugkeer\b", r"keert (?:\w+ ){0,3}?terug", r"keren (?:\w+ ){0,3}?terug",
            r"beschikbaar", r"uitgezonden", r"uitzending\w*", r"(?:release|verschijnings|premièrel?)datum\w*",
            r"release\w*", r"(?:uitgesteld|verschoven|verplaatst) (?:naar|tot)\b", r"wachten (?:\w+ ){0,3}?tot\b",
            r"lanceer\w*", r"landt\b", r"land(?:en)? op\b", r"komt\b", r"komen\b", r"start\w*", r"op het scherm",
        ),
        "trailer": (r"\bteaser\w*", r"\btrailer\w*", r"\bvoorproefje\b", r"eerste beelden", r"first look", r"\bclip\b"),
        "filming_start": (
            r"opnam(?:e|en|es) " + _FAR + r"(?:zijn |zullen |gaan |werden )?(?:begonnen|beginnen|begint|gestart|starten|"
            r"start|van start|in volle gang|lopen|beginnen|zouden beginnen)",
            r"(?:begonnen|beginnen|begint|gestart|starten|start|startte|startten|begon|begonnen) " + _GAP
            + r"(?:de )?(?:opnam(?:e|en|es)|productie|draaidagen|filmen)", r"(?:wordt|worden|werd|werden) " + _GAP
            + r"(?:opgenomen|gefilmd|gedraaid)", r"in productie\b", r"productie " + _GAP + r"(?:begonnen|gestart|"
            r"van start|loopt|uitgesteld|vertraagd)", r"\bop de set\b", r"\bdraaidag\w*", r"\bdraaien\b",
            r"opnameschema", r"opnamedatum\w*", r"opnam(?:e|en|es) " + _GAP + r"(?:uitgesteld|vertraagd|verschoven)",
            r"start van de opnames", r"begin van de opnames",
        ),
        "filming_end": (
            r"opnam(?:e|en|es) " + _FAR + r"(?:zijn |werden )?(?:afgerond|voltooid|beëindigd|klaar|achter de rug|"
            r"ten einde|afgelopen|lopen tot|duren tot)",
            r"(?:afgerond|rondden|ronden|rondt|voltooiden|beëindigden) " + _GAP + r"(?:de )?(?:opnam(?:e|en|es)|productie)",
            r"laatste draaidag", r"einde van de opnames", r"productie " + _GAP + r"(?:afgerond|voltooid|beëindigd)",
            r"in de (?:doos|blik)",
        ),
        "episodes": (r"(?:nieuwe |extra |lange )?(?:afleveringen|aflevering|episodes?|delen)\b", r"delige\b"),
        "episodes_before": (r"aantal afleveringen\s*:?", r"afleveringen\s*:"),
        "director": (r"regisseur\w*", r"geregisseerd", r"regie\b", r"regisseer\w*", r"achter de camera",
                     r"showrunner\w*", r"in de regiestoel"),
        "writer": (r"scenario\w*", r"scenarist\w*", r"geschreven door", r"schrijft " + _GAP + r"(?:het |de )?"
                   r"(?:scenario|script|afleveringen)", r"schrijver\w*", r"\bscript\w*", r"van de hand van"),
        "replaces": (r"vervang(?:t|en)?\b(?! door)", r"neemt (?:\w+ ){0,3}?over van", "in de voetsporen van",
                     "in plaats van"),
        "replaced_by": ("vervangen door",),
        "cast": (
            r"\bcast\b", r"rolbezetting", r"\bspeel(?:t|de|den)\b", r"spelen\b", r"vertolk\w*", r"in de rol",
            r"\brol(?:len)?\b", r"hoofdrol\w*", r"acteur\w*", r"actrice\w*", r"sluit\w* (?:zich )?aan", r"aangesloten",
            r"keert (?:\w+ ){0,3}?terug", r"keren (?:\w+ ){0,3}?terug", r"terug\b", r"terugkeer", r"kruipt (?:\w+ ){0,2}?"
            r"in de huid", r"te zien\b", r"onder wie", r"waaronder", r"onder meer", r"nieuwe gezichten", r"aan boord",
            r"gecast", r"opnieuw", r"is erbij", r"zijn erbij",
        ),
        "departing": (r"niet (?:meer )?(?:\w+ )?(?:terug|te zien|erbij)", r"verlaat\b", r"verlaten\b", r"vertrek\w*",
                      r"stapt (?:\w+ ){0,3}?op", r"\bzonder\b", r"afscheid", r"ontbre\w*", r"haakt af"),
        "returning": (r"terug", r"keert (?:\w+ ){0,3}?terug", r"opnieuw", r"wederom", r"weer\b", r"originele cast",
                      r"bekende gezichten", r"blijft\b", r"hernem\w*"),
        "new_cast": (r"\bnieuw\w*\b", r"sluit\w* (?:zich )?aan", r"aangesloten", r"versterk\w*", r"nieuwkomer\w*",
                     r"toegevoegd", r"gecast", r"in gesprek", r"in onderhandeling\w*"),
    },
    gate_words={
        "renewal": ("verleng", "vernieuwd", "groen licht", "seizoen", "season", "reeks", "hoofdstuk", "annul",
                    "geschrapt", "schrap", "stopgezet", "stekker", "gecanceld", "afgevoerd"),
        "release": ("verschijn", "verschenen", "verscheen", "premi", "debut", "te zien", "vanaf", "uitgebracht",
                    "uitkom", "uit", "verwacht", "terug", "beschikbaar", "uitgezonden", "uitzending", "datum",
                    "release", "uitgesteld", "verschoven", "verplaatst", "wachten", "lanceer", "land", "kom", "start",
                    "scherm"),
        "episodes": ("afleveringen", "aflevering", "episode", "delen", "delige"),
        "filming": ("opnam", "productie", "draai", "filmen", "gefilmd", "opgenomen", "gedraaid", "set", "doos", "blik"),
        "director": ("regisseur", "geregisseerd", "regie", "regisseer", "camera", "showrunner"),
        "writer": ("scenari", "geschreven", "schrijf", "schrijver", "script", "hand van"),
        "cast": ("vervang", "over van", "voetsporen", "plaats van",
                 "cast", "rol", "speel", "spelen", "vertolk", "acteur", "actrice", "sluit", "aangesloten", "terug",
                 "huid", "te zien", "onder wie", "waaronder", "onder meer", "gezichten", "boord", "gecast",
                 "opnieuw", "erbij", "verla", "vertrek", "stapt", "zonder", "afscheid", "ontbre", "haakt",
                 "wederom", "weer", "blijft", "hernem", "nieuw", "versterk", "toegevoegd", "gesprek",
                 "onderhandeling"),
    },
    gates_at_word_start=frozenset({"uit", "land", "kom", "start", "rol", "set", "weer", "delen", "blik"}),
    false_friends=frozenset({"land", "die", "over", "even", "door", "was", "ook", "mist", "hoop", "start"}),
    family_names=frozenset({"de jong", "jansen", "de vries", "van den berg", "van dijk", "bakker", "janssen",
                            "visser", "smit", "meijer", "de boer", "mulder", "de groot", "bos", "vos", "peters",
                            "hendriks", "van leeuwen", "dekker", "brouwer"}),
    not_names=frozenset({
        "seizoen", "serie", "reeks", "aflevering", "afleveringen", "regisseur", "acteur", "actrice", "cast", "fans",
        "opnames", "productie", "trailer", "teaser", "tweede", "derde", "eerste", "nieuwe", "nieuw", "de", "het",
        "een", "van", "in", "op", "met", "voor", "na", "als", "wanneer", "wat", "wie", "ook", "maar", "intussen",
        "daarnaast", "bovendien", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "korea", "zuid", "zuid-korea", "koreaanse", "zombie", "horror", "verhaal",
        "personage", "personages", "school", "platform", "bron", "foto", "video", "update", "volgens",
    }),
)
