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
        "見込み", "予想", "期待され", "見通し", "可能性", "かもしれ", "だろう", "[とと]み?られ", "と見られ", "噂", "予測",
        "模様", "らしい",
    ),
    # the thing has not happened, or is not known
    negations=(
        "未定", "未発表", "明らかにされ(?:ていない|ず|ておらず)", "発表されていない", "決まっていない", "正式な発表はまだ",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "発表", "公表", "告知", "解禁", "明らかにし", "伝えた",
    ),
    official_sources=(
        "製作陣", "制作陣", "制作会社", "製作委員会", "公式",
    ),
    official_channels=(
        "予告", "ティザー", "ポスター", "ビジュアル", "公式サイト", "公式X", "イベント",
    ),
    officially=(
        "正式",
    ),
    confirmed=(
        "決定",
    ),
    insiders=(
        "関係者", "一部で報じ",
    ),
    clause_breaks=(
        "(?<=[しりてで])、", "(?<=が)、",
    ),
    coming=(
        "予定", "決定", "する", "される", "なる",
    ),
    job_titles=(
        "プロデューサー", "社長", "代表",
    ),
    triggers={
        "renewal": (
            "(?:制作|製作)を(?:正式に)?発表", "(?:制作|製作)(?:が)?決定", "続編(?:の)?(?:制作|製作)", "シーズン\\d+(?:の)?(?:制作|製作)(?!発表会)",
        ),
        "cancelled": (
            "打ち切り", "制作中止",
        ),
        "release": (
            "配信", "公開", "放送", "放映", "上陸",
        ),
        "filming_start": (
            "クランクイン", "撮影(?:が|を|は)?(?:[^。、]{0,20}?)(?:開始|スタート|始ま|入り|入る)", "撮影開始", "撮影中",
            "撮影(?:が|を|は)?(?:[^。]{0,10}?)延期",
        ),
        "filming_end": (
            "クランクアップ", "撮影(?:が|を|は)?(?:[^。、]{0,20}?)(?:終了|終え|終わ|完了)", "撮影終了",
        ),
        "episodes": (
            "話(?!題|す|し)", "エピソード",
        ),
        "director": (
            "監督", "演出", "メガホン",
        ),
        "writer": (
            "脚本", "シナリオ",
        ),
        "cast": (
            "続投", "演じ", "役", "出演", "復帰", "キャスト", "参戦", "加わ", "加入", "主演", "共演", "起用", "抜擢", "演:",
        ),
        "departing": (
            "降板", "出演しない", "不参加", "卒業",
        ),
        "returning": (
            "引き続き", "続投", "復帰", "再び", "続き", "再演",
        ),
        "new_cast": (
            "新たに", "新キャスト", "加わ", "参戦", "加入", "新加入", "初出演", "新登場",
        ),
    },
    gate_words={
        "renewal": (
            "制作", "製作", "打ち切り", "続編", "シーズン",
        ),
        "release": (
            "公開", "配信", "放送", "放映", "上陸",
        ),
        "episodes": (
            "話", "エピソード",
        ),
        "filming": (
            "撮影", "クランク",
        ),
        "director": (
            "監督", "演出", "メガホン",
        ),
        "cast": (
            "役", "出演", "復帰", "続投", "演じ", "キャスト", "参戦", "加わ", "加入", "主演", "共演", "起用", "抜擢", "演:",
            "降板", "不参加", "卒業",
        ),
        "writer": (
            "脚本", "シナリオ",
        ),
    },
    empty_because={
        "triggers.replaces": "Japanese puts the verb after both names, so who replaces whom is not read from the words between them yet",
        "triggers.replaced_by": "Japanese puts the verb after both names, so who replaces whom is not read from the words between them yet",
        "denials": NOT_YET,
        "year_parts": "Japanese parts of a year (2026年春, 上半期, 第3四半期) are read by dates.py's CJK forms",
        "relative": "Japanese relative dates (来年, 来月, 年内) are read by dates.py's CJK forms",
        "not_hedges": NOT_YET,
        "subordinators": NOT_YET,
        "conditions": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no Japanese gate word is often held inside other words",
        "false_friends": "no Japanese word is spelt as a whole English phrasing",
        "not_names": NOT_YET,
        "family_names": "names are not told by family name in Japanese text; the Korean pack's romanised ones are read everywhere",
        "triggers.trailer": "the trailer recogniser is not written yet (the kind is registered only)",
        "triggers.episodes_before": "the count comes before its word in Japanese: the 'episodes' phrasings read it",
        "months": "months are numbers: 3月 (read by dates.py's digit forms)",
        "numbers": "counts are written in digits: 全8話",
        "ordinals": "ordinals are written with digits: 第2シーズン",
    },
)
