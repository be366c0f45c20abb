"""Indonesian."""

from __future__ import annotations

from scraper.claims.packs import Pack

NOT_YET = ("no Indonesian phrasing of this family written yet (few labelled Indonesian articles);"
           " the English pack's are read with every article")

PACK = Pack(
    code="id",
    months={
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
        "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    numbers={
        "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
        "dua belas": 12,
    },
    ordinals={
        "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    },
    year_parts={
        "awal": (1, 4), "pertengahan": (5, 8), "akhir": (9, 12), "paruh pertama": (1, 6), "paruh kedua": (7, 12),
    },
    relative={
        "tahun ini": "year+0", "tahun depan": "year+1", "tahun lalu": "year-1", "bulan ini": "month+0",
        "bulan depan": "month+1",
    },
    season_templates=(
        "season {n}", "musim {n}", "season {ordinal}", "musim {ordinal}", "musim ke-?{n}",
    ),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        r"\bmenduga\b", r"\b(?:mem|di)?prediksi", r"\bdisebut-sebut\b", r"\bdiperkirakan\b", "diperkirakan",
        "kemungkinan", "diprediksi", "diharapkan", r"\bbisa\b", r"\bmungkin\b",
    ),
    # the thing has not happened, or is not known
    negations=(
        "belum", "tidak ada", r"tidak\b", r"tak\b",
    ),
    # official when the platform or the production is their subject
    denials=(r"\bbelum\b", r"\btidak\b"),
    official_verbs=(
        "mengumumkan", "memberitahukan", "mengatakan", "mengungkapkan", "menyatakan", "mengonfirmasi", "memastikan",
        "memperkenalkan",
    ),
    officially=(
        r"\bresmi\b",
    ),
    confirmed=(
        "dikonfirmasi",
    ),
    insiders=(
        "sumber",
    ),
    clause_breaks=(
        r"\ssehingga\s", r",?\s+(?:namun|tetapi|tapi|padahal)\s",
    ),
    subordinators=(
        "meski(?:pun)?", "walaupun",
    ),
    coming=(
        "memerankan", r"\bakan\b",
    ),
    conditions=(
        r"\bseandainya\b", r"\bjika\b", r"\bapabila\b",
    ),
    triggers={
        # the word after a count: "8 episodes", "12부작"
        "episodes": ("episode",),
        "renewal": (
            "dilanjutkan", "diperpanjang", "perpanjangan",
            'resmi (?:mengumumkan|mengonfirmasi|dikonfirmasi) (?:bahwa )?(?:[\\w“”\\"\']+ ){0,8}?(?:akan )?(?:kembali|berlanjut|dilanjutkan)',
            r"(?:mengonfirmasi|mengumumkan|memastikan) (?:adanya )?(?:musim|season) (?:kedua|2)\b",
            r"(?:musim|season) (?:kedua|2) (?:[^\s.,;]+ ){0,6}?(?:resmi |telah |sudah )?(?:dikonfirmasi|diumumkan)",
            "akan kembali (?:hadir|dengan|ke layar)", r'kembali (?:[\w“”\"]+ ){0,4}untuk (?:season|musim) (?:2|kedua)',
        ),
        "cancelled": (
            "dibatalkan",
        ),
        "release": (
            "tayang", "rilis", "hadir", "dinikmati",
        ),
        "filming_start": (
            "jadwal (?:syuting|produksi)", "memasuki (?:tahap |masa )?(?:produksi|syuting|pengambilan gambar)",
            "mulai (?:produksi|syuting)",
            r"(?:syuting|produksi|pengambilan gambar)\b(?:\s+[^\s.,;]+){0,8}?\s+(?:dimulai|berlangsung|digelar)",
            "(?:produksi|syuting) [^.]{0,40}?ditunda (?:hingga|sampai)", "belum (?:juga )?(?:diproduksi|syuting)",
            "syuting (?:dimulai|dimulai pada|akan dimulai)", "mulai syuting", "memulai syuting",
        ),
        "filming_end": (
            r"(?:syuting|produksi|pengambilan gambar)\b(?:\s+[^\s.,;]+){0,4}?\s+(?:rampung|selesai)",
            r"(?:syuting|produksi)\b(?:\s+[^\s.,;]+){0,8}?\s+(?:selesai|rampung|berakhir|tuntas)",
            r"(?:syuting|produksi)\b[^.;]{0,60}?\bdan (?:selesai|rampung|berakhir)", "menyelesaikan syuting",
        ),
        "director": (
            "menyutradarai", "disutradarai(?: oleh)?", "sutradara",
        ),
        "writer": (
            "ditulis oleh", "naskah(?:nya)?", "penulis",
        ),
        "replaces": ("menggantikan", r"(?:sebagai )?pengganti\b"),
        "replaced_by": ("digantikan(?: oleh)?",),
        "cast": (
            "pemeran", "pemain", "bergabung", "kembali", "memerankan", "berperan",
        ),
        "departing": (
            "(?:tidak|tak) (?:akan )?(?:kembali|muncul|bergabung)",
        ),
        "returning": (
            "kembali",
        ),
        "new_cast": (
            "bergabung", "baru",
        ),
    },
    gate_words={
        "renewal": (
            "dilanjut", "perpanjang", "resmi", "kembali", "batal", "konfirm", "musim",
        ),
        "release": (
            "nikmat", "tayang", "rilis", "hadir", "tanggal",
        ),
        "filming": (
            "rampung", "syuting", "produksi",
        ),
        "director": (
            "sutradara", "nyutradara",
        ),
        "cast": ("gantikan", "pengganti",
            "pemeran", "pemain", "berperan", "tidak", "tak ", "bergabung", "kembali", "memerankan",
        ),
        "writer": (
            "penulis", "naskah", "ditulis",
        ),
    },
    not_names=frozenset({
        "aktor", "aktris", "pemain", "pemeran", "penulis", "sutradara",
    }),
    empty_because={
        "not_hedges": NOT_YET,
        "official_sources": NOT_YET,
        "official_channels": NOT_YET,
        "job_titles": NOT_YET,
        "audience": NOT_YET,
        "attributions": NOT_YET,
        "not_attributable": NOT_YET,
        "gates_at_word_start": "no Indonesian gate word is often held inside other words",
        "false_friends": "no Indonesian word is spelt as a whole English phrasing",
        "family_names": "names are not told by family name in Indonesian text; the Korean pack's romanised ones are read everywhere",
        "triggers.trailer": "not written yet for this language: English's teaser and trailer words are read with every article",
        "triggers.episodes_before": "the count comes before its word in Indonesian: the 'episodes' phrasings read it",
        "gate_words.episodes": "the English gate words (' ep', 'epis') already hold Indonesian's episode word",
    },
)
