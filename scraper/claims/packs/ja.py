"""Japanese."""

from __future__ import annotations

from scraper.claims.packs import Pack

PACK = Pack(
    code="ja",
    season_templates=("シーズン ?{n}", "第{n}シーズン", "第{n}期"),
    empty_because={
        "months": "months are numbers: 3月 (read by dates.py's digit forms)",
        "numbers": "counts are written in digits: 全8話",
        "ordinals": "ordinals are written with digits: 第2シーズン",
    },
)
