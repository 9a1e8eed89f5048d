"""config.toml: keys, theme, refresh_minutes and mute rules; a bad line is told (file and line) and
never stops the CLI or the reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import settle
from test_daily import run
from tui.app import NewsReaderApp
from tui.news.config import load
from tui.screens import HelpScreen, MainScreen
from tui.widgets import ArticleList

GOOD = """# settings
theme = "nord"
refresh_minutes = 30

[keys]
"app.help" = "h"

[mute]
title = ["和平"]
"""


def test_settings_are_read_and_each_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(GOOD.replace('refresh_minutes = 30', 'refresh_minutes = 30\ncolour = blue\nfoo = 1')
                    + 'actor = "トランプ"\nsite = [1]\n', encoding="utf-8")
    config = load(path)
    assert config.theme == "nord" and config.refresh_minutes == 30 and config.keys == {"app.help": "h"}
    assert config.mute.title == ("和平",) and config.mute.actor == ("トランプ",) and config.mute.site == ()
    assert len(config.errors) == 3, config.errors
    assert config.errors[0].startswith(f"{path}, line 4: ") and "colour = blue" in config.errors[0]  # not TOML
    assert config.errors[1].startswith(f"{path}, line 5: unknown setting 'foo'")
    assert config.errors[2].startswith(f"{path}, line 13: mute: site must be a list")
    assert all("\n" not in e for e in config.errors)
    assert load(tmp_path / "missing.toml").errors == []


def test_mute_rules_hide_articles_from_list_and_list_muted_shows_them(tmp_path: Path) -> None:
    db, config = tmp_path / "index.db", tmp_path / "config"
    everything = json.loads(run("list", "--json", db=db, config=config).stdout)
    config.mkdir()
    (config / "config.toml").write_text('[mute]\ntitle = ["和平"]\nactor = ["エルドアン"]\nsite = ["example.org"]\n'
                                         "oops = \n", encoding="utf-8")
    r = run("list", "--json", db=db, config=config)
    assert r.returncode == 0
    assert r.stderr.strip() == f"newsreader: {config / 'config.toml'}, line 5: invalid value: oops ="
    shown = json.loads(r.stdout)
    muted = json.loads(run("list", "--muted", "--json", db=db, config=config).stdout)
    assert shown and muted and len(shown) + len(muted) == len(everything)
    assert all("和平" not in a["title"] and "エルドアン" not in a["actors"] for a in shown)
    assert all("和平" in a["title"] or "エルドアン" in a["actors"] for a in muted)


pytestmark_anyio = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.mark.anyio
async def test_reader_takes_keys_and_theme_from_config_and_starts_despite_a_bad_line(
        seeded_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "config"  # conftest's NEWSREADER_CONFIG
    folder.mkdir(exist_ok=True)
    (folder / "config.toml").write_text(GOOD.replace('"app.help" = "h"', '"app.help" = "h"\n"main.nope" = "z"\n[[x')
                                        + 'theme = "nord"\n', encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.theme == "nord"
        shown = app.screen.query_one(ArticleList).count
        assert shown == 5 - len(json.loads(run("list", "--muted", "--json", db=seeded_db, config=folder).stdout))
        await pilot.press("question_mark")  # remapped away
        assert isinstance(app.screen, MainScreen)
        await pilot.press("h")
        assert isinstance(app.screen, HelpScreen)
        told = [n.message for n in app._notifications]
        assert any("line 7: keys: no binding with the id 'main.nope'" in m for m in told), told
        assert any("line 8: " in m and "[[x" in m for m in told), told
        assert any("line 12: " in m for m in told), told  # theme set twice
