"""Chinese, simplified and traditional: no spaces between words, no letter case; dates and counts in digits
(2026年2月17日, 共12集), read by dates.py's CJK forms and the count patterns."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no Chinese phrasing of this family written yet (few labelled Chinese articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="zh",
    ordinals={
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    },
    season_templates=(
        "第{n}季", "第{ordinal}季", "[Ss]eason ?{n}",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        "有望", "预计", "預計", "预期", "預期", "可能", "或将", "或將", "据传", "據傳", "传闻", "傳聞", "爆料", "透露",
        "猜测", "猜測", "估计", "估計", "料将", "料將",
    ),
    # the thing has not happened, or is not known
    negations=(
        "尚未", "未公布", "未公開", "未定", "还没", "還沒", "没有", "沒有", "未能", "不会", "不會",
    ),
    # official when the platform or the production is their subject
    official_verbs=(
        "宣布", "官宣", "公布", "发布", "發布", "确认", "確認", "证实", "證實", "公开", "公開",
    ),
    official_sources=(
        "官方", "片方", "制作方", "製作方", "出品方", "平台",
    ),
    official_channels=(
        "预告", "預告", "海报", "海報", "官方帐号", "官方帳號", "发布会", "發布會",
    ),
    officially=(
        "正式", "官方",
    ),
    confirmed=(
        "确认", "確認", "确定", "確定",
    ),
    insiders=(
        "据悉", "據悉", "知情人士", "消息人士", "粉丝账号", "粉絲帳號",
    ),
    clause_breaks=(
        "，(?=但|不过|不過|然而)",
    ),
    coming=(
        "将", "將", "计划", "計劃", "预定", "預定", "即将", "即將",
    ),
    job_titles=(
        "制片人", "製片人", "监制", "監製", "总裁", "總裁",
    ),
    triggers={
        "renewal": (
            "续订", "續訂", "续集", "續集", "(?:宣布|确认|確認|官宣)(?:制作|製作|推出|开拍|開拍)?第.季",
        ),
        "cancelled": (
            "砍掉", "取消", "停播",
        ),
        "release": (
            "上线", "上線", "播出", "首播", "开播", "開播", "上映", "播映", "释出", "釋出", "更新", "定档", "定檔", "回归", "回歸",
        ),
        "trailer": (
            "预告", "預告", "先导", "先導",
        ),
        "filming_start": (
            "开机", "開機", "开拍", "開拍", "开始拍摄", "開始拍攝", "拍摄中", "拍攝中", "进组", "進組",
        ),
        "filming_end": (
            "杀青", "殺青", "拍摄完毕", "拍攝完畢", "完成拍摄", "完成拍攝",
        ),
        "episodes": (
            "集",
        ),
        "director": (
            "导演", "導演", "执导", "執導",
        ),
        "writer": (
            "编剧", "編劇",
        ),
        "replaces": ("取代", "接替", "代替"),
        "cast": (
            "饰演", "飾演", "饰", "飾", "出演", "加盟", "主演", "演员", "演員", "回归", "回歸", "加入", "参演", "參演",
        ),
        "departing": (
            "退出", "未能回归", "未能回歸", "不再出演", "不参加", "不參加", "缺席", "离开", "離開",
        ),
        "returning": (
            "继续", "繼續", "回归", "回歸", "原班", "仍", "依旧", "依舊",
        ),
        "new_cast": (
            "加盟", "新加入", "新人", "首次", "新面孔", "加入",
        ),
    },
    gate_words={
        "renewal": (
            "续", "續", "第", "季",
            "砍掉", "取消", "停播",
        ),
        "release": (
            "上线", "上線", "播", "上映", "释出", "釋出", "更新", "定档", "定檔", "回归", "回歸",
        ),
        "episodes": (
            "集",
        ),
        "filming": (
            "开机", "開機", "开拍", "開拍", "拍摄", "拍攝", "进组", "進組", "杀青", "殺青",
        ),
        "director": (
            "导演", "導演", "执导", "執導",
        ),
        "writer": (
            "编剧", "編劇",
        ),
        "cast": ("取代", "接替", "代替",
            "饰", "飾", "出演", "加盟", "主演", "演员", "演員", "回归", "回歸", "加入", "参演", "參演",
            "退出", "未能回", "不再出演", "不参加", "不參加", "缺席", "离开", "離開",
        ),
    },
    empty_because={
        "triggers.replaced_by": "Chinese writes the passive with 被 before the verb: not read yet",
        "months": "months are numbers: 3月 (read by dates.py's CJK forms)",
        "numbers": "counts are written in digits: 共12集",
        "year_parts": "parts of a year (上半年, 年底, 第三季度) are read by dates.py's CJK forms",
        "relative": "relative dates (明年, 下个月, 年底) are read by dates.py's CJK forms",
        "not_hedges": NOT_YET,
        "denials": "Chinese denies with 尚未/未 before the verb: negations holds those",
        "subordinators": NOT_YET,
        "conditions": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "Chinese writes no spaces between words: a gate word cannot be asked to start one",
        "false_friends": "Chinese script shares no spelling with an English phrasing",
        "not_names": "Chinese script has no letter case, so no Chinese word looks like a capitalised name",
        "family_names": "Chinese names are read by script, not by a romanised family name",
        "triggers.episodes_before": "the count comes before its word in Chinese: the 'episodes' phrasings read it",
    },
)
