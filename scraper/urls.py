"""URLs as keys: one spelling per page, so a story seen through two links is one story."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived, never which page it is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "ref_url",
        "cmpid",
        "ocid",
        "sr_share",
        "guccounter",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
DEFAULT_PORTS = {"http": 80, "https": 443}
# AMP variants of a page, all one story with the page itself: ?amp, ?amp=1, ?outputType=amp.
AMP_PARAMS = {"amp": {"", "1", "true", "yes"}, "outputtype": {"amp"}}
AMP_CACHE_SUFFIX = ".cdn.ampproject.org"
_AMP_CACHE_PATH = re.compile(r"^/[cv]/(s/)?(.+)$")
_AMP_PATH = (  # "/amp/story" -> "/story", "/story/amp/" -> "/story/", "/story.amp.html" -> "/story.html"
    (re.compile(r"^/amp(/.+)$"), r"\1"),
    (re.compile(r"^(/.+)/amp(/?)$"), r"\1\2"),
    (re.compile(r"^(/.+)\.amp(\.html?)?$"), r"\1\2"),
)


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def is_amp_param(name: str, value: str) -> bool:
    return value.lower() in AMP_PARAMS.get(name.lower(), ())


def amp_cache_origin(url: str) -> str:
    """A page served from the Google AMP cache as the publisher's own URL; any other URL unchanged."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return url
    found = _AMP_CACHE_PATH.match(parts.path) if host.endswith(AMP_CACHE_SUFFIX) else None
    if found is None:
        return url
    scheme = "https" if found.group(1) else "http"
    return f"{scheme}://{found.group(2)}" + (f"?{parts.query}" if parts.query else "")


def without_amp_path(path: str) -> str:
    for pattern, replacement in _AMP_PATH:
        path = pattern.sub(replacement, path)
    return path


def canonicalize_url(url: str) -> str:
    """Lowercase scheme and host, no default port, no fragment, no tracking parameters, no AMP variant.

    Never raises: a string that is not a URL comes back stripped.
    """
    text = amp_cache_origin(url.strip())
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return text
    if not parts.scheme or not host:
        return text.split("#", 1)[0]
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username is not None:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(key, value) for key, value in pairs if not is_tracking_param(key) and not is_amp_param(key, value)]
        query = query if len(kept) == len(pairs) else urlencode(kept)
    path = without_amp_path(parts.path) or ("/" if scheme in DEFAULT_PORTS else "")
    return urlunsplit((scheme, netloc, path, query, ""))


def site_of(url: str) -> str:
    """The host a URL belongs to, lowercased, without "www." or port: "www.Soompi.com" -> "soompi.com"."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def slug_words(url: str) -> str:
    """The words of a URL's path ("/2026/01/all-of-us-are-dead-season-2" -> "2026 01 all of us are dead season 2")."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return ""
    return " ".join(re.split(r"[/\-_.+]+", path)).strip()
