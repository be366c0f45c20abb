"""Indonesian."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="id",
    months={
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
        "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    numbers={"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
             "sepuluh": 10, "dua belas": 12},
    ordinals={"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5},
    season_templates=("season {n}", "musim {n}", "season {ordinal}", "musim {ordinal}", "musim ke-?{n}"),
)
