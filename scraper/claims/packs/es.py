"""Spanish."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no Spanish phrasing of this family written yet (few labelled Spanish articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="es",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    numbers={
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "doce": 12,
    },
    ordinals={
        "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5,
    },
    year_parts={
        "principios de": (1, 4), "mediados de": (5, 8), "finales de": (9, 12), "fines de": (9, 12),
        "primera mitad de": (1, 6), "segunda mitad de": (7, 12), "primer semestre de": (1, 6),
        "segundo semestre de": (7, 12),
    },
    relative={
        "este año": "year+0", "próximo año": "year+1", "año que viene": "year+1", "año pasado": "year-1",
        "este mes": "month+0", "el próximo mes": "month+1", "el mes que viene": "month+1", "el mes pasado": "month-1",
    },
    season_templates=(
        "temporada {n}", "{ordinal} temporada",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        "se espera", "podría", r"\bpodr[áa]\b", "probablemente", "se rumorea", "se estima", r"\bestima\b",
    ),
    # the thing has not happened, or is not known
    negations=(
        "no ha", "no se ha", "aún no", "todavía no",
    ),
    # official when the platform or the production is their subject
    denials=(r"\bno se\b",),
    official_verbs=(
        "anunci[óo]u?", "confirm[óo]u?", "renov[óo]u?", "dijo",
    ),
    official_channels=(
        "redes sociales",
    ),
    officially=(
        r"\boficialmente\b", r"\boficial\b",
    ),
    confirmed=(
        "confirmad",
    ),
    clause_breaks=(
        r",?\s+(?:pero|aunque)\s",
    ),
    subordinators=(
        "aunque", "a pesar de(?: que)?",
    ),
    coming=(
        "interpretad[ao]", "contará", "estará", "volverá", "regresará", "participará",
    ),
    conditions=(
        r"\bsi\b",
    ),
    triggers={
        # the word after a count: "8 episodes", "12부작"
        "episodes": ("episodios",),
        "renewal": (
            "renovó", "confirmada la (?:segunda|tercera|cuarta|quinta|nueva) temporada", "confirm[óo] (?:la|a) (?:segunda|tercera|cuarta|quinta|nueva) temporada",
            "(?:segunda|tercera|cuarta|quinta|nueva) temporada (?:está )?confirmada",
        ),
        "cancelled": (
            "cancelad[ao]",
        ),
        "release": (
            "estren(?:o|a|ará|ar)", r"llegar(?:á|ía|a)\b", r"llegar(?:án|ían|ía)\b",
        ),
        "filming_start": (
            "(?:empezaron|comenzaron|empezó|comenzó|empezará|comenzará) a (?:rodar|grabar|filmar)",
            "(?:está|estão) en producción", "en rodaje",
            "(?:comenzó|comienza|comenzará|inició|inicia|empezó|empieza) (?:el |la )?(?:rodaje|filmación|grabación)",
            "(?:rodaje|filmación|grabación|grabaciones|filmaciones) (?:comenzó|comienza|comenzará|inició|empezó|arranca|arrancó)",
        ),
        "filming_end": (
            "(?:grabación|grabaciones|rodaje|filmación) (?:concluirá|concluyó|terminó|terminará|finalizó|finalizará|acabó|acabará)",
            r"(?:rodaje|filmación|grabaci\w+|gravaç\w+|filmagens)\b[^.;]{0,60}?\b[ye] (?:terminó|finalizó|concluyó|terminou|encerrou)",
            "(?:terminó|terminaron|finalizó) (?:el )?(?:rodaje|filmación|grabación)",
        ),
        "director": (
            "dirigid[ao] por", "(?:vuelve|volverá|regresa) a dirigir", "directora?",
        ),
        "writer": (
            "escrit[ao] por", r"guion (?:\w+ ){0,8}?a cargo de", "a cargo del guion", "guionista",
        ),
        "replaces": (r"(?:sustitu|reemplaz|relev)\w* a\b", "en lugar de", "en sustitución de",
                     "toma(?:rá)? el relevo de", "toma(?:rá)? el testigo de"),
        "replaced_by": ("(?:sustituid|reemplazad|relevad)[oa]s? por",),
        "cast": (
            "elenco", "reparto", "regresa", "regresan", "vuelve", "vuelven", "interpreta", "contará con",
            r"incluy(?:e|en)\b", "el papel de", "caras nuevas",
        ),
        "departing": (
            "no regresa",
        ),
        "returning": (
            "vuelve",
        ),
        "new_cast": (
            "se (?:suma|une|incorpora)n?", "nuev",
        ),
    },
    gate_words={
        "renewal": (
            "renov", "segunda",
        ),
        "release": (
            "llegar", "estren", "fecha",
        ),
        "filming": (
            "rodar", "grabar", "filmar", "cámaras", "grabación", "rodaje", "grabaci", "producción",
        ),
        "director": (
            "dirig",
        ),
        "cast": ("sustitu", "reemplaz", "relev", "lugar de", "testigo",
            "incluy", "caras nuevas", "papel", "elenco", "reparto", "regres", "vuelve", "interpret", "contará",
        ),
        "writer": (
            "escrit", "guion",
        ),
    },
    empty_because={
        "not_hedges": NOT_YET,
        "official_sources": NOT_YET,
        "insiders": NOT_YET,
        "job_titles": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no Spanish gate word is often held inside other words",
        "false_friends": "no Spanish word is spelt as a whole English phrasing",
        "not_names": NOT_YET,
        "family_names": "names are not told by family name in Spanish text; the Korean pack's romanised ones are read everywhere",
        "triggers.trailer": "not written yet for this language: English's teaser and trailer words are read with every article",
        "triggers.episodes_before": "the count comes before its word in Spanish: the 'episodes' phrasings read it",
        "gate_words.episodes": "the English gate words (' ep', 'epis') already hold Spanish's episode word",
    },
)
