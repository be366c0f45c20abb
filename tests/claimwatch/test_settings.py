import os
from pathlib import Path

import pytest

from claimwatch.errors import ConfigError
from claimwatch.settings import load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claimwatch.toml"
    path.write_text(text)
    return path


def test_without_a_file_the_database_is_sqlite_in_the_data_directory():
    settings = load_settings(None, env={})
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith("claimwatch.db")


def test_database_url_from_the_environment_wins_over_the_file(tmp_path):
    path = write(tmp_path, '[database]\nurl = "sqlite:///from-file.db"\n')
    settings = load_settings(path, env={"CLAIMWATCH_DATABASE_URL": "postgresql+psycopg://h/db"})
    assert settings.database_url == "postgresql+psycopg://h/db"


def test_db_option_takes_a_plain_file_path(tmp_path):
    settings = load_settings(None, db=str(tmp_path / "x.db"), env={})
    assert settings.database_url == f"sqlite:///{tmp_path / 'x.db'}"


def test_config_file_found_through_the_environment(tmp_path):
    path = write(tmp_path, '[fetch]\nuser_agent = "tester/1"\n')
    settings = load_settings(None, env={"CLAIMWATCH_CONFIG": str(path)})
    assert settings.fetch.user_agent == "tester/1"


def test_unknown_key_names_the_key_and_the_file(tmp_path):
    path = write(tmp_path, "[daemon]\ndeliver_intervall = 5\n")
    with pytest.raises(ConfigError) as error:
        load_settings(path, env={})
    assert "daemon.deliver_intervall" in str(error.value)
    assert str(path) in str(error.value)


def test_unknown_fetch_setting_is_refused(tmp_path):
    path = write(tmp_path, "[fetch]\nspeed = 3\n")
    with pytest.raises(ConfigError, match="fetch.speed"):
        load_settings(path, env={})


def test_a_number_where_text_is_expected_is_refused(tmp_path):
    path = write(tmp_path, "[fetch]\nuser_agent = 3\n")
    with pytest.raises(ConfigError, match="fetch.user_agent"):
        load_settings(path, env={})


def test_broken_toml_is_one_clear_error(tmp_path):
    path = write(tmp_path, "[daemon\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(path, env={})


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "nope.toml", env={})


def test_secrets_come_from_claimwatch_environment_variables(tmp_path):
    path = write(tmp_path, '[channels.mail]\ntype = "email"\npassword = "${CLAIMWATCH_SMTP_PASSWORD}"\n')
    settings = load_settings(path, env={"CLAIMWATCH_SMTP_PASSWORD": "s3cret"})
    assert settings.channels["mail"]["password"] == "s3cret"


def test_a_missing_secret_names_the_variable_and_the_key(tmp_path):
    path = write(tmp_path, '[channels.mail]\ntype = "email"\npassword = "${CLAIMWATCH_SMTP_PASSWORD}"\n')
    with pytest.raises(ConfigError) as error:
        load_settings(path, env={})
    assert "CLAIMWATCH_SMTP_PASSWORD" in str(error.value)
    assert "channels.mail.password" in str(error.value)


def test_channel_without_a_type_is_refused(tmp_path):
    path = write(tmp_path, '[channels.mail]\nhost = "smtp.example.org"\n')
    with pytest.raises(ConfigError, match="channels.mail"):
        load_settings(path, env={})


def test_durations_are_read_as_people_write_them(tmp_path):
    path = write(tmp_path, '[daemon]\ndeliver_interval = "2m"\ndelivery_base_delay = "90s"\n')
    settings = load_settings(path, env={})
    assert settings.daemon.deliver_interval_s == 120
    assert settings.daemon.delivery_base_delay_s == 90


def test_topic_path_is_relative_to_the_settings_file(tmp_path):
    path = write(tmp_path, 'topic = "topics/show.toml"\n')
    assert load_settings(path, env={}).topic_path == str(tmp_path / "topics" / "show.toml")


def test_keep_bodies_is_half_a_year_unless_set_and_must_be_a_duration(tmp_path):
    assert load_settings(None, env={}).storage.keep_bodies_s == 180 * 86400
    assert load_settings(write(tmp_path, '[storage]\nkeep_bodies = "30d"\n'), env={}).storage.keep_bodies_s == 30 * 86400
    with pytest.raises(ConfigError, match=r"storage\.keep_bodies.*not a duration"):
        load_settings(write(tmp_path, '[storage]\nkeep_bodies = "half a year"\n'), env={})
    with pytest.raises(ConfigError, match=r"storage\.keep_body"):
        load_settings(write(tmp_path, '[storage]\nkeep_body = "30d"\n'), env={})


def test_several_topic_files_are_read_beside_the_settings_file(tmp_path):
    path = write(tmp_path, 'topics = ["shows/a.toml", "/abs/b.toml"]\n')
    assert load_settings(path, env={}).topic_paths == (str(tmp_path / "shows" / "a.toml"), "/abs/b.toml")


def test_a_topics_dir_gives_every_toml_file_in_it_in_name_order(tmp_path):
    (tmp_path / "shows").mkdir()
    for name in ("b.toml", "a.toml", "notes.txt"):
        (tmp_path / "shows" / name).write_text("")
    settings = load_settings(write(tmp_path, 'topics_dir = "shows"\n'), env={})
    assert settings.topic_paths == (str(tmp_path / "shows" / "a.toml"), str(tmp_path / "shows" / "b.toml"))
    assert settings.topics_dir == str(tmp_path / "shows")


def test_without_topics_the_bundled_show_is_followed(tmp_path):
    assert load_settings(write(tmp_path, ""), env={}).topic_paths == ()


@pytest.mark.parametrize(("text", "key", "reason"), [
    ('topic = "a.toml"\ntopics = ["b.toml"]\n', "topics", "give one of topic, topics and topics_dir"),
    ('topics = "a.toml"\n', "topics", "must be a list of topic file paths"),
    ("topics = []\n", "topics", "lists no topic file"),
    ('topic = ["a.toml", "b.toml"]\n', "topic", "several: topics = [...]"),
    ('topics_dir = "missing"\n', "topics_dir", "is not a folder"),
])
def test_a_wrong_topic_setting_names_the_file_and_the_key(tmp_path, text, key, reason):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_settings(path, env={})
    assert str(path) in str(error.value) and key in str(error.value) and reason in str(error.value)


def test_extract_workers_default_to_the_cores_but_one_zero_reads_in_the_daemon_and_negative_is_refused(tmp_path):
    assert load_settings(None, env={}).daemon.extract_workers == max(1, (os.cpu_count() or 1) - 1)
    assert load_settings(write(tmp_path, "[daemon]\nextract_workers = 0\n"), env={}).daemon.extract_workers == 0
    with pytest.raises(ConfigError, match=r"daemon\.extract_workers.*at least 0, got -1"):
        load_settings(write(tmp_path, "[daemon]\nextract_workers = -1\n"), env={})


def test_burst_polls_default_to_two_zero_turns_bursts_off_and_negative_is_refused(tmp_path):
    assert load_settings(None, env={}).daemon.burst_polls == 2
    assert load_settings(write(tmp_path, "[daemon]\nburst_polls = 0\n"), env={}).daemon.burst_polls == 0
    with pytest.raises(ConfigError, match=r"daemon\.burst_polls.*at least 0, got -1"):
        load_settings(write(tmp_path, "[daemon]\nburst_polls = -1\n"), env={})


def test_public_url_is_kept_without_its_trailing_slash_and_push_is_off_without_it(tmp_path):
    assert load_settings(None, env={}).daemon.public_url is None
    path = write(tmp_path, '[daemon]\npublic_url = "https://watch.example.org/cw/"\n')
    assert load_settings(path, env={}).daemon.public_url == "https://watch.example.org/cw"


@pytest.mark.parametrize("value", ['"watch.example.org"', '"ftp://watch.example.org/"', '"/callback"', "8080",
                                   '"https://watch.example.org/?x=1"'])
def test_a_public_url_that_is_not_an_absolute_http_url_names_the_key_and_the_file(tmp_path, value):
    path = write(tmp_path, f"[daemon]\npublic_url = {value}\n")
    with pytest.raises(ConfigError) as error:
        load_settings(path, env={})
    assert "daemon.public_url" in str(error.value) and str(path) in str(error.value)
