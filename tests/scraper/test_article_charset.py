"""A page whose declared charset is a lie is read in the charset its bytes are in."""

from __future__ import annotations

from scraper.article import extract_article

FRENCH = (
    "<html><head><meta charset=\"utf-8\"><title>Café et séries : la deuxième saison arrive</title></head>"
    "<body><article><h1>Café et séries : la deuxième saison arrive</h1>"
    "<p>La série coréenne préférée des étudiants revient : Netflix a confirmé une deuxième saison, "
    "tournée l'été dernier à Séoul, avec une équipe élargie et des épisodes inédits.</p>"
    "<p>Les fidèles de la première saison retrouveront leurs héros et découvriront des décors créés "
    "pour l'occasion, a précisé la réalisatrice.</p></article></body></html>"
)


def test_a_page_declaring_utf8_but_sent_in_cp1252_keeps_its_accents():
    article = extract_article(FRENCH.encode("cp1252"), "https://news.example/fr")
    assert "\ufffd" not in article.text
    assert "deuxième saison" in article.text and "Séoul" in article.text
    assert article.title == "Café et séries : la deuxième saison arrive"


def test_a_page_in_the_utf8_it_declares_is_read_as_utf8():
    article = extract_article(FRENCH.encode("utf-8"), "https://news.example/fr")
    assert "Séoul" in article.text
