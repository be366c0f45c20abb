"""The Japanese, Chinese and Korean families on the team's own sentences (invented shows and people):
CJK date forms, counts written against 全/共, katakana and Hangul names, and the packs' trigger phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from scraper.claims.dates import find_dates
from scraper.claims.lexicon import lexicon_for
from scraper.claims.packs import PACKS
from scraper.claims.patterns import any_of
from scraper.claims.shapes import hangul_people, kana_people

PUBLISHED = dt.date(2025, 9, 2)


@pytest.mark.parametrize(("lang", "sentence", "start", "end"), [
    ("ja", "新シーズンは2027年第2四半期に配信予定だ。", "2027-04-01", "2027-06-30"),
    ("ja", "続編は2026年秋に公開される。", "2026-09-01", "2026-11-30"),
    ("ja", "新作は11月20日から独占配信される。", "2025-11-20", "2025-11-20"),
    ("ja", "撮影は来月から始まる予定。", "2025-10-01", "2025-10-31"),
    ("ja", "年内のクランクインを目指している。", "2025-01-01", "2025-12-31"),
    ("zh", "新一季有望在明年下半年播出。", "2026-07-01", "2026-12-31"),
    ("zh", "据悉该剧将于年底上线。", "2025-09-01", "2025-12-31"),
    ("zh", "第三季將於4月8日上線。", "2025-04-08", "2025-04-08"),
    ("ko", "새 시즌은 오는 27일 공개된다.", "2025-09-27", "2025-09-27"),
    ("ko", "새 시즌은 오는 1일 공개된다.", "2025-10-01", "2025-10-01"),  # the 1st already gone by: next month's
    ("ko", "넷플릭스는 시즌3를 내달 15일 공개한다.", "2025-10-15", "2025-10-15"),
])
def test_cjk_dates_read_as_windows(lang: str, sentence: str, start: str, end: str) -> None:
    found = find_dates(sentence, PUBLISHED, lexicon_for(lang))
    assert [(str(f.window.start), str(f.window.end)) for f in found] == [(start, end)]


def test_an_episode_number_after_dai_is_no_date_and_no_count() -> None:
    lex = lexicon_for("ja")
    assert find_dates("第1〜3話を担当", PUBLISHED, lex) == []
    assert not any(p.search("監督は第1〜3話を担当") for p in lex.EPISODES)


@pytest.mark.parametrize(("lang", "sentence", "count"), [
    ("ja", "新シーズンは全10話で構成される。", "10"),
    ("zh", "新一季共16集，每周更新两集。", "16"),
])
def test_counts_written_against_all_or_in_total(lang: str, sentence: str, count: str) -> None:
    found = [m for p in lexicon_for(lang).EPISODES for m in p.finditer(sentence)]
    assert found and next(v for v in found[0].groupdict().values() if v) == count


def test_katakana_names_keep_double_barrels_and_a_part_before_yaku_is_no_one() -> None:
    sentence = "マリオン・ベル＝ハートが刑事ジョナ・クロウ役で加わる。"
    assert [name for name, _, _ in kana_people(sentence)] == ["マリオン・ベル＝ハート"]


def test_two_full_hangul_names_paired_by_a_middle_dot_are_people() -> None:
    assert [name for name, _, _ in hangul_people("[공식] 최다온·문서진 합류")] == ["최다온", "문서진"]


@pytest.mark.parametrize(("code", "kind", "sentence"), [
    ("ja", "filming_start", "新シーズンが都内でクランクインした。"),
    ("ja", "filming_end", "撮影は先月末に無事終了した。"),
    ("ja", "departing", "前作の主演は今作を降板した。"),
    ("ja", "new_cast", "新たに二人の俳優が加わる。"),
    ("zh", "release", "新一季定档下月上线。"),
    ("zh", "filming_start", "第二季已于上周正式开机。"),
    ("zh", "filming_end", "剧组昨日宣布杀青。"),
    ("zh", "departing", "原班演员之一因档期退出。"),
    ("zh", "director", "本季由新导演执导。"),
    ("ko", "cast", "도현(배우 분)이 돌아온다."),
    ("ko", "cast", "그는 형사 역을 맡았다."),
])
def test_each_family_catches_the_team_s_sentence(code: str, kind: str, sentence: str) -> None:
    assert any_of(PACKS[code].triggers[kind]).search(sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ko", "오전 서울의 한 호텔에서 '해무' 시즌3 제작발표회가 열렸다."),
    ("ja", "東京で「海霧」シーズン3の制作発表会が開かれた。"),
])
def test_a_season_s_launch_event_is_no_renewal(lang: str, sentence: str) -> None:
    assert not lexicon_for(lang).RENEWAL.search(sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ko", "넷플릭스가 '해무' 시즌3 제작을 공식 발표했다."),
    ("ja", "「海霧」シーズン3の制作が決定した。"),
])
def test_a_season_s_production_announced_is_a_renewal(lang: str, sentence: str) -> None:
    assert lexicon_for(lang).RENEWAL.search(sentence)
