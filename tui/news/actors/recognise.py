"""Actors the gazetteer lacks, in any news: organisations, people and places, from UniDic's classes
and the context around them (`organisations`, `persons`, `places`). Runs after the gazetteer and the
country compounds, on what they left free, an article at a time: a surname can refer back to a full
name, a club named in one sentence is the club in the next.

In this order, each on what the ones before left free: organisations (so 伊藤忠商事 names no person),
the article's clubs, people, places.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .abbreviations import abbreviated
from .short_forms import shortened
from .addresses import in_address
from .affiliations import SIGN as AFFILIATED_SIGN, affiliated, bracket_orgs
from .discipline_names import SIGN as DISCIPLINE_SIGN, discipline_names
from .broadcasters import SIGN as TV_SIGN, broadcasters
from .brands import brand_orgs
from .cut_surname import known_heads, with_cut_surnames
from .shared_surnames import shared_surnames
from .kana_heads import kana_head
from .early_names import early_names
from .echoed import echoed_names, echoed_surnames
from .given_names import given_names, may_find, more_persons
from .group_members import group_members
from .handles import SIGN as HANDLE_SIGN, handles
from .bylines import SIGN as BYLINE_SIGN, bylines
from .listing_parts import SIGNS as LISTING_SIGNS, listing_names
from .labels import SIGNS as LABEL_SIGNS, label_orgs
from .lists import LIST_TAIL, list_persons
from .entries import SIGN as ENTRY_SIGN, entry_names
from .school_names import GATE as SCHOOL_GATE, SIGN as SCHOOL_SIGN, school_names
from .name import KIN
from .paired import paired_names
from .party_forms import SIGN as PARTY_SIGN, party_forms
from .org_seats import SIGNS as SEAT_SIGNS, seated_orgs
from .rosters import SIGN as ROSTER_SIGN, roster_names
from .officer_lists import SIGN as OFFICER_LIST_SIGN, posted_names
from .mixed_names import mixed_names
from .titled_kana import titled_kana
from .country_titles import country_titled
from .name_lists import listed_names, listed_surnames
from .names_again import names_again
from .article_places import take_places
from .city_suffix import SIGNS as CITY_SIGNS
from .club_slots import SIGN as SLOT_SIGN, club_slots, dotted_player
from .comment_heads import SIGN as COMMENT_SIGN, comment_heads
from .football_clubs import SIGN as FOOTBALL_SIGN, football_clubs
from .game_players import game_players, org_ends
from .councils import SIGN as COUNCIL_SIGN, council_orgs
from .local_offices import NAMED_SIGN as NAMED_OFFICE, SIGN as OFFICE_SIGN, local_offices
from .office_heads import office_heads
from .org_apposition import SIGN as APPOSED_SIGN, apposed_orgs
from .org_kinds import SIGN as KIND_SIGN, kind_orgs
from .org_bare import SIGNS as BARE_SIGNS, again as bare_again, bare_orgs
from .org_context import SIGNS as CONTEXT_SIGNS, context_orgs, free_over
from .org_lists import SIGN as LIST_SIGN, list_orgs
from .org_statements import stating_orgs
from .firm_officers import SIGN as FIRM_OFFICER_SIGN, officered_firms
from .troupes import SIGN as TROUPE_SIGN, troupes
from .org_officers import SIGN as OFFICER_SIGN, officer_names, officer_orgs
from .org_teams import CONTEXT as TEAM_CONTEXT, SIGNS as TEAM_SIGNS, team_orgs
from .club_words import CLUB_HINT, club_context, club_mentions, clubs
from .organisations import company_key, ORG_SIGNS, club_town, line_orgs
from .persons import Name, line_persons, title_spans
from .quoted import quoted_orgs
from .read_names import SIGN as READING_SIGN, kana_read_names, reading_names
from .readings import readings
from .ring_names import SUMO, ring_names, stables
from .said import SIGNS, said_persons
from .scores import SIGNS as SCORE_SIGNS, score_sides
from .split_given import split_given
from .plays import SIGN as PLAY_SIGN, play_persons
from .sports_names import RESULT_SIGN, result_persons
from .speakers import SPEAKS, alias_persons, speaker_persons
from .stock_codes import SIGN as CODE_SIGN, coded_orgs
from .stage_names import SIGNS as STAGE_SIGNS, stage_names
from .lines import lines as article_lines, signs
from .team_prefix import team_before
from .tokens import KANJI, ids



def recognise(flat: str, busy: bytearray, heads: dict[int, tuple[int, bool]] | None = None,
              units: "list[tuple[int, str, list[str] | None]] | None" = None,
              people: "dict[int, int] | None" = None, known_clubs: "dict[int, int] | None" = None) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, key) of each new mention in `flat` (an article's passages joined by line
    breaks); `busy`: where an actor is found already (1), over `flat` (left as it is). `key` files the
    mention under an actor: a person's surname, an organisation's or place's name. `heads`: start ->
    (end, a country?) of the countries and places found so far, which may head an organisation's name
    (日本サッカー協会): such a name replaces them. `units`: (offset, text, `language.classes`) of the
    passages `flat` joins, when the caller has their classes (else each line is tokenized here).
    `people`: start -> end of the people found so far (the gazetteer's): their surname alone later is
    filed under their full name, the key then. `known_clubs`: start -> end of the known clubs found so far by their short
    names (`sport_forms`): a player after one and ・ is read as after a club found here."""
    heads = heads or {}
    occupied = bytearray(busy)  # the actors found so far, and this pass's as it finds them
    for s, e in readings(flat):  # 森岡貴之（もりおか たかゆき、…）: a name's reading names no one again
        occupied[s:e] = b"\1" * (e - s)
    out: list[tuple[str, int, int, str]] = []

    def take(kind: str, start: int, end: int, key: str) -> None:
        if kind == "organization" and start and "ぁ" <= flat[start - 1] <= "ゖ":  # ほしぞら電機労働組合: its kana head
            x = lines[bisect_right(starts, start) - 1]
            head = x.at + kana_head(x.text, x.toks, start - x.at)
            if head < start and free(head, start):
                key, start = (flat[head:end] if key == flat[start:end] else key), head
        occupied[start:end] = b"\1" * (end - start)
        out.append((kind, start, end, key))

    def free(s: int, e: int) -> bool:
        return occupied.find(1, s, e) < 0

    lines = article_lines(flat, units, occupied)
    starts = [x.at for x in lines]

    def rows(*patterns) -> set[int]:
        return signs(flat, starts, *patterns)

    names_ids = ids("pos2", "人名")
    club_names: set[str] = set()
    club_keys: dict[str, str] = {}  # a club's town -> the club's full name (北浜 -> 北浜FC)
    by_line: dict[int, dict[int, tuple[int, bool]]] = {}
    bare_names: set[str] = set()  # organisations named bare or by their seat: found again anywhere (`org_bare.again`)
    club_spans: dict[int, set[tuple[int, int]]] = {}  # row -> the known clubs in it (巨人 of 巨人・オルドニェスが)
    for k, v in (known_clubs or {}).items():
        row = bisect_right(starts, k) - 1
        club_spans.setdefault(row, set()).add((k - starts[row], v - starts[row]))
    if heads:
        for k, (v, c) in heads.items():
            row = bisect_right(starts, k) - 1
            if row >= 0:
                by_line.setdefault(row, {})[k - starts[row]] = (v - starts[row], c)
    org_rows, club_rows, context_rows = rows(*ORG_SIGNS), rows(CLUB_HINT), rows(*CONTEXT_SIGNS)
    # A plural before a particle, in a line about a game: the game's words read only in the lines of the first
    team_rows = {row for row in rows(*TEAM_SIGNS) if TEAM_CONTEXT.search(lines[row].text)}
    org_list_rows, apposed_rows, kind_rows = rows(LIST_SIGN), rows(APPOSED_SIGN), rows(KIND_SIGN)
    firm_officer_rows, troupe_rows = rows(FIRM_OFFICER_SIGN), rows(TROUPE_SIGN)  # 天測工業の榊原周平社長, 劇団かんてら座
    list_rows, speak_rows = rows(*LIST_TAIL), rows(*SPEAKS)  # a title closing a list (各選手, の3氏), a speaker
    say_rows, result_rows = rows(SIGNS), rows(RESULT_SIGN)  # a verb of speech after と; a player's result
    play_rows = rows(PLAY_SIGN)  # a player's play: ソトの犠牲フライ, ○勝ち 島本 １勝
    affiliated_rows = rows(AFFILIATED_SIGN)  # a word before a bracket: 桐ケ谷（ＪＡＬ）
    post_rows = rows(OFFICER_LIST_SIGN)  # a list's mark: ▽社長 燕沢隆之
    entry_rows = rows(ENTRY_SIGN)
    roster_rows = rows(ROSTER_SIGN)  # 、 twice close together: 関大地、郡上颯、…  # a short bracket: 能登美桜（寺井台小５年）
    discipline_rows = rows(DISCIPLINE_SIGN)  # a sport or event: サーフィンの新城カイは
    score_rows = rows(*SCORE_SIGNS)  # a score written with a dash: 【オリックス３−２西武】
    officer_rows = rows(OFFICER_SIGN)  # の, a name and a body's officer: 連合の芳野会長
    council_rows, label_rows = rows(COUNCIL_SIGN), rows(*LABEL_SIGNS)  # 日本学術会議の会員; ソニー・…からデビュー
    office_rows = rows(OFFICE_SIGN, NAMED_OFFICE)  # 市保健所は: a local office named by its kind
    bare_rows = rows(*BARE_SIGNS)  # organisations named bare, and (`bare_names`) the words found so
    football_rows, coded_rows, tv_rows = rows(FOOTBALL_SIGN), rows(CODE_SIGN), rows(TV_SIGN)
    game_rows = rows(SLOT_SIGN) | score_rows  # a game's or a manager's word: clubs written alone (巨人打線, 楽天の則本投手)
    for row in sorted(rows(COMMENT_SIGN)):  # ソフトバンク・井上　…「…」: a comment's club and person
        x, here_, known_ = lines[row], by_line.get(row, {}), club_spans.get(row, set())
        heads_ = comment_heads(x.text, lambda a, b, x=x, h=here_, k=known_: (a, b) in k or free_over(x.free, h, a, b), x.free)
        if heads_ is not None:
            (cs, ce), (ps, pe) = heads_
            if (cs, ce) not in known_:  # (a known club is the gazetteer's already: 日本ハム・柿沼)
                take("organization", x.at + cs, x.at + ce, x.text[cs:ce])
                club_names.add(x.text[cs:ce])
            take("person", x.at + ps, x.at + pe, x.text[ps:pe])
    for row in sorted(rows(BYLINE_SIGN)):  # 【北京＝宇佐川陽】: the correspondent who files the report
        x = lines[row]
        for s, e, surname in bylines(x.text, x.free):
            take("person", x.at + s, x.at + e, surname)
    for row in sorted(rows(HANDLE_SIGN)):  # ハヤト（本名・小川隼人）選手: the handle is the person
        x = lines[row]
        for s, e, surname in handles(x.text, x.free):
            take("person", x.at + s, x.at + e, surname)
    early = early_names(flat, lines, rows, occupied)  # 指揮者マルコ・ベルティーニ氏, 春雨亭かもめ: culture pages' names
    for row in sorted(rows(*LISTING_SIGNS)):  # 【出】大門寺健吾・ほのか・KAIほか: the people a listing's part names (after
        x = lines[row]  # the names printed with a space, 【語り】藍沢 聡子, which `early_names` reads)
        for s, e, key in listing_names(x.text, x.free):
            take("person", x.at + s, x.at + e, key)
    staged: list[Name] = []  # the persons of `stage_names`, whose bodies in brackets are read with the names'
    for row in sorted(rows(*STAGE_SIGNS)):  # タレントのRIRIKAさん, アントニオ猪木さん, 明治天皇: before the organisations'
        x = lines[row]
        for s, e, key in stage_names(x.text, x.words, x.free):
            if x.free(s, e):
                take("person", x.at + s, x.at + e, key)
                staged.append(Name(x.at + s, x.at + e, key, False))  # (坂元蓮（東洋工大）: its body read below)
    for row in sorted(rows(PARTY_SIGN)):  # 山元委員（共産）, ６１　共産　現: a party's short form where a party stands
        x = lines[row]
        for s, e, party in party_forms(x.text):
            if x.free(s, e):
                take("organization", x.at + s, x.at + e, party)
    for row in sorted(rows(*SEAT_SIGNS)):  # ソラトビ（福岡市）は, 【人事】北陸ケミカル（６月２７日）: a company by its seat
        x = lines[row]
        for s, e in seated_orgs(x.text, x.free):
            take("organization", x.at + s, x.at + e, x.text[s:e])
            bare_names.add(x.text[s:e])  # (千歳フーズ（東京都中央区）は … 千歳フーズの広報部は: the company again)
    for s, e in mixed_names(flat):  # 宵宮メイが, ガンモ山本は: a stage name of kanji and katakana, before the bodies'
        if free(s, e):
            take("person", s, e, flat[s:e])
            staged.append(Name(s, e, flat[s:e], False))
    for row in sorted(rows(SCHOOL_SIGN)) if SCHOOL_GATE.search(flat) else ():  # 赤川台中が: a school's short name
        x = lines[row]
        for s, e in school_names(x.text, x.toks, x.free, by_line.get(row, {})):
            take("organization", x.at + s, x.at + e, x.text[s:e])
    for x in lines:
        row, at, line = x.row, x.at, x.text
        if "「" in line:
            for s, e in quoted_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
            here_ = by_line.get(row, {})  # (日本海ハイウェイは「…」としている: a place the gazetteer found heads it)
            for s, e in stating_orgs(line, x.toks, lambda a, b, x=x, h=here_: free_over(x.free, h, a, b), flat):
                take("organization", at + s, at + e, line[s:e])
        if row in org_rows:
            for s, e in line_orgs(line, x.toks, x.free, by_line.get(row, {})):
                take("organization", at + s, at + e, company_key(line, s, e))  # (ボーイング社: filed as written)
                town = club_town(line[s:e])
                if town:
                    club_names.add(town)  # 北浜FC … 北浜は強かった: the club again, under its full name
                    club_keys[town] = line[s:e]
        if row in firm_officer_rows:  # 天測工業の榊原周平社長: a firm of common words and its trade, by its officer
            for s, e in officered_firms(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
                bare_names.add(line[s:e])  # (天測工業は…。: the firm again)
        if row in troupe_rows:  # 劇団かんてら座: the word and the name one troupe
            for s, e in troupes(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
        if row in apposed_rows:  # 米ボーイング, 製薬大手ファイザー
            for s, e in apposed_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
        if row in kind_rows:  # 菓子メーカーのあけぼの屋, 豆腐店大洗屋
            for s, e in kind_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
                bare_names.add(line[s:e])
        if row in org_list_rows:  # 竹中工務店と大林組、鹿島の３社
            for s, e in list_orgs(line, x.toks, x.free, by_line.get(row, {})):
                take("organization", at + s, at + e, line[s:e])
        if row in context_rows:  # トヨタの株価, 資生堂は…を発表した, 英科学誌ネイチャー
            spans, words = context_orgs(line, x.toks, x.free, by_line.get(row, {}))
            for s, e in spans:
                take("organization", at + s, at + e, line[s:e])
            club_names |= words
        if row in team_rows:  # ドジャースは、…パドレスを破った; レッドソックス所属の
            spans, words = team_orgs(line, x.toks, x.free)
            for s, e in spans:
                take("organization", at + s, at + e, line[s:e])
            club_names |= words
        if row in club_rows and (context := club_context(line)):
            club_names |= clubs(line, x.toks, context)  # (the words made only where a club may stand)
        if row in score_rows:  # 【オリックス３−２西武】
            for s, e in score_sides(line, x.free):
                take("organization", at + s, at + e, line[s:e])
                club_names.add(line[s:e])
        if row in game_rows:  # 巨人打線, 楽天の則本投手, 阪神は…巨人に４−２で勝ち
            here = by_line.get(row, {})  # 日本 of 日本ハム: a country in the club's name, never the whole of it

            def open_(a: int, b: int, x=x, here=here) -> bool:
                return free_over(x.free, here, a, b) and not (a in here and here[a][0] >= b and here[a][1])
            ends = []
            for s, e in club_slots(line, x.toks, open_):
                take("organization", at + s, at + e, line[s:e])
                club_names.add(line[s:e])
                ends.append(e)
            for e, gazetted in [(e, False) for e in ends] + [(e, True) for _, e in club_spans.get(row, ())]:
                if (player := dotted_player(line, x.toks, e, gazetted)) and x.free(*player):  # 巨人・オルドニェスが
                    take("person", at + player[0], at + player[1], line[player[0]:player[1]])
        if row in football_rows:  # 神戸のDF泉谷, DF板垣(ボルシアMG), 岐阜へ期限付き移籍, 浦和は…獲得
            for s, e in football_clubs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
                club_names.add(line[s:e])
        if row in officer_rows:  # 連合の芳野会長, 全国知事会の村井会長
            for s, e in officer_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
        if row in tv_rows:  # テレビ東京: a broadcaster named テレビ and its area
            here_ = by_line.get(row, {})
            for s, e in broadcasters(line, x.toks, here_, lambda a, b, x=x, h=here_: free_over(x.free, h, a, b)):
                take("organization", at + s, at + e, line[s:e])
        if row in coded_rows:  # ソフトバンクグループ＜9984＞: a listed company before its securities code
            for s, e in coded_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
        if x.marks:  # 国立感染症研究所長: a body named before a title that completes its word
            here_ = by_line.get(row, {})
            for s, e in office_heads(line, x.marks, lambda a, b, x=x, h=here_: free_over(x.free, h, a, b)):
                take("organization", at + s, at + e, line[s:e])
            for s, e in brand_orgs(line, x.marks, x.free):  # ソニー社長: a company in katakana before its officer's title
                take("organization", at + s, at + e, line[s:e])
        if row in label_rows:  # ソニー・ミュージックエンタテインメントからデビュー
            for s, e in label_orgs(line, x.toks, x.free):
                take("organization", at + s, at + e, line[s:e])
        if row in council_rows:  # 日本学術会議の会員
            here_ = by_line.get(row, {})
            for s, e in council_orgs(line, x.toks, lambda a, b, x=x, h=here_: free_over(x.free, h, a, b)):
                take("organization", at + s, at + e, line[s:e])
        if row in office_rows:  # 市保健所は, 県警捜査1課は
            here_ = by_line.get(row, {})
            for s, e in local_offices(line, flat, lambda a, b, x=x, h=here_: free_over(x.free, h, a, b)):
                take("organization", at + s, at + e, line[s:e])
        if row in bare_rows:  # シャープは…を値上げする, 日本郵政の社長
            for s, e in bare_orgs(x, by_line.get(row, {})):
                take("organization", at + s, at + e, line[s:e])
                bare_names.add(line[s:e])
    names: list[Name] = early
    lone: list[Name] = []
    sumo = SUMO.search(flat) is not None  # an article about sumo: its wrestlers by their ranks and 関
    for x in lines if sumo and ("部屋" in flat or "（" in flat or "(" in flat) else ():
        for s, e in stables(x.text, x.free):  # 鳴門部屋, 白鵬山（宮城野）
            take("organization", x.at + s, x.at + e, x.text[s:e])
    echoes = echoed_surnames(flat)
    for x in lines:
        row, at, line, marks, flat_classes = x.row, x.at, x.text, x.marks, x.ids
        ok = x.free
        if club_names:
            for s, e in club_mentions(line, club_names, ok):
                take("organization", at + s, at + e, club_keys.get(line[s:e], line[s:e]))
        if bare_names:  # 日立は…を買収する。日立の担当者は
            for s, e in bare_again(line, bare_names, ok):
                take("organization", at + s, at + e, line[s:e])
        heads_here = by_line.get(row)
        countries = [(s, e) for s, (e, _) in heads_here.items()  # a country or place in brackets: カマウ（ケニア）
                     if s and line[s - 1] in "(（" and line[e:e + 1] in ")）"] if heads_here and (
                         "(" in line or "（" in line) else []
        speaks = row in speak_rows or bool(countries)
        says, results, plays = row in say_rows, row in result_rows, row in play_rows
        affiliation, discipline = row in affiliated_rows, row in discipline_rows
        kana_named = [Name(s, e, k, True) for s, e, k in titled_kana(line) if ok(s, e)]  # 南風原さゆり党首
        plain = not marks and flat_classes is not None and names_ids.isdisjoint(flat_classes) and not may_find(line) \
            and not kana_named
        echoed = bool(echoes) and any(k in line for k in echoes)
        bout = sumo and ("○" in line or "●" in line or SUMO.search(line) is not None)  # ○若浜　上手投げ　千代の浦●,
        # 平幕蒼国は北斗錦にはたき込まれ: a bout's line, names of no class
        if plain and not speaks and not says and not echoed and not results and not plays and not affiliation \
                and not discipline and not bout:
            continue  # no title, no name word, no honorific, role, joined name or speaker: nothing to find
        toks = x.toks
        found: list[Name]
        left: list[Name]
        if plain:
            found, left = [], []  # only a speaker, a nickname or a name before a country to look for
        else:
            if marks or toks.has("pos2", "人名"):
                found, left = line_persons(line, toks, marks, ok)
            else:
                found, left = [], []  # no title and no name token: `line_persons` finds nothing
            found, left = more_persons(line, toks, marks, found, left, ok, x.open_titles())
            for n in kana_named:  # (whatever UniDic reads the surname as: `titled_kana`)
                found = [f for f in found if not (f.start < n.end and n.start < f.end)] + [n]
                left = [f for f in left if not (f.start < n.end and n.start < f.end)]
            if READING_SIGN.search(line):  # 尹炳世(ユン・ビョンセ)外相, 柴山陶仙（しばやま・とうせん）: a name before its reading
                found = kana_read_names(line, found + reading_names(line, found, ok), ok)
            if "、" in line and len(found) >= 2:  # 佐藤浩市、工藤阿須加、茅島みずき: an item of a list of names
                found, left = listed_names(line, toks, found, left, ok)
            if "、" in line and any(line[n.end:n.end + 1] == "、" or line[n.start - 1:n.start] == "、" for n in found + left):
                # 朝霧、真田、浦部を選んだ: a list of surnames, a name found in it
                found += listed_surnames(line, found, left, ok)
            found += split_given(line, toks, found, ok)  # 羽生結弦が: a given name cut into two common kanji
            if row in list_rows and ("、" in line or "と" in line or "・" in line):
                found += list_persons(line, toks, found, ok)
            if row in officer_rows:  # 経団連の十倉会長
                found += officer_names(line, toks, found, ok)
        if sumo:  # the ranks and 関 tell a ring name's span better than the rules above (翠鵬関: 翠鵬)
            rings = ring_names(line, x.toks, ok)
            if rings:
                found = [n for n in found if not any(r.start < n.end and n.start < r.end for r in rings)] + rings
                left = [n for n in left if not any(r.start < n.end and n.start < r.end for r in rings)]
        if speaks:
            found += speaker_persons(line, toks, found, ok, countries, flat)
        if says:
            found += said_persons(line, toks, found, ok)
        if results:  # 赤星が２メートル３０で制した, 浦和のマテウスは (`sports_names`)
            found += result_persons(line, toks, found, ok, heads_here or {})
        if plays:  # 島内の２点適時三塁打, 【本塁打】村上９号 (`plays`)
            found += play_persons(line, toks, found, ok)
        if affiliation:  # ３位は前回覇者の桐ケ谷（ＪＡＬ）: a name before its club or company in brackets
            found += affiliated(line, toks, found, ok, heads_here or {})
        if row in post_rows:  # ▽社長 燕沢隆之 ▽専務 弥彦聡: a personnel list's people after their posts
            found = posted_names(line, toks, found, ok, heads_here or {})
        if row in entry_rows:  # ▽大賞　能登美桜（寺井台小５年）: an entry of a list before its school, grade or age
            found = entry_names(line, toks, found, ok, heads_here or {})
        if heads_here and "・" in line:  # ガルシア・ペルー外相: a name before ・, its country and a title
            found += country_titled(line, heads_here, found, ok)
        if discipline:  # サーフィンの新城カイは…準優勝した: a player after their sport and の
            found += discipline_names(line, toks, found, ok)
        if echoed:  # 歌手の如月ひかりが … 如月は「…」: a full name read as common words, its kanji a speaker later
            found += echoed_names(line, toks, found, ok, echoes)
        if ("こと" in line and found) or "愛称" in line or "ニックネーム" in line or "呼ばれ" in line or "親しまれ" in line:
            found += alias_persons(line, toks, found, ok)
        if row in roster_rows:  # （関大地、郡上颯、ステファン・カマウ）: a team's members, one found among them
            found = roster_names(line, toks, found, ok, heads_here or {})
        if found and ("と" in line or "や" in line):  # 堀之内とチョン・ユリムが: a name joined to a name
            found += paired_names(line, toks, found, ok)
        if found or left:  # 町田市鶴川の無職…: the next part of an address, no person
            found = [n for n in found if not in_address(line, n.start)]
            left = [n for n in left if not in_address(line, n.start)]
        if found:
            found = with_cut_surnames(line, found, ok)  # 優勝した前田穂南は: 前田, not 前 + 田穂南
            names += [Name(n.start + at, n.end + at, n.surname, n.full) for n in found]
        if left:
            lone += [Name(n.start + at, n.end + at, n.surname, n.full) for n in left]
    read = names + staged  # (a stage name too is the same person again: ミオ（21）が … ミオは)
    known = names_again(flat, lines, starts, read, lone, people or {}, free)
    names += read[len(names) + len(staged):]
    names += game_players(flat, lines, starts, names, free, org_ends(out, busy, heads, people or {}))  # 宇和島のサヨナラ打
    names += group_members(flat, free, names)  # アイドルグループ「…」のここなが: a group's members after its name
    names += given_names(lines, names, flat, free)
    names = known_heads(flat, names, free)  # 御子柴ちか … 長男御子柴信吾さん: the surname named, not 柴信吾
    names += shared_surnames(flat, names, free)  # 寺内湊斗さんと寺内心春さん: the family's surname again, its member
    taken: set[tuple[int, int]] = set()
    for n in names:
        if (n.start, n.end) in taken:
            continue  # one name found by two rules
        taken.add((n.start, n.end))
        text = flat[n.start:n.end]
        if text in KIN and text != "孫":  # 今泉主将の父、今泉誠さん: a kin's word read as a surname (not 孫, a surname too)
            continue
        end = _with_unread(lines, starts, n.start, n.end, free)  # 鄧 文涛: a name's kanji UniDic does not know
        text = flat[n.start:end]
        take("person", n.start, end, known[text] if not n.full and text in known else _as_written(n.surname, text))
    for n in names + staged:  # 鷲尾大翔（富士通）: a player's company in brackets right after the name
        if flat[n.end:n.end + 1] in ("（", "("):
            x = lines[bisect_right(starts, n.start) - 1]
            for s, e in bracket_orgs(x.text, x.toks, [Name(n.start - x.at, n.end - x.at, n.surname, n.full)], x.free):
                take("organization", x.at + s, x.at + e, x.text[s:e])
    for n in names:  # 阪神・岡田監督: the club before the person and ・
        if n.start and flat[n.start - 1] == "・":
            x = lines[bisect_right(starts, n.start) - 1]
            team = team_before(x.text, x.toks, n.start - x.at, n.end - x.at)
            if team and _open(occupied, heads, x.at + team[0], x.at + team[1]):  # F東京: the club's, not 東京
                take("organization", x.at + team[0], x.at + team[1], x.text[team[0]:team[1]])
    take_places(flat, lines, rows(*CITY_SIGNS), heads, out, take)  # places last (`article_places`)
    if "(" in flat or "（" in flat:  # オーシャン・ブリッジ・キャピタル（OBC）… OBCは: the short name's body is the full name's
        out = abbreviated(flat, out, free)
    out = shortened(flat, out)  # 尾張医科大 and 尾張医科大学: one body
    return sorted(out, key=lambda x: (x[1], x[2]))


def _with_unread(lines: Sequence, starts: list[int], start: int, end: int, free) -> int:
    """Where a name ending at `end` ends once the kanji right after it that UniDic knows no word for (a symbol to it: 涛 of
    鄧 文涛) are taken in, up to two."""
    x = lines[bisect_right(starts, start) - 1]
    at = end - x.at
    for _ in range(2):
        k = bisect_left(x.toks.starts, at)
        if (k >= len(x.toks) or x.toks.starts[k] != at or x.toks.pos[k] != "記号" or not KANJI.match(x.text, at)
                or not free(x.at + at, x.at + at + 1)):
            break
        at += 1
    return x.at + at


def _open(occupied: bytearray, heads: dict[int, tuple[int, bool]], start: int, end: int) -> bool:
    """No actor in flat[start:end] but places the gazetteer found wholly inside it (東京 of F東京)."""
    at = occupied.find(1, start, end)
    while at >= 0:
        stop = heads.get(at, (end + 1, True))[0]
        if stop > end or heads[at][1]:
            return False
        at = occupied.find(1, stop, end)
    return True


def _as_written(surname: str, text: str) -> str:
    """The surname as the text writes it: the words may come from the lower-cased line (Paul, not paul)."""
    if surname in text:
        return surname
    at = text.lower().find(surname)
    return text[at:at + len(surname)] if at >= 0 else surname
