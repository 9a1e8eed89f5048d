"""Named entities of sentences by GiNZA (spaCy's ja_ginza), for the actors report's comparison.

Run by a Python that has `ja_ginza` installed (it is no dependency of newsreader; the report starts this
file in that Python: `python -m tui.report actors --ginza /path/to/python`). Reads a JSON list of sentences
on standard input and writes one JSON object: the model's name and version, the seconds `nlp.pipe` took
over all the sentences (after loading and a warm-up sentence), and each sentence's entities as
[start, end, ENE label] in characters.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    import spacy

    sentences = json.load(sys.stdin)
    nlp = spacy.load("ja_ginza")
    list(nlp.pipe(["準備のための一文です。"]))
    start = time.process_time()
    docs = list(nlp.pipe(sentences))
    seconds = time.process_time() - start
    spans = [[[e.start_char, e.end_char, e.label_] for e in doc.ents] for doc in docs]
    meta = nlp.meta
    json.dump({"model": f"{meta.get('lang', 'ja')}_{meta.get('name', 'ginza')} {meta.get('version', '?')}",
               "seconds": seconds, "spans": spans}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
