"""The French pack (and the Romance packs rewritten beside it), on the team's own sentences.

The shows and people here are invented. Each pack is read as the recognisers read it: phrasings as one
case-blind pattern, gates as plain lower-case substrings, season templates filled with the topic's number.
"""

from __future__ import annotations

import pytest

from scraper.claims.packs import PACKS, RELATIVE_MEANINGS, empty_fields
from scraper.claims.patterns import any_of
from tests.scraper.claims.test_packs_languages import FAMILY, _season_marks

LANGUAGES = ("fr",)

TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "renewal": ("La plateforme a renouvelé Marée basse pour une deuxième saison.",
                    "La série rempile pour une troisième saison.", "La saison 2 est officiellement confirmée."),
        "cancelled": ("La chaîne a annulé la série après une saison.",),
        "release": ("Les nouveaux épisodes débarqueront le 4 mars 2026.", "La suite sortira au printemps 2026.",
                    "La saison sera disponible dès le 12 juin."),
        "trailer": ("La chaîne a dévoilé une première bande-annonce.",),
        "filming_start": ("Le tournage de la saison 2 a débuté lundi à Lyon.", "Le premier clap a été donné en mai."),
        "filming_end": ("Le tournage s'est achevé samedi dernier.", "C'est le clap de fin pour l'équipe."),
        "episodes": ("La saison comptera huit épisodes.",),
        "episodes_before": ("Nombre d'épisodes : 8",),
        "director": ("La saison est réalisée par Claire Morvan.", "Paul Ferrand passe derrière la caméra."),
        "writer": ("Le scénario est signé Léa Brunet.", "La saison est écrite par Marc Olivier."),
        "cast": ("Julie Arnaud incarnera la juge Martel.", "Hugo Blanc rejoint le casting."),
        "departing": ("Nina Roux quitte la série.", "Adrien Lenoir ne reviendra pas dans la saison 2."),
        "returning": ("Sarah Lemaire reprend son rôle de commissaire.", "Tom Girard est de retour."),
        "new_cast": ("Nouvelle venue, Anaïs Perrin jouera une avocate.",),
    },
}

CERTAINTY = {
    "fr": ("La saison 2 devrait arriver fin 2026.", "Aucune date de sortie n'a encore été annoncée.",
           "La saison 2 arrive le 3 avril sur la plateforme."),
}

SEASON_TWO = {
    "fr": (("la saison 2", "la deuxième saison", "une seconde saison"), "la troisième saison"),
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_pack_fills_every_field_or_says_why(code: str) -> None:
    assert empty_fields(PACKS[code]) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_pack_s_words_are_well_formed(code: str) -> None:
    p = PACKS[code]
    assert set(p.months.values()) == set(range(1, 13))
    assert all(1 <= a <= 12 and 1 <= b <= 12 for a, b in p.year_parts.values())
    assert set(p.relative.values()) <= set(RELATIVE_MEANINGS)
    assert all(key == key.lower() for key in (*p.months, *p.year_parts, *p.numbers, *p.ordinals, *p.relative))


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_trigger_kind_catches_the_team_s_sentence_and_opens_its_gate(code: str) -> None:
    p = PACKS[code]
    missed, ungated = [], []
    for kind, sentences in TRIGGERS[code].items():
        pattern = any_of(p.triggers[kind])
        gates = p.gate_words.get(FAMILY.get(kind, ""), ())
        for sentence in sentences:
            if pattern.search(sentence) is None:
                missed.append((kind, sentence))
            elif FAMILY.get(kind) in p.gate_words and not any(g in sentence.lower() for g in gates):
                ungated.append((kind, sentence))
    assert missed == [] and ungated == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_guess_hedges_a_denial_negates_and_a_plain_report_does_neither(code: str) -> None:
    p = PACKS[code]
    hedged, negated, plain = CERTAINTY[code]
    hedges, negations = any_of(p.hedges), any_of(p.negations)
    assert hedges.search(hedged) and not any_of(p.not_hedges).search(hedged)
    assert negations.search(negated)
    assert not hedges.search(plain) and not negations.search(plain)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_topic_s_season_fills_the_templates_and_no_other_season_matches(code: str) -> None:
    p = PACKS[code]
    markers, other = SEASON_TWO[code]
    assert [m for m in markers if not _season_marks(m, p, 2)] == []
    assert not _season_marks(other, p, 2)


def test_french_year_parts_and_relative_words_read_as_windows() -> None:
    p = PACKS["fr"]
    assert p.year_parts["fin"] == (9, 12) and p.year_parts["début"] == (1, 4) and p.year_parts["printemps"] == (3, 5)
    assert p.relative["l'année prochaine"] == "year+1" and p.relative["l'an dernier"] == "year-1"
    assert p.numbers["six"] == 6 and p.ordinals["quatrième"] == 4


def test_a_decided_count_is_no_cancellation_and_a_trailer_no_renewal() -> None:
    p = PACKS["fr"]
    assert not any_of(p.triggers["cancelled"]).search("Le nombre d'épisodes n'a pas encore été arrêté.")
    assert not any_of(p.triggers["renewal"]).search("La chaîne a dévoilé la bande-annonce de la troisième saison.")
