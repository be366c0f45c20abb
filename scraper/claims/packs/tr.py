"""Turkish: suffixes do the work of words (negation "-madı", ability "-abilir", condition "-sa"), a name or a
month takes its case after an apostrophe ("Mart'ta", "Netflix'in"), and a year's part follows it ("2026 başında")."""

from __future__ import annotations

from scraper.claims.packs import Pack

_MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık")
# The locative written without an apostrophe: "martta", "eylülde".
_MONTHS_IN = ("ocakta", "şubatta", "martta", "nisanda", "mayısta", "haziranda", "temmuzda", "ağustosta", "eylülde",
              "ekimde", "kasımda", "aralıkta")
# Abbreviations that are no common word ("ara", "kas", "eki", "may", "mar" are left out).
_MONTH_ABBREVIATIONS = {"oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9}
_LETTERS = "a-zçğıöşü"
_NEXT = r"(?:ikinci|üçüncü|dördüncü|yeni|\d\.)"  # "ikinci sezon", "yeni sezon", "2. sezon"
_SEASON = r"sezon\w*"
_GAP = r"(?:[\w'’-]+ ){0,4}?"
_FAR = r"(?:[\w'’-]+ ){0,8}?"  # a filming noun and its verb, a season and a place between them

PACK = Pack(
    code="tr",
    months={name: n for n, name in enumerate(_MONTHS, start=1)} | {name: n for n, name in enumerate(_MONTHS_IN, start=1)}
    | _MONTH_ABBREVIATIONS,
    # Written after the year ("2026 başında", "2026'nın sonunda", "2026 yazında"): see the report of this pack.
    year_parts={
        "başı": (1, 4), "başında": (1, 4), "başlarında": (1, 4), "başlarına": (1, 4), "başlangıcında": (1, 4),
        "ortası": (5, 8), "ortasında": (5, 8), "ortalarında": (5, 8),
        "sonu": (9, 12), "sonunda": (9, 12), "sonlarında": (9, 12), "sonlarına": (9, 12), "sonuna": (9, 12),
        "ilkbahar": (3, 5), "ilkbaharında": (3, 5), "baharında": (3, 5), "yaz": (6, 8), "yazında": (6, 8),
        "sonbahar": (9, 11), "sonbaharında": (9, 11), "kış": (12, 2), "kışında": (12, 2),
        "ilk yarısında": (1, 6), "ilk yarı": (1, 6), "ikinci yarısında": (7, 12), "ikinci yarı": (7, 12),
        "ilk çeyreğinde": (1, 3), "son çeyreğinde": (10, 12),
    },
    # "bir" (one) is left out: it is the article "a" far more often.
    numbers={
        "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10, "on bir": 11,
        "on iki": 12, "on altı": 16, "yirmi": 20,
    },
    ordinals={"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5},
    relative={
        "gelecek yıl": "year+1", "önümüzdeki yıl": "year+1", "gelecek sene": "year+1", "önümüzdeki sene": "year+1",
        "seneye": "year+1", "gelecek yılın": "year+1", "önümüzdeki yılın": "year+1", "bu yıl": "year+0",
        "bu sene": "year+0", "bu yılın": "year+0", "geçen yıl": "year-1", "geçen sene": "year-1",
        "geçtiğimiz yıl": "year-1", "geçen yılın": "year-1", "gelecek ay": "month+1", "önümüzdeki ay": "month+1",
        "bu ay": "month+0", "geçen ay": "month-1", "geçtiğimiz ay": "month-1",
        "yıl sonuna kadar": "rest_of_year", "bu yılın sonuna kadar": "rest_of_year", "yıl içinde": "rest_of_year",
        "bu yıl içinde": "rest_of_year", "yılın ilk yarısında": "h1+0", "yılın ikinci yarısında": "h2+0",
        "gelecek yılın ilk yarısında": "h1+1", "önümüzdeki yılın ilk yarısında": "h1+1",
        "gelecek yılın ikinci yarısında": "h2+1",
    },
    season_templates=("sezon ?{n}", r"{n}\. sezon\w*", r"{ordinal} sezon\w*", "season ?{n}", "{ordinal} season"),
    hedges=(
        r"bekleniyor", r"beklenen", r"beklenmekte", r"muhtemel", r"büyük ihtimalle", r"ihtimal", r"olası",
        rf"[{_LETTERS}]+(?:abil|ebil)ir\b", r"söylenti", r"dedikodu", r"iddia", r"spekülasyon", r"tahmin",
        r"umuluyor", r"umut", r"umarız", r"görünüyor", r"belki", r"öngörülüyor", r"konuşuluyor", r"görüşmeler",
        r"görüşüyor", r"eğer", r"şayet", r"sanılıyor", r"düşünülüyor",
    ),
    not_hedges=(r"beklendiği gibi", r"neler bekliyor", r"ne beklemeli", r"(?:merakla|heyecanla|en çok) beklenen",
                r"iddialı"),
    negations=(
        r"\bdeğil", r"\byok\b", r"\bhenüz\b", r"bilinmiyor", r"belirsiz", r"\bhiçbir\b", r"\bhiç\b",
        rf"[{_LETTERS}]{{2,}}(?:ma|me)(?:dı|di|du|dü|mış|miş|yacak|yecek|yacağı|yeceği|makta|mekte)\b",
        rf"[{_LETTERS}]{{2,}}(?<!yıl)(?:maz|mez)\b", r"netlik kazanmadı", r"bilgi yok",
    ),
    # Turkish denies after the date ("Mart'ta değil"): these words follow it.
    denials=(r"\bdeğil\b", r"\byok\b", r"\bhenüz\b"),
    official_verbs=(
        r"duyur(?:du|uldu|muştu|ulmuştu|arak)", r"açıkla(?:dı|ndı|mıştı|nmıştı|yarak)", r"doğrula(?:dı|ndı|mıştı)",
        r"onayla(?:dı|ndı|mıştı)", r"paylaş(?:tı|ıldı|mıştı)", r"yayınla(?:dı|mıştı)", r"tanıt(?:tı|ıldı)",
        r"iptal (?:etti|edildi)", r"yenile(?:di|ndi)", r"ilan (?:etti|edildi)", r"bildir(?:di|ildi)", r"belirt(?:ti|ildi)",
        r"söyle(?:di|miş)", r"\bdedi\b", r"yeşil ışık yak\w*", r"sipariş ver\w*",
    ),
    official_sources=(r"yapımcılar", r"yapımcı ekip", r"yapım şirketi", r"yapım ekibi", r"\bplatform\w*",
                      r"dijital platform", r"yayın platformu", r"stüdyo", r"dizinin ekibi", r"yayıncı",
                      r"(?:dijital yayın|streaming) devi"),
    official_channels=(r"\bteaser", r"fragman", r"tanıtım", r"afiş", r"\bposter", r"\bvideo", r"basın bülteni",
                       r"basın açıklaması", r"sosyal medya", r"resmi hesab", r"basın toplantısı", r"okuma provası",
                       r"senaryo okuma"),
    officially=(r"\bresmen\b", r"resmi olarak", r"resmi açıklama", r"resmileşti", r"\bresmi\b"),
    confirmed=(r"onaylandı", r"doğrulandı", r"kesinleşti", r"onay aldı", r"\bkesin\b"),
    insiders=(r"\bkaynak\w*", r"\bkulis\w*", r"yakın kaynaklar", r"içeriden", r"isim vermek istemeyen", r"iç kaynak"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",?\s+ama\s", r",?\s+ancak\s", r",\s+fakat\s", r",\s+çünkü\s", r",\s+oysa\s",
                   r",\s+lakin\s", r",?\s+yine de\s", r",\s+bu nedenle\s", r",\s+dolayısıyla\s"),
    subordinators=(r"her ne kadar", r"gerçi", r"oysa"),
    conditions=(r"\beğer\b", r"\bşayet\b", r"\bhalinde\b", r"\btakdirde\b", r"\bdurumunda\b",
                rf"[{_LETTERS}]{{2,}}(?:ar|er|ır|ir|ur|ür)(?:sa|se)\b"),
    coming=(rf"[{_LETTERS}]+(?:acak|ecek|acağı|eceği)\b", r"\byakında\b", r"\bönümüzdeki\b", r"\bgelecek\b",
            r"\byeni\b", r"\bsonraki\b", r"onaylandı", r"duyuruldu", r"canlandırıyor", r"hayat veriyor",
            r"planlanıyor"),
    job_titles=(r"yapımcı\w*", r"ceo", r"genel müdür\w*", r"başkan\w*", r"kurucu\w*", r"yönetmen\w*", r"senarist\w*",
                r"yazar\w*", r"sözcü\w*", r"temsilci\w*", r"menajer\w*", r"eleştirmen\w*", r"muhabir\w*",
                r"editör\w*", r"yönetici\w*"),
    audience=("hayranlar", "hayranları", "izleyiciler", "izleyici", "seyirciler", "diziseverler", "takipçiler"),
    attributions=(
        r"(?P<who>{name})(?:['’][a-zçğıöşü]+)? (?i:göre)",
        r"(?P<who>{name})(?:['’][a-zçğıöşü]+)? (?i:haberine göre|bildirdi|açıkladı|duyurdu|yazdı|aktardı|"
        r"iddia etti|doğruladı|paylaştı|belirtti)",
        r"(?i:kaynak:) (?P<who>{name})",
    ),
    not_attributable=frozenset({"o", "onlar", "biz", "ben", "sen", "hayranlar", "dizi", "sezon", "bazı", "birçok",
                                "diğer", "kaynaklar", "iddialar", "haberler", "medya", "basın"}),
    triggers={
        "renewal": (
            r"yenilendi", r"yeniledi", r"yenileme", r"yeşil ışık", r"sezon onayı", r"devam (?:edecek|kararı)",
            _NEXT + " " + _SEASON + " " + _GAP + r"(?:onaylandı|onayladı|onay aldı|duyuruldu|duyurdu|açıkladı|açıklandı|kesinleşti|geliyor|"
            r"çekilecek|yolda|müjde\w*|resmileşti)",
            r"(?:onayladı|duyurdu|açıkladı|sipariş verdi|onay verdi) " + _GAP + _NEXT + " " + _SEASON,
            r"(?:sezonla|sezonuyla) (?:geri )?dön\w*", _NEXT + r" sezon için (?:geri )?dön\w*",
            _NEXT + " " + _SEASON + r" (?:plan\w*|hazırlık\w*)",
        ),
        "cancelled": (r"iptal (?:edildi|etti|kararı|edilmesi|edilen)", r"final (?:kararı|yap\w*)",
                      r"yayından kaldırıl\w*", r"devam etmeyecek"),
        "release": (
            r"yayınlan\w*", r"yayına gir\w*", r"yayın tarihi", r"vizyona gir\w*", r"ekran\w* gel\w*",
            r"(?:izleyici|seyirci)\w* (?:ile )?buluş\w*", r"buluşacak", r"prömiyer\w*", r"gösterime gir\w*",
            r"geri dön\w*", r"dönüyor", r"dönecek", r"ertelen\w*", r"(?:kadar|dek) beklemek", r"platforma gel\w*",
            r"izlenebilecek", r"erişime açıl\w*", r"çıkış tarihi", r"çıkacak", r"yayın\w* başl\w*",
        ),
        "trailer": (r"fragman\w*", r"\bteaser\w*", r"tanıtım\w*", r"ilk görüntü\w*", r"ilk bakış", r"first look"),
        "filming_start": (
            r"çekim\w* " + _FAR + r"(?:başladı|başlıyor|başlayacak|başlaması|başlamış|sürüyor|devam ediyor|başlamadı|"
            r"başlayamadı)", r"çekimlere " + _GAP + r"(?:başla\w*|ara ver\w*)", r"set\w* " + _GAP + r"(?:çık\w*|başla\w*)",
            r"çekiliyor", r"çekilecek", r"çekimi yapılıyor", r"prodüksiyon (?:aşamasında|süreci|başladı)",
            r"yapım aşamasında", r"kamera karşısına geç\w*", r"çekim takvimi", r"çekim tarihi",
            r"çekim\w* " + _GAP + r"ertelen\w*", r"ilk klaket", r"klaket",
        ),
        "filming_end": (
            r"çekim\w* " + _FAR + r"(?:tamamlandı|tamamlanacak|bitti|bitecek|sona erdi|sona erecek|tamamlanmış|sürecek)",
            r"çekimleri " + _GAP + r"tamamla\w*", r"çekimleri bitir\w*", r"son klaket", r"set\w* veda",
        ),
        "episodes": (r"bölüm\w*", r"epizot\w*"),
        "episodes_before": (r"bölüm sayısı\s*:?", r"bölümler\s*:"),
        "director": (r"yönetmen\w*", r"yönet(?:iyor|ecek|ti|miş)", r"kamera arkasında"),
        "writer": (r"senaryo\w*", r"senarist\w*", r"kaleme al\w*", r"\byazar\w*", r"yaz(?:dı|an|acak|ıyor)\b"),
        "cast": (
            r"oyuncu\w*", r"kadro\w*", r"\brol\w*", r"canlandır\w*", r"hayat ver\w*", r"başrol\w*", r"katıl\w*",
            r"dahil ol\w*", r"yer al\w*", r"geri dön\w*", r"dönüyor", r"kamera karşısına", r"aralarında",
            r"isimler", r"yeni yüz\w*", r"\bcast\w*",
        ),
        "departing": (r"ayrıl\w*", r"veda et\w*", r"yer almayacak", r"dönmeyecek", r"olmayacak", r"kadrodan çık\w*",
                      r"bırak\w*", r"göremeyeceğiz"),
        "returning": (r"geri dön\w*", r"dönüyor", r"dönecek", r"yeniden", r"tekrar", r"bir kez daha", r"devam ed\w*",
                      r"eski kadro", r"aynı kadro"),
        "new_cast": (r"\byeni\b", r"katıl\w*", r"dahil ol\w*", r"kadroya gir\w*", r"yeni yüz\w*", r"transfer\w*",
                     r"anlaş\w*", r"görüş\w*"),
    },
    gate_words={
        "renewal": ("yenile", "yeşil ışık", "sezon", "devam", "iptal", "final ", "yayından", "dön"),
        "release": ("yayın", "vizyon", "ekran", "buluş", "prömiyer", "gösterim", "dön", "ertelen", "beklemek",
                    "platform", "izlenebilecek", "erişim", "çıkış", "çıkacak"),
        "episodes": ("bölüm", "epizot"),
        "filming": ("çekim", "çekil", "set", "prodüksiyon", "yapım aşaması", "kamera", "klaket"),
        "director": ("yönet", "kamera"),
        "writer": ("senaryo", "senarist", "kaleme", "yaz"),
        "cast": ("oyuncu", "kadro", "rol", "canlandır", "hayat ver", "katıl", "dahil", "yer al", "dön", "kamera",
                 "aralarında", "isimler", "yüz", "cast", "ayrıl", "veda", "olmayacak", "bırak", "göremeyeceğiz",
                 "yeniden", "tekrar", "bir kez daha", "devam", "yeni", "transfer", "anlaş", "görüş"),
    },
    gates_at_word_start=frozenset({"rol", "set", "yeni", "dön", "yaz", "final "}),
    false_friends=frozenset({"on", "kim", "son", "set", "not", "an", "can", "han", "ay", "ben", "sen", "ara"}),
    family_names=frozenset({"yılmaz", "kaya", "demir", "şahin", "çelik", "yıldız", "yıldırım", "öztürk", "aydın",
                            "özdemir", "arslan", "doğan", "kılıç", "aslan", "çetin", "kara", "koç", "kurt", "özkan",
                            "şimşek"}),
    not_names=frozenset({
        "sezon", "dizi", "dizinin", "bölüm", "yönetmen", "oyuncu", "oyuncular", "kore", "güney", "kadro", "fragman",
        "çekimler", "yapım", "başrol", "hayranlar", "yeni", "ikinci", "ilk", "bu", "ve", "ancak", "ama", "fakat",
        "peki", "ne", "zaman", "son", "kim", "hangi", "nasıl", "zombi", "lise", "okul", "karakter", "netflix'in",
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
        "aralık", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "ayrıca", "öte",
        "yandan", "göre", "ise", "da", "de", "ile", "için",
    }),
    empty_because={
        "triggers.replaces": "Turkish puts the verb after both names, so who replaces whom is not read from the words between them yet",
        "triggers.replaced_by": "Turkish puts the verb after both names, so who replaces whom is not read from the words between them yet",
    },
)
