"""A bare Textual app with the reader's skeleton: header, list | body | summary over feeds over actors, footer.

The floor of the reader's first paint: `python tui/bench/bare.py TEXT` shows TEXT in the body
pane and quits on `q`. It imports nothing of the reader (run it as a script, not a module).
"""

import sys

from textual.app import App, ComposeResult
from textual.containers import Container
from textual.widgets import Footer, Header, Static

CSS = """
#panes { layout: grid; grid-size: 3 3; grid-columns: 36 1fr 38; grid-rows: 2fr 1fr 1fr; height: 1fr; }
#list, #body { row-span: 3; }
#list, #body, #summary, #feeds, #actors { height: 1fr; width: 1fr; border: round $panel-lighten-2; }
"""


class Bare(App[None]):
    """Four bordered panes between a header and a footer; the body holds one text."""

    CSS = CSS
    TITLE = "newsreader"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="panes"):
            yield Static(id="list")
            yield Static(self.text, id="body", markup=False)
            yield Static(id="summary")
            yield Static(id="feeds")
            yield Static(id="actors")
        yield Footer()

    def on_mount(self) -> None:
        for name, title in (("list", "Articles"), ("body", "Article"), ("summary", "Summary"), ("feeds", "Feeds"),
                            ("actors", "Actors")):
            self.query_one(f"#{name}").border_title = title


if __name__ == "__main__":
    Bare(sys.argv[1]).run()
