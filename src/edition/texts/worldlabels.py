"""Labels of a page's end matter and share rows in the languages the other rules do not read.

The rules of ``edition.texts.sitelabels`` and ``edition.texts.furniture`` know English, German
and French labels, with a few Spanish and Italian ones: on pages in Portuguese, Czech,
Russian, Japanese or Chinese, a related-stories list, a comment heading or a row of share
buttons was kept as the author's. These rules give the same labels in Spanish, Portuguese,
Italian, Dutch, Polish, Czech, Slovak, Russian, Japanese, Chinese and Korean (with the German,
French and English forms the others lack), written from how sites word them. They were written
after the lines kept on the news-custom pages in Portuguese, Czech, Japanese, French and
English and on a German wordpress page had been read, and are scored on the other platforms
(``tuned_on``).

A heading of a list of other articles opens a block that runs to the next line of prose, as
"Related Stories" does; a heading of the comments or of the tags only marks where the page's
end matter may begin (``edition.texts.endmatter``), and the comments' only with their count
or as a prompt ("Deixe um comentário"): an author may set "Comments" alone as a heading over
the text's last paragraph, in any language. A share button's word counts only in a row of
buttons.
"""

from __future__ import annotations

from edition.texts.rule import make_rule

_TUNED_ON = "news-custom wordpress"

# A heading may stand in brackets ("【関連記事】") or end in a colon or an arrow.
_OPEN = r"^\s*[\[【「〔(]?\s*"
_CLOSE = r"\s*[\]】」〕)]?\s*[:：»›>]?\s*$"

WORLD_RULES = (
    make_rule(
        "related-headings",
        "Headings of lists of the site's other articles in more languages (“Leia também”, "
        "“Související”, “Читайте также”, “関連記事”).",
        _OPEN + r"(?:"
        # Spanish and Portuguese.
        r"(?:art[ií]culos|artigos|noticias|not[ií]cias|temas|t[óo]picos|contenidos|conte[úu]dos"
        r"|mat[ée]rias|v[ií]deos)\s+relacionad[oa]s|relacionad[oa]s|te\s+puede\s+interesar"
        r"|tambi[ée]n\s+te\s+puede\s+interesar|(?:lee|lea|leia|ver|veja|vea|mira)\s+(?:tamb[ée]m"
        r"|tambi[ée]n)|leia\s+mais|(?:lo\s+)?m[áa]s\s+(?:le[ií]d[oa]s?|vist[oa]s?|popular(?:es)?"
        r"|compartid[oa]s)|mais\s+(?:lid[oa]s|vist[oa]s|populares|compartilhad[oa]s)(?:\s+\S+){0,2}"
        r"|[úu]ltimas\s+(?:noticias|not[ií]cias)|m[áa]s\s+noticias|mais\s+not[ií]cias"
        r"|recomendad[oa]s|recomendamos|te\s+recomendamos|recomendados\s+para\s+(?:ti|voc[êe])"
        # Italian and Dutch.
        r"|(?:articoli|notizie)\s+correlat[ie]|correlat[ie]|leggi\s+anche|ti\s+potrebbe"
        r"\s+interessare|potrebbe\s+interessarti|(?:i\s+|le\s+)?pi[ùu]\s+(?:lett[ie]|vist[ie]"
        r"|condivis[ie])|ultime\s+notizie|altre\s+notizie|gerelateerde\s+(?:artikelen|berichten)"
        r"|gerelateerd|lees\s+ook|meer\s+nieuws|meest\s+gelezen|laatste\s+nieuws|ook\s+interessant"
        # Polish, Czech and Slovak.
        r"|powi[ąa]zane(?:\s+artyku[łl]y)?|zobacz\s+(?:te[żz]|tak[żz]e)|(?:prze)?czytaj\s+(?:te[żz]"
        r"|tak[żz]e)|najcz[ęe][śs]ciej\s+czytane|najpopularniejsze|polecane"
        r"|souvisej[ií]c[ií](?:\s+[čc]l[áa]nky)?|s[úu]visiace(?:\s+[čc]l[áa]nky)?"
        r"|[čc]t[ěe]te\s+(?:tak[ée]|t[ée][žz])|[čc][íi]tajte\s+aj|mohlo\s+by\s+v[áa]s\s+zaj[íi]mat"
        r"|nej[čc]ten[ěe]j[šs][íi]|naj[čc][íi]tanej[šs]ie|dal[šs][íi]\s+zpr[áa]vy"
        r"|nejnov[ěe]j[šs][íi]\s+zpr[áa]vy|doporu[čc]ujeme"
        # Russian and Ukrainian.
        r"|читайте\s+(?:также|також)|по\s+теме|похожие\s+(?:статьи|новости|материалы)"
        r"|самое\s+(?:читаемое|популярное)|популярное|последние\s+новости|все\s+новости"
        r"|рекомендуем|новости\s+по\s+теме"
        # German, French and English forms the other rules lack.
        r"|verwandte\s+(?:artikel|beitr[äa]ge)|[äa]hnliche\s+(?:artikel|beitr[äa]ge)"
        r"|meistgelesen(?:e|en)?(?:\s+artikel)?|neueste\s+(?:artikel|beitr[äa]ge)"
        r"|das\s+k[öo]nnte\s+dich\s+(?:auch\s+)?interessieren|auch\s+interessant"
        r"|articles?\s+(?:similaires|li[ée]s|connexes|recommand[ée]s)|[àa]\s+lire\s+(?:[ée]galement"
        r"|aussi)|les\s+plus\s+(?:lus|partag[ée]s|consult[ée]s|comment[ée]s)|(?:vid[ée]os|articles)"
        r"\s+les\s+plus\s+(?:vu(?:e)?s|lus)|derni[èe]res\s+(?:actualit[ée]s|infos|nouvelles)"
        r"|nos\s+recommandations|latest(?:\s+news)?|all\s+news|editors?'?s?\s+picks|don'?t\s+miss"
        # Japanese, Chinese and Korean.
        r"|関連(?:記事|ニュース|リンク)|おすすめ(?:記事|ニュース)?|オススメ記事|人気(?:記事|ランキング)"
        r"|(?:\S{0,12})アクセスランキング(?:\s*[（(].{1,12}[)）])?|最新(?:記事|ニュース)"
        r"|あわせて読みたい|こちらもおすすめ|相[关關](?:文章|新[闻聞]|[阅閱][读讀]|推[荐薦]|[报報][导導])"
        r"|推[荐薦][阅閱][读讀]|[热熱]门(?:文章|新[闻聞])|熱門(?:文章|新聞)|最新(?:文章|新[闻聞])"
        r"|延伸[阅閱][读讀]|猜你喜[欢歡]|관련\s*기사|많이\s*본\s*(?:뉴스|기사)|인기\s*기사"
        r"|최신\s*기사|추천\s*기사"
        r")" + _CLOSE,
        trailing=True,
        tuned_on=_TUNED_ON,
    ),
    make_rule(
        "section-headings",
        "Headings of the comments and the tags in more languages (“Comentários (3)”, “Deja un "
        "comentario”, “Komentáře (12)”, “コメントを書く”, “Etiquetas”).",
        _OPEN + r"(?:"
        r"(?:\d+\s+(?:comentarios|coment[áa]rios|commenti|reacties|komentarz[ey]?|koment[áa][řr][eů]"
        r"|koment[áa]rov|комментари[йяев]+)|(?:comentarios|coment[áa]rios|commenti|reacties|komentarze"
        r"|koment[áa][řr]e|koment[áa]re|diskuse|diskuze|diskusia|комментарии|обсуждение)\s*\(\d+\))"
        r"|(?:deja|deixe|escribe|escreva)\s+(?:un|uma?|tu|seu|su)\s+coment[áa]rio|comente"
        r"|lascia\s+un\s+commento|scrivi\s+un\s+commento|laat\s+een\s+reactie\s+achter|reageer"
        r"|dodaj\s+komentarz|skomentuj|p[řr]idat\s+koment[áa][řr]|napi[šs]te\s+koment[áa][řr]"
        r"|оставить\s+комментарий|оставьте\s+комментарий|написать\s+комментарий"
        r"|hinterlasse\s+einen\s+kommentar|schreibe\s+einen\s+kommentar|kommentare\s+abonnieren"
        r"|laisser\s+un\s+commentaire|laissez\s+un\s+commentaire|r[ée]agissez|vos\s+r[ée]actions"
        r"|leave\s+a\s+(?:comment|reply)|コメント(?:する|を書く|非表示|一覧)|[发發]表(?:[评評][论論]|留言)"
        r"|댓글\s*쓰기"
        r"|etiquetas|tags|tagy|[šs]t[íi]tky|теги|тэги|метки|タグ|[标標][签籤]|태그|palavras-chave"
        r"|palabras\s+clave|parole\s+chiave|trefwoorden|s[łl]owa\s+kluczowe|kl[íi][čc]ov[áa]\s+slova"
        r"|schlagw(?:ö|oe)rter|schlagworte|stichworte"
        r")" + _CLOSE,
        after_text=True,
        tuned_on=_TUNED_ON,
    ),
    make_rule(
        "share-words",
        "Share, print and send buttons in more languages (“Compartilhar”, “Sdílet článek”, "
        "“Поделиться”, “シェアする”), and services the other rules do not name (“VK”, “微博”).",
        r"^\s*(?:compartilh(?:e|ar)|compartir|comparte|condividi|deel|delen|udost[ęe]pnij"
        r"|sd[íi]let(?:\s+[čc]l[áa]nek)?|zdie[ľl]a[ťt]|поделиться|シェア(?:する)?|ツイート"
        r"|分享|공유(?:하기)?|imprimir|stampa|drukuj|tisk|печать|enviar|envoyer|inviare"
        r"|correo|copiar\s+(?:o\s+)?(?:link|enlace)|copia\s+(?:il\s+)?link"
        r"|link\s+kopieren|copier\s+le\s+lien|twittern|tweeten|google\+?|stumbleupon"
        r"|blogger|vk|вконтакте|одноклассники|weibo|微博|微信|wechat|qq空[间間]|line"
        r"|はてなブックマーク|카카오톡)\s*:?\s*$",
        in_runs=True,
        tuned_on=_TUNED_ON,
    ),
)
