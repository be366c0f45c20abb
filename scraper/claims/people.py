"""Finding people in a sentence: the topic's cast and crew by every spelling, and new names by shape.

A character is not a person: the topic's characters, and whatever follows "as" or "plays", are
characters. An unknown name counts as a person when it has a name's shape in its script (``shapes``);
a fragment of a name the topic knows ("Park Ji" of "Park Ji-hu") is no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scraper.claims import lexicon
from scraper.claims.lexicon import FAMILY_NAMES
from scraper.claims.memo import per_article
from scraper.claims.packs import PACKS
from scraper.claims.rules import Rules, name_parts
from scraper.claims.shapes import LETTER, PARTICLES, UPPER, hangul_people, kana_people, latin_person, zipf
from scraper.types import KnownPerson
from scraper.types import raw_name_key as _raw_name_key

raw_name_key = per_article(_raw_name_key)  # an article names the same few people again and again

_TOKEN = rf"[{UPPER}][{LETTER}'’]*(?:-[{LETTER}][{LETTER}']*)?"
_PARTICLE = r"(?:\s+(?:" + "|".join(PARTICLES) + r"))*"
_POSSESSIVE = re.compile(r"['’]s$")
# A run of capitalised words, particles between them ("Ludwig van Dijk"). "[A-Z](?<!\w.)" is "\b[A-Z]" written
# capital first, which lets the engine skip straight from capital to capital instead of trying every position.
CANDIDATE = re.compile(rf"[{UPPER}](?<!\w.){_TOKEN[len(f'[{UPPER}]'):]}(?:{_PARTICLE}\s+{_TOKEN}){{0,3}}(?![{LETTER}])")


@dataclass(frozen=True)
class Mention:
    name: str  # as written
    start: int
    end: int
    known: KnownPerson | None
    character: str | None = None


def find_people(sentence: str, rules: Rules, surnames: dict[str, Mention | None] | None = None) -> list[Mention]:
    """People named in the sentence, in order, with the character each plays when the sentence says.

    ``surnames``: the people the article has named in full, by family name (None where two share one):
    "Park" alone is then the one Park named before ("Park's return was confirmed").
    """
    mentions: list[Mention] = []
    for run, at in _runs(sentence):
        if len(run.split()) == 1:  # one word: a person only as a single-name star the topic knows ("Lomon")
            known = rules.by_key.get(raw_name_key(run))
            if known:
                mentions.append(Mention(run, at, at + len(run), known))
            elif surnames and (named := surnames.get(run.lower())):
                mentions.append(Mention(named.name, at, at + len(run), named.known))
            continue
        mentions += _mentions_in(run, at, sentence, rules)
    if not sentence.isascii():  # Hangul and kana spellings need non-ASCII text
        mentions += _in_scripts(sentence, rules, mentions)
    if not mentions:
        return []
    mentions.sort(key=lambda m: m.start)
    people = [_with_character(m, sentence, rules) for m in mentions]
    roles = [_role_span(m, sentence) for m in people if m.character]
    roles += [found.span("role") for found in _ROLE.finditer(sentence)]
    roles += [found.span("role") for found in _ROLES_RESPECTIVELY.finditer(sentence)] if "respectively" in sentence else []
    return [m for m in people if m.known or not any(s <= m.start < e for s, e in roles)]


def _runs(sentence: str) -> list[tuple[str, int]]:
    """Runs of capitalised words and where each starts; a possessive ends a run ("Yoon Chan-young's Cheong-san"
    is two names, and "On-jo's" is On-jo)."""
    runs = []
    for match in CANDIDATE.finditer(sentence):
        run, at = match.group(0), match.start()
        if "'" not in run and "’" not in run:
            runs.append((run, at))
            continue
        start = 0
        for owned in _OWNED.finditer(run):  # "Yoon Chan-young's Cheong-san": each side of the possessive
            if run[start:owned.start()].strip():
                runs.append((run[start:owned.start()], at + start))
            start = owned.end()
        if run[start:].strip():
            runs.append((run[start:], at + start))
    return runs


_OWNED = re.compile(r"['’]s\b\s*")


# A name after "plays", "as", "the role of" is a character, wherever the actor's name is.
_ROLE = re.compile(r"\b(?:(?:play|plays|played|playing|portrays|portrayed|portraying|as|role of|part of|"
                   r"character(?: named)?|named|aka|sebagai)\s+(?:the\s+)?(?:character\s+of\s+)?"
                   # "als junge Kommissarin X", "como el detective X", "jako X": "as" with a word or two before the part
                   r"|(?:als|como|comme|jako|come)\s+(?:(?!auch\b|ob\b|bien\b)[^\W\d_A-Z][\w-]*\s+){0,2})"
                   r"(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# "A and B play X and Y respectively": the second part named is a character too.
_ROLES_RESPECTIVELY = re.compile(r"\b(?:play|plays|played|portray|portrays|as)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                                 r"\s*(?:,|and|&)\s+(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+respectively\b")


def _role_span(mention: Mention, sentence: str) -> tuple[int, int]:
    start = sentence.find(mention.character or "", mention.end)
    return (start, start + len(mention.character or "")) if start >= 0 else (0, 0)


def characters_named(sentence: str, rules: Rules) -> list[tuple[str, KnownPerson]]:
    """The topic's characters the sentence names, with the person who plays each."""
    if rules.character_names is None:
        return []
    found: dict[str, tuple[str, KnownPerson]] = {}
    for m in rules.character_names.finditer(sentence):
        person = rules.character_people[m.group(0)]
        found.setdefault(person.name, (m.group(0), person))
    return list(found.values())


def _mentions_in(run: str, offset: int, sentence: str, cast: Rules) -> list[Mention]:
    """A run of capitalised words may hold a person, or a word and a person ("Actor Lee Min-jae")."""
    words = run.split()
    windows = [(first, size) for size in range(len(words), 1, -1) for first in range(0, len(words) - size + 1)]
    # A spelling the topic knows wins over a shape: "Sadly Yoo In-soo" is Yoo In-soo, not "Sadly Yoo".
    for first, size in windows:
        name = " ".join(words[first:first + size])
        key = raw_name_key(name)
        start = offset + len(" ".join(words[:first])) + (1 if first else 0)
        if key in cast.by_key:
            return [Mention(name, start, start + len(name), cast.by_key[key]),
                    *_rest(words, first + size, start + len(name), sentence, cast)]
        if key in cast.characters or key in cast.title_keys:
            return list(_rest(words, first + size, start + len(name), sentence, cast))
    opens = not sentence[:offset].strip(_BEFORE_FIRST_WORD)  # the run starts the sentence: its first capital says little
    for first, size in windows:
        if looks_like_person(words[first:first + size], cast, title_cased(sentence), opens and not first):
            name = " ".join(words[first:first + size])
            start = offset + len(" ".join(words[:first])) + (1 if first else 0)
            return [Mention(name, start, start + len(name), None),
                    *_rest(words, first + size, start + len(name), sentence, cast)]
    if len(words) == 1 and raw_name_key(words[0]) in cast.by_key:  # single-name stars ("Lomon")
        return [Mention(words[0], offset, offset + len(words[0]), cast.by_key[raw_name_key(words[0])])]
    return []


def _rest(words: list[str], index: int, end: int, sentence: str, cast: Rules) -> list[Mention]:
    if index >= len(words):
        return []
    rest = " ".join(words[index:])
    start = sentence.index(rest, end)
    return _mentions_in(rest, start, sentence, cast)


def looks_like_person(words: list[str], rules: Rules, title_case: bool = False, opens: bool = False) -> bool:
    """A new person by the shape of their name (``shapes.latin_person``), unless the words are a fragment of
    a name the topic knows ("Park Ji" of "Park Ji-hu")."""
    return latin_person(words, rules, _languages(), title_case, opens) and not _fragment(" ".join(words), rules)


_BEFORE_FIRST_WORD = " \t\"'“‘„«-–—•*·"


@per_article
def title_cased(sentence: str) -> bool:
    """A headline that capitalises its words: most of its longer words start with a capital, common words among
    them ("Agency Hints Return"), which a sentence full of names has not."""
    words = _LONG_WORD.findall(sentence)
    capitals = [w for w in words if w[0].isupper()]
    if len(words) < TITLE_WORDS_MIN or len(capitals) < TITLE_SHARE * len(words):
        return False
    languages = _languages()
    # a headline capitalises its content words: lower-case ones ("joins", "announced") make it a sentence of names
    if sum(not w[0].isupper() and zipf(w.lower(), languages) < FUNCTION_WORD for w in words) >= TITLE_LOWER_MAX:
        return False
    return sum(zipf(w.lower(), languages) >= COMMON_IN_TITLE for w in capitals) >= TITLE_COMMON_MIN


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
TITLE_WORDS_MIN = 4  # longer words a headline needs before its capitals say anything
TITLE_SHARE = 0.8  # of them capitalised: a headline, or a sentence full of names ...
TITLE_COMMON_MIN = 2  # ... with this many common words among its capitals: a headline
TITLE_LOWER_MAX = 2  # lower-case content words from which capitals are names, not a headline's style
FUNCTION_WORD = 5.5  # Zipf frequency of the words a headline leaves lower-case ("with", "from", "into")
COMMON_IN_TITLE = 4.5  # Zipf frequency of a common word ("Agency", "Returns"); "Jörg", "Henk" are below


def _languages() -> tuple[str, ...]:
    """The languages of the article being read (whose common words are not names)."""
    active = getattr(lexicon, "active", None)
    return tuple(active().codes) if active else ALL_LANGUAGES


ALL_LANGUAGES = tuple(PACKS)  # an article read without a language: every pack's words are words


def _fragment(name: str, rules: Rules) -> bool:
    parts = name_parts(name)
    return any(parts < spelling for spelling in rules.spellings)


def _in_scripts(sentence: str, rules: Rules, latin: list[Mention]) -> list[Mention]:
    """People written in Hangul or kana: the topic's by spelling, new ones by shape (``shapes``); a character
    the topic knows, or a fragment of a known name, is no one."""
    found: list[Mention] = []

    def taken(start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in (*latin, *found))

    if rules.script_names:
        for m in rules.script_names.finditer(sentence):
            if not taken(m.start(), m.end()):
                found.append(Mention(m.group(0), m.start(), m.end(), rules.script_people[m.group(0)]))
    for name, start, end in (*hangul_people(sentence), *kana_people(sentence)):
        if not taken(start, end) and name not in rules.character_people and not _fragment(name, rules) \
                and raw_name_key(name) not in rules.title_keys and not _known_prefix(name, rules):
            found.append(Mention(name, start, end, None))
    return found


def _known_prefix(name: str, rules: Rules) -> bool:
    """"박지후가" read as a name: a known spelling (or character) with a particle after it is theirs, not new."""
    return any(name.startswith(known) for known in (*rules.script_people, *rules.character_people)
               if len(known) < len(name))


_AS = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:who (?:plays|played|will play|portrays|portrayed)|"
                 r"(?:will |also )*(?:feature|appear|star|return|be seen|come back)s?(?: [\w\s]{0,40}?)? as(?: an? (?:[\w-]+ ){0,3}?(?:named|called))?|as(?: an? (?:[\w-]+ ){0,3}?(?:named|called))?|plays|"
                 r"will play|playing|portrays|portraying|takes on the role of|in the role of|takes the part of|(?:kembali )?sebagai|berperan sebagai|memerankan|reprising (?:her|his|their) role as|"
                 r"reprises (?:her|his|their) role as|will reprise (?:her|his|their) role as)\s+(?:the\s+)?(?:role of\s+)?"
                 r"(?:character\s+(?:of\s+)?)?(?:named\s+)?(?P<character>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_PAREN = re.compile(r"^\s*\((?:as\s+)?(?P<character>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})\)")


def _with_character(mention: Mention, sentence: str, cast: Rules) -> Mention:
    after = sentence[mention.end:mention.end + 90]
    match = _AS.match(after) or _PAREN.match(after)
    character = match.group("character") if match else None
    if character and _POSSESSIVE.search(character):
        character = None  # "who played Seo Hyo-ryung's friend": a part with no name of its own
    if character is None and mention.known and mention.known.character:
        return mention
    if character and raw_name_key(character) in cast.by_key:
        character = None  # "X as well as Y": Y is another actor
    played_by = cast.character_people.get(character or "")
    if played_by is not None and mention.known is not None and played_by is not mention.known:
        character = None  # "A and B return as X and Y": X is A's part, not B's
    return Mention(mention.name, mention.start, mention.end, mention.known, character)


def remember_surnames(mentions: list[Mention], surnames: dict[str, Mention | None]) -> None:
    """Keep each person named in full under their family name; a family name two people share means neither."""
    for mention in mentions:
        words = mention.name.split()
        if len(words) < 2:
            continue
        family = words[0] if words[0].lower() in FAMILY_NAMES else words[-1] if words[-1].lower() in FAMILY_NAMES else None
        if family is None:
            continue
        key = family.lower()
        if key not in surnames:
            surnames[key] = mention
        elif (earlier := surnames[key]) is not None and raw_name_key(earlier.name) != raw_name_key(mention.name) \
                and not (earlier.known is not None and earlier.known is mention.known):
            surnames[key] = None
