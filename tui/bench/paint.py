"""First paint in a real terminal: from starting a process in tmux to a text on its screen.

A private tmux server (its own socket, no configuration) runs each command in a new detached
session of a fixed size; the screen is read with `capture-pane` every 10 ms until the text
shows, then `q` is sent and the session waited for. The clock starts just before tmux is asked
to start the command, so tmux's own start of the process is in every figure alike.
The reader's package is compiled to bytecode first (as installed), so no start compiles it.
"""

from __future__ import annotations

import compileall
import os
import shlex
import shutil
import subprocess
import time
from pathlib import Path

POLL = 0.01  # seconds between two reads of the screen


def available() -> bool:
    """Whether tmux is installed."""
    return shutil.which("tmux") is not None


def compile_package() -> None:
    """Write the reader's bytecode, as an installed app has it: with PYTHONDONTWRITEBYTECODE set, a module
    changed since it was last compiled would be compiled again at every start that is timed."""
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent), quiet=1)


class Terminal:
    """A tmux server of our own, to start commands in at `width` × `height`."""

    def __init__(self, width: int = 120, height: int = 40) -> None:
        compile_package()
        self.socket = f"newsreader-bench-{os.getpid()}"
        self.size = [str(width), str(height)]
        self.runs = 0
        # A session that holds the server open between runs.
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "hold", "-x", self.size[0], "-y", self.size[1],
                  "sleep 86400")
        self.path = self.tmux("display-message", "-p", "#{socket_path}").stdout.strip()

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a tmux command against this server."""
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=check)

    def first_paint(self, command: list[str], env: dict[str, str], needle: str, timeout: float = 60) -> float:
        """Seconds from starting `command` (with `env` added) to `needle` on its screen."""
        self.runs += 1
        name = f"run{self.runs}"
        # COLUMNS and LINES in the environment (a test runner's workers set them) would override the
        # terminal's own size in the app, so the command never sees them.
        line = shlex.join(["env", "-u", "COLUMNS", "-u", "LINES", *(f"{k}={v}" for k, v in env.items()), *command])
        start = time.perf_counter()
        self.tmux("new-session", "-d", "-s", name, "-x", self.size[0], "-y", self.size[1], line)
        try:
            while True:
                screen = self.tmux("capture-pane", "-p", "-t", name, check=False)
                if screen.returncode != 0:
                    raise RuntimeError(f"{command[-1]} ended before showing {needle!r}")
                if needle in screen.stdout:
                    seconds = time.perf_counter() - start
                    break
                if time.perf_counter() - start > timeout:
                    raise RuntimeError(f"{needle!r} not on screen after {timeout} s:\n{screen.stdout}")
                time.sleep(POLL)
            self.tmux("send-keys", "-t", name, "q", check=False)
            ends = time.perf_counter() + 10
            while self.tmux("has-session", "-t", name, check=False).returncode == 0 and time.perf_counter() < ends:
                time.sleep(0.05)
        finally:
            self.tmux("kill-session", "-t", name, check=False)
        return seconds

    def close(self) -> None:
        """Stop this server (and anything still running in it), and remove its socket."""
        self.tmux("kill-server", check=False)
        if self.path:
            Path(self.path).unlink(missing_ok=True)
