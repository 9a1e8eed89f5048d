"""newsreader: a terminal reader for Japanese news."""

__version__ = "0.1.0"
