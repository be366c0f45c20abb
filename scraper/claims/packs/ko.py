"""Korean."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no Korean phrasing of this family written yet (few labelled Korean articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="ko",
    ordinals={
        "첫": 1, "첫 번째": 1, "두 번째": 2, "세 번째": 3, "네 번째": 4, "다섯 번째": 5,
    },
    season_templates=(
        "시즌 ?{n}", "{ordinal} 시즌",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        "전망", "예상", "관측", "가능성", "듯", "(?:것으로|로) 보인다", "추측",
    ),
    # the thing has not happened, or is not known
    negations=(
        "미정", "아직", "않았", "않은", "않는다", "않을", "않기로", "없다", "정해지지",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "밝히", "발표", "밝혔", "알렸", "알리", "전했", "확정", "공개했",
    ),
    official_sources=(
        "제작진", "제작사",
    ),
    official_channels=(
        "영상", "티저", "포스터", "공식",
    ),
    officially=(
        "공식",
    ),
    confirmed=(
        "확정",
    ),
    clause_breaks=(
        r"(?<=으나|지만)\s", r"(?<=[며고나만데서]),\s",
    ),
    coming=(
        "예정", "한다", r"할\b", "된다", "확정",
    ),
    job_titles=(
        "대표", "관계자",
    ),
    triggers={
        # the word after a count: "8 episodes", "12부작"
        "episodes": ("부작", "회차"),
        "renewal": (
            r"시즌\s?2\s?(?:제작(?:이|은|을)?)?\s?확정", "제작 확정", "제작을 확정", r"제작(?:이|을| 소식을)?\s?(?:공식\s?)?(?:발표(?!회)|확정)",  # "제작발표회" is a launch event
        ),
        "cancelled": (
            "취소",
        ),
        "release": (
            "공개", "방영", "선보", "출격",
        ),
        "filming_start": (
            r"촬영\s?일정", r"촬영(?:이|은|을)?\s?(?:(?:(?!종료|마무리|크랭크업)[^\s.])+\s){0,3}?(?:(?!종료|마무리)[^\s.])*(?:미뤄|연기되|연기됐|늦춰)",
            r"촬영\s?예정", r"촬영\s?중", r"촬영에\s?(?:들어가|돌입하)지\s?않", r"촬영(?:을|에|이|은|가)?\s?(?:[^\s.]+\s){0,3}?(?:시작|돌입|착수|진행)",
            "크랭크인", "촬영 중",
        ),
        "filming_end": (
            r"촬영(?:을|은|이)?\s?(?:[^\s.]+\s){0,6}?(?:마쳤|종료|마무리|끝)", "크랭크업",
        ),
        "director": (
            "메가폰", "연출", "감독",
        ),
        "writer": (
            "집필", "작가", "극본", "각본",
        ),
        "cast": (
            "등장", "출연", "합류", "캐스팅", "복귀", "재회", "호흡", "분(?:한|해|할)", "연기", "뭉쳤", "다시", r"(?<=\s)역(?![가-힣])", "귀환",
            "돌아온", "돌아와", "돌아왔",
            # a credit in brackets, "호재(배우 분)"; a part taken, "X 역을 맡았다", "X 역으로 합류"
            r"분\)", r"역(?:을|으로|에)\s?(?:맡|분|합류|출연|낙점|캐스팅)", "활약", "나온다", "나옵니다",
        ),
        "departing": (
            "(?:출연|합류|복귀)하지 않", "하차", "불참",
        ),
        "returning": (
            "복귀", "재회", "다시", "돌아", "이어",
        ),
        "new_cast": (
            "합류", "새", "신예", "새롭게",
        ),
    },
    gate_words={
        "renewal": (
            "시즌", "제작", "취소",
        ),
        "release": (
            "공개", "방영", "일", "선보", "출격",
        ),
        "episodes": (
            "부작", "회차",
        ),
        "filming": (
            "촬영", "크랭크",
        ),
        "director": (
            "연출", "감독", "메가폰",
        ),
        "cast": (
            "하차", "불참",
            "돌아", "출연", "합류", "캐스팅", "복귀", "재회", "호흡", "분", "연기", "뭉쳤", "다시", "역", "귀환", "등장", "활약", "나온", "나옵",
        ),
        "writer": (
            "작가", "극본", "각본", "집필",
        ),
    },
    family_names=frozenset({
        "ahn", "an", "bae", "baek", "bak", "ban", "bang", "byeon", "byun", "cha", "chae", "chang", "cho", "choe",
        "choi", "choo", "chu", "chung", "do", "eom", "geum", "gil", "go", "gong", "ha", "han", "heo", "hong", "hur",
        "hwang", "im", "in", "jang", "je", "jeon", "jeong", "ji", "jin", "jo", "joo", "ju", "jun", "jung", "kang",
        "ki", "kim", "ko", "kwak", "kwon", "lee", "lim", "ma", "min", "mo", "moon", "mun", "na", "nam", "no", "noh",
        "oh", "ok", "paek", "pak", "park", "pyo", "ra", "rhee", "roh", "ryu", "seo", "seol", "seong", "shin", "sin",
        "so", "son", "song", "suh", "sung", "tak", "um", "wang", "wi", "won", "woo", "wu", "yang", "yeo", "yeon", "yi",
        "yoo", "yook", "yoon", "yu", "yuk", "yun",
    }),
    empty_because={
        "triggers.replaces": "Korean puts the verb after both names, so who replaces whom is not read from the words between them yet",
        "triggers.replaced_by": "Korean puts the verb after both names, so who replaces whom is not read from the words between them yet",
        "denials": "Korean denies after the verb (않았, 없다): negations holds those",
        "year_parts": "Korean parts of a year are read by dates.py's own forms (상반기, 초, 말) for now",
        "relative": "Korean relative dates are read by dates.py's own forms (올해, 내년, 다음달) for now",
        "not_hedges": NOT_YET,
        "insiders": NOT_YET,
        "subordinators": "Korean subordinates with verb endings, which clause_breaks holds",
        "conditions": "Korean conditions are verb endings (-면), too common to read alone",
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no Korean gate word is often held inside other words",
        "false_friends": "no Korean word is spelt as a whole English phrasing",
        "not_names": NOT_YET,
        "triggers.trailer": "the trailer recogniser is not written yet (the kind is registered only)",
        "triggers.episodes_before": "the count comes before its word in Korean: the 'episodes' phrasings read it",
        "months": "months are numbers: 3월 (read by dates.py's digit forms)",
        "numbers": "counts are written in digits: 12부작",
    },
)
