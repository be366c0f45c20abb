"""Korean."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="ko",
    ordinals={"첫": 1, "첫 번째": 1, "두 번째": 2, "세 번째": 3, "네 번째": 4, "다섯 번째": 5},
    season_templates=("시즌 ?{n}", "{ordinal} 시즌"),
    empty_because={
        "months": "months are numbers: 3월 (read by dates.py's digit forms)",
        "numbers": "counts are written in digits: 12부작",
    },
)
