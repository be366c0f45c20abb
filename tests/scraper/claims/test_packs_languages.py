"""The German, Polish, Italian, Dutch, Vietnamese, Thai and Turkish packs, on the team's own sentences.

The shows and people here are invented. Each pack is read the way the recognisers read a pack: phrasings as
one case-blind pattern (``patterns.any_of``), season templates filled with the topic's season number.
"""

from __future__ import annotations

import re

import pytest

from scraper.claims.packs import GATE_FAMILIES, PACKS, RELATIVE_MEANINGS, TRIGGER_KINDS, Pack, empty_fields
from scraper.claims.patterns import any_of

LANGUAGES = ("de", "pl", "it", "nl", "vi", "th", "tr")

# A trigger kind's gate family (the trailer has no gate of its own yet).
FAMILY = {"renewal": "renewal", "cancelled": "renewal", "release": "release", "filming_start": "filming",
          "filming_end": "filming", "episodes": "episodes", "episodes_before": "episodes", "director": "director",
          "writer": "writer", "cast": "cast", "departing": "cast", "returning": "cast", "new_cast": "cast",
          "replaces": "cast", "replaced_by": "cast"}

# One sentence a native journalist might write, per language and trigger kind.
TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "renewal": ("Netflix hat die Mysteryserie Nachtwache um eine zweite Staffel verlängert.",
                    "Die Darsteller kündigten in einem Clip die dritte Staffel an.",
                    "Die zweite Staffel ist offiziell bestätigt."),
        "cancelled": ("Der Streamingdienst hat die Serie nach einer Staffel abgesetzt.",),
        "release": ("Die neuen Folgen erscheinen im Frühjahr 2026.", "Der Starttermin ist der 13. März 2026.",
                    "Wann es mit der Serie weitergeht, ist noch offen."),
        "trailer": ("Netflix zeigt den ersten Teaser-Trailer zur neuen Staffel.",),
        "filming_start": ("Die Dreharbeiten haben im Juli in Busan begonnen.", "Die erste Klappe ist gefallen."),
        "filming_end": ("Die Dreharbeiten wurden im Dezember abgeschlossen.", "Die Staffel ist im Kasten."),
        "episodes": ("Die Staffel umfasst acht neue Folgen.",),
        "episodes_before": ("Anzahl der Folgen: 8",),
        "director": ("Regie führt erneut Han Dae-ho.", "Inszeniert wird die Staffel von Mira Holm."),
        "writer": ("Das Drehbuch stammt von Lena Ost.", "Die Drehbücher verfasst wieder Jana Falk."),
        "cast": ("Yoon Se-ri spielt die Ärztin Dana.", "In der Hauptrolle ist Kang Ho-jun zu sehen."),
        "departing": ("Park Min-a verlässt die Serie.", "Jonas Weber kehrt nicht zurück."),
        "returning": ("Auch Ko Eun-bi kehrt zurück.",),
        "new_cast": ("Neu dabei ist Tae Jin-woo.", "Lee Ha-na stößt zum Ensemble dazu."),
        "replaces": ("Jonas Weber ersetzt in der Rolle des Arztes Tim Roth.",
                     "Mira Holm tritt damit in die Fußstapfen von Lena Ost."),
        "replaced_by": ("Tim Roth wird in der neuen Staffel ersetzt durch Jonas Weber.",),
    },
    "pl": {
        "renewal": ("Netflix przedłużył serial Nocna Straż o drugi sezon.",
                    "Platforma oficjalnie zapowiedziała kolejny sezon.", "Drugi sezon został potwierdzony."),
        "cancelled": ("Serial został anulowany po jednym sezonie.",),
        "release": ("Premiera drugiego sezonu odbędzie się 13 marca 2026 roku.",
                    "Nowe odcinki trafią na platformę wiosną 2026."),
        "trailer": ("Netflix pokazał pierwszy zwiastun nowego sezonu.",),
        "filming_start": ("Zdjęcia do drugiego sezonu ruszyły w lipcu.", "Ekipa rozpoczęła zdjęcia w Gdańsku."),
        "filming_end": ("Zdjęcia zakończyły się w grudniu.", "Twórcy zakończyli prace na planie."),
        "episodes": ("Drugi sezon będzie liczył osiem odcinków.", "Sezon składa się z ośmiu odcinków."),
        "episodes_before": ("Liczba odcinków: 8",),
        "director": ("Za kamerą ponownie stanie Han Dae-ho.", "Reżyserem jest Anna Zięba."),
        "writer": ("Scenariusz napisała Lena Ost.",),
        "cast": ("W roli głównej zobaczymy Yoon Se-ri.", "Kang Ho-jun zagra lekarza."),
        "departing": ("Park Min-a odchodzi z serialu.", "Jan Nowak nie powróci w drugim sezonie."),
        "returning": ("Do obsady powraca Ko Eun-bi.",),
        "new_cast": ("Do obsady dołączył Tae Jin-woo.",),
        "replaces": ("Jan Nowak zastąpi w roli lekarza Piotra Wolskiego.",),
        "replaced_by": ("Piotr Wolski został zastąpiony przez Jana Nowaka.",),
    },
    "it": {
        "renewal": ("Netflix ha rinnovato la serie Guardia Notturna per una seconda stagione.",
                    "La seconda stagione è stata ufficialmente confermata."),
        "cancelled": ("La piattaforma ha cancellato la serie dopo una sola stagione.",),
        "release": ("La nuova stagione debutterà il 13 marzo 2026.", "I nuovi episodi arriveranno nella primavera del 2026."),
        "trailer": ("Netflix ha diffuso il primo teaser della nuova stagione.",),
        "filming_start": ("Le riprese della seconda stagione sono iniziate a luglio.", "Primo ciak a Busan."),
        "filming_end": ("Le riprese si sono concluse a dicembre.",),
        "episodes": ("La stagione sarà composta da otto episodi.",),
        "episodes_before": ("Numero di episodi: 8",),
        "director": ("La regia è ancora affidata a Han Dae-ho.", "Diretto da Marta Riva."),
        "writer": ("La sceneggiatura è firmata da Lena Ost.",),
        "cast": ("Yoon Se-ri interpreterà la dottoressa Dana.", "Kang Ho-jun nel ruolo del medico."),
        "departing": ("Park Min-a lascia la serie.",),
        "returning": ("Torna anche Ko Eun-bi.",),
        "new_cast": ("Tra i nuovi volti c'è Tae Jin-woo.", "Lee Ha-na si unisce al cast."),
        "replaces": ("Marco Serra prende il posto di Luca Neri nel ruolo del medico.",),
        "replaced_by": ("Luca Neri è stato sostituito da Marco Serra.",),
    },
    "nl": {
        "renewal": ("Netflix heeft de serie Nachtwacht verlengd met een tweede seizoen.",
                    "Er komt een tweede seizoen."),
        "cancelled": ("De streamingdienst heeft de serie geschrapt.",),
        "release": ("Het nieuwe seizoen verschijnt op 13 maart 2026.", "De afleveringen zijn vanaf 13 maart te zien."),
        "trailer": ("Netflix deelde de eerste teaser van het nieuwe seizoen.",),
        "filming_start": ("De opnames van het tweede seizoen zijn in juli begonnen.",),
        "filming_end": ("De opnames zijn in december afgerond.",),
        "episodes": ("Het seizoen telt acht afleveringen.",),
        "episodes_before": ("Aantal afleveringen: 8",),
        "director": ("De regie is opnieuw in handen van Han Dae-ho.", "Geregisseerd door Sanne Bos."),
        "writer": ("Het scenario is geschreven door Lena Ost.",),
        "cast": ("Yoon Se-ri speelt de arts Dana.", "Kang Ho-jun vertolkt de hoofdrol."),
        "departing": ("Park Min-a verlaat de serie.",),
        "returning": ("Ook Ko Eun-bi keert terug.",),
        "new_cast": ("Tae Jin-woo sluit zich aan bij de cast.",),
        "replaces": ("Daan Smit neemt de rol over van Pieter Kok.",),
        "replaced_by": ("Pieter Kok wordt vervangen door Daan Smit.",),
    },
    "vi": {
        "renewal": ("Netflix chính thức xác nhận sản xuất mùa 2 của Canh Đêm.", "Phần 2 đã được xác nhận."),
        "cancelled": ("Bộ phim đã bị hủy sau một mùa.",),
        "release": ("Mùa mới sẽ ra mắt vào tháng 3 năm 2026.", "Phim dự kiến lên sóng đầu năm 2026."),
        "trailer": ("Netflix tung teaser đầu tiên của phần mới.",),
        "filming_start": ("Mùa 2 đã chính thức bấm máy vào tháng 7.", "Đoàn phim đang ghi hình tại Busan."),
        "filming_end": ("Phim đã đóng máy vào tháng 12.",),
        "episodes": ("Mùa mới gồm 8 tập.",),
        "episodes_before": ("Số tập: 8",),
        "director": ("Đạo diễn Han Dae-ho tiếp tục cầm trịch.",),
        "writer": ("Kịch bản do biên kịch Lena Ost chấp bút.",),
        "cast": ("Yoon Se-ri vào vai bác sĩ Dana.", "Dàn diễn viên gồm có Kang Ho-jun."),
        "departing": ("Park Min-a sẽ không trở lại trong mùa 2.",),
        "returning": ("Ko Eun-bi tái xuất trong vai cũ.",),
        "new_cast": ("Tae Jin-woo gia nhập dàn diễn viên.",),
        "replaces": ("Tae Jin-woo sẽ thay thế Lee Ha-na trong vai bác sĩ.",),
        "replaced_by": ("Lee Ha-na được thay thế bởi Tae Jin-woo.",),
    },
    "th": {
        "renewal": ("Netflix ประกาศสร้างซีซั่น 2 อย่างเป็นทางการ", "ซีรีส์เรื่องนี้ได้ไปต่อแล้ว"),
        "cancelled": ("Netflix ยกเลิกซีรีส์หลังจบซีซั่นแรก",),
        "release": ("ซีซั่นใหม่จะเข้าฉายในเดือนมีนาคม 2026", "ซีรีส์มีกำหนดออกอากาศต้นปีหน้า"),
        "trailer": ("Netflix ปล่อยทีเซอร์แรกของซีซั่นใหม่",),
        "filming_start": ("ซีซั่น 2 เปิดกล้องเมื่อเดือนกรกฎาคม", "ทีมงานเริ่มถ่ายทำที่ปูซาน"),
        "filming_end": ("ซีรีส์ปิดกล้องเรียบร้อยแล้ว",),
        "episodes": ("ซีซั่นใหม่มีทั้งหมด 8 ตอน",),
        "episodes_before": ("จำนวนตอน: 8",),
        "director": ("ผู้กำกับ Han Dae-ho กลับมาอีกครั้ง",),
        "writer": ("เขียนบทโดย Lena Ost",),
        "cast": ("Yoon Se-ri รับบทเป็นหมอดาน่า", "นำแสดงโดย Kang Ho-jun"),
        "departing": ("Park Min-a จะไม่กลับมาในซีซั่นนี้",),
        "returning": ("Ko Eun-bi กลับมารับบทเดิม",),
        "new_cast": ("Tae Jin-woo ร่วมทีมนักแสดงหน้าใหม่",),
    },
    "tr": {
        "renewal": ("Netflix, Gece Nöbeti dizisinin ikinci sezonunu onayladı.", "Dizi ikinci sezon onayı aldı.",
                    "Dizi yeni sezonla geri dönüyor."),
        "cancelled": ("Dizi ilk sezonun ardından iptal edildi.",),
        "release": ("Yeni sezon 13 Mart 2026'da yayınlanacak.", "Dizi 2026 başında ekranlara gelecek."),
        "trailer": ("Netflix yeni sezonun ilk fragmanını paylaştı.",),
        "filming_start": ("İkinci sezonun çekimleri temmuzda başladı.", "Ekip Busan'da sete çıktı."),
        "filming_end": ("Çekimler aralıkta tamamlandı.",),
        "episodes": ("Yeni sezon sekiz bölümden oluşacak.", "8 bölümlük yeni sezon"),
        "episodes_before": ("Bölüm sayısı: 8",),
        "director": ("Yönetmen koltuğunda yine Han Dae-ho oturuyor.",),
        "writer": ("Senaryoyu Lena Ost kaleme aldı.",),
        "cast": ("Yoon Se-ri, doktor Dana'yı canlandırıyor.", "Kang Ho-jun başrolde yer alıyor."),
        "departing": ("Park Min-a diziden ayrıldı.", "Ahmet Kaya yeni sezonda yer almayacak."),
        "returning": ("Ko Eun-bi de geri dönüyor.",),
        "new_cast": ("Tae Jin-woo kadroya katıldı.",),
    },
}

# (hedged, negated, plain): a guess; a denial; a plain report that is neither.
CERTAINTY: dict[str, tuple[str, str, str]] = {
    "de": ("Die Staffel dürfte voraussichtlich Ende 2026 erscheinen.",
           "Ein Starttermin steht noch nicht fest.", "Die Staffel erscheint am 13. März 2026."),
    "pl": ("Nowy sezon prawdopodobnie pojawi się pod koniec 2026 roku.",
           "Data premiery nie została jeszcze ogłoszona.", "Sezon trafi na platformę 13 marca 2026."),
    "it": ("La stagione potrebbe arrivare alla fine del 2026.", "La data di uscita non è ancora stata annunciata.",
           "La stagione arriva il 13 marzo 2026."),
    "nl": ("Het seizoen verschijnt waarschijnlijk eind 2026.", "Een releasedatum is nog niet bekend.",
           "Het seizoen verschijnt op 13 maart 2026."),
    "vi": ("Phim có thể ra mắt vào cuối năm 2026.", "Ngày phát sóng vẫn chưa được công bố.",
           "Phim ra mắt ngày 13 tháng 3 năm 2026."),
    "th": ("ซีซั่นใหม่น่าจะเข้าฉายปลายปี 2026", "ยังไม่มีการประกาศวันฉาย", "ซีซั่นใหม่เข้าฉายวันที่ 13 มีนาคม 2026"),
    "tr": ("Yeni sezonun 2026 sonunda yayınlanması bekleniyor.", "Yayın tarihi henüz açıklanmadı.",
           "Yeni sezon 13 Mart 2026'da yayınlanıyor."),
}

# Season markers a topic's season 2 fills in, and one that names another season.
SEASON_TWO: dict[str, tuple[tuple[str, ...], str]] = {
    "de": (("Staffel 2", "die zweite Staffel", "der zweiten Staffel", "2. Staffel", "Staffel zwei"), "Staffel 3"),
    "pl": (("sezon 2", "drugi sezon", "drugiego sezonu", "2. sezon", "w drugim sezonie"), "trzeci sezon"),
    "it": (("stagione 2", "la seconda stagione", "stagione due"), "terza stagione"),
    "nl": (("seizoen 2", "het tweede seizoen", "seizoen twee"), "derde seizoen"),
    "vi": (("mùa 2", "phần 2", "mùa thứ hai", "phần hai"), "mùa 3"),
    "th": (("ซีซั่น 2", "ซีซั่นที่ 2", "ซีซันที่สอง", "ภาค 2"), "ซีซั่น 3"),
    "tr": (("2. sezon", "ikinci sezon", "sezon 2", "ikinci sezonu"), "üçüncü sezon"),
}

# Month spellings, declined and abbreviated, with the month they name.
MONTHS: dict[str, tuple[tuple[str, int], ...]] = {
    "de": (("März", 3), ("Jänner", 1), ("Okt", 10), ("Dezember", 12)),
    "pl": (("marca", 3), ("styczeń", 1), ("w październiku", 10), ("grudnia", 12), ("września", 9)),
    "it": (("marzo", 3), ("gennaio", 1), ("ott", 10), ("dicembre", 12)),
    "nl": (("maart", 3), ("mrt", 3), ("januari", 1), ("oktober", 10)),
    "vi": (("tháng 3", 3), ("tháng Ba", 3), ("tháng 10", 10), ("tháng mười hai", 12), ("tháng 01", 1)),
    "th": (("มีนาคม", 3), ("มี.ค.", 3), ("ธันวาคม", 12), ("ต.ค.", 10)),
    "tr": (("Mart", 3), ("martta", 3), ("Eylül", 9), ("aralık", 12)),
}


def _pack(code: str) -> Pack:
    return PACKS[code]


def _fill(template: str, p: Pack, n: int) -> re.Pattern[str]:
    """A season template as a topic fills it: the number in digits or words, the ordinal in words."""
    numbers = [str(n)] + sorted(word for word, value in p.numbers.items() if value == n)
    ordinals = sorted(word for word, value in p.ordinals.items() if value == n) or ["(?!)"]
    body = template.format(n="(?:" + "|".join(numbers) + ")", ordinal="(?:" + "|".join(ordinals) + ")")
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.I)


def _season_marks(text: str, p: Pack, n: int) -> bool:
    return any(_fill(template, p, n).search(text) for template in p.season_templates)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_pack_fills_every_field_or_says_why(code: str) -> None:
    assert empty_fields(_pack(code)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_pack_s_words_are_well_formed(code: str) -> None:
    p = _pack(code)
    assert set(p.months.values()) == set(range(1, 13))
    assert all(1 <= a <= 12 and 1 <= b <= 12 for a, b in p.year_parts.values())
    assert set(p.relative.values()) <= set(RELATIVE_MEANINGS)
    assert set(p.triggers) <= set(TRIGGER_KINDS) and set(p.gate_words) <= set(GATE_FAMILIES)
    assert all(key == key.lower() for key in (*p.months, *p.year_parts, *p.numbers, *p.ordinals, *p.relative))
    for attribution in p.attributions:
        assert "(?P<who>" in attribution.format(name="[A-Z][a-z]+")


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_trigger_kind_catches_the_team_s_sentence_and_opens_its_gate(code: str) -> None:
    p = _pack(code)
    missed, ungated = [], []
    for kind, sentences in TRIGGERS[code].items():
        pattern = any_of(p.triggers[kind])
        for sentence in sentences:
            found = pattern.search(sentence)
            if found is None:
                missed.append((kind, sentence))
            elif kind in FAMILY and not any(word in sentence.lower() for word in p.gate_words[FAMILY[kind]]):
                ungated.append((kind, sentence))
    assert set(TRIGGERS[code]) == {kind for kind in TRIGGER_KINDS if f"triggers.{kind}" not in p.empty_because}
    assert missed == [] and ungated == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_guess_hedges_a_denial_negates_and_a_plain_report_does_neither(code: str) -> None:
    p = _pack(code)
    hedged, negated, plain = CERTAINTY[code]
    hedges, negations = any_of(p.hedges), any_of(p.negations)
    assert hedges.search(hedged) and not any_of(p.not_hedges).search(hedged)
    assert negations.search(negated)
    assert not hedges.search(plain) and not negations.search(plain)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_topic_s_season_fills_the_templates_and_no_other_season_matches(code: str) -> None:
    p = _pack(code)
    markers, other = SEASON_TWO[code]
    assert [m for m in markers if not _season_marks(m, p, 2)] == []
    assert not _season_marks(other, p, 2)


@pytest.mark.parametrize("code", LANGUAGES)
def test_month_spellings_name_their_month(code: str) -> None:
    p = _pack(code)
    for spelling, month in MONTHS[code]:
        key = spelling.lower()
        key = key.removeprefix("w ")  # Polish "w październiku": the preposition is the recogniser's
        assert p.months.get(key) == month, spelling


def test_words_that_mean_something_else_are_no_dates_or_counts() -> None:
    assert "roku" not in PACKS["pl"].relative  # "w 2026 roku" is a year, not "this year"
    assert "des jahres" not in PACKS["de"].relative  # "die Serie des Jahres"
    assert "năm" not in PACKS["vi"].numbers  # "năm" is "year" before it is "five"
    assert "sie" not in PACKS["pl"].months  # "się" typed without its tail
    assert "een" not in PACKS["nl"].numbers and "bir" not in PACKS["tr"].numbers  # articles, not counts


def test_turkish_suffix_families_negate_hedge_and_suppose() -> None:
    p = PACKS["tr"]
    assert any_of(p.negations).search("Çekimler başlamadı.")
    assert any_of(p.negations).search("Oyuncu yeni sezonda dönmeyecek.")
    assert not any_of(p.negations).search("Çekimler başlayacak.")
    assert not any_of(p.negations).search("Deniz Yılmaz kadroya katıldı.")  # a surname, not "-maz"
    assert any_of(p.hedges).search("Dizi 2026'da yayınlanabilir.")
    assert any_of(p.conditions).search("Çekimler mayısta başlarsa dizi yıl sonunda gelir.")


def test_thai_words_inside_other_words_do_not_hedge_or_negate() -> None:
    p = PACKS["th"]
    assert not any_of(p.hedges).search("อาจารย์ของเธอยังคงเหลือเวลา")  # teacher, still, remain
    assert not any_of(p.negations).search("ซีซั่นใหม่จะมาในอีกไม่นาน")  # "soon"
    assert any_of(p.hedges).search("ซีรีส์อาจจะกลับมาปีหน้า")
