"""An office's holder named by the title alone (首相は「…」と述べた, 初入閣した厚生労働相は「…」と語った): where no
person of the article goes by it, the title is the speaker, an actor of the article's; a holder the article names
(北川首相), another state's (同国の首相), a former one (前首相) or a word that ends so (真相) is none. Sentences of our
own; each fails without `quotes.cabinet`."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.models import Document
from tui.news.pipeline import analyse

_PAGE = ("首相、内閣改造　11閣僚が交代\n\n首相は15日夜の記者会見で「改革を前に進める布陣ができた」と述べた。"
         "その上で「結果で示していく」と強調した。初入閣した厚生労働相は就任会見で「丁寧に進めたい」と語った。")


def test_an_office_no_one_named_holds_speaks_by_its_title() -> None:
    assert quotes(_PAGE) == [("改革を前に進める布陣ができた", "首相"), ("結果で示していく", "首相"),
                             ("丁寧に進めたい", "厚生労働相")]
    stored = analyse(Document(source="t", text=_PAGE, published="2099-09-16"))
    assert ("p:首相", "首相", "person") in [a[:3] for a in stored.actors]


def test_a_holder_named_another_states_a_former_one_or_a_word_is_no_office() -> None:
    assert quotes("北川首相は会見した。\n\n首相は「前に進める」と述べた。") == [("前に進める", "北川")]
    assert quotes("外相は同国の首相と会談した。首相は「信頼できる友人だ」と述べたという。")[0][1] != "首相"
    assert quotes("前首相は「残念だ」と述べた。") == [("残念だ", None)]
    assert quotes("事件の真相は「まだ分からない」という。") == [("まだ分からない", None)]


def test_a_short_form_speaks_as_the_full_title_the_article_writes() -> None:
    text = "訪米中の経済産業相が協定に署名した。\n\n経産相は会見で「供給網を強くできた」と述べた。"
    assert quotes(text) == [("供給網を強くできた", "経済産業相")]


def test_同相_after_a_ministers_office_named_alone_is_that_office() -> None:
    talks = ("日本からは環境相が28日に現地入りし、30日の全体会合で演説した。同相は「日本は新たに資金を出す用意がある」と"
             "表明した。")
    assert quotes(talks) == [("日本は新たに資金を出す用意がある", "環境相")]
    two = "外相は「協議を続ける」と述べた。財務相も「賛成だ」と話した。同相は「予算を出す」と述べた。"
    assert quotes(two)[-1] == ("予算を出す", None)  # (two offices named before: either may be meant)
