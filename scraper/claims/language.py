"""A small, fast language detector: scripts for Korean and Japanese, stop words for the rest.

Good enough to label an article's language for the record and to choose rules; not a classifier.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[가-힣]")
_KANA = re.compile(r"[ぁ-んァ-ン]")
_HAN = re.compile(r"[一-龯]")
_WORD = re.compile(r"[a-zà-ÿ]+")
STOP_WORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "will", "has", "season", "its"},
    "id": {"dan", "yang", "di", "ini", "akan", "dengan", "untuk", "dari", "tidak", "itu", "juga", "sudah", "musim"},
    "es": {"el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "una", "temporada", "para"},
    "pt": {"o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "temporada"},
    "fr": {"le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "saison", "pour"},
}


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for the text's main language, or None for too little text to tell."""
    sample = text[:4000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return None
    hangul, kana, han = len(_HANGUL.findall(sample)), len(_KANA.findall(sample)), len(_HAN.findall(sample))
    if hangul > 0.2 * letters:
        return "ko"
    if kana + han > 0.2 * letters:
        return "ja" if kana else "zh"
    words = _WORD.findall(sample.lower())
    scores = {lang: sum(word in stops for word in words) for lang, stops in STOP_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


def record_language(declared: str | None, text: str) -> str | None:
    """The language to record: the page's own tag when the text agrees with it ("en-US"), else what the text is.

    Pages often carry their template's tag ("en" on a Korean story); the text is what a reader meets.
    """
    detected = detect_language(text)
    if declared and (detected is None or declared.split("-")[0].split("_")[0].lower() == detected):
        return declared
    return detected or declared
