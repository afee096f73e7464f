"""Labels of page furniture that sites of every kind set, by their wording.

Each group says where its wording came from: how pages are built (tuned on no platform), or
the lines the earlier rules kept on some platforms' captures (named in ``tuned_on``, so that
the benchmark scores the rule on the others). ``edition.texts.furniture`` applies them.
"""

from __future__ import annotations

from edition.texts.rule import make_rule

# Labels every kind of site sets, written from how pages are built (skip links, menus, legal
# links, tag lines, comment forms, newsletter boxes, follow buttons, counters) before any
# capture of the corpus was read for them, so they are tuned on no platform. Each takes only
# lines that are not prose; a label an author may set alone ("Home", "Search") counts only
# in a row of labels outside the text.
GENERAL_RULES = (
    make_rule(
        "skip-links",
        "Links that skip or toggle the page's navigation (“Skip to content”, “Back to top”).",
        r"^\s*(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer)"
        r"|(?:toggle|open|close)\s+(?:the\s+)?(?:navigation|menu|search)"
        r"|(?:back|scroll|return)\s+to\s+top|nach\s+oben|retour\s+en\s+haut)\s*$",
    ),
    make_rule(
        "legal-links",
        "The site's legal and service links (“Privacy Policy”, “Terms of Use”, “Impressum”).",
        r"^\s*(?:privacy(?:\s+(?:policy|notice|settings|statement))?"
        r"|terms\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions)"
        r"|cookie\s*(?:policy|settings|preferences|einstellungen)|manage\s+cookies"
        r"|do\s+not\s+sell\s+my\s+(?:personal\s+)?info(?:rmation)?"
        r"|accessibility(?:\s+statement)?|site\s*map|impressum|datenschutz(?:erklärung)?"
        r"|mentions\s+légales|politique\s+de\s+confidentialité|nutzungsbedingungen|agb)\s*$",
    ),
    make_rule(
        "tag-line",
        "A line of tags or categories (“Tags: …”, “Filed under: …”, “Posted in …”).",
        r"^\s*(?:tags?|tagged(?:\s+with)?|filed\s+under|posted\s+in|categor(?:y|ies)|topics?"
        r"|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mots[- ]cl(?:é|e)s)\s*:",
    ),
    make_rule(
        "comment-form-fields",
        "The fields and notices of a comment form (“Your email address will not be "
        "published.”, “Post Comment”).",
        r"^\s*(?:your\s+e-?mail(?:\s+address)?\s+will\s+not\s+be\s+published\b.*"
        r"|required\s+fields\s+are\s+marked\b.*|(?:post|submit|add|send)\s+(?:a\s+)?comment"
        r"|cancel\s+reply|(?:name|e-?mail|website|comment)\s*(?:\*|\(required\))\s*:?"
        r"|kommentar\s+(?:schreiben|absenden|verfassen)|ajouter\s+un\s+commentaire"
        r"|poster\s+un\s+commentaire)\s*$",
    ),
    make_rule(
        "comments-opener",
        "A heading of the comment thread or its form (“Post a comment”, “Join the "
        "discussion”), and the labels under it.",
        r"^\s*(?:post\s+a\s+comment|add\s+(?:a|your)\s+comment|write\s+a\s+comment"
        r"|join\s+the\s+(?:discussion|conversation)|reader\s+comments|kommentare"
        r"|commentaires|discussion|forum|réagir)\s*:?\s*$",
        trailing=True,
        tuned_on="wordpress",
    ),
    # A counter opens no block: it stands by the byline as often as over the thread (a
    # wordpress page's "2 responses" above the text's first heading).
    make_rule(
        "comment-counters",
        "Counters of the comment thread in several languages (“12 Kommentare”, “Commentaires "
        "(3)”, “2 responses”).",
        r"^\s*(?:(?:vos\s+)?(?:comments?|commentaires?|kommentare?)\s*\(\d+\)|\d+\s+(?:kommentare?"
        r"|commentaires?|réactions?|messages?|antworten|replies|responses))\s*:?\s*$",
        tuned_on="wordpress",
    ),
    # Written from how pages link their neighbours, before it was scored: a serial's or a
    # blog's previous and next parts, in English, German and French.
    make_rule(
        "neighbour-links",
        "Links to the previous and next parts (“Next Chapter”, “Vorheriger Beitrag”, "
        "“Article suivant”).",
        r"^\s*(?:(?:previous|prev|next)\s+(?:chapter|part|page|entry|episode|post|article)"
        r"|(?:vorherige[rs]?|nächste[rs]?|voriger?)\s+(?:kapitel|teil|seite|beitrag|artikel|eintrag)"
        r"|(?:chapitre|article|billet|épisode|page)\s+(?:précédente?|suivante?)"
        r"|(?:zurück|weiter|précédent|suivant|previous|next)\s*[»›>]?)\s*[»›>]?\s*$",
    ),
    make_rule(
        "reply-buttons",
        "The reply button under each reader comment, in several languages (“Reply to this "
        "comment”, “Répondre à ce message”, “Antworten”).",
        r"^\s*(?:reply(?:\s+to\s+(?:this\s+)?(?:comment|message|post))?|répondre(?:\s+à\s+ce"
        r"(?:t)?\s+(?:message|commentaire|article))?|antworten|auf\s+diesen\s+(?:kommentar"
        r"|beitrag)\s+antworten|responder|rispondi)\s*$",
        after_text=True,
    ),
    make_rule(
        "newsletter-box",
        "A newsletter box (“Sign up for our newsletter”, “Get the newsletter”).",
        r"^\s*(?:(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the|my)\b.*"
        r"|(?:get|join)\s+(?:our|the)\s+(?:\w+\s+)?(?:newsletter|mailing\s+list)\b.*"
        r"|(?:our\s+|the\s+)?newsletter|newsletter\s+(?:abonnieren|bestellen))\s*$",
        trailing=True,
    ),
    make_rule(
        "read-next",
        "Teasers of the site's other articles (“Read next”, “More stories”, “Lesen Sie auch”).",
        r"^\s*(?:read\s+(?:next|also)|up\s+next|what\s+to\s+read\s+next|more\s+(?:stories"
        r"|articles|posts|news)|latest\s+(?:news|stories|articles|posts)|popular\s+(?:posts"
        r"|stories|articles)|(?:das\s+)?könnte\s+sie\s+(?:auch\s+)?interessieren|lesen\s+sie"
        r"\s+(?:auch|mehr)|mehr\s+zum\s+thema|weitere\s+(?:artikel|beiträge)|à\s+lire\s+aussi"
        r"|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique)\s*:?\s*$",
        trailing=True,
        tuned_on="spip",
    ),
    make_rule(
        "counters",
        "Counters of the page's readers and shares (“1.2k shares”, “5 min read”).",
        r"^\s*(?:\d[\d,.]*\s*[km]?\s+(?:likes?|shares?|views?|reads?|claps?|reactions?"
        r"|responses?)|\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|reading|lesezeit|de\s+lecture)"
        r"|(?:reading\s+time|lesezeit|temps\s+de\s+lecture)\s*:?\s*\d+\s*\w*)\s*$",
    ),
    make_rule(
        "ad-labels",
        "Advertisement labels in other languages (“Anzeige”, “Publicité”).",
        r"^\s*(?:anzeige|werbung|publicité|pubblicità|publicidad|advert|ad)\s*$",
    ),
    make_rule(
        "nav-labels",
        "A row of the site's menu and account links (“Home”, “Menu”, “Search”, “Log in”).",
        r"^\s*(?:home(?:page)?|menu|main\s+menu|navigation|search|suche|rechercher|recherche"
        r"|log\s*in|log\s*out|sign\s*in|sign\s*up|register|my\s+account|account|profile"
        r"|about(?:\s+us)?|contact(?:\s+us)?|kontakt|archives?|newsletters?|rss|faq|help"
        r"|jobs|careers|advertise|shop|donate|spenden|anmelden|abmelden|registrieren"
        r"|se\s+connecter|s'abonner|abonnieren|subscribe|more|mehr|plus)\s*$",
        in_runs=True,
        tuned_on="royalroad",
    ),
    make_rule(
        "follow-links",
        "Follow and share buttons of more services (“Instagram”, “LinkedIn”, “WhatsApp”).",
        r"^\s*(?:follow(?:\s+us)?(?:\s+on\s+\S+)?|instagram|linkedin|youtube|pinterest"
        r"|whatsapp|telegram|tumblr|flipboard|mastodon|threads|xing|pocket|messenger|sms"
        r"|teilen|drucken|partager|imprimer|tweet|pin\s+it|save|copy\s+url)\s*:?\s*$",
        in_runs=True,
        tuned_on="royalroad",
    ),
)
# A credit after its colon: a name or an agency of a few words, no sentence.
_CREDITED = r"\s*:\s*(?:[^\s.!?:]+\s+){0,7}[^\s.!?:]+\.?\s*$"
# Written from the lines the rules above kept on the typo3, joomla, hubspot, brightspot, gatsby
# and hugo pages (a lightbox's close button, credits after captions, share links that open a
# new window, "Weitere Beiträge zum Thema", a length note), and named after them.
READ_RULES = (
    make_rule(
        "icon-glyphs",
        "A button shown as a symbol alone (“×”, “☰”, “›”).",
        r"^\s*[×✕✖✗☰≡▲▼△▽◀▶◂▸‹›↑↓←→⌃⌄⋮⋯+]{1,3}\s*$",
        tuned_on="typo3",
    ),
    make_rule(
        "credit-caption",
        "An image's caption that ends in its credit (“… © Photographer/Agency”).",
        r"\S\s+(?:©|\(c\))\s*[^©\s][^©]{0,80}$",
        tuned_on="typo3",
    ),
    # Read from the credits kept at the end of captions on the escenic, news-custom and spip
    # pages ("… (Image: @GardaTraffic)", "… (Credit: AP/…)", "Photo (cc) : svenwerk").
    make_rule(
        "bracketed-credit",
        "An image's caption that ends in its credit in brackets (“… (Image: Agency)”), or a "
        "credit alone (“Photo (cc) : Name”).",
        r"[(\[](?:image|photo|picture|credit|source|bild|foto|quelle|crédit|фото)s?\s*:"
        r"[^()\[\]]{1,80}[)\]]\s*$|^\s*(?:photo|image|bild|foto)\s*\((?:cc|c)\)\s*:\s*\S.{0,60}$",
        tuned_on="escenic news-custom spip",
    ),
    # Read from the captions the rules above kept with their credits on 29 platforms' pages
    # ("Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images", "… | Foto: Reuters",
    # "Hurricane Matthew. Source: NASA"); held out, it finds credits on seven pages of seven
    # other platforms (metadata 44.5 % → 45.3 % on 208 captures) and loses no line. "Source:"
    # opening a line is a quotation's source as often (a fact-check's "Source: Russian Defense
    # Ministry, October 25, 2019", the text's): it counts only after a caption.
    make_rule(
        "colon-credit",
        "An image's caption that ends in its credit after a colon (“… Photo: Name/Agency”, "
        "“… | Foto: Reuters”).",
        rf"(?:[.!?|]\s+|\s)(?:photo(?:graph)?s?|fotos?|image|bild|credit|crédits?|фото){_CREDITED}"
        rf"|[.!?|]\s+(?:source|quelle){_CREDITED}",
        tuned_on="angular arc aspnet bento blackwolf blogger chorus clay contao django dreamweaver "
        "drupal ellington escenic ezplatform fcms fly foundation hsmedia hypermail kinja kontext "
        "livingdocs medium metades methode movabletype netobjects news-custom wordpress",
    ),
    make_rule(
        "window-links",
        "Share, print and other links of the page (“Seite teilen via Twitter (neues Fenster)”, "
        "“Print this article”).",
        r"\((?:opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|neues\s+fenster|nouvelle\s+fenêtre"
        r"|new\s+window)\)\s*$|^\s*(?:(?:seite|artikel|beitrag)\s+(?:teilen|drucken|versenden"
        r"|empfehlen)\b.*|print\s+(?:this\s+)?(?:article|page|story|post)|(?:share|teilen"
        r"|partager)\s*:)\s*$",
        tuned_on="typo3 brightspot",
    ),
    make_rule(
        "topic-teasers",
        "Teasers of more articles on the subject (“Weitere Beiträge zum Thema”, “More on this "
        "topic”).",
        r"^\s*(?:weitere\s+(?:beiträge|artikel|inhalte|texte|themen)(?:\s+zum\s+thema)?"
        r"|more\s+on\s+this\s+(?:topic|subject)|autres\s+articles(?:\s+sur\s+ce\s+sujet)?"
        r"|(?:mehr|more)\s+(?:kolumnen|columns|videos|podcasts|artikel|news|from\s+this\s+\w+))"
        r"\s*:?\s*$",
        trailing=True,
        tuned_on="hubspot typo3 joomla",
    ),
    make_rule(
        "length-note",
        "A note of the text's length (“21 minutes - 4312 words”).",
        r"^\s*(?:\d+\s*min(?:ute)?s?\.?\s*[-–·|,]\s*)?[\d,.]+\s*(?:words|wörter|mots)\s*$",
        tuned_on="hugo",
    ),
)
# Written from the lines the rules kept on wordpress pages (“Posted in News”, “Show more
# related content”, “More articles in “News””), in forms other platforms share.
POST_RULES = (
    make_rule(
        "post-labels",
        "A post's category and tag lines without a colon (“Posted in News”, “Tagged jobs, "
        "cities”).",
        r"^\s*(?:posted\s+in|filed\s+under|tagged|labels|categories)\s+\S.{0,80}$",
        tuned_on="wordpress",
    ),
    make_rule(
        "more-links",
        "Links to more of the site's articles (“Show more related content”, “More articles in "
        "…”, “Recent articles”, “Next article …”).",
        r"^\s*(?:show\s+more(?:\s+related)?(?:\s+content)?|more\s+articles\s+(?:in|from|by)\b.*"
        r"|recent\s+(?:articles|stories|news|entries)|related\s+content"
        r"|(?:previous|next)\s+(?:article|entry|story|post)\b.*)\s*$",
        tuned_on="wordpress",
    ),
)
# More labels every kind of site sets, written from how pages are built before they were
# scored (tuned on no platform): ad breaks, image credits, account links, audio players,
# loading notices, cookie banners' buttons.
WIDGET_RULES = (
    # Written from how pages are built, before it was scored, in English, German and French
    # ("Mehr anzeigen" had been read among the lines kept on the interred page). Among the
    # widget rules, after the post rules: a link those know ("Show more related content") is
    # credited to them.
    make_rule(
        "more-buttons",
        "Buttons that show more of a list (“Load more”, “Mehr anzeigen”, “Voir plus”).",
        r"^\s*(?:(?:show|load|see|view)\s+(?:more|all)(?:\s+[\w'’]+){0,2}"
        r"|mehr\s+(?:anzeigen|laden)|alle\s+(?:anzeigen|artikel|beiträge)|weiterlesen|lire\s+la\s+suite"
        r"|(?:voir|afficher)\s+(?:plus|tout|tous|toutes)(?:\s+[\w'’]+){0,2})\s*[»›>+]?\s*$",
        tuned_on="interred",
    ),
    make_rule(
        "ad-breaks",
        "Notices of an advertisement breaking the text (“Story continues below advertisement”).",
        r"^\s*(?:(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)\b.{0,30}"
        r"|continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+to\s+continue\b.{0,30}"
        r"|ad\s+feedback|skip\s+(?:this\s+)?ad\b.{0,30}|you\s+can\s+skip\s+this\s+ad\b.{0,30})\s*$",
    ),
    make_rule(
        "image-credit",
        "An image's credit line (“Photo: …”, “Illustration: …”, “Foto: …”).",
        r"^\s*(?:photo(?:graph)?s?|fotos?|image|illustration|credit|crédits?|bild|picture)"
        r"\s*(?:credit\s*)?:\s*(?:\S+\s+){0,8}\S+\s*$",
        # "Photo by …" under a medium page's photographs is labelled the text's (read when
        # the rule, as first written, lost them): only the colon form is taken. A credit
        # names a photographer or an agency in a few words; a caption set after "Image:" says
        # more ("Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of
        # Tottenham", unseen data of set 8).
        tuned_on="medium",
    ),
    make_rule(
        "account-links",
        "Links to the reader's account (“Log in to comment”, “Create an account”).",
        r"^\s*(?:(?:log\s*in|sign\s*in|sign\s*up|register)(?:\s+(?:to|or|with|for)\b.{0,40})?"
        r"|create\s+(?:an\s+|your\s+)?(?:free\s+)?account.{0,30}|forgot\s+(?:your\s+)?password.{0,10})"
        r"\s*$",
    ),
    make_rule(
        "player-labels",
        "The labels of an audio or video player (“Listen to this article”, “Play video”).",
        r"^\s*(?:listen\s+to\s+(?:this\s+)?(?:article|story|post)(?:\s+\S+){0,3}"
        r"|(?:play|watch)\s+(?:the\s+)?(?:video|audio|podcast)|now\s+playing"
        r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})\s*$",
    ),
    make_rule(
        "loading-notices",
        "Notices of a widget that did not load (“Loading…”, “Please enable JavaScript to view "
        "the comments”).",
        r"^\s*(?:loading(?:\s+\w+)?\s*(?:\.\.\.|…)?|please\s+enable\s+javascript\b.*"
        r"|javascript\s+(?:is\s+)?(?:disabled|required)\b.*|this\s+(?:content|video|embed)\s+"
        r"is\s+(?:not\s+)?(?:available|loading)\b.*)\s*$",
    ),
    make_rule(
        "cookie-buttons",
        "The buttons of a cookie banner (“Accept all cookies”, “Reject all”).",
        r"^\s*(?:accept(?:\s+all)?(?:\s+cookies)?|reject\s+all(?:\s+cookies)?|allow\s+all(?:\s+cookies)?"
        r"|manage\s+(?:preferences|options|consent)|alle\s+akzeptieren|tout\s+accepter"
        r"|tout\s+refuser|got\s+it)\s*!?\s*$",
    ),
)
# Written from the lines the rules kept on the news pages (inline "Related: …" links, topic
# lists, menus in one line, subscription offers, reading tools), in the forms other sites share.
NEWS_RULES = (
    make_rule(
        "inline-teasers",
        "A link to another article set inside the text (“Related: …”, “See also: …”).",
        r"^\s*(?:related|read\s+more|read\s+also|also\s+read|see\s+also|watch|more|lesen\s+sie"
        r"\s+auch|mehr\s+dazu|siehe\s+auch)\s*:\s*\S.*$",
        tuned_on="news-custom",
    ),
    make_rule(
        "topic-list",
        "The heading of a list of the article's topics (“Topics”, “Related Topics”, “Themen”).",
        r"^\s*(?:(?:related|more)\s+)?(?:topics|themen|sujets|thèmes)\s*:?\s*$",
        tuned_on="news-custom typo3",
    ),
    make_rule(
        "reading-tools",
        "Tools of the reading page (“Read Later”, “View PDF/Print Mode”, “Expand Comments”).",
        r"^\s*(?:read\s+later|save\s+(?:for\s+later|article|story)|view\s+pdf.{0,20}|print\s+mode"
        r"|(?:expand|show|hide|view)\s+comments?\s*\+?|reblog|your\s+video\s+will\s+(?:play|begin"
        r"|start)\s+in\s+.{0,12}|continue\s+reading\s+the\s+main\s+story\b.{0,40}"
        r"|all\s+share\s+services|from\s+the\s+section\s+.{1,40})\s*$",
        tuned_on="news-custom",
    ),
    make_rule(
        "subscription-offers",
        "Subscription offers and prompts (“Abonnez-vous …”, “Already a subscriber?”).",
        r"^\s*(?:abonnez-vous|s'abonner|s’abonner|jetzt\s+abonnieren|abonnieren\s+sie"
        r"|already\s+(?:a\s+)?(?:subscriber|member|registered)|déjà\s+abonné|bereits\s+abonnent"
        r"|gérez\s+votre\s+abonnement|manage\s+(?:your\s+)?subscription)\b.{0,80}$",
        tuned_on="news-custom",
    ),
)
