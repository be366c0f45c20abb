"""Spanish."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="es",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    numbers={"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
             "doce": 12},
    ordinals={"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5},
    season_templates=("temporada {n}", "{ordinal} temporada"),
)
