"""Handing a passage's source URL on: to the browser, or to the clipboard when there is no browser."""

from __future__ import annotations

from textual.app import App

__all__ = ["open_in_browser", "browser_found"]


def browser_found() -> bool:
    """Whether Python's webbrowser has a browser to hand a URL to (it silently does nothing otherwise)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def open_in_browser(app: App, url: str) -> None:
    """Open `url` in the browser and say so; with no browser to be found, copy it and say that instead."""
    if not app.is_web and not browser_found():
        # Nothing would open: say so, and leave the URL where the user can take it.
        app.copy_to_clipboard(url)
        app.notify(f"The URL is {url} (copied to the clipboard)", title="No web browser found",
                   severity="warning", markup=False, timeout=15)
        return
    app.open_url(url)
    app.notify(url, title="Opening", markup=False)
