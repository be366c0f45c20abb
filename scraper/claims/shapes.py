"""What a new person's name looks like, script by script, when the topic file does not know them.

- Latin letters: a romanised Korean name ("Roh Jae-won", "Lee Minjae", "Si-eun Kim"), a name with a family
  name a pack knows ("Anna Wiśniewska", "Nguyễn Văn An"), or a Western "Firstname Lastname" whose words are
  not common words of the article's language (``wordfreq``: "Weak Hero", "High School" are words, "Tomasz
  Kowalczyk" is not). A family name that is also a word ("Wright", "Lord", "Stone") still makes a name after
  a given name that a list of given names knows (``gender-guesser``'s): "Jeffrey Wright", not "Creative Arts".
- Hangul: a family syllable and one or two more, where Korean puts a person: after "배우" or "감독", before
  "감독", "작가" or "분", or in a list of such names ("A, B, C가 출연").
- Katakana: words joined by "・" ("キム・ミンジェ"), the way Japanese writes foreign names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from gender_guesser import detector as _given_names_source

from scraper.claims.lexicon import FAMILY_NAMES
from scraper.claims.packs import ENGLISH, PACKS
from scraper.claims.rules import Rules

# Latin letters with their diacritics (Polish, German, Vietnamese ...), in classes the engine reads fast.
_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]


def _letter_class(test: str) -> str:
    codes = [c for c in _LATIN if getattr(chr(c), test)()]
    ranges, start = [], codes[0]
    for before, code in zip(codes, codes[1:] + [-1], strict=True):
        if code != before + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(before)) if before > start else ""))
            start = code
    return "".join(ranges)


UPPER = _letter_class("isupper")
LETTER = _letter_class("isalpha")
# Particles inside a name: "Ludwig van Dijk", "Ana de la Cruz", "Hans von Trier".
PARTICLES = ("van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter",
             "ten", "bin", "binti")

COMMON = 4.0  # Zipf frequency from which a family-name-shaped word is a word of the language ("Hero", "Knife")
VERY_COMMON = 5.5  # ... and a given-name-shaped one ("High", "Business"); "John" (5.4) is still a name
OPENING_COMMON = 5.0  # ... and the word opening a sentence ("Según", "Sowohl"); "Anna" (4.7) is still a name
_WORDLIST = "small"  # the most frequent words of each language: all a frequency this high needs


def latin_person(words: list[str], rules: Rules, languages: tuple[str, ...], title_case: bool = False,
                 opens: bool = False) -> bool:
    """Whether capitalised words, particles between them, name a person by their shape alone.

    ``title_case``: the text capitalises its words ("Agency Hints Season 2 Return"), so a capital says little:
    every word but a family name must then be rare in the language. ``opens``: the words open the sentence,
    so the first may be a word written with a capital ("Sowohl", "Según").
    """
    names = [w for w in words if w.lower() not in PARTICLES]
    lowered = [w.lower().strip("'’") for w in names]
    not_names = _not_names(languages)
    if any(w in not_names or w in rules.not_names for w in lowered):
        return False
    if not 2 <= len(names) <= 4 or words[0] != names[0] or words[-1] != names[-1]:
        return False
    if title_case and any(zipf(w, languages) >= COMMON for w in lowered if w not in FAMILY_NAMES):
        return False
    if opens and lowered[0] not in FAMILY_NAMES and zipf(lowered[0], languages) >= OPENING_COMMON:
        return False
    if "de" in languages and _german_noun(lowered[0]):
        return False  # German writes its nouns with a capital: "der Australier Liam Hemsworth", "Hexer Geralt"
    if _family_shaped([w.lower() for w in names]):
        return True
    return len(names) <= 3 and _western(names, languages)


@cache
def _not_names(languages: tuple[str, ...]) -> frozenset[str]:
    """The article's languages' words that are never names, and English's; a family name of any pack is always one
    (Turkish "kim", "who", is also Kim)."""
    packs = [PACKS[code] for code in {*languages, ENGLISH} if code in PACKS]
    return frozenset().union(*(p.not_names for p in packs)) - FAMILY_NAMES


def _family_shaped(lowered: list[str]) -> bool:
    """A family name first or last, and given names as Korean or Vietnamese write them: one hyphenated word or
    short syllables ("Roh Jae-won", "Si-eun Kim", "Nguyễn Thị Minh Khai")."""
    if lowered[0] in FAMILY_NAMES:
        given = lowered[1:]
    elif lowered[-1] in FAMILY_NAMES:
        given = lowered[:-1]
    else:
        return False
    if len(given) == 1:
        return len(given[0]) <= GIVEN_MAX
    return len(given) <= 3 and all(len(part) <= SYLLABLE_MAX for part in given)


def _german_noun(word: str) -> bool:
    """A word of German that no list gives as a first name: a noun before a name, not the name's start."""
    return word not in FAMILY_NAMES and _zipf(word, "de") >= GERMAN_NOUN and word not in given_names()


GERMAN_NOUN = 2.5  # Zipf frequency in German from which a capitalised word that is no first name is a noun
GIVEN_MAX = 10  # letters of a one-word given name: "Jae-won", "Katharina"
SYLLABLE_MAX = 5  # letters of a given name's syllable written apart: "Min Jae", "Thị Minh"


def _western(names: list[str], languages: tuple[str, ...]) -> bool:
    """"Firstname Lastname": no word in capitals, none a common word of the language."""
    if any(len(w) < 2 or w.isupper() for w in names):
        return False
    *given, family = (w.lower().strip("'’") for w in names)
    parts = [part for word in names if "-" in word for part in word.lower().split("-")]  # "English-based", "K-pop"
    family_max = VERY_COMMON if given[0] in given_names() else COMMON
    return zipf(family, languages) < family_max and all(zipf(w, languages) < VERY_COMMON for w in given) \
        and all(len(part) > 1 and zipf(part, languages) < COMMON for part in parts)


@cache
def given_names() -> frozenset[str]:
    """First names of many countries, lowercased (loaded once, on first use): the name column of the list."""
    path = Path(_given_names_source.__file__).with_name("data") / "nam_dict.txt"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line[3:29].strip().lower() for line in lines
                         if line[:1] in _GENDER_CODES and "+" not in line[3:29])


_GENDER_CODES = frozenset("MF?1")  # the list's rows of names; "=" rows pair spellings, "#" rows are comments


def zipf(word: str, languages: tuple[str, ...]) -> float:
    """How common the word is, at most, in the article's languages and English (Zipf scale: 3 is once a million)."""
    return max(_zipf(word, lang) for lang in (*languages, "en"))


@lru_cache(maxsize=8192)
def _zipf(word: str, lang: str) -> float:
    import wordfreq  # its word lists and language tables cost a quarter-second: imported once a word is asked

    frequency = _frequencies(lang).get(word)
    return wordfreq.freq_to_zipf(frequency) if frequency else 0.0


@cache
def _frequencies(lang: str) -> dict[str, float]:
    """A language's frequent words (loaded once, on first use); none for a language wordfreq does not know, or
    writes without spaces (Japanese, Chinese: their names are read by script)."""
    import wordfreq

    if lang not in wordfreq.available_languages(_WORDLIST) or lang in ("ja", "zh"):
        return {}
    return wordfreq.get_frequency_dict(lang, _WORDLIST)


# Hangul -------------------------------------------------------------------------------------------

# Family syllables of the common Korean family names, and the two-syllable ones.
HANGUL_FAMILIES = ("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현"
                   "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국은편용예경봉")
HANGUL_COMPOUND_FAMILIES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_PARTICLE_SYLLABLES = "이가은는을를의와과도"
# A two-syllable family takes a one- or two-syllable given name, whose second is no particle ("남궁설이" is 남궁설).
_NAME = (rf"(?:(?:{'|'.join(HANGUL_COMPOUND_FAMILIES)})[가-힣](?:(?![{_PARTICLE_SYLLABLES}])[가-힣])?"
         rf"|[{HANGUL_FAMILIES}][가-힣]{{1,2}})")
KOREAN_WORD = 3.5  # Zipf frequency from which a Hangul word is a word of Korean ("함께", "연출"), not a name
# What ends a name: a particle (이, 가, 와, 의 ...), a space, a mark; never more syllables.
_END = r"(?=(?:이|가|은|는|을|를|의|와|과|도|랑|이랑|에게|하고|씨|측|\s|[,·、)(\]'\"’”]|$))"
HANGUL_NAME = re.compile(rf"(?<![가-힣]){_NAME}{_END}")
# Where Korean puts a person: a job before the name, or a job or "분" (as: "강재혁(한도윤 분)") after it.
_JOB_BEFORE = re.compile(r"(?:배우|감독|작가|연출가?|극본|각본|신예|아역|PD|피디|연기자|주연|출연자?)\s*[:：]?\s*$")  # "연출: A, B"
# Not "역": "X 역" names a part, not who plays it; not "X 작가의 웹툰": the author of the original, not a credit.
# "A(B 역)" is someone playing B, though "B 역" alone names the part.
_JOB_AFTER = re.compile(r"\s*(?:감독|작가(?!의?\s?(?:웹툰|원작|동명))|PD|피디|분\b|\([^()]{1,20}?\s?역\s?\))")
# between two names of a list, the first's part in parentheses allowed: "진영(박찬영 역), 유오성"
_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*[,·、]\s*|와\s+|과\s+)")
_DOT_GAP = re.compile(r"·")
_JOBS = "배우|감독|작가|연출|극본|각본|원작"
# "배우 박지후 윤찬영 로몬 이민재": a list after a job, names apart by spaces (a stage name among them)
_SPACED = re.compile(rf"\s+(?:(?!{_JOBS})[가-힣]{{2,4}}\s+)?")
LIST_MIN = 3  # names in a list that makes each a person without a job word ("한도윤, 서은채, 유지아")
PAIR_MIN = 2  # ... and joined by "·", as a headline pairs two people ("한도윤·서은채 합류")


def hangul_people(sentence: str) -> list[tuple[str, int, int]]:
    """New people written in Hangul, each (name, start, end), in order."""
    found = [(m.group(0), m.start(), m.end()) for m in HANGUL_NAME.finditer(sentence) if not _korean_word(m.group(0))]
    if not found:
        return []
    placed = {i for i, (_, start, end) in enumerate(found)
              if _JOB_BEFORE.search(sentence, max(0, start - 8), start) or _JOB_AFTER.match(sentence, end)}
    listed: set[int] = set()
    for run in _lists(found, sentence, _LIST_GAP):
        if len(run) >= LIST_MIN or placed.intersection(run):
            listed.update(run)
    for run in _lists(found, sentence, _DOT_GAP):
        if len(run) >= PAIR_MIN:
            listed.update(run)
    for run in _lists(found, sentence, _SPACED):
        first = next((at for at, i in enumerate(run) if i in placed), None)
        if first is not None:
            listed.update(run[first:])
    # a name only listed with others has a full name's three syllables ("인간성, 연대, 성장" are words)
    listed = {i for i in listed if len(found[i][0]) == FULL_NAME or found[i][0][:2] in HANGUL_COMPOUND_FAMILIES}
    return [found[i] for i in sorted(listed | placed)]


FULL_NAME = 3  # syllables of most Korean names: a family syllable and two given


def _korean_word(token: str) -> bool:
    """A frequent Korean word ("함께", "연출", "소식을": 소식 and a particle) is no one's name."""
    stem = token[:-1] if token[-1] in _PARTICLE_SYLLABLES else token
    return any(_zipf(word, "ko") >= KOREAN_WORD for word in {token, stem} if len(word) >= 2)


def _lists(found: list[tuple[str, int, int]], sentence: str, gap: re.Pattern[str]) -> list[list[int]]:
    """Names next to each other with only the gap between them."""
    runs: list[list[int]] = [[0]]
    for i in range(1, len(found)):
        if gap.fullmatch(sentence, found[i - 1][2], found[i][1]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


# Katakana -----------------------------------------------------------------------------------------

# Parts joined by "・", double-barrelled ones by "＝" or "=" ("カラム・フィッツジェラルド＝リード"); a name before
# "役" ("X役で出演") is the part, not who plays it.
KANA_NAME = re.compile(r"(?<![ァ-ヶー・＝=])[ァ-ヶー]{1,10}(?:[・＝=][ァ-ヶー]{1,10})+(?![ァ-ヶー・＝=])(?!役)")


def kana_people(sentence: str) -> list[tuple[str, int, int]]:
    """Foreign names in katakana, their parts joined by "・": "キム・シウン"."""
    return [(m.group(0), m.start(), m.end()) for m in KANA_NAME.finditer(sentence)]
