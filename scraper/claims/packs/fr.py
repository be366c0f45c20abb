"""French: articles elide before vowels ("l'été", "d'épisodes"), ordinals agree ("deuxième saison"),
dates read day-month-year ("le 1er décembre 2025"), and a verb's past is built with "a"/"est" ("a débuté")."""

from __future__ import annotations

from scraper.claims.packs import Pack

_NEXT = r"(?:deuxième|seconde|troisième|quatrième|cinquième|sixième|nouvelle|prochaine|ultime|dernière)"
_SEASON = r"(?:saisons?|season|volet|chapitre|partie)"
_GAP = r"(?:[\w'-]+ ){0,4}?"
_GAP_NO_TRAILER = r"(?:(?!bande-annonce|teaser|affiche|images?\b)[\w'-]+ ){0,4}?"  # "dévoile la bande-annonce de la saison 3"
_FAR = r"(?:[\w'«»\"-]+ ){0,8}?"  # a filming noun and its verb, a season and a place between them
_SHOOT = r"(?:tournage|prises? de vues?|production)"
_ORDINALS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
             "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8}

PACK = Pack(
    code="fr",
    months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
        "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
        "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    year_parts={
        "début": (1, 4), "début de": (1, 4), "début de l'année": (1, 4),
        "mi": (5, 8), "milieu": (5, 8), "milieu de": (5, 8), "milieu de l'année": (5, 8),
        "fin": (9, 12), "fin de": (9, 12), "fin de l'année": (9, 12), "d'ici la fin de": (9, 12),
        "d'ici fin": (9, 12), "fin d'année": (9, 12),
        "printemps": (3, 5), "été": (6, 8), "l'été": (6, 8), "automne": (9, 11), "l'automne": (9, 11),
        "hiver": (12, 2), "l'hiver": (12, 2), "rentrée": (9, 10), "la rentrée": (9, 10),
        "première moitié": (1, 6), "première moitié de": (1, 6), "seconde moitié": (7, 12),
        "seconde moitié de": (7, 12), "deuxième moitié": (7, 12), "deuxième moitié de": (7, 12),
        "premier semestre": (1, 6), "second semestre": (7, 12), "deuxième semestre": (7, 12),
        "premier trimestre": (1, 3), "deuxième trimestre": (4, 6), "troisième trimestre": (7, 9),
        "quatrième trimestre": (10, 12), "dernier trimestre": (10, 12),
    },
    numbers={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20,
    },
    ordinals=_ORDINALS,
    relative={
        "cette année": "year+0", "cette année-ci": "year+0", "l'année prochaine": "year+1", "l'an prochain": "year+1",
        "l'année suivante": "year+1", "de l'année prochaine": "year+1", "de l'an prochain": "year+1",
        "l'année dernière": "year-1", "l'an dernier": "year-1", "l'an passé": "year-1", "l'année passée": "year-1",
        "le mois prochain": "month+1", "du mois prochain": "month+1", "ce mois-ci": "month+0",
        "le mois dernier": "month-1", "le mois passé": "month-1",
        "d'ici la fin de l'année": "rest_of_year", "avant la fin de l'année": "rest_of_year",
        "plus tard cette année": "rest_of_year", "dans le courant de l'année": "rest_of_year",
        "d'ici la fin de l'année prochaine": "year+1",
        "au premier semestre": "h1+0", "au second semestre": "h2+0", "au deuxième semestre": "h2+0",
    },
    season_templates=("saison ?{n}", "{ordinal} saison", "{ordinal} volet",
                      "{ordinal} partie", "partie ?{n}"),
    # hedges: predictions, expectations, rumours, guesses make a claim speculative
    hedges=(
        r"\bpourrai(?:t|ent)\b", r"\bdevrai(?:t|ent)\b", r"\bprobabl\w*", r"\bsans doute\b", r"\bpeut-être\b",
        r"\bpossibl\w*", r"\brumeurs?\b", r"\bselon les rumeurs\b", r"\bbruits? de couloir\b", r"\bspécul\w*",
        r"\bpréd\w*", r"\bpronosti\w*", r"\bespér\w*", r"\bespoir\b", r"\bsembl\w*", r"\bs'attend\w*",
        r"\bil se (?:murmure|dit|chuchote)\b", r"\bon (?:imagine|suppose|parie|peut supposer|peut imaginer)\b",
        r"\bvraisembl\w*", r"\bpotentiel\w*", r"\bhypoth\w*", r"\bthéori\w*", r"\bserai(?:t|ent)\b",
        r"\baurai(?:t|ent)\b", r"\ben (?:négociation|discussion)s?\b", r"\bà priori\b", r"\ba priori\b",
        r"\bpressenti\w*", r"\btabler\b", r"\btablent\b", r"\bparier\b", r"\ben théorie\b", r"\bestim\w*",
    ),
    not_hedges=(r"\bà quoi (?:faut-il |doit-on )?s'attendre\b", r"\bcomme prévu\b", r"\bcomme attendu\b"),
    # the thing has not happened, or is not known
    negations=(
        r"\bpas encore\b", r"\btoujours pas\b", r"\bne\b[^.;]{0,40}?\bpas\b", r"\bn'\w+ pas\b", r"\bn'\w+ plus\b",
        r"\bne\b[^.;]{0,40}?\bplus\b", r"\baucun\w*", r"\bjamais\b", r"\bpas de date\b", r"\binconnu\w*",
        r"\breste (?:à|a) (?:définir|confirmer|annoncer|déterminer)\b", r"\bmystère\b", r"\bincertain\w*",
        r"\bsans date\b", r"\bpas (?:été )?(?:encore )?(?:annoncé|fixé|dévoilé|confirmé)\w*\b", r"\bon ignore\b",
        r"\bon ne sait pas\b",
    ),
    denials=(r"\bpas\b", r"\baucun[e]?\b", r"\bjamais\b"),
    # official when the platform or the production is their subject
    official_verbs=(
        r"annonc\w*", r"confirm\w*", r"officialis\w*", r"dévoil\w*", r"révél\w*", r"renouvel\w*", r"commandé\w*",
        r"a commandé", r"publi\w*", r"partag\w*", r"présent\w*", r"communiqu\w*", r"déclar\w*", r"a indiqué",
        r"ont indiqué", r"indique\b", r"précise\b", r"a précisé", r"fait savoir", r"a fait savoir", r"mis en ligne",
        r"annul\w*", r"dévoile\b", r"a lâché", r"diffus\w*", r"a donné le feu vert", r"informe\w*",
    ),
    official_sources=(r"\bla production\b", r"\bles producteurs\b", r"\ble studio\b", r"\bla plateforme\b",
                      r"\bla chaîne\b", r"\ble géant du streaming\b", r"\ble service de streaming\b",
                      r"\ble diffuseur\b", r"\bles créat(?:eurs|rices)\b", r"\bla showrunneuse\b",
                      r"\ble showrunner\b", r"\bl'équipe\b", r"\bla société de production\b", r"\bporte-parole\b"),
    official_channels=(r"\bteaser", r"\bbande-annonce\b", r"\bbandes-annonces\b", r"\baffiche\b", r"\bposter\b",
                       r"communiqué(?: de presse)?", r"\bvidéo\b", r"\bréseaux sociaux\b", r"conférence de presse",
                       r"lecture (?:du scénario|des scripts?)", r"compte officiel", r"premières? images?",
                       r"first look"),
    officially=(r"\bofficiellement\b", r"\bc'est officiel\b", r"\best officiel\w*", r"\bofficiel\w*"),
    confirmed=(r"\bconfirmé\w*", r"\bc'est sûr\b", r"\bc'est acté\b", r"\bacté\w*"),
    insiders=(r"\bsources?\b", r"\bproche(?:s)? de la production\b", r"\binsider\w*", r"\banonym\w*",
              r"\bbien informé\w*", r"\bselon nos informations\b", r"\bd'après nos informations\b",
              r"\bcoulisses\b"),
    clause_breaks=(r";\s", r"\s[—–]\s", r",?\s+mais\s", r",\s+cependant,?\s", r",?\s+toutefois,?\s", r",\s+alors que\s",
                   r",\s+tandis que\s", r",\s+même si\s", r",\s+bien que\s", r",\s+car\s", r",\s+puisque\s",
                   r",\s+donc\s", r",\s+pourtant\s", r",\s+en revanche,?\s"),
    subordinators=(r"bien que", r"même si", r"malgré", r"alors que", r"tandis que", r"quoique"),
    conditions=(r"\bsi\b(?! bien\b)", r"\bau cas où\b", r"\bà condition que\b", r"\ben cas de\b", r"\bpour peu que\b"),
    coming=(r"\bsera\b", r"\bseront\b", r"\barrivera\b", r"\breviendra\b", r"\breviendront\b", r"\bsortira\b",
            r"\bdébarquera\b", r"\bincarnera\b", r"\bjouera\b", r"\bprochain\w*", r"\bnouve(?:au|aux|lle|lles)\b",
            r"\bà venir\b", r"\bconfirmé\w*", r"\bannoncé\w*", r"\bprévu\w*", r"\bva\b", r"\bvont\b",
            r"\bdevra\b", r"\bdébutera\b", r"\bcommencera\b"),
    job_titles=(r"product(?:eur|rice)s?", r"pdg", r"président\w*", r"fondat(?:eur|rice)s?", r"directeur\w*",
                r"directrice\w*", r"réalisat(?:eur|rice)s?", r"scénaristes?", r"showrunn\w*", r"créat(?:eur|rice)s?",
                r"porte-parole", r"agents?", r"agence", r"critiques?", r"journalistes?", r"rédact(?:eur|rice)s?",
                r"auteur\w*", r"autrice\w*"),
    audience=("fans", "spectateurs", "téléspectateurs", "public", "abonnés", "internautes", "fan"),
    attributions=(
        r"(?i:selon|d'après|comme l'a rapporté|comme l'indique|comme le rapporte|rapporte|via) (?P<who>{name})",
        r"(?P<who>{name}) (?i:rapporte|a rapporté|indique|a indiqué|écrit|a écrit|a révélé|révèle|a annoncé|"
        r"annonce|a confirmé|confirme|a déclaré|déclare|a dit|affirme|a affirmé|assure|a assuré|précise|a précisé|"
        r"a dévoilé|dévoile|fait savoir)",
        r"(?i:selon|d'après) (?i:un|une|le|la) (?:\w+ )?(?i:article|rapport|entretien|interview) (?i:de|du|de la) (?P<who>{name})",
    ),
    not_attributable=frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "les fans", "fans",
                                "la série", "la saison", "le show", "certains", "beaucoup", "d'autres", "rumeurs",
                                "les rumeurs", "sources", "des sources", "les médias", "nos informations"}),
    triggers={
        "renewal": (
            r"renouvel\w*", r"feu vert", r"rempil\w*", r"(?<!-)(?:annonc|confirm|command|officialis|dévoil|valid)\w* "
            + _GAP_NO_TRAILER + _NEXT + " " + _SEASON,
            r"command\w* (?:d'une|de la) " + _NEXT + " " + _SEASON,
            _NEXT + " " + _SEASON + " " + _GAP + r"(?:est |a été |sera )?(?:officiellement )?(?:confirmée|annoncée|"
            r"commandée|officialisée|en préparation|en développement|en chantier|sur les rails|actée|validée)",
            r"(?:saison|season) (?:\d|deux|trois|quatre|cinq) " + _GAP + r"(?:est |a été )?(?:officiellement )?"
            r"(?:confirmée|annoncée|commandée|officialisée|en préparation|en développement|actée|validée)",
            r"(?:aura|obtient|a obtenu|a décroché|décroche) (?:bien )?(?:droit à )?(?:une |sa )?" + _NEXT + " " + _SEASON,
            r"revient pour (?:une |sa )?" + _NEXT + " " + _SEASON, r"(?:il y aura|y aura-t-il) (?:bien )?une " + _NEXT
            + " " + _SEASON, r"production (?:conjointe )?des saisons",
        ),
        "cancelled": (r"annul(?:ée|é|ation|er)\b", r"annulée?s?\b", r"(?:ne sera|n'est) pas renouvel\w*",
                      r"s'arrête", r"pas de " + _NEXT + " " + _SEASON),
        "release": (
            r"sorti(?:e|r|ra|ront|es)?\b", r"sortira", r"débarqu\w*", r"arriv(?:e|ent|era|eront|ée|ée?s|erait|eraient)\b",
            r"disponibles?\b", r"diffus\w*", r"à l'antenne", r"mise en ligne", r"en ligne\b", r"lancement\b",
            r"(?:date|dates) de (?:sortie|diffusion|lancement|première)", r"première\s+diffusion", r"report\w*",
            r"repouss\w*", r"décal\w*", r"reviendra", r"revien(?:t|nent|dra|dront)\b", r"retour\b", r"sur (?:nos )?écrans",
            r"visible\b", r"à découvrir", r"programm\w*", r"présentera\b", r"dès le\b", r"à partir du\b",
            r"en streaming\b", r"premier épisode", r"attendre\b", r"patienter\b",
        ),
        "trailer": (r"\bteaser\w*", r"\bbande-annonce\b", r"\bbandes-annonces\b", r"premières? images?",
                    r"first look", r"\bextrait\b"),
        "filming_start": (
            _SHOOT + " " + _FAR + r"(?:a |ont |avait |sont |est )?(?:débuté|commencé|démarré|lancé|entamé|"
            r"débutera|commencera|démarrera|débutent|commence|démarre|débute|devrait (?:débuter|commencer|démarrer)|"
            r"est prévu|était prévu|sont prévues?|prévu|programmé|en cours|repoussé|décalé|retardé|reporté|"
            r"ne débutera|ne commencera)",
            r"(?:débuter|commencer|démarrer|lancer|entamer|lancement|début|coup d'envoi|reprise) (?:du |le |de |des )?"
            r"(?:la )?" + _SHOOT, r"\bclap\b", r"premiers? clap\w*", r"premier coup de manivelle", r"en tournage",
            r"sur le tournage", r"tourn(?:é|ée|és|ées|ait|ent|er|era)\b", r"moteur\b", r"caméras?\b",
            r"en production", r"en cours de tournage", r"jours de tournage",
        ),
        "filming_end": (
            _SHOOT + " " + _FAR + r"(?:a |s'est |est |sera )?(?:achevé|terminé|bouclé|fini|clôturé|conclu|"
            r"s'achève|s'achèvera|se termine|se terminera|prendra fin|a pris fin|se conclure|jusqu'à|jusqu'en|"
            r"durera)", r"(?:fin|clôture) du " + _SHOOT, r"clap de fin", r"dernier clap", r"(?:bouclé|terminé|achevé) "
            r"(?:le |la )?" + _SHOOT, r"tourn(?:é|ée|és|ées)\b[^.;]{0,40}\bjusqu", r"tourn(?:é|ée|és|ées) de\b",
        ),
        # the word after a count: "8 épisodes", "six nouveaux épisodes"
        "episodes": (r"(?:nouveaux |derniers |ultimes |premiers )?épisodes?\b", r"(?:nouvelles )?parties\b"),
        "episodes_before": (r"nombre d'épisodes\s*:?", r"épisodes\s*:", r"format\s*:"),
        "director": (r"réalis(?:é|ée|és|ées) par", r"réalisat(?:eur|rice|eurs|rices)\b", r"réalisera\b", r"réalise\b",
                     r"derrière la caméra", r"à la réalisation", r"mis(?:e)? en scène par", r"metteu(?:r|se) en scène",
                     r"tourn(?:é|ée|és|ées) par", r"signe(?:ra)? la réalisation", r"cinéaste", r"aux commandes",
                     r"showrunn\w*"),
        "writer": (r"scénar\w*", r"écrit(?:e|s|es)? par", r"a écrit", r"écrira", r"écrit\b", r"auteur\w*", r"autrice\w*",
                   r"showrunn\w*", r"à l'écriture", r"plume", r"signe(?:ra)? le scénario", r"créat(?:eur|rice)\b",
                   r"adapt\w* par"),
        "replaces": (r"remplace(?:ra|rait|nt|ront)?\b", r"a remplacé\b(?! par)", "succède(?:ra)? à", "succéder à",
                     "prend(?:ra)? la relève de", "à la place de", "reprend(?:ra)? le flambeau de"),
        "replaced_by": ("remplacée?s? par",),
        "cast": (
            r"\bcasting\b", r"\bdistribution\b", r"incarn\w*", r"dans le rôle", r"dans la peau", r"rôles?\b", r"joue\w*",
            r"jouera\b", r"interprét\w*", r"acteurs?\b", r"actrices?\b", r"comédien\w*", r"rejoin\w*", r"rejoint\w*",
            r"à l'affiche", r"porté(?:e)? par", r"retrouve\w*", r"de retour", r"reprend\w*", r"remplac\w*", r"succède",
            r"nouveaux? venu\w*", r"nouvelles? venues?", r"recrue\w*", r"parmi lesquels", r"aux côtés de", r"star\w*",
            r"vedette\w*", r"têtes? d'affiche", r"retours?\s*:", r"nouveaux?\s*:", r"avec\s*:", r"présence de",
            r"personnages?\b", r"sa place", r"le flambeau", r"costume de", r"révélation",
        ),
        "departing": (r"ne (?:\w+ )?(?:reviendra|sera|fera|jouera|incarnera|rempilera)\w* (?:\w+ )?(?:pas|plus)",
                      r"n'incarnera (?:pas|plus)", r"quitt\w*", r"départ\b", r"laisse\w* (?:sa|son) (?:place|rôle|costume)",
                      r"laissera\b", r"sans\b", r"absent\w*", r"ne fait (?:donc )?pas partie", r"ne fera (?:\w+ )?pas partie",
                      r"remplacement d", r"remplacé\w*", r"adieux?\b", r"tire sa révérence", r"ne sera plus"),
        "returning": (r"de retour", r"reprend\w* (?:leurs?|son|ses|sa) rôles?", r"reprendr\w*", r"retrouve\w*",
                      r"revien\w*", r"reviendr\w*", r"rempil\w*", r"retours?\s*:", r"à nouveau", r"encore une fois",
                      r"fidèles? au poste", r"casting original", r"toujours là"),
        "new_cast": (r"\bnouve(?:au|aux|lle|lles)\b", r"rejoin\w*", r"rejoint\w*", r"nouveaux? venu\w*", r"recrue\w*",
                     r"arrivée\w*", r"incarnera\b", r"jouera\b", r"remplacera\b", r"succède", r"prendra (?:sa|le) (?:place|relais)",
                     r"reprendre le flambeau", r"le remplacera", r"sa place à", r"costume de", r"en négociation\w*",
                     r"débarque\w*", r"renfort\w*"),
    },
    gate_words={
        "renewal": ("renouvel", "feu vert", "rempil", "saison", "season", "volet", "chapitre", "partie", "annul",
                    "arrêt", "s'arrête", "production"),
        "release": ("sorti", "débarqu", "arriv", "disponible", "diffus", "antenne", "en ligne", "lancement", "date",
                    "première", "report", "repouss", "décal", "revien", "retour", "écran", "visible", "découvrir",
                    "programm", "présentera", "dès le", "à partir du", "streaming", "premier épisode", "attendre",
                    "patienter", "teaser", "bande", "images", "first look", "extrait"),
        "episodes": ("épisode", "parties", "format"),
        "filming": ("tournage", "prise", "production", "clap", "manivelle", "tourn", "moteur", "caméra"),
        "director": ("réalis", "caméra", "scène", "tourn", "cinéaste", "commandes", "showrunn"),
        "writer": ("scénar", "écri", "auteur", "autrice", "showrunn", "plume", "créat", "adapt"),
        "cast": ("remplac", "succède", "succéder", "relève", "place de", "flambeau",
                 "casting", "distribution", "incarn", "rôle", "peau", "joue", "interprét", "acteur", "actrice",
                 "comédien", "rejoin", "affiche", "porté", "retrouve", "retour", "reprend", "remplac", "succède",
                 "venu", "recrue", "parmi", "côtés", "star", "vedette", "nouveau", ":", "présence", "personnage",
                 "place", "flambeau", "costume", "révélation", "revien", "reviendr", "sera", "fera", "quitt",
                 "départ", "laisse", "sans", "absent", "partie", "adieu", "révérence", "rempil", "nouvea", "nouvel",
                 "à nouveau", "encore une fois", "fidèle", "toujours là", "arrivée", "prendra", "négociation",
                 "débarque", "renfort", "n'incarnera"),
    },
    gates_at_word_start=frozenset({"sorti", "arriv", "tourn", "joue", "sans", "date", "star", "place", "sera", "fera",
                                   "partie", "retour", "moteur", "format"}),
    false_friends=frozenset({"on", "son", "entre", "sera", "fin", "pour", "plus"}),
    not_names=frozenset({
        "saison", "série", "épisode", "épisodes", "réalisateur", "réalisatrice", "scénariste", "acteur", "actrice",
        "casting", "fans", "tournage", "production", "bande-annonce", "teaser", "deuxième", "seconde", "première",
        "premier", "nouvelle", "nouveau", "le", "la", "les", "un", "une", "de", "du", "des", "en", "dans", "avec",
        "pour", "par", "comme", "quand", "quoi", "qui", "aussi", "mais", "et", "ou", "donc", "alors", "depuis",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "date", "format",
        "retours", "nouveaux", "combien", "rencontre", "selon", "malgré", "avant", "après", "ce", "cette", "il",
        "elle", "ils", "elles", "on", "nous", "plateforme", "chaîne", "synopsis", "intrigue", "personnage",
        "personnages", "sortie", "diffusion", "côté", "enfin", "ainsi", "pourtant", "toutefois", "cependant",
        "polonais", "polonaise", "américain", "américaine", "britannique", "anglais", "anglaise", "coréen", "coréenne",
        "sud-coréen", "sud-coréenne", "français", "française", "allemand", "allemande", "italien", "italienne",
        "espagnol", "espagnole", "belge", "flamand", "flamande", "japonais", "japonaise", "canadien", "canadienne",
        "australien", "australienne", "comédien", "comédienne", "romancier", "romancière", "écrivain", "écrivaine",
    }),
    empty_because={
        "family_names": "names are not told by family name in French text; the Korean pack's romanised ones are read everywhere",
    },
)
