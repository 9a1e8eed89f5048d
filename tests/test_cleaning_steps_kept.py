"""A schedule's or a timeline's lines the cleaner once dropped: a schedule's last step typed as a heading (▽同15日（火）
閉会: no empty heading), a timeline's step whose words name an inquiry (↓8月22日　消費者から「…」との問い合わせ: no
marker of the page's tail, so the sentence under it stays), a notice's section over its fields (■二十歳のつどい over
▽日時　1月8日…), a schedule's last line, a label then its day and weekday (▽全国大会　12月1日（日）開幕, ▽決勝　8日（月・祝）),
and a game's dateline over its score (◆…▽決勝（7日・花園）). Pages of our own; each fails without its change
(`rules.empty_headings`, `features.is_tail_marker`)."""

from __future__ import annotations

from tui.news.cleaning import clean
from tui.news.models import Document


def kept(text: str) -> list[str]:
    return [b.text for b in clean(Document(source="test", text=text, published="2050-02-28")).blocks]


def test_a_schedules_last_step_stays() -> None:
    got = kept("市議会の日程決まる\n\n市議会3月定例会の日程が決まった。\n\n▽3月2日（水）開会\n▽同7日（月）一般質問\n▽同15日（火）閉会")
    assert any("同15日（火）閉会" in t for t in got)


def test_a_timelines_step_naming_an_inquiry_opens_no_tail() -> None:
    text = ("乳業会社がヨーグルトを自主回収\n\n札幌市の乳業会社は30日、ヨーグルト約2万個を自主回収すると発表した。"
            "賞味期限の表示に誤りがあった。\n\n利用者の主婦は「地元の会社なので信頼していた」と話した。\n\n判明までの経緯\n"
            "↓8月22日　消費者から「味がおかしい」との問い合わせ\n↓8月25日　社内調査で誤表示が判明\n↓8月30日　自主回収を発表\n\n"
            "同社は外部の弁護士らによる調査委員会を設け、10月3日に結果を公表する。")
    assert "同社は外部の弁護士らによる調査委員会を設け、10月3日に結果を公表する。" in kept(text)


def test_a_notices_section_over_its_fields_stays() -> None:
    text = ("年末年始の市役所の案内\n\n市は年末年始の窓口業務の案内をまとめた。\n\n■二十歳のつどい\n"
            "▽日時　1月8日（日）午後1時30分から\n▽会場　市民会館大ホール\n\n■消防出初式\n▽日時　1月7日（土）午前10時から\n"
            "▽会場　城跡公園\n\n問い合わせは各担当課へ。")
    got = kept(text)
    assert "二十歳のつどい" in got and "消防出初式" in got


def test_a_schedules_last_line_after_its_labels_stays() -> None:
    text = ("女子バレー、地元クラブが初優勝\n\n女子バレーボールの地域リーグで、港北シーガルズが初の優勝を決めた。"
            "監督は「選手たちが最後まで粘った」と話した。\n\n【今後の日程】\n▽入れ替え戦（港北アリーナ）　6日（土）～7日（日）\n"
            "▽全国大会　12月1日（日）開幕")
    got = kept(text)
    assert any("12月1日（日）開幕" in t for t in got)


def test_a_schedules_last_line_on_a_holiday_stays() -> None:
    text = ("高校フットサル、8強出そろう\n\n全国高校フットサル選手権は2日、3回戦があり、8強が出そろった。"
            "主将は「次も走り勝つ」と話した。\n\n【今後の日程】\n▽準々決勝　4日（木）\n▽準決勝　6日（土）\n▽決勝　8日（月・祝）")
    assert any("8日（月・祝）" in t for t in kept(text))


def test_a_games_dateline_over_its_score_stays() -> None:
    # ◆…▽決勝（7日・花園） right over the score's line, both typed as headings: the game's day and place, kept
    text = ("北浜学園が初優勝\n\n◆全国高校ラグビー大会▽決勝（7日・花園）\n北浜学園（北海道）24―19紀ノ川工（和歌山）\n\n"
            "北浜学園が紀ノ川工に逆転勝ちし、初の全国制覇を果たした。主将は「最後は気持ちだった」と話した。")
    assert any("決勝（7日・花園）" in t for t in kept(text))


def test_a_letters_byline_stays() -> None:
    # (an occupation, a name with an age and a place, set apart by wide spaces: no menu of spaced items)
    text = ("読者の声　冬の便り\n\n今月寄せられた投稿から2通を紹介します。\n\n◇隣の高校生\n会社員　雪村健一（57）　秋田県横手市\n\n"
            "先月の朝、玄関を開けると、隣の家の高校生がスコップを手に立っていた。私は礼を言うのがやっとだった。\n\n"
            "◇孫のチョコ\n無職　江口静子（81）　千葉県市原市\n\n今年の14日、孫娘が手作りのチョコを持って訪ねてきた。")
    assert "会社員　雪村健一（57）　秋田県横手市" in kept(text)


def test_a_games_score_line_stays() -> None:
    text = ("全日本選手権、浪花ブレイズが初優勝\n\n決勝が大阪市で行われ、浪花ブレイズが逆転で勝った。\n\n"
            "浪花ブレイズ　3―2　セントラル・ファング\n\n最終ゲームは、主将の一打で決まった。観客は総立ちになった。")
    assert "浪花ブレイズ　3―2　セントラル・ファング" in kept(text)
