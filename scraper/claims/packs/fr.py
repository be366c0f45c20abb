"""French."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no French phrasing of this family written yet (few labelled French articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="fr",
    months={
        "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    },
    numbers={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10, "douze": 12,
    },
    ordinals={
        "première": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    },
    year_parts={
        "second semestre": (7, 12),
    },
    relative={
        "cette année": "year+0", "l'année prochaine": "year+1",
    },
    season_templates=(
        "saison {n}", "{ordinal} saison",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        "pourrait", "devrait",
    ),
    # the thing has not happened, or is not known
    negations=(
        "pas encore",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "annonc[ée]", "confirm[ée]",
    ),
    officially=(
        r"\bofficiellement\b",
    ),
    confirmed=(
        "confirmée",
    ),
    clause_breaks=(
        r",?\s+mais\s",
    ),
    subordinators=(
        "bien que", "malgré",
    ),
    triggers={
        # the word after a count: "8 episodes", "12부작"
        "episodes": ("épisodes",),
        "renewal": (
            "renouvel", "saison 2 (?:est )?(?:confirmée|officialisée)", "revient pour une (?:deuxième|seconde) saison",
        ),
        "release": (
            "sortie", "arrivera",
        ),
        "director": (
            "réalisé par", "réalisateur",
        ),
        "writer": (
            "scénariste",
        ),
    },
    gate_words={
        "renewal": (
            "renouvel", "saison", "revient",
        ),
        "release": (
            "sortie", "arriver",
        ),
        "episodes": (
            "épisod",
        ),
        "filming": (
            "tournage",
        ),
        "director": (
            "réalis",
        ),
        "writer": (
            "scénar",
        ),
    },
    empty_because={
        "denials": NOT_YET,
        "not_hedges": NOT_YET,
        "official_sources": NOT_YET,
        "official_channels": NOT_YET,
        "insiders": NOT_YET,
        "conditions": NOT_YET,
        "coming": NOT_YET,
        "job_titles": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no French gate word is often held inside other words",
        "false_friends": "no French word is spelt as a whole English phrasing",
        "not_names": NOT_YET,
        "family_names": "names are not told by family name in French text; the Korean pack's romanised ones are read everywhere",
        "triggers.cancelled": NOT_YET,
        "triggers.trailer": "not written yet for this language: English's teaser and trailer words are read with every article",
        "triggers.filming_start": NOT_YET,
        "triggers.filming_end": NOT_YET,
        "triggers.episodes_before": "the count comes before its word in French: the 'episodes' phrasings read it",
        "triggers.cast": NOT_YET,
        "triggers.departing": NOT_YET,
        "triggers.returning": NOT_YET,
        "triggers.new_cast": NOT_YET,
        "gate_words.cast": NOT_YET,
    },
)
