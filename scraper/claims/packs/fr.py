"""French."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="fr",
    months={
        "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    },
    numbers={"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10, "douze": 12},
    ordinals={"première": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5},
    season_templates=("saison {n}", "{ordinal} saison"),
)
