"""Portuguese."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="pt",
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
        "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    numbers={"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
             "dez": 10, "doze": 12},
    ordinals={"primeira": 1, "segunda": 2, "terceira": 3, "quarta": 4, "quinta": 5},
    season_templates=("temporada {n}", "{ordinal} temporada"),
)
