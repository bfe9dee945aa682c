"""Questions: what a sentence asks asserts nothing.

"Will Modi and Xi finally sit down together?" asks; the meeting is no event. A question in double quotes after
the sentence's own words asks only inside the quote (and whatever says it): "Tusk lashed out at Trump, saying:
\"Who needs enemies?\"" still lashes out. modality.py asks of each trigger; names.py of a sentence's first word.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# the auxiliary a question opens with, which the tagger may take into a name: "[Will Narendra Modi] and Xi meet?"
QUESTION_AUXILIARIES = {"will", "would", "could", "can", "should", "shall", "did", "does", "do", "may", "might"}
CLOSING_QUOTES = ('"', "\u201d")


def is_question(sentence: Span) -> bool:
    """A sentence that ends with a question mark, inside quotes or not."""
    return sentence.text.rstrip().rstrip("\"'\u201d").endswith("?")


def asked(token: Token) -> bool:
    """Whether a token is in what its sentence asks: all of a question, or only the quote that asks when the
    quote opens after the sentence's own words ('..., saying: "With friends like that, who needs enemies?"')."""
    sentence = token.sent
    if not is_question(sentence):
        return False
    text = sentence.text.rstrip()
    if not text.endswith(CLOSING_QUOTES):
        return True
    opening = max(text.rfind('"', 0, len(text) - 1), text.rfind("\u201c")) + sentence.start_char
    # (or what says the quote: 'Lavrov said: "Why would Russia attack Ukraine?"' asks whether it threatens)
    return opening <= sentence.start_char or any(t.idx > opening for t in (token, *(
        c for c in token.children if c.dep_ in ("ccomp", "parataxis"))))


def opens_a_question(token: Token) -> bool:
    return token.lower_ in QUESTION_AUXILIARIES and bool(token.is_sent_start) and is_question(token.sent)
