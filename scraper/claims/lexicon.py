"""The claim extractor's rules as data: the words of each phrasing family, per language.

Each list names the family it serves. Recognisers read these; adding a phrasing is adding a word.
"""

from __future__ import annotations

from scraper.claims.patterns import trie_pattern

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Indonesian
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8, "oktober": 10,
    "desember": 12,
    # Spanish, Portuguese, French
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}

# Parts of a year: (first month, last month).
YEAR_PARTS = {
    "early": (1, 4), "beginning of": (1, 4), "start of": (1, 4), "first half of": (1, 6), "h1": (1, 6),
    "mid": (5, 8), "middle of": (5, 8), "mid-year": (5, 8),
    "late": (9, 12), "end of": (9, 12), "second half of": (7, 12), "h2": (7, 12), "the end of": (9, 12),
    "back half of": (7, 12), "latter half of": (7, 12), "front half of": (1, 6), "later part of": (7, 12),
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "first quarter of": (1, 3), "second quarter of": (4, 6), "third quarter of": (7, 9), "fourth quarter of": (10, 12),
    # Indonesian, Spanish, Portuguese
    "awal": (1, 4), "pertengahan": (5, 8), "akhir": (9, 12), "paruh pertama": (1, 6), "paruh kedua": (7, 12),
    "principios de": (1, 4), "mediados de": (5, 8), "finales de": (9, 12), "fines de": (9, 12),
    "início de": (1, 4), "meados de": (5, 8), "final de": (9, 12), "fim de": (9, 12),
    "primera mitad de": (1, 6), "segunda mitad de": (7, 12), "primer semestre de": (1, 6),
    "segundo semestre de": (7, 12), "primeiro semestre de": (1, 6), "second semestre": (7, 12),
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "twenty": 20,
    # Indonesian, Spanish, Portuguese, French
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "dua belas": 12,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "doze": 12, "huit": 8, "dix": 10, "douze": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sophomore": 2, "freshman": 1, "debut": 1,
    "original": 1, "inaugural": 1,
    "segunda": 2, "primera": 1, "primeira": 1, "tercera": 3, "terceira": 3, "deuxième": 2, "première": 1,
    "seconde": 2, "kedua": 2, "pertama": 1, "ketiga": 3,
}

# Hedges (regular expressions): predictions, expectations, rumours and guesses make a claim speculative.
HEDGES = (
    r"\bexpect(?:s|ed|ing)?\b", r"predict", r"\blikely", r"\bin (?:final |early |advanced )?(?:talks|negotiations)\b", r"\bunconfirmed (?:reports?|rumou?rs?|claims?|accounts?)",
    r"\bleak(?:s|ed)?\b", r"\b(?:that|this|which) would\b", r"\bsome (?:say|are|think|believe|suspect|guess|hope)\b",
    r"\b(?:looks|seems|appears) (?:\w+ )?(?:unlikely|unrealistic|doubtful|improbable)\b",
    r"\bmenduga\b", r"\b(?:mem|di)?prediksi", r"\bexpectativa\b", r"\boptimistic", r"\bpessimistic", r"\bbest[- ]case", r"\bdisebut-sebut\b", r"\bdiperkirakan\b",
    r"\bcould\b", r"\bmight\b", r"\brumou?r", r"speculat", r"\bbelieve", r"\bassum", r"\bsuggest", r"\bpossibl",
    r"\bperhaps\b", r"\balleged", r"(?:would|we['’]d|i['’]d|they['’]d|you['’]d) love to\b", r"\bwish(?:es|ed|ing)?\b", r"\bprobabl", r"\bhop(?:e|es|ed|ing)\b", r"\bestimat", r"\bpotential", r"\bshould (?:arrive|land|air|premiere|be)\b",
    r"signs point", r"\bguess", r"\bmay (?:be|return|premiere|arrive|land|air|come|not|have|start|begin|also)\b",
    r"\bin talks\b", r"\bin discussions?\b", r"\bconsidering\b", r"\bif\b", r"\bwe think\b", r"\btipped\b",
    r"\bteas(?:ed|es|ing)\b", r"\bwishlist", r"\bbet\b", r"\bchances\b", r"\brealistic", r"\bplausibl", r"\btheor",
    r"\bwonder", r"\bseems?\b", r"\bappears? to\b", r"\bhint", r"\bimagine", r"\bindicat", r"\bunlikely\b",
    r"\bwould (?:likely|probably)\b", r"\bpresumabl", r"\bapparently\b",
    # Indonesian, Spanish, Portuguese, French
    r"diperkirakan", r"kemungkinan", r"diprediksi", r"diharapkan", r"\bbisa\b", r"\bmungkin\b", r"se espera",
    r"podría", r"\bpodr[áa]\b", r"probablemente", r"se rumorea", r"se estima", r"\bestima\b", r"\bdeve\b", r"\bpode\b",
    r"poderá", r"provavelmente", r"espera-se", r"pourrait", r"devrait",
    # Korean, Japanese
    r"전망", r"예상", r"관측", r"가능성", r"듯", r"(?:것으로|로) 보인다", r"추측", r"見込み", r"予想", r"期待され",
)

# Phrases that carry a hedge word without hedging the claim: "what fans can expect", "highly anticipated".
NOT_HEDGES = (r"what (?:fans|viewers|you|we|to|audiences) (?:can |could |should )?expect", r"here['’]s what to expect",
              r"\bas expected\b", r"\b(?:anyone|anybody)['’]s guess\b",
              # rumours brushed aside: "whatever the rumours say", "despite the rumours"
              r"\bwhatever (?:the |some )?(?:[\w-]+ )?(?:rumou?rs?|reports?|clickbait[\w-]*|thumbnails?) (?:say|says|claim|claims|suggest)",
              r"\bdespite (?:the |some |what )?(?:[\w-]+ )?rumou?rs?\b", r"\bnothing to suggest\b")  # "it's anyone's guess when": nobody knows

# Official: the platform (from the topic) or the production, announcing through a verb or a channel.
OFFICIAL_SOURCES = (
    r"the (?:show|series|drama)['’]s (?:team|makers|creators|producers)", r"\bproduction team\b", r"\bthe (?:show['’]s )?producers\b",
    r"\bthe studio\b", r"\bproduction company\b", r"\bthe makers\b", r"\bthe streamer\b", r"\bthe platform\b",
    r"\bthe streaming (?:giant|service|platform|company)\b",
    r"제작진", r"제작사", r"製作陣", r"制作陣",
)
OFFICIAL_CHANNELS = (
    r"teaser", r"poster", r"press release", r"announcement video", r"\bvideo\b", r"official account",
    r"trailer", r"script reading", r"table read", r"production notes", r"press conference", r"social media",
    r"redes sociais", r"redes sociales", r"영상", r"티저", r"포스터", r"공식", r"予告",
)
OFFICIAL_VERBS = (
    r"announc(?:e|es|ed|ing)\b", r"confirm(?:s|ed|ing)?\b", r"reveal(?:s|ed|ing)?\b", r"unveil(?:s|ed|ing)?\b",
    r"renew(?:s|ed)\b", r"green[- ]?lit\b", r"greenlighted\b", r"ordered\b", r"g(?:ave|iven|ives) (?:\w+ )?(?:green light|go-ahead)",
    r"picked up\b", r"cancel(?:l)?ed\b", r"axed\b", r"pulled the plug\b", r"said\b", r"says\b", r"stated\b",
    r"declared\b", r"shared\b", r"added\b", r"noted\b", r"mentioned\b", r"told\b", r"posted\b", r"released\b", r"dropped\b", r"published\b", r"introduc(?:ed|es)\b", r"disclosed\b",
    r"mengumumkan", r"memberitahukan", r"mengatakan", r"mengungkapkan", r"menyatakan", r"mengonfirmasi", r"memastikan",
    r"memperkenalkan", r"issued\b", r"밝히",
    r"anunci[óo]u?", r"confirm[óo]u?", r"renov[óo]u?", r"divulgou", r"annonc[ée]", r"confirm[ée]", r"dijo",
    r"발표", r"밝혔", r"알렸", r"알리", r"전했", r"확정", r"공개했", r"発表",
)
# An insider speaks for the production without being it: "a source close to the show", "insiders".
INSIDERS = (r"close to", r"\binsiders?\b", r"\bsources?\b", r"anonymous", r"sumber")
# Saying it was done "officially" is official, whoever says it.
OFFICIALLY = (r"\bofficially\b", r"\bit['’]s (?:now )?official\b", r"\bmade (?:it )?official\b",
              r"\bofficial (?:announcement|confirmation|statement|press release|teaser|poster|trailer)\b",
              r"\boficialmente\b", r"\boficial\b", r"\bofficiellement\b", r"\bresmi\b", r"공식", r"正式")
# A renewal "confirmed" with no one named is the show's own word (the labels read it so).
CONFIRMED = (r"\bconfirm", r"확정", r"confirmad", r"confirmée", r"dikonfirmasi", r"決定")

# Strong clause breaks: certainty is read in the clause that carries a claim, not across these.
CLAUSE_BREAKS = (
    r";\s", r"\s[—–]\s", r",?\s+but\s", r",?\s+because\s",
    r",\s+(?:and|so)\s+(?=(?:we|fans|viewers|many|some|others|I|you|they|critics|observers)\s)", r",\s+(?:and\s+)?yet\s", r",\s+while\s", r",\s+(?:al)?though\s", r",?\s+however,?\s",
    r",\s+whereas\s", r",\s+(?:marking|making|following|after|since|so|meaning)\s", r"\s(?:so that|sehingga)\s",
    r",\s+and\s+(?=(?:[\w’']+\s+){0,4}?(?:has|have|had|is|are|was|were|will|would|could|may|might|did)\b)",
    r",?\s+(?:pero|aunque|mas|mais|namun|tetapi|tapi|padahal)\s", r"(?<=으나|지만)\s", r"(?<=[며고나만데서]),\s",
    r"(?<=[しりてで])、",
)
# A sentence opening with one of these ends its first clause at the first comma.
SUBORDINATORS = (r"although", r"though", r"while", r"despite", r"aunque", r"a pesar de(?: que)?", r"apesar de(?: que)?",
                 r"embora", r"meski(?:pun)?", r"walaupun", r"bien que", r"malgré")

# Negation (regular expressions): the thing has not happened, or is not known.
NEGATIONS = (
    r"not yet", r"\bnever\b(?!-)", r"\bno (?:indication|sign|hint|clue)s?\b", r"\bdeclined to (?:confirm|say|reveal|give|share)\b", r"\bno (?:[\w-]+ ){0,2}(?:day|timing|window)\b", r"has not", r"have not", r"did not", r"didn't", r"does not", r"doesn't", r"hasn't", r"haven't", r"had not", r"hadn't", r"is not", r"isn't", r"are not",
    r"aren't", r"was not", r"wasn't", r"no (?:[\w-]+ ){0,2}(?:release|premiere|air|launch|filming|production)? ?dates?\b",
    r"no official", r"no word", r"yet to", r"unknown", r"unclear", r"unconfirmed(?! (?:reports?|rumou?rs?|claims?|accounts?))", r"not been", r"tba\b", r"tbd\b",
    r"no news", r"no (?:\w+ )?plans?\b", r"remains to be seen", r"there is no", r"there's no", r"there are no", r"not expected", r"no confirmed",
    r"without a (?:\w+ )?(?:release|premiere) date", r"nothing has been", r"not (?:officially )?(?:announced|confirmed)",
    r"belum", r"tidak ada", r"tidak\b", r"tak\b", r"no ha", r"no se ha", r"aún no", r"todavía no", r"não foi", r"ainda não", r"sem data",
    r"pas encore", r"미정", r"아직", r"않았", r"않은", r"않는다", r"않을", r"않기로", r"없다", r"정해지지", r"未定",
)

# Who a claim is attributed to when the sentence says so.
ATTRIBUTION_PATTERNS = (
    r"(?i:according to|as per|citing|reports? from|via) (?P<who>{name})",
    r"(?i:according to|as per) (?i:a|an|the) (?:\w+ )?(?i:report|article|story|interview) (?i:by|from|in|with) (?P<who>{name})",
    r"(?P<who>{name}) (?i:reported|reports|said|says|stated|noted|revealed|announced|confirmed|predicts|"
    r"predicted|speculates|speculated|suggests|suggested|claims|claimed|wrote|writes|added|teased|told)",
    r"(?i:reported|revealed|confirmed|announced|told) (?i:by|to) (?P<who>{name})",
    r"(?i:per) (?P<who>{name})",
    r"(?i:per|according to|citing) (?i:a|an) (?P<who>{name}) (?i:report|article|story|interview)",
    r"(?P<who>{name})['’]s (?i:report|sources|statement|announcement)",
)
NOT_ATTRIBUTABLE = frozenset({
    "it", "he", "she", "they", "this", "that", "the show", "the series", "the drama", "the report", "reports",
    "season", "the season", "fans", "the first", "the second", "we", "i", "you", "there", "some", "many", "others",
    "several", "some reports", "many reports", "one report", "earlier", "previous", "recent", "other", "later", "new",
    "local", "several reports", "multiple reports",
})

# Who speaks as the audience: "fans believe", "viewers can assume".
AUDIENCE = ("fans", "viewers", "audiences", "netizens", "watchers")

# Kind triggers -------------------------------------------------------------------------------------

RENEWAL = (
    r"renew(?:ed|s|ing)?\b", r"renewal(?! (?:status|front|hopes?|chances|odds|news|question|update|decision))", r"green[- ]?l(?:i|igh)t(?:ed|s)?", r"ordered (?:a )?(?:second|new|another) season",
    r"(?:confirmed|announced|officially) (?:for )?(?:a |the )?(?:second|new|another) season", r"(?:confirmed|announced|ordered|greenlit) (?:a |the )?season (?:2|two)\b", r"(?:is|was|it's) a go\b",
    r"(?:second|new|another) season (?:is|was|has been) (?:officially )?(?:confirmed|announced|happening|in the works|coming|on the way)",
    r"(?:is|are|will be) (?:officially )?(?:coming back|returning|back) for (?:a )?(?:second|new|another) season",
    r"(?:would|will) (?:return|come back|be back) for (?:a )?(?:(?:second|new|another|third) season|season \d)",
    r"season (?:2|two) (?:is |was |has been |gets |got )?(?:officially )?(?:confirmed|announced|happening|greenlit|"
    r"green-lit|renewed|a go|in the works|in development|on the way)\b",
    # "A second season of All of Us Are Dead was announced in June 2022"
    r"(?:second|new|another) season of [^.,;]{1,40}? (?:is|was|has been) (?:officially )?(?:confirmed|announced|greenlit|"
    r"ordered|in the works|happening)\b",
    r"go-ahead\b", r"go ahead for (?:a )?(?:second|new|another) season",
    # plans, mostly denied: "there are no plans for a second season"
    r"plans? for (?:a |the )?(?:second|new|another|third) season", r"plans? for [^.,;]{0,40}?season (?:2|two)\b",
    r"(?:announced|confirmed|unveiled) (?:the |its )?(?:return|comeback) of (?:the )?(?:show|series|drama|hit)\b",
    r"officially (?:coming|happening|returning)",
    r"(?:got|gets|earned|earns|landed|lands|scored|secured|secures) (?:a |its )?(?:second|new|another) season",
    r"picked up for (?:a )?(?:second|new|another) season",
    r"(?:is|are|was) bringing (?:it|the show|the series|the drama|them) back\b", r"said yes to (?:more|a second|another)\b",
    # other words for a season: "ordered a second instalment", "picked up for another chapter", "ordered more episodes"
    r"(?:ordered|orders|picked up for|greenlit|green-lit|renewed for) (?:a |an )?(?:second|new|another) "
    r"(?:installment|instalment|chapter|outing|round|run)\b", r"ordered (?:more|new) episodes",
    r"dilanjutkan", r"diperpanjang", r"perpanjangan", r"resmi (?:mengumumkan|mengonfirmasi|dikonfirmasi) (?:bahwa )?(?:[\w“”\"']+ ){0,8}?(?:akan )?(?:kembali|berlanjut|dilanjutkan)", r"renovad[ao]", r"renovó", r"renouvel",
    r"시즌\s?2\s?(?:제작(?:이|은|을)?)?\s?확정", r"제작 확정", r"제작을 확정", r"제작(?:이|을| 소식을)?\s?(?:공식\s?)?(?:발표|확정)",
    r"(?:mengonfirmasi|mengumumkan|memastikan) (?:adanya )?(?:musim|season) (?:kedua|2)\b",
    r"(?:musim|season) (?:kedua|2) (?:[^\s.,;]+ ){0,6}?(?:resmi |telah |sudah )?(?:dikonfirmasi|diumumkan)",
    r"制作を(?:正式に)?発表", r"制作(?:が)?決定", r"akan kembali (?:hadir|dengan|ke layar)", r"kembali (?:[\w“”\"]+ ){0,4}untuk (?:season|musim) (?:2|kedua)", r"confirmada la segunda temporada",
    r"confirm[óo] (?:la|a) segunda temporada", r"renovaç", r"segunda temporada (?:está )?confirmada",
    r"saison 2 (?:est )?(?:confirmée|officialisée)", r"revient pour une (?:deuxième|seconde) saison",
)
CANCELLED = (r"cancel(?:l)?ed", r"axed", r"scrapped", r"pull(?:ed|s|ing)? the plug",
             r"cancel(?:l)?ation(?! (?:rumou?rs?|talk|fears?|reports?|claims?|hoax|panic|scare)\b)", r"dibatalkan", r"cancelad[ao]", r"취소")

RELEASE = (
    r"premier(?:e|es|ed|ing)", r"(?<!press )(?<!news )releas(?:e|es|ed|ing)", r"air(?:s|ed|ing)?\b", r"arriv(?:e|es|ed|ing)",
    r"debut(?:s|ed|ing)?", r"drop(?:s|ped|ping)?\b", r"stream(?:s|ed|ing)?\b", r"land(?:s|ed|ing)?\b",
    r"hit(?:s|ting)? (?:netflix|screens|the platform|the streamer)", r"come out", r"comes out", r"coming (?:out|in|to)",
    r"launch(?:es|ed|ing)?", r"out (?:in|on|by)", r"return(?:s|ed|ing)? (?:in|on|to netflix|by|either|sometime|around)", r"make (?:a |its |their )?return", r"available (?:to stream |for streaming |to watch )?(?:on|from|in|starting)\b", r"(?<=\d\d\d\d )return\b", r"(?<=\d\d\d\d-)return\b", r"(?:is|are|be) coming\b", r"(?:is|are|was) (?:also )?due\b",
    r"due (?:out|in|on|for|this|next)\b",
    r"(?:is|are|be) (?:now |still )?expected (?:in|by|around|sometime|early|late|later)\b",
    r"(?:have|has|had|need) to wait (?:until|till)\b", r"(?:won't|will not) (?:be )?(?:out|back) (?:until|till|before)\b",
    # delays: "has been delayed to 2027", "pushed back to early 2027"
    r"(?:delayed|pushed(?: back)?|postponed|moved|bumped|put off) (?:to|until|till|into)\b",
    r"(?:be|is|are|will be) back (?:in|on|by)", r"slate", r"window", r"tayang", r"rilis", r"estren(?:o|a|ará|ar)", r"lançamento",
    r"lançad[ao]", r"estreia", r"sortie", r"공개", r"방영", r"선보", r"출격", r"配信", r"公開", r"release date", r"llegar(?:á|ía|a)\b", r"chegar(?:á)?\b",
    r"hadir", r"arrivera", r"llegar(?:án|ían|ía)\b", r"volt(?:e|ará|aria) (?:em|no|na|ao|a)\b",
    r"(?:put|puts|putting) (?:[\w-]+ ){0,3}?on screens\b",
    r"expect(?:s|ed)? (?:the (?:new |second )?season|it|the show|the sequel|the new episodes|season (?:2|two)) (?:in|by|around|sometime)\b", r"(?:eyes|eyeing|eyed|targets|targeting|targeted|aims? for|aiming for)\b", r"dinikmati", r"slip(?:s|ped|ping)? (?:in)?to\b", r"a slip into\b", r"circling\b",
    r"reach(?:es|ed)? (?:netflix|screens|viewers|audiences|fans|the platform|the streamer)\b",
    r"hold (?:the season|the show|the series|it|them|the episodes) (?:back )?(?:until|till|for)\b",
    r"(?:episodes|season|show|series|sequel) (?:will|would|might|could|should) be ready\b",
    r"(?:realistic|likely|possible|earliest|best-case) (?:target|window|date|bet)\b", r"(?:to|will|would|set to|slated to|poised to) bow\b", r"bows (?:on|in)\b",  # trade press
)
FILMING_START = (
    r"(?:began|begun|begin|begins|beginning|started|start|starts|starting|commenc\w+|kick(?:ed|s)? off|kicking off|"
    r"got underway|get underway|gets underway|is underway|under way|underway|went into|go into|goes into|"
    r"entered|enter|enters|resum\w+)\s+(?:\w+\s+){0,3}?(?:filming|shooting|production|principal photography)",
    r"(?:production|filming|shooting|the shoot|shoot)\b[^.;]{0,120}?\b(?:held up|delayed|pushed(?: back)?|postponed|put off|"
    r"moved|bumped|slipped|slid) (?:until|to|till|into)",
    r"(?:shoot|filming|production) (?:was |is |had been )?(?:first |originally |initially )?(?:planned|slated|pencilled|penciled|"
    r"scheduled) for\b",
    r"(?:filming|shooting|production|principal photography|cameras)\s+(?:[\w’']+\s+){0,12}?(?:began|begun|begin|begins|"
    r"beginning|started|start|starts|starting|commenc\w+|kick(?:ed|s)? off|kicking off|got underway|"
    r"is underway|are underway|underway|under way|rolled|roll|rolling|set to (?:begin|start|commence)|"
    r"to (?:begin|start|commence)|resum\w+|in progress|ongoing)",
    r"cameras (?:rolled|roll|rolling|are rolling|started rolling|(?:might|will|would|could|can|should|to) (?:start to )?roll)",
    # schedules, mostly denied: "did not give a shooting schedule", "jadwal syuting belum diumumkan", "촬영 일정"
    r"(?:filming|shooting|production) schedule\b", r"jadwal (?:syuting|produksi)", r"촬영\s?일정",
    r"(?:filming|shooting|production)\s*:\s*(?:began|begun|started|starts|begins|kicked off|commenced|under ?way)",
    r"촬영(?:이|은|을)?\s?(?:(?:(?!종료|마무리|크랭크업)[^\s.])+\s){0,3}?(?:(?!종료|마무리)[^\s.])*(?:미뤄|연기되|연기됐|늦춰)",
    r"(?:filming|shooting|production) (?:start )?dates?\b",  # "no filming date has been set"
    r"(?:filming|shooting|production|principal photography)\b[^.;]{0,100}?\b(?:expected|set|scheduled|slated|due|planned) "
    r"to (?:begin|start|commence|kick off|roll|get underway)",
    r"(?:filming|shooting|production)\b[^.]{0,80}?\b(?:has|have|had) not (?:yet )?(?:begun|started|commenced)",
    r"when (?:filming|production|shooting)[^.]{0,40}?(?:will )?(?:begin|start|commence|get going|get underway|kick off|roll)",
    r"(?:filming|shooting|production|shoot) (?:\w+ ){0,2}?(?:gets?|got|getting) (?:going|under ?way)",
    r"memasuki (?:tahap |masa )?(?:produksi|syuting|pengambilan gambar)",
    r"(?:slated|scheduled|set|expected|planned|timed)\s+(?:the\s+)?(?:production|filming|shooting|shoot)\s+to\s+"
    r"(?:begin|start|commence|kick off)",
    r"(?:empezaron|comenzaron|empezó|comenzó|empezará|comenzará) a (?:rodar|grabar|filmar)",
    r"(?:filming|shooting|production|principal photography)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:now\s+|officially\s+|"
    r"finally\s+)?(?:begun|started|commenced|kicked off|got underway)",
    r"mulai (?:produksi|syuting)", r"(?:syuting|produksi|pengambilan gambar)\b(?:\s+[^\s.,;]+){0,8}?\s+(?:dimulai|berlangsung|digelar)", r"(?:produksi|syuting) [^.]{0,40}?ditunda (?:hingga|sampai)",
    r"belum (?:juga )?(?:diproduksi|syuting)", r"(?:está|estão) en producción", r"em produção", r"en rodaje",
    r"촬영\s?예정", r"촬영\s?중", r"촬영에\s?(?:들어가|돌입하)지\s?않", r"crank(?:ed)?[- ]in", r"began shooting",
    r"(?:gravações|filmagens) (?:\w+ ){0,5}?(?:começaram|começado|começou|iniciaram|iniciadas|tiveram início)",
    r"started shooting", r"begin shooting", r"start shooting", r"begins shooting", r"starts shooting",
    r"start filming", r"started filming", r"begin filming", r"began filming", r"begins filming", r"starts filming",
    r"(?:currently|now) (?:filming|shooting|in production)", r"is (?:being )?filming", r"are filming",
    r"syuting (?:dimulai|dimulai pada|akan dimulai)", r"mulai syuting", r"memulai syuting",
    r"(?:comenzó|comienza|comenzará|inició|inicia|empezó|empieza) (?:el |la )?(?:rodaje|filmación|grabación)",
    r"(?:rodaje|filmación|grabación|grabaciones|filmaciones) (?:comenzó|comienza|comenzará|inició|empezó|arranca|arrancó)",
    r"(?:começou|começam|começaram|iniciou|iniciaram) (?:as )?(?:gravações|filmagens)",
    r"(?:gravações|filmagens) (?:começaram|começam|começou|iniciaram|tiveram início)",
    r"촬영(?:을|에|이|은|가)?\s?(?:[^\s.]+\s){0,3}?(?:시작|돌입|착수|진행)", r"크랭크인", r"촬영 중",
)
FILMING_END = (
    r"wrap(?:ped|s|ping)? (?:up )?(?:filming|shooting|production|principal photography)",
    r"(?:the )?shoot (?:\w+ ){0,3}?(?:wrapped|wraps|wrap|ended|ends|end|finished|to wrap|to end)",
    # how long it runs: "the shoot is expected to run through January", "filming will last until May"
    r"(?:filming|shooting|production|the shoot)\b[^.;]{0,60}?\b(?:run|runs|running|last|lasts|continue|continues) "
    r"(?:through|until|till|into)\b",
    r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?to wrap\b",
    r"\b(?:expects?|expected|expecting|plans?|planning|hopes?|hoping|aims?|aiming|set|scheduled|due|slated) to wrap\b",
    # the plan's object first: "reports had slated the production to wrap up this year"
    r"(?:slated|scheduled|set|expected|planned|timed)\s+(?:the\s+)?(?:production|filming|shooting|shoot)\s+to\s+"
    r"(?:wrap|end|finish|conclude)",
    r"(?:grabación|grabaciones|rodaje|filmación) (?:concluirá|concluyó|terminó|terminará|finalizó|finalizará|acabó|acabará)",
    r"(?:syuting|produksi|pengambilan gambar)\b(?:\s+[^\s.,;]+){0,4}?\s+(?:rampung|selesai)",
    r"(?:filming|shooting|production|principal photography) (?:[\w’']+ ){0,10}?(?:wrapped|wraps|wrap|ended|ends|end|"
    r"finished|finishes|concluded|completed|came to an end|is complete|was complete|to wrap|to end|to finish|"
    r"to conclude|wrapped up|wrap up)",
    r"(?:finished|completed|concluded|ended) (?:filming|shooting|production)", r"ha(?:s|ve) (?:\w+ )?wrapped",
    r"(?:finish|finishes|finishing|complete|completes|completing|conclude|concludes|end|ends) (?:the )?(?:filming|shooting|shoot|production)\b",
    r"(?:filming|shooting|production|principal photography)\b[^.;]{0,100}?\b(?:expected|set|scheduled|slated|due|planned) "
    r"to (?:end|wrap|finish|conclude)",
    r"wrapped up", r"(?:filming|shooting|production|cameras)\b[^.;]{0,60}?\band (?:finished|wrapped|ended|concluded|was completed|stopped)",
    r"(?:syuting|produksi)\b(?:\s+[^\s.,;]+){0,8}?\s+(?:selesai|rampung|berakhir|tuntas)", r"(?:syuting|produksi)\b[^.;]{0,60}?\bdan (?:selesai|rampung|berakhir)",
    r"(?:rodaje|filmación|grabaci\w+|gravaç\w+|filmagens)\b[^.;]{0,60}?\b[ye] (?:terminó|finalizó|concluyó|terminou|encerrou)", r"menyelesaikan syuting",
    r"(?:terminó|terminaron|finalizó) (?:el )?(?:rodaje|filmación|grabación)",
    r"(?:encerr\w+|termin\w+) (?:as )?(?:gravações|filmagens)", r"촬영(?:을|은|이)?\s?(?:[^\s.]+\s){0,6}?(?:마쳤|종료|마무리|끝)", r"크랭크업",
)
EPISODES = (
    r"(?<!season )(?<!part )\b(?P<n>\d{1,2}|" + trie_pattern(NUMBER_WORDS) + r")[- ](?:[a-z]+-(?:long|minute|hour|packed) |"
    r"(?:new|brand-new|full|more) )?(?:episodes?|eps?\b|parts?\b|part series|"
    r"episode run|episodios|episódios|épisodes)",
    r"(?<!season )(?<!part )\b(?P<n2>\d{1,2})\s?(?:부작|회차|episode|episodios|episódios|épisodes)",
    # an infobox: "No. of episodes: 8", "Episodes: 8"
    r"\b(?:no\.|number|count) of episodes\s*:?\s*(?P<n3>\d{1,2})\b", r"\bepisodes\s*:\s*(?P<n4>\d{1,2})\b",
)
# "the episodes will number ten", "episodes will be 10": the count after the word (looked for where a sentence has one of
# the verbs; see episodes.episode_count)
EPISODES_AFTER = (
    r"\bepisodes? (?:count )?(?:will|would|is|are|should) (?:be|number|total|come to)\s+(?P<n5>\d{1,2}|"
    + trie_pattern(NUMBER_WORDS) + r")\b",
)
DIRECTOR = (
    r"direct(?:ed|s|ing)? by", r"director", r"(?:sit|sits|sat|sitting|be|is|back) in the director['’]s chair", r"(?:will|to|would|set to) (?:co-)?(?:direct|helm)\b",
    r"co-direct(?:s|ed|ing|ors?)?\b", r"directing duties", r"call(?:s|ed)? the shots", r"menyutradarai", r"메가폰", r"at the helm\b", r"behind the camera\b", r"disutradarai(?: oleh)?", r"helm(?:ed|s|ing)? by", r"helmer", r"\bPD\b", r"sutradara",
    r"dirigid[ao] por", r"(?:volta|voltará|vuelve|volverá|regresa) a dirigir", r"directora?", r"diretor", r"réalisé par", r"réalisateur", r"연출", r"감독",
)
WRITER = (
    r"writ(?:ten|es|ing) by", r"(?:will|to|would|set to) (?:co-)?(?:write|pen|script)\b", r"co-writ(?:es|ten|ing|er)\b", r"(?:wrote|written|penned|penning|pens|writes|writing|scripted|scripting) the (?:scripts?|screenplay|episodes)", r"screenwriter", r"screenplay (?:is |was )?(?:penned|written) by", r"writer", r"penned by", r"script(?:ed|s)? by", r"scribe",
    r"(?:wrote|writes|penned|pens|scripted) (?:[\w-]+ ){0,5}?(?:episodes?|scripts?|screenplays?)\b",
    r"(?:is|are|will be|was) (?:also )?(?:writing|penning|scripting)\b", r"scripts? (?:comes?|came|is coming) from",
    r"ditulis oleh", r"naskah(?:nya)?", r"집필",
    r"penulis", r"escrit[ao] por", r"guion (?:\w+ ){0,8}?a cargo de", r"a cargo del guion", r"assina (?:\w+ ){0,3}?(?:o )?roteiro", r"guionista", r"roteirista", r"scénariste", r"작가", r"극본", r"각본",
)
CAST_TRIGGERS = (
    r"join(?:s|ed|ing)?", r"cast(?:ing)?\b", r"star(?:s|red|ring)?\b", r"return(?:s|ed|ing)?", r"reprise?(?:s|d)?",
    r"reprising", r"back as", r"will play", r"plays?\b", r"played", r"playing", r"portray(?:s|ed|ing)?",
    r"as (?:the )?(?:new|original)", r"feature(?:s|d)?", r"featuring", r"lineup", r"line-up", r"ensemble",
    r"comeback", r"come back", r"coming back", r"role", r"roles", r"cast members?", r"be seen", r"seen in",
    r"on board", r"onboard", r"tapped", r"(?:be|is|are) (?:a )?part of", r"(?:be|is|are|['’]s)\s+(?:\w+\s+)?back\b", r"\bback in action", r"takes on", r"take on", r"new faces?", r"등장", r"続投", r"演じ",
    r"confirmed to appear", r"appear(?:s|ed|ing)?", r"continues? to play", r"step(?:s|ped)? into",
    r"pemeran", r"pemain", r"bergabung", r"kembali", r"memerankan", r"berperan", r"takes? the part of", r"elenco", r"reparto", r"regresa", r"regresan",
    r"vuelve", r"vuelven", r"retorna", r"retornam", r"volta", r"voltam", r"interpreta", r"casting",
    r"출연", r"합류", r"캐스팅", r"복귀", r"재회", r"호흡", r"분(?:한|해|할)", r"연기", r"뭉쳤", r"다시", r"(?<=\s)역(?![가-힣])",
    r"귀환", r"役", r"出演", r"復帰", r"contará com", r"contará con", r"include", r"includes", r"including",
    r"namely", r"such as", r"incluy(?:e|en)\b", r"in (?:final |early |advanced )?(?:talks|negotiations)\b",
    r"(?:been|was|were) (?:also )?(?:approached|offered the role|offered a role)\b", r"retorno", r"novidades?\b", r"돌아온", r"돌아와", r"돌아왔", r"no papel de", r"el papel de", r"caras nuevas", r"headlin(?:e|es|ed|ing)\b", r"toplin(?:e|es|ed|ing)\b",
    r"(?:bring|brings|bringing|brought) back\b",
    r"(?:lead|leads|leading|led|front|fronts|fronting) the (?:sequel|new season|second season|new chapter|new episodes)\b",
)
DEPARTING = (
    r"will not (?:be )?(?:back|return)", r"won't (?:be )?(?:back|return)", r"not (?:be )?returning",
    r"not (?:expected|set|going|likely|slated) to (?:return|come back|be back|appear)", r"(?:won't|will not) be in", r"exit(?:s|ed)?",
    r"leav(?:e|es|ing)", r"left the", r"depart(?:s|ed|ing)?", r"drop(?:ped)? out", r"not (?:be )?(?:back|part of)",
    r"absent", r"without", r"(?:shouldn't|won't|wouldn't|don't|can't|didn't|not) (?:\w+ )?(?:expect(?:ed)? to )?see\b", r"won't be seeing", r"(?:tidak|tak) (?:akan )?(?:kembali|muncul|bergabung)", r"(?:출연|합류|복귀)하지 않", r"no regresa", r"não volta", r"하차", r"불참",
)
RETURNING = (
    r"return(?:s|ed|ing)?", r"reprise?(?:s|d)?", r"reprising", r"back", r"comeback", r"come back", r"coming back",
    r"original cast", r"returning", r"continues? to play", r"again", r"kembali", r"regres", r"vuelve", r"volta",
    r"retorn", r"복귀", r"재회", r"다시", r"돌아", r"이어", r"引き続き", r"続投", r"復帰", r"再び",
)
NEW_CAST = (r"\bjoin", r"\bnew\b", r"se (?:suma|une|incorpora)n?", r"junta-se", r"se junta", r"incorporaç", r"newcomer", r"fresh", r"addition", r"added", r"tapped", r"cast as",
            r"bergabung", r"baru", r"nuev", r"novo", r"nova", r"novidade", r"합류", r"새", r"신예", r"새롭게",
            r"in (?:final |early |advanced )?(?:talks|negotiations)", r"approached", r"offered")

# What is still to come (future and modal phrasings), per language.
COMING = (
    r"\bwill\b", r"\bwould\b", r"['’]ll\b", r"set to", r"\bto be\b", r"\bgoing to\b", r"\bcould\b", r"\bmay\b",
    r"\bmight\b", r"expected", r"upcoming", r"\bnew\b", r"\bnext\b", r"confirmed", r"announced", r"revealed",
    r"\bplays\b", r"\bportrays\b", r"\bis playing\b", r"takes on", r"interpretad[ao]", r"memerankan",
    r"\bakan\b", r"contará", r"estará", r"volverá", r"regresará", r"participará", r"vai\b", r"estará", r"예정", r"한다",
    r"할\b", r"된다", r"확정", r"予定", r"決定",
)

# Jobs that name someone who is not in the cast ("Park Chul-soo, CEO of the studio").
JOB_TITLES = (r"ceo", r"chief executive", r"president", r"chairman", r"founder", r"head", r"producer", r"executive",
              r"director", r"co-director", r"screenwriter", r"writer", r"showrunner", r"creator",
              r"spokes(?:person|man|woman)", r"representative", r"agent", r"manager", r"critic", r"reporter",
              r"editor", r"대표", r"관계자", r"PD")

# Words that look like names but are not people.
NOT_NAMES = frozenset({
    "pemeran", "pemain", "aktor", "aktris", "sutradara", "penulis",
    "netflix", "season", "episode", "part", "the", "korean", "korea", "south", "seoul", "hyosan", "high", "school",
    "all", "us", "dead", "squid", "game", "sweet", "home", "kingdom", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "news", "entertainment", "studios", "studio",
    "production", "netflix's", "instagram", "twitter", "youtube", "variety", "deadline", "soompi", "newsweek",
    "while", "meanwhile", "however", "after", "before", "although", "when", "with", "and", "but", "also",
    "actor", "actress", "actors", "besides", "star", "stars", "lead", "director", "writer", "ceo", "singer",
    "producer", "pd", "as", "like", "including", "namely", "veteran", "newcomer", "rookie", "idol",
})

# Common Korean family names in their romanised spellings: a two- or three-part name that starts or
# ends with one of these is taken for a person even when the topic file does not know them yet.
FAMILY_NAMES = frozenset(["kim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun", "go", "ko", "moon", "mun", "yang", "son", "bae", "baek", "paek", "heo", "hur", "nam", "roh", "noh", "no", "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "wu", "min", "na", "jin", "ji", "eom", "um", "chae", "won", "bang", "pyo", "byun", "byeon", "yeo", "chu", "choo", "do", "so", "ma", "gil", "yeon", "wi", "ki", "ban", "ra", "wang", "geum", "ok", "yook", "yuk", "in", "je", "mo", "tak", "gong", "seol", "lomon"])

# Cheap gates: a recogniser only runs on a sentence that holds one of its kind's words (lower case,
# plain substrings). Each list must cover every trigger of its kind above; it only saves time.
# Gate words that other words often hold ("about", "online", "update", "their"): each starts a word in every
# trigger phrasing that needs it, so it opens its gate only where it starts a word (checked in test_context).
GATES_AT_WORD_START = frozenset({"out ", "line", "pd", "date", "come", "coming", "back", "ready", "air", "land", "play",
                                 "hit", "star", "target", "member", "order", "cast", "drop", "due", "take", "face", "role",
                                 "step", "seen", "left", "board", "front", "eye", "aim"})
GATES = {
    "renewal": ("bringing", "said yes", "renew", "green", "season", " a go", "cancel", "axed", "scrap", "plug", "picked up", "order", "dilanjut", "perpanjang", "resmi", "renov",
                "renouvel", "시즌", "제작", "制作", "kembali", "confirm", "segunda", "saison", "officially", "취소",
                "batal", "revient", "return of", "comeback of", "go-ahead", "go ahead", "plan", "konfirm", "musim"),
    "release": ("on screens", "llegar", "volte", "voltará", "eye", "aim", "guess", "predict", " bet", "estimate", "likely", "realistic", "plausible", "probable", "reckon", "we think",
                "slip", "circling", "reach", "hold ", "ready", "target", "nikmat", "timing", "exact day", "due", "available", "expect", "wait until", "wait till", "delay", "push", "postpon", "moved", "bumped", "put off", "premier", "releas", "air", "arriv", "debut", "drop", "streaming", "streams", "streamed", "stream ", "stream.", "stream,", "land", "hit", "come", "coming",
                "launch", "out ", "return", "back", "slate", "window", "tayang", "rilis", "estren", "lança",
                "estreia", "sortie", "공개", "방영", "date", "llegar", "chegar", "hadir", "arriver", "fecha", "data",
                "tanggal", "일", "公開", "配信", "선보", "출격", "bow"),
    "episodes": (" ep", "-ep", "epis", " part", "-part", "부작", "회차", "épisod", "話"),  # counts end "[- ]episode", "[- ]part"
    "filming": ("pengambilan gambar", "rodar", "grabar", "filmar", "cámaras", "grabación", "rampung", "film", "shoot", "product", "photograph", "camera", "crank", "syuting", "produksi", "rodaje",
                "grabaci", "gravaç", "filmage", "tournage", "촬영", "크랭크", "wrap", "撮影", "producción", "produção",
                "shot"),
    "director": ("direct", "helm", "behind the camera", "pd", "sutradara", "nyutradara", "dirig", "diretor", "réalis", "연출",
                 "감독", "監督", "메가폰", "the shots"),
    "cast": ("join", "cast", "star", "part of", "left", "leav", "exit", "depart", "drop", "absent", "won't", "expect to see", "not see", "be seeing",
             "return", "repris", "back", "play", "portray", " as ", "featur", "line", "ensemble",
             "come", "coming", "role", "member", "seen", "board", "tapped", "take", "face", "appear", "continue", "step",
             "includ", "incluy", "caras nuevas", "돌아", "papel", "talks", "negotiation", "approached", "offered",
             "retorno", "novidade", "namely", "such as", "headlin", "toplin", "bring", "brought", "lead the", "leads the", "leading the", "led the", "front", "pemeran", "pemain", "berperan", "tidak", "tak ", "bergabung", "kembali", "memerankan", "elenco", "reparto",
             "regres", "vuelve", "retorn", "volta", "interpret", "contará", "출연", "합류", "캐스팅", "복귀", "재회",
             "호흡", "분", "연기", "뭉쳤", "다시", "역", "귀환", "등장", "役", "出演", "復帰", "続投", "演じ", "キャスト"),
    "writer": ("writ", "wrote", "screenwrit", "scriptwrit", "screenplay", "penn", " pen ", "script", "scribe", "penulis", "escrit", "guion", "roteir", "scénar",
               "작가", "극본", "각본", "脚本", "집필", "naskah", "ditulis"),
}
