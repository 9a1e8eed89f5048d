"""The main screen's keys to the story views: `s` stories, `t` the timeline of the open article's
story (or of the highlighted or filtered actor), `Q` who said what for an actor."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.binding import Binding, BindingType

from ..widgets import ActorFilters

if TYPE_CHECKING:
    from .main import MainScreen
    from .passages import Jump

__all__ = ["STORY_BINDINGS", "StoryKeys", "story_help"]

STORY_BINDINGS: list[BindingType] = [
    Binding("s", "stories", "Stories", show=False, id="main.stories",
            tooltip="Articles across sources grouped by the event they report"),
    Binding("t", "timeline", "Timeline", show=False, id="main.timeline",
            tooltip="Dated events of the open article's story (in the actor pane: of the actor)"),
    Binding("Q", "quotes", "Quotes", show=False, id="main.quotes",
            tooltip="Who said what: the highlighted (or filtered) actor's quotes"),
]



def story_help() -> list[tuple[str, list[BindingType]]]:
    """The story views' keys, for the help screen (their modules load here, not at start)."""
    from .quotes import QuotesScreen
    from .stories import StoriesScreen
    from .story import StoryScreen
    from .timeline import TimelineScreen

    return [("Stories", StoriesScreen.BINDINGS), ("A story", StoryScreen.BINDINGS),
            ("Timeline", TimelineScreen.BINDINGS), ("Who said what", QuotesScreen.BINDINGS)]


class StoryKeys:
    """The story views' actions, mixed into the main screen (which owns `db_path`, `article`, `filters`,
    `actors`, `terms` and `open_article`)."""

    @property
    def _screen(self) -> MainScreen:
        return cast("MainScreen", self)

    def _story_actor(self) -> tuple[str | None, str]:
        """The actor a view is for: the actor pane's highlighted one when the pane has the focus or no
        filter is on, else the first filter; (id, name), or (None, "") when there are no actors."""
        main = self._screen
        pane = main.query_one(ActorFilters)
        option = pane.highlighted_option
        highlighted = option.id if option is not None and not option.disabled else None
        if highlighted and (main.focused is pane or not main.filters):
            actor_id = highlighted
        elif main.filters:
            actor_id = main.filters[0]
        else:
            return None, ""
        return actor_id, next((a.name for a, _, _ in main.actors if a.id == actor_id), actor_id)

    def action_stories(self) -> None:
        """Open the stories."""
        from .stories import StoriesScreen  # the story views load when first opened

        main = self._screen
        main.app.push_screen(StoriesScreen(main.db_path), self._story_jump)

    def action_timeline(self) -> None:
        """The timeline of the actor pane's actor (when it has the focus), of the first actor filter, or
        of the open article's story."""
        from .timeline import TimelineScreen

        main = self._screen
        on_actor = main.focused is main.query_one(ActorFilters) or bool(main.filters)
        actor_id, name = self._story_actor() if on_actor else (None, "")
        if actor_id is not None:
            screen = TimelineScreen(main.db_path, actor=actor_id, subject=name)
        elif main.article is not None:
            screen = TimelineScreen(main.db_path, article=main.article.id, subject="this article's story")
        else:
            screen = TimelineScreen(main.db_path, subject="every story")
        main.app.push_screen(screen, self._story_jump)

    def action_quotes(self) -> None:
        """Who said what: the actor pane's highlighted actor (or the first filter)."""
        from .quotes import QuotesScreen

        main = self._screen
        actor_id, name = self._story_actor()
        main.app.push_screen(QuotesScreen(main.db_path, actor=actor_id, subject=name), self._story_jump)

    def _story_jump(self, target: Jump | None) -> None:
        """Open the article chosen in a story view, at its passage."""
        if target is not None:
            main = self._screen
            main.terms = ()
            main.open_article(*target)
