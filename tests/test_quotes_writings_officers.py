"""Three shapes of news writing that give words to the wrong one: a headline's words glued to a writing's name
(共同声明「…」, 判決「…」) are the writing's, not the person the headline opens with; a headline that gives words to a
body (海上保安庁「…」) whose officer, named with the body and の, said them in the body (海上保安庁の村上課長は「…」) gives
them to that officer, while a body that itself speaks keeps them; and 同署は / 同社は after a sentence whose subject
is a person of that body (同署の署長は「…」) stands for the body, never that person; a place's name right before 署
is that station, a body, when the actors find only the place. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes, quotes_headed


def test_a_headline_quote_glued_to_a_joint_statement_is_no_ones() -> None:
    found = quotes_headed(
        "松永首相、ルベニア大統領と会談　共同声明「海底資源を共に守る」",
        "松永誠司首相は8日、来日したルベニアのカスパー大統領と会談した。両首脳は共同声明で「海底の資源を共に守り、"
        "開発を進める」とうたった。\n\n会談後、松永首相は「実りの多い会談だった」と述べた。")
    assert ("海底資源を共に守る", None) in found
    assert ("実りの多い会談だった", "松永誠司") in found


def test_a_headline_quote_after_a_comma_stays_the_persons() -> None:
    found = quotes_headed(
        "松永首相、ルベニア大統領と会談「実りの多い会談」",
        "松永誠司首相は8日、来日したルベニアのカスパー大統領と会談した。会談後、松永首相は「実りの多い会談だった」と述べた。")
    assert ("実りの多い会談", "松永誠司") in found


_OFFICER = ("海上保安庁の村上俊哉保安課長は記者会見で「高潮の恐れがある地区では、3日ほどは岸壁に注意してほしい」"
            "と述べた。")
_HEAD = "南港で高潮被害　海上保安庁「3日は岸壁に注意を」"


def test_a_bodys_headline_words_its_officer_said_are_the_officers() -> None:
    assert ("3日は岸壁に注意を", "村上俊哉") in quotes_headed(_HEAD, _OFFICER)  # (an appeal's を read as the verb)


def test_a_headline_body_that_speaks_itself_keeps_the_words() -> None:
    found = quotes_headed(_HEAD, "海上保安庁は「3日ほどは岸壁に注意してほしい」と呼びかけている。\n\n" + _OFFICER)
    assert ("3日は岸壁に注意を", "海上保安庁") in found


def test_a_headline_body_whose_officer_said_other_words_keeps_them() -> None:
    found = quotes_headed(_HEAD, "海上保安庁の村上俊哉保安課長は記者会見で「船の出入りは当面止める」と述べた。")
    assert ("3日は岸壁に注意を", "村上俊哉") not in found


@pytest.mark.parametrize("station", ["北峰署", "鶴見署"])  # (the actors find the first only as a place)
def test_a_station_after_its_chief_is_not_the_chief(station: str) -> None:
    found = quotes(station + "は3日、郵便局員の森田さくらさん（31）に感謝状を贈った。\n\n"
                   "同署の森下健治署長は「地域の目が何よりの力だ」と話した。同署は「知らない番号からの電話には出ないでほしい」"
                   "と呼びかけている。")
    assert ("地域の目が何よりの力だ", "森下健治") in found
    assert ("知らない番号からの電話には出ないでほしい", "森下健治") not in found
    assert station != "鶴見署" or ("知らない番号からの電話には出ないでほしい", station) in found


@pytest.mark.parametrize("place", ["白峰"])  # (a place the actors find, but not its station)
def test_a_station_the_actors_find_only_by_its_place_is_a_body(place: str) -> None:
    found = quotes(place + "署は3日、ひかり銀行" + place + "支店の行員、森田さくらさん（31）に感謝状を贈った。\n\n"
                   "同署は「知らない番号からの電話には出ないでほしい」と呼びかけている。")
    assert ("知らない番号からの電話には出ないでほしい", place + "署") in found


def test_a_longer_name_ending_in_the_places_is_not_its_station() -> None:
    found = quotes("ひかり銀行白峰支店の行員、森田さくらさん（31）に南白峰署が感謝状を贈った。\n\n"
                   "同署は「知らない番号からの電話には出ないでほしい」と呼びかけている。")
    assert ("知らない番号からの電話には出ないでほしい", "白峰署") not in found


def test_the_same_one_after_a_person_is_still_that_person() -> None:
    found = quotes("森下健治署長は3日、郵便局員に感謝状を贈った。同氏は「地域の目が何よりの力だ」と話した。")
    assert ("地域の目が何よりの力だ", "森下健治") in found
