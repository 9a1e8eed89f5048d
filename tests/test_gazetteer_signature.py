"""The gazetteer's signature, read from its files without building it, is the built gazetteer's."""

from __future__ import annotations

import hashlib
import os

from tui.news.actors import DATA, default, default_signature, gazetteer, load
from tui.news.models import Document
from tui.news.pipeline import digest


def test_signature_is_the_loaded_gazetteers_and_follows_the_users_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path))
    user = tmp_path / "actors.toml"
    assert default_signature() == load(None).signature == load(user).signature
    assert default_signature() == hashlib.blake2b(DATA.read_bytes(), digest_size=8).hexdigest()
    seen = {default_signature()}
    for text in ('[[actor]]\nid = "a"\nname = "架空町"\nkind = "place"\n',
                 '[[actor]]\nid = "b"\nname = "架空町"\nkind = "place"\n'):  # same size, other bytes
        user.write_text(text, encoding="utf-8")
        stamp = user.stat().st_mtime_ns + len(seen) * 10**9
        os.utime(user, ns=(stamp, stamp))  # a new modification time, however coarse the clock
        assert default_signature() == load(user).signature == default().signature
        seen.add(default_signature())
    assert len(seen) == 3
    doc = Document(source="a.txt", text="本文", format="text")
    assert digest(doc) == digest(doc, default())


def test_the_signature_builds_no_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path))
    gazetteer._cached.cache_clear()
    digest(Document(source="a.txt", text="本文", format="text"))
    assert gazetteer._cached.cache_info().currsize == 0
