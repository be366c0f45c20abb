"""Portuguese."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="pt",
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
        "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    numbers={
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
        "dez": 10, "doze": 12,
    },
    ordinals={
        "primeira": 1, "segunda": 2, "terceira": 3, "quarta": 4, "quinta": 5,
    },
    year_parts={
        "início de": (1, 4), "meados de": (5, 8), "final de": (9, 12), "fim de": (9, 12),
        "primeiro semestre de": (1, 6),
    },
    relative={
        "este ano": "year+0", "próximo ano": "year+1", "ano passado": "year-1", "o próximo mês": "month+1",
        "no próximo mês": "month+1", "o mês que vem": "month+1", "no mês passado": "month-1",
    },
    season_templates=(
        "temporada {n}", "{ordinal} temporada",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        r"\bexpectativa\b", r"\bdeve\b", r"\bpode\b", "poderá", "provavelmente", "espera-se",
    ),
    # the thing has not happened, or is not known
    negations=(
        "não foi", "ainda não", "sem data",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "anunci[óo]u?", "confirm[óo]u?", "renov[óo]u?", "divulgou",
    ),
    official_channels=(
        "redes sociais",
    ),
    officially=(
        r"\boficialmente\b", r"\boficial\b",
    ),
    confirmed=(
        "confirmad",
    ),
    clause_breaks=(
        r",?\s+mas\s",
    ),
    subordinators=(
        "apesar de(?: que)?", "embora",
    ),
    coming=(
        "interpretad[ao]", "contará", "estará", r"vai\b",
    ),
    triggers={
        # the word after a count: "8 episodes", "12부작"
        "episodes": (r"(?:novos |últimos )?episódios\b",),
        "renewal": (
            "renovad[ao]", "renovaç", r"renov(?:ou|a|am|aram)\b",
            r"(?:segunda|terceira|quarta|nova|próxima) temporada (?:\w+ ){0,3}?(?:foi |está |é )?(?:oficialmente )?"
            r"(?:confirmad[ao]|anunciad[ao]|encomendad[ao])",
            r"(?<!-)(?:confirm|anunci|encomend)\w* (?:\w+ ){0,3}?(?:uma |a )?(?:segunda|terceira|quarta|nova) temporada",
        ),
        "release": (
            "lançamento", "lançad[ao]", "estreia", r"chegar(?:á)?\b", r"volt(?:e|ará|aria) (?:em|no|na|ao|a)\b",
            r"estre(?:ia|iam|ará|arão|ou|ar)\b", r"cheg(?:a|am|ou|ará|arão)\b", r"disponíve(?:l|is)\b",
            r"data de (?:estreia|lançamento)",
        ),
        "filming_start": (
            "em produção",
            r"(?:gravações|filmagens) (?:\w+ ){0,5}?(?:começaram|começado|começou|iniciaram|iniciadas|tiveram início)",
            "(?:começou|começam|começaram|iniciou|iniciaram) (?:as )?(?:gravações|filmagens)",
            "(?:gravações|filmagens) (?:começaram|começam|começou|iniciaram|tiveram início)",
        ),
        "filming_end": (
            r"(?:rodaje|filmación|grabaci\w+|gravaç\w+|filmagens)\b[^.;]{0,60}?\b[ye] (?:terminó|finalizó|concluyó|terminou|encerrou)",
            r"(?:encerr\w+|termin\w+) (?:as )?(?:gravações|filmagens)",
        ),
        "director": (
            "(?:volta|voltará) a dirigir", "diretor", r"direção (?:é )?(?:de|por)\b", r"dirigid[ao]s? por",
            r"realizad[ao]s? por", r"assina (?:\w+ ){0,2}?a realização", "realizador",
        ),
        "writer": (
            "escrit[ao] por", r"assina (?:\w+ ){0,3}?(?:o )?roteiro", "roteirista", r"roteiriza\w*",
            r"roteiro (?:é )?de\b", "argumentista",
        ),
        "replaces": (r"substitu(?:i|irá|iu|indo)\b", "no lugar de", r"assum\w* o lugar de", "em substituição a"),
        "replaced_by": ("substituíd[oa]s? por",),
        "cast": (
            "elenco", "retorna", "retornam", "volta", "voltam", "interpreta", "contará com", "retorno",
            r"novidades?\b", "no papel de", r"protagoniz\w*", r"protagonistas?\b", r"interpretad[ao] por",
            r"adições ao (?:elenco|cast)", r"novos nomes", r"rostos novos", r"novos rostos", r"regress\w*",
            r"participação", r"no elenco", r"estrela\w*",
        ),
        "departing": (
            "não volta", r"não (?:\w+ )?(?:regress|retorn|estará)\w*", r"deix(?:a|ou|ará) (?:a série|o elenco)",
            r"saída d[eo]",
        ),
        "returning": (
            "volta", r"regress\w*", r"retorn\w*", r"de volta", r"continua\w*", r"ainda (?:são|é)\b",
            r"reprisa\w*",
        ),
        "new_cast": (
            "junta-se", "se junta", "incorporaç", "novo", "nova", "novidade", r"adições", r"novos nomes",
            r"rostos novos", r"novos rostos", r"reforç\w*",
        ),
    },
    gate_words={
        "renewal": (
            "renov", "segunda", "temporada",
        ),
        "release": (
            "volte", "voltará", "lança", "estre", "cheg", "disponív", "data",
        ),
        "filming": (
            "gravaç", "filmage", "produção",
        ),
        "director": (
            "diretor", "dirig", "direção", "realiza",
        ),
        "cast": ("substitu", "lugar de",
            "papel", "retorno", "novidade", "elenco", "retorn", "volta", "interpret", "contará", "protagoni",
            "adições", "novos", "rostos", "regress", "participação", "estrela", "não", "deix", "saída", "continua",
            "ainda", "reprisa", "junta", "incorpora", "nov", "reforç",
        ),
        "writer": (
            "escrit", "roteir", "argument",
        ),
    },
    false_friends=frozenset({
        "a", "come", "data", "do", "no", "pode",
    }),
    empty_because={
        "denials": "Portuguese denials before a date are read by negations ('ainda não', 'não foi'); English 'no' is a false friend here",
        "gates_at_word_start": "no Portuguese gate word is often held inside other words",
        "gate_words.episodes": "the English gate words (' ep', 'epis') already hold Portuguese's episode word",
        "conditions": "Portuguese 'se' (if) is mostly a pronoun: read as a condition it would suppose half the sentences",
        "triggers.cancelled": "no Portuguese phrasing in the labelled sets yet: 'cancelada' is read by Spanish's 'cancelad[ao]' only in a Spanish article",
        "not_names": "no Portuguese word has yet been taken for a name; the English list covers titles of address",
        "job_titles": "no Portuguese phrasing written yet (the English titles are read in every article)",
        "insiders": "no Portuguese phrasing written yet ('fontes' to come)",
        "not_hedges": "no Portuguese phrasing written yet",
        "official_sources": "no Portuguese phrasing written yet ('a produção' to come)",
        "audience": "the English words are read in every article; no Portuguese ones written yet",
        "attributions": "no Portuguese phrasing written yet ('segundo o', 'de acordo com' to come)",
        "not_attributable": "only read with the English attributions",
        "family_names": "family names are read from the Korean pack in every article",
        "triggers.trailer": "the trailer recogniser is not written yet (registered kind only)",
        "triggers.episodes_before": "the count comes before the word: '8 episódios'",
    },
)
