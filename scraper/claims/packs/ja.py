"""Japanese."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no Japanese phrasing of this family written yet (few labelled Japanese articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="ja",
    season_templates=(
        "シーズン ?{n}", "第{n}シーズン", "第{n}期",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        "見込み", "予想", "期待され",
    ),
    # the thing has not happened, or is not known
    negations=(
        "未定",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "発表",
    ),
    official_sources=(
        "製作陣", "制作陣",
    ),
    official_channels=(
        "予告",
    ),
    officially=(
        "正式",
    ),
    confirmed=(
        "決定",
    ),
    clause_breaks=(
        "(?<=[しりてで])、",
    ),
    coming=(
        "予定", "決定",
    ),
    triggers={
        "renewal": (
            "制作を(?:正式に)?発表", "制作(?:が)?決定",
        ),
        "release": (
            "配信", "公開",
        ),
        "cast": (
            "続投", "演じ", "役", "出演", "復帰",
        ),
        "returning": (
            "引き続き", "続投", "復帰", "再び",
        ),
    },
    gate_words={
        "renewal": (
            "制作",
        ),
        "release": (
            "公開", "配信",
        ),
        "episodes": (
            "話",
        ),
        "filming": (
            "撮影",
        ),
        "director": (
            "監督",
        ),
        "cast": (
            "役", "出演", "復帰", "続投", "演じ", "キャスト",
        ),
        "writer": (
            "脚本",
        ),
    },
    empty_because={
        "denials": NOT_YET,
        "year_parts": NOT_YET,
        "relative": NOT_YET,
        "not_hedges": NOT_YET,
        "insiders": NOT_YET,
        "subordinators": NOT_YET,
        "conditions": NOT_YET,
        "job_titles": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no Japanese gate word is often held inside other words",
        "false_friends": "no Japanese word is spelt as a whole English phrasing",
        "not_names": NOT_YET,
        "family_names": "names are not told by family name in Japanese text; the Korean pack's romanised ones are read everywhere",
        "triggers.cancelled": NOT_YET,
        "triggers.trailer": "the trailer recogniser is not written yet (the kind is registered only)",
        "triggers.filming_start": NOT_YET,
        "triggers.filming_end": NOT_YET,
        "triggers.episodes": "counts are read by the Korean/English forms and the gate word 話 for now",
        "triggers.episodes_before": "the count comes before its word in Japanese: the 'episodes' phrasings read it",
        "triggers.director": NOT_YET,
        "triggers.writer": NOT_YET,
        "triggers.departing": NOT_YET,
        "triggers.new_cast": NOT_YET,
        "months": "months are numbers: 3月 (read by dates.py's digit forms)",
        "numbers": "counts are written in digits: 全8話",
        "ordinals": "ordinals are written with digits: 第2シーズン",
    },
)
