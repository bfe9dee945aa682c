"""Paragraphs: a line break after a sentence's end ends that sentence, whatever the parser would join.

"Albanese also met Xi.\nU.S. President Joe Biden ... arrived": the parser, misled by the abbreviation that opens
the next paragraph, read one sentence, and Albanese arrived. A pipeline component set before the parser marks
the paragraph's first token as a sentence start, which the parser keeps.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# what ends a sentence before a line break: a full stop, a question or exclamation mark, a closing quote
SENTENCE_ENDS = {".", "!", "?", '"', "'", "\u201d", "\u2019"}
LINE_BREAK = re.compile(r"\n\s*")


@Language.component("diplograph_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after each line break that follows a sentence's end as a sentence start."""
    for match in LINE_BREAK.finditer(doc.text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None or span.start < 2:
            continue
        first = span[0]
        before = doc[first.i - 1]
        ended = doc[first.i - 2] if before.is_space else before
        # (a line that opens in lower case goes on the sentence: a hard-wrapped "U.S.\nofficials said")
        if ended.text[-1:] in SENTENCE_ENDS and not first.text[:1].islower():
            first.is_sent_start = True
    return doc


def add_paragraph_starts(nlp: Language) -> None:
    """Set the component before the parser (once)."""
    if "diplograph_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("diplograph_paragraphs", before="parser")
