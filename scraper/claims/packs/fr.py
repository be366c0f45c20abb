"""French."""

from __future__ import annotations

from scraper.claims.packs import Pack

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
)
