import pytest

from claimwatch.errors import ConfigError
from claimwatch.topic import load_topic
from scraper.types import name_key


def test_default_topic_tracks_all_of_us_are_dead_season_two():
    topic = load_topic()
    assert topic.slug == "all-of-us-are-dead"
    assert topic.season == 2
    assert "지금 우리 학교는" in topic.all_titles
    assert {source.kind for source in topic.sources} >= {"rss", "page"}


def test_default_topic_knows_spellings_of_the_cast():
    topic = load_topic()
    lomon = next(p for p in topic.people if p.name == "Lomon")
    assert "Park Solomon" in lomon.aliases
    assert lomon.character == "Lee Su-hyeok"


def test_name_key_folds_order_case_and_hyphens():
    assert name_key("Min-jae Lee") == name_key("LEE Min Jae") == name_key("Lee Min-jae")


def test_source_intervals_are_durations(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('slug = "x"\ntitle = "X"\nseason = 3\n'
                    '[[sources]]\nname = "f"\nkind = "rss"\nurl = "https://example.org/f"\ninterval = "2h"\n')
    topic = load_topic(path)
    assert topic.sources[0].interval_s == 7200


def test_unknown_topic_key_names_the_key_and_file(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('slug = "x"\ntitle = "X"\nseason = 2\nseasons = 3\n')
    with pytest.raises(ConfigError) as error:
        load_topic(path)
    assert "seasons" in str(error.value) and str(path) in str(error.value)


def test_topic_without_a_season_is_refused(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('slug = "x"\ntitle = "X"\n')
    with pytest.raises(ConfigError, match="season: is required"):
        load_topic(path)


def test_person_with_a_wrong_role_is_refused(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('slug = "x"\ntitle = "X"\nseason = 2\n[[people]]\nname = "A B"\nrole = "catering"\n')
    with pytest.raises(ConfigError, match=r"people\[0\].role"):
        load_topic(path)


def test_bad_interval_names_the_source(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('slug = "x"\ntitle = "X"\nseason = 2\n'
                    '[[sources]]\nname = "f"\nkind = "rss"\nurl = "https://e.org"\ninterval = "soon"\n')
    with pytest.raises(ConfigError, match=r"sources\[0\].interval"):
        load_topic(path)


def test_a_source_is_adaptive_unless_its_topic_file_says_adaptive_false(tmp_path):
    path = tmp_path / "t.toml"
    head = 'slug = "x"\ntitle = "X"\nseason = 3\n[[sources]]\nname = "f"\nkind = "rss"\nurl = "https://example.org/f"\n'
    path.write_text(head)
    assert load_topic(path).sources[0].adaptive is True
    path.write_text(head + "adaptive = false\n")
    assert load_topic(path).sources[0].adaptive is False
    path.write_text(head + 'adaptive = "no"\n')
    with pytest.raises(ConfigError, match=r"sources\[0\]\.adaptive.*true or false"):
        load_topic(path)
