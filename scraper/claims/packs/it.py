"""Italian: articles fuse with prepositions ("all'inizio del 2026", "nell'estate"), ordinals agree ("seconda stagione")."""

from __future__ import annotations

from scraper.claims.packs import Pack

_NEXT = r"(?:second|terz|quart|quint|nuov|ulterior|prossim)[aoie]"  # "una seconda stagione", "nuovi episodi"
_SEASON = r"(?:stagion[ei]|season|capitol[oi]|serie)"
_GAP = r"(?:[\w'’-]+ ){0,4}?"
_FAR = r"(?:[\w'’-]+ ){0,8}?"  # a filming noun and its verb, a season and a place between them
_ORDINAL_STEMS = {"prim": 1, "second": 2, "terz": 3, "quart": 4, "quint": 5, "sest": 6}

PACK = Pack(
    code="it",
    months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4, "maggio": 5,
        "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8, "settembre": 9, "sett": 9,
        "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    year_parts={
        "inizio": (1, 4), "inizio del": (1, 4), "inizi del": (1, 4), "all'inizio del": (1, 4), "primi mesi del": (1, 4),
        "metà": (5, 8), "metà del": (5, 8), "a metà del": (5, 8), "metà anno": (5, 8),
        "fine": (9, 12), "fine del": (9, 12), "alla fine del": (9, 12), "entro la fine del": (9, 12),
        "ultimi mesi del": (9, 12),
        "primavera": (3, 5), "primavera del": (3, 5), "estate": (6, 8), "estate del": (6, 8), "autunno": (9, 11),
        "autunno del": (9, 11), "inverno": (12, 2), "inverno del": (12, 2),
        "prima metà del": (1, 6), "prima metà": (1, 6), "seconda metà del": (7, 12), "seconda metà": (7, 12),
        "primo semestre del": (1, 6), "secondo semestre del": (7, 12),
        "primo trimestre del": (1, 3), "secondo trimestre del": (4, 6), "terzo trimestre del": (7, 9),
        "quarto trimestre del": (10, 12),
    },
    numbers={
        "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
        "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
        "venti": 20,
    },
    ordinals={stem + end: n for stem, n in _ORDINAL_STEMS.items() for end in ("o", "a", "i", "e")},
    relative={
        "il prossimo anno": "year+1", "l'anno prossimo": "year+1", "prossimo anno": "year+1", "anno prossimo": "year+1",
        "l'anno venturo": "year+1", "del prossimo anno": "year+1", "dell'anno prossimo": "year+1",
        "quest'anno": "year+0", "questo anno": "year+0", "di quest'anno": "year+0",
        "l'anno scorso": "year-1", "lo scorso anno": "year-1", "l'anno passato": "year-1", "dello scorso anno": "year-1",
        "il mese prossimo": "month+1", "il prossimo mese": "month+1", "del prossimo mese": "month+1",
        "questo mese": "month+0", "il mese scorso": "month-1", "lo scorso mese": "month-1",
        "entro la fine dell'anno": "rest_of_year", "entro fine anno": "rest_of_year", "nel corso dell'anno": "rest_of_year",
        "più avanti quest'anno": "rest_of_year", "entro quest'anno": "rest_of_year",
        "nella prima metà dell'anno": "h1+0", "nella seconda metà dell'anno": "h2+0",
        "nella prima metà del prossimo anno": "h1+1", "nella seconda metà del prossimo anno": "h2+1",
    },
    season_templates=("stagione ?{n}", "{ordinal} stagione", "season ?{n}", "{ordinal} season",
                      "{ordinal} (?:capitolo|serie)", "parte ?{n}"),
    hedges=(
        r"probabil\w*", r"\bpotrebbe(?:ro)?\b", r"\bpotr[àa]\b", r"\bpotranno\b", r"\bdovrebbe(?:ro)?\b",
        r"\bforse\b", r"\bpossibil\w*", r"si (?:prevede|stima|ipotizza|vocifera|mormora|dice|pensa|crede)",
        r"\bprevist[oaie]\b", r"\bprevision\w*", r"\bipotes\w*", r"\bipotizz\w*", r"\bindiscrezion\w*", r"\bvoc[ei]\b",
        r"\brumor\w*", r"\bspeculazion\w*", r"\bsperi\w*", r"\bsper(?:a|ano|iamo|are)\b", r"\bsembr\w*",
        r"\bpare\b", r"\bpresumibil\w*", r"\bverosimil\w*", r"\bstando alle voci\b", r"\bin trattative?\b",
        r"\bin (?:fase di )?negoziazion\w*", r"\bin (?:fase di )?trattativa\b", r"\baspett\w*", r"\bsi attende\b",
        r"\bstim\w*", r"\bteori\w*", r"\bpresunt\w*", r"\bcirc?olano\b", r"\bplausibil\w*", r"\brealistic\w*",
    ),
    not_hedges=(r"\bcosa (?:c'è da |ci si può |possiamo |dobbiamo )?aspettar(?:si|ci|e)\b", r"\bcome previsto\b",
                r"\bcome (?:ci si )?aspettava\b", r"\bnonostante (?:le )?(?:voci|indiscrezioni)\b"),
    negations=(
        r"\bnon(?! solo\b)\b", r"\bancora nessun\w*", r"\bnessun\w*", r"\bmai\b", r"\bsconosciut\w*", r"\bignot\w*",
        r"\bnon è chiaro\b", r"\bnon si sa\b", r"\bsenza (?:una )?data\b", r"\bda (?:definire|annunciare|confermare|stabilire)\b",
        r"\bincert\w*", r"\bné\b", r"\bmistero\b",
    ),
    denials=(r"\bnon\b", r"\bnessun[oa]?\b", r"\bmai\b"),
    official_verbs=(
        r"annunciat\w*", r"annunci(?:a|ano|ò)\b", r"confermat\w*", r"conferm(?:a|ano|ò)\b", r"rinnovat\w*",
        r"rinnov(?:a|ano|ò)\b", r"svelat\w*", r"svel(?:a|ano|ò)\b", r"rivelat\w*", r"rivel(?:a|ano|ò)\b",
        r"comunicat\w*", r"comunic(?:a|ano|ò)\b", r"ufficializzat\w*", r"ufficializz(?:a|ano|ò)\b", r"presentat\w*",
        r"pubblicat\w*", r"pubblic(?:a|ano|ò)\b", r"cancellat\w*", r"cancell(?:a|ano|ò)\b", r"dichiarat\w*",
        r"dichiar(?:a|ano|ò)\b", r"ha detto", r"hanno detto", r"dato il via libera", r"ordinat\w*", r"diffus\w*",
        r"condivis\w*", r"rilasciat\w*", r"lanciat\w*", r"ha fatto sapere", r"fa sapere",
    ),
    official_sources=(r"\bla produzione\b", r"\bi produttori\b", r"\blo studio\b", r"\bla piattaforma\b",
                      r"\bil colosso (?:dello|dello) streaming\b", r"\bil servizio (?:di )?streaming\b",
                      r"\bi creatori\b", r"\bgli autori\b", r"\bla casa di produzione\b", r"\bil team\b",
                      r"\bil gigante dello streaming\b", r"\bil network\b"),
    official_channels=(r"\bteaser", r"\btrailer", r"\bposter", r"\blocandin\w*", r"comunicato stampa", r"\bvideo\b",
                       r"\bsocial\b", r"conferenza stampa", r"lettura del copione", r"account ufficial\w*",
                       r"profil\w* ufficial\w*", r"first look"),
    officially=(r"\bufficialmente\b", r"\bè ufficiale\b", r"\bora è ufficiale\b", r"\bufficial\w*"),
    confirmed=(r"\bconfermat\w*", r"\bè certo\b", r"\bè sicuro\b"),
    insiders=(r"\bfont[ei]\b", r"\bvicin[oaie] alla produzione\b", r"\binsider\b", r"\banonim\w*", r"\bbene informat\w*",
              r"\bdietro le quinte\b"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",?\s+ma\s", r",\s+però\s", r",?\s+tuttavia,?\s", r",\s+mentre\s",
                   r",\s+anche se\s", r",\s+sebbene\s", r",\s+perché\s", r",\s+poiché\s", r",\s+quindi\s",
                   r",\s+eppure\s", r",\s+invece\s"),
    subordinators=(r"anche se", r"sebbene", r"benché", r"nonostante", r"mentre", r"malgrado", r"pur"),
    conditions=(r"\bse\b", r"\bqualora\b", r"\bnel caso\b", r"\ba patto che\b", r"\bin caso\b", r"\bammesso che\b"),
    coming=(r"\bsarà\b", r"\bsaranno\b", r"\barriverà\b", r"\btornerà\b", r"\bdebutterà\b", r"\buscirà\b",
            r"\binterpreterà\b", r"\bvestirà\b", r"\bprossim\w*", r"\bnuov\w*", r"\bin arrivo\b", r"confermat\w*",
            r"annunciat\w*", r"\bprevist\w*", r"\binterpreta\b", r"\bè pronto a\b", r"\bdovrà\b", r"\bandrà\b"),
    job_titles=(r"produttor[ei]", r"produttric[ei]", r"ceo", r"amministrat\w* delegat\w*", r"president\w*",
                r"fondat\w*", r"direttor\w*", r"regist[ai]", r"sceneggiat\w*", r"showrunner", r"creat\w*",
                r"portavoce", r"rappresentant\w*", r"agent\w*", r"manager", r"critic[oai]", r"giornalist\w*",
                r"redattor\w*"),
    audience=("fan", "fans", "spettatori", "pubblico", "telespettatori", "utenti", "appassionati"),
    attributions=(
        r"(?i:secondo|stando a|come riporta|come riportato da|come rivelato da|citando|via) (?P<who>{name})",
        r"(?P<who>{name}) (?i:riporta|ha riportato|riferisce|scrive|ha scritto|ha rivelato|rivela|ha annunciato|"
        r"annuncia|ha confermato|conferma|ha dichiarato|dichiara|ha detto|dice|sostiene|ipotizza|prevede|"
        r"ha svelato|svela|fa sapere)",
        r"(?i:secondo|stando a) (?i:un|una|il|la) (?:\w+ )?(?i:report|articolo|rapporto|intervista) (?i:di|del|della) (?P<who>{name})",
    ),
    not_attributable=frozenset({"lui", "lei", "loro", "noi", "voi", "io", "essa", "esso", "i fan", "fan", "la serie",
                                "la stagione", "lo show", "alcuni", "molti", "altri", "indiscrezioni", "voci",
                                "fonti", "alcune fonti", "report", "i media"}),
    triggers={
        "renewal": (
            r"rinnov(?:at\w*|a|ano|ò|o)\b", r"via libera", r"luce verde", r"(?:annunci|conferm|ordin|svel|ufficializz)\w* "
            + _GAP + _NEXT + " " + _SEASON,
            _NEXT + " " + _SEASON + r" " + _GAP + r"(?:è |è stata |sarà |viene )?(?:ufficialmente )?(?:confermat\w*|"
            r"annunciat\w*|ordinat\w*|in lavorazione|in arrivo|in sviluppo|ufficiale|si farà|ci sarà|realtà)",
            r"(?:stagione|season) (?:\d|due|tre) " + _GAP + r"(?:è |è stata )?(?:ufficialmente )?(?:confermat\w*|"
            r"annunciat\w*|ordinat\w*|in lavorazione|in sviluppo|si farà|ci sarà)",
            r"torn(?:a|erà|ano) (?:\w+ ){0,3}?con (?:una )?" + _NEXT + " " + _SEASON,
            r"ci sarà (?:una )?" + _NEXT + " " + _SEASON, r"si farà\b",
            r"piani per (?:una )?" + _NEXT + " " + _SEASON, r"(?:avrà|ottiene|ha ottenuto) (?:una )?" + _NEXT + " " + _SEASON,
        ),
        "cancelled": (r"cancellat\w*", r"cancell(?:a|ano|ò)\b", r"cancellazione", r"chiusa dopo", r"non (?:verrà|sarà) "
                      r"rinnovat\w*", r"stop alla serie", r"stoppat\w*"),
        "release": (
            r"debutt\w*", r"uscit\w*", r"uscir\w*", r"esce\b", r"escono\b", r"arriv(?:a|ano|erà|eranno|ata|ato|o)\b",
            r"in arrivo\b", r"disponibil\w*", r"in onda\b", r"andrà in onda", r"trasmess\w*", r"prima visione",
            r"(?:data|date) (?:di )?(?:uscita|rilascio|debutto|premiere)", r"premiere\b", r"rilasciat\w*",
            r"pubblicat\w*", r"torn(?:a|ano|erà|eranno)\b", r"(?:rimandat\w*|rinviat\w*|slittat\w*|spostat\w*|"
            r"posticipat\w*) (?:a|al|all'|alla|in|nel|nella)\b", r"slitt\w*", r"attendere (?:fino )?(?:a|al|all')\b",
            r"aspettare (?:fino )?(?:a|al|all')\b", r"sbarc\w*", r"in streaming\b", r"approd\w*", r"finestra",
            r"lancio\b", r"vedremo\b",
        ),
        "trailer": (r"\bteaser\w*", r"\btrailer\w*", r"\banteprima\b", r"prime immagini", r"primo sguardo",
                    r"first look", r"\bclip\b"),
        "filming_start": (
            r"ripres[ei] " + _FAR + r"(?:sono |hanno |erano )?(?:iniziat\w*|cominciat\w*|partit\w*|avviat\w*|"
            r"inizier\w*|comincer\w*|partir\w*|in corso|iniziano|cominciano|partono|dovrebbero (?:iniziare|partire))",
            r"(?:inizi\w*|cominci\w*|avvi\w*|partit\w*|partono|partiranno|iniziat\w*) " + _GAP + r"(?:le )?(?:ripres[ei]|"
            r"riprese|produzione|lavorazione|set)\b", r"\bgirat\w*", r"\bgir(?:a|ano|are|ando)\b", r"in produzione",
            r"in lavorazione", r"sul set", r"ciak", r"primo ciak", r"produzione " + _GAP + r"(?:iniziat\w*|partit\w*|"
            r"avviat\w*|è in corso|inizier\w*|partirà|slittat\w*|rinviat\w*)", r"inizio delle riprese",
            r"(?:calendario|piano) (?:delle )?ripres[ei]", r"ripres[ei] " + _GAP + r"(?:rinviat\w*|slittat\w*|rimandat\w*)",
        ),
        "filming_end": (
            r"ripres[ei] " + _FAR + r"(?:sono |si sono |erano )?(?:terminat\w*|concluse|concluso|finit\w*|completat\w*|"
            r"termineranno|si concluderanno|dureranno fino|andranno avanti fino)",
            r"(?:terminat\w*|conclus\w*|finit\w*|completat\w*|chius\w*) " + _GAP + r"(?:le )?(?:ripres[ei]|riprese|"
            r"produzione|lavorazione)", r"fine delle riprese", r"ultimo ciak", r"wrap\b",
            r"produzione " + _GAP + r"(?:terminat\w*|conclus\w*|completat\w*)",
        ),
        "episodes": (r"(?:nuov[io] |altri |ulteriori )?(?:episodi|episodio|puntat[ea])\b", r"parti\b"),
        "episodes_before": (r"numero (?:di|degli) episodi\s*:?", r"episodi\s*:", r"numero di puntate\s*:?"),
        "director": (r"regia\b", r"regist[ai]\b", r"diret(?:t[oaie]|to) da", r"dirig\w*", r"dietro la macchina da presa",
                     r"showrunner", r"alla regia", r"firm\w* la regia"),
        "writer": (r"sceneggiat\w*", r"scritt[oaie] da", r"scriv\w*", r"sceneggiatur\w*", r"\bautor[ei]\b",
                   r"\bautric[ei]\b", r"firm\w* (?:la )?sceneggiatura", r"copion\w*"),
        "replaces": (r"sostitui(?:sce|scono|rà|ranno)\b", r"ha sostituito\b", "prende(?:rà)? il posto di",
                     "al posto di", "raccoglie(?:rà)? il testimone (?:da|di)", "subentr(?:a|erà|ato) a"),
        "replaced_by": ("sostituit[oa] da", "rimpiazzat[oa] da"),
        "cast": (
            r"\bcast\b", r"interpret\w*", r"nei panni", r"nel ruolo", r"ruol[oi]\b", r"vestirà i panni", r"reciter\w*",
            r"recit\w*", r"attor[ei]\b", r"attric[ei]\b", r"protagonist\w*", r"si unisc\w*", r"unirà", r"entra(?:to|ta|no)? "
            r"(?:nel|a far parte del) cast", r"torn\w*", r"ritorn\w*", r"ritrover\w*", r"rivedremo", r"vedremo",
            r"far(?:à|anno) parte", r"tra cui", r"tra gli altri", r"volti nuovi", r"nuovi volti",
            r"\bstar\b", r"a bordo", r"scritturat\w*", r"confermat[oi] nel cast", r"interpreti",
        ),
        "departing": (r"non (?:\w+ )?(?:torner\w*|ci sarà|farà parte|vedremo)", r"lasci\w*", r"abbandon\w*",
                      r"addio\b", r"uscit[oa] di scena", r"\bsenza\b", r"assent\w*", r"non rientr\w*"),
        "returning": (r"torn\w*", r"ritorn\w*", r"di nuovo", r"ancora una volta", r"riprend\w* il ruolo",
                      r"rivedremo", r"ritrover\w*", r"cast originale", r"volti noti", r"confermat\w*"),
        "new_cast": (r"\bnuov[oaie]\b", r"si unisc\w*", r"unirà", r"new entry", r"ingress\w*", r"aggiunt\w*",
                     r"volti nuovi", r"nuovi volti", r"scritturat\w*", r"in trattativa", r"esordi\w*", r"entra\w*"),
    },
    gate_words={
        "renewal": ("rinnov", "libera", "verde", "stagion", "season", "capitol", "serie", "si farà", "cancell",
                    "chiusa", "stop", "stoppat"),
        "release": ("debutt", "usci", "esce", "escono", "arriv", "disponibil", "onda", "trasmess", "visione", "data",
                    "date", "premiere", "rilasciat", "pubblicat", "torn", "rimandat", "rinviat", "slitt", "spostat",
                    "posticipat", "attendere", "aspettare", "sbarc", "streaming", "approd", "finestra", "lancio",
                    "vedremo"),
        "episodes": ("episod", "puntat", "parti"),
        "filming": ("ripres", "girat", "gir", "produzione", "lavorazione", "set", "ciak", "wrap"),
        "director": ("regia", "regist", "diret", "dirig", "macchina da presa", "showrunner"),
        "writer": ("sceneggiat", "scritt", "scriv", "autor", "autric", "copion"),
        "cast": ("sostitu", "posto di", "testimone", "subentr", "rimpiazz",
                 "cast", "interpret", "panni", "ruol", "recit", "attor", "attric", "protagonist", "unisc", "unirà",
                 "entra", "torn", "ritorn", "ritrover", "rivedremo", "vedremo", "parte", "tra cui", "tra gli altri",
                 "volti", "star", "bordo", "scritturat", "confermat", "lasci", "abbandon", "addio", "scena",
                 "senza", "assent", "rientr", "di nuovo", "ancora una volta", "riprend", "nuov", "new entry",
                 "ingress", "aggiunt", "trattativa", "esordi"),
    },
    gates_at_word_start=frozenset({"gir", "set", "star", "parti", "data", "date", "entra", "nuov"}),
    false_friends=frozenset({"come", "due", "date", "set", "con", "fine", "estate", "premier"}),
    family_names=frozenset({"rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci",
                            "marino", "greco", "bruno", "gallo", "conti", "de luca", "mancini", "costa",
                            "giordano", "rizzo", "lombardi", "moretti"}),
    not_names=frozenset({
        "stagione", "serie", "episodio", "episodi", "puntata", "puntate", "regista", "sceneggiatore", "attore",
        "attrice", "cast", "fan", "riprese", "produzione", "trailer", "teaser", "secondo", "seconda", "prima",
        "primo", "nuova", "nuovo", "il", "lo", "la", "i", "gli", "le", "un", "una", "di", "del", "della", "in",
        "nel", "nella", "con", "per", "come", "quando", "cosa", "chi", "anche", "ma", "intanto", "inoltre",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "corea", "sud", "coreana", "coreano", "zombie", "horror", "trama", "personaggio", "personaggi", "scuola",
        "liceo", "piattaforma", "fonte", "foto", "video", "aggiornamento", "data", "uscita", "quest'anno",
    }),
)
