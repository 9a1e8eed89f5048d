"""Benchmarks against floors measured in the same run: `python -m tui.bench --articles N`.

Writes a deterministic synthetic corpus of N seed-shaped articles (the seeds' lines
re-mixed), then measures, each next to its floor:

- the import against MeCab's `wakati` output (what the import asks MeCab for) over the
  very passages the import tokenizes, in as many worker processes as the import uses;
  and what the rest costs, phase by phase (reading, cleaning, tokenizing, actors and
  rows, writing), in one process over the same files;
- the import again as it ran before the character index (schema 9), part by part in turns
  with the real one, and the index's size against that import's;
- the same articles imported from RSS feeds served on 127.0.0.1 (full content as HTML
  paragraphs), against the file import, both as `newsreader add` processes in turns;
- search latency p50/p95 for queries of one, two, three and five characters and of two
  words, with and without an actor filter, and `newsreader search` as a whole process vs
  `newsreader --version`;
- the reader's first paint in a real terminal (tmux), from process start to the first
  article's text on screen, against a bare Textual app of the same skeleton started the
  same way, and against the reader at 5 articles (the 5 it lists first, so it opens on the
  same article at both sizes);
- the reader's article switch and its first page of search hits after one key (Textual pilot),
  and the peak memory of the import and the reader.

Every measurement that needs a clean process runs in a child process. The modules:
`stats` (medians, percentiles, ratios), `corpus` (the synthetic articles), `feeds` (the
feeds served and the two imports), `floor` (the
tokenizing floor's worker processes), `child` (the import, phases, search and pilot
children), `paint` (first paint in tmux), `bare` (the bare app), `run` (the command).
"""
