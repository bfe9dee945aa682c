"""Tokenizing: where spaCy's English tokenizer cuts a hyphened word the way our rules need it cut.

"U.S.-led" stays one token (the infix rule wants a letter before the hyphen), so the state never leads anything;
it is split as "Saudi-led" is. Applied to the pipeline's tokenizer and to the one that tokenizes the gazetteer's
names, so that both cut a name alike.

(Tried and dropped: keeping "Ki-moon" or "Jae-in" whole. The parser then took the name for an adverb as often as
it had taken "moon held talks" for a noun phrase.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.lang.char_classes import HYPHENS
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

# a hyphen after an abbreviation's point, before a word: "U.S.-led", "U.N.-brokered"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# the hyphen of a word-initial "co-" stays inside its word: "co-hosted", "co-operation" are one verb or noun
# (cut, the parser read "Qatar co-hosted the talks" as "Qatar co" and "hosted")
KEPT_PREFIX = r"(?<!^[Cc]o)"


def split_abbreviation_hyphens(tokenizer: object, infixes: Sequence[str | re.Pattern[Any]] | None) -> None:
    """Add the rule to a tokenizer built from the given infix patterns (its language's defaults); a pipeline
    with a tokenizer of another kind is left as it is."""
    if not isinstance(tokenizer, Tokenizer):
        return
    kept = [KEPT_PREFIX + rule if isinstance(rule, str) and f"(?:{HYPHENS})" in rule else rule
            for rule in infixes or ()]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex([*kept, ABBREVIATION_HYPHEN]).finditer


@lru_cache(maxsize=4)
def _name_tokenizer(vocab: Vocab) -> Tokenizer:
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    split_abbreviation_hyphens(tokenizer, English.Defaults.infixes)  # cut names as the pipeline does: "U.S.-led"
    return tokenizer


def tokenize_name(vocab: Vocab, text: str) -> Doc:
    """A name or description of the gazetteer cut into tokens as the pipeline cuts the text."""
    tokenized: Doc = _name_tokenizer(vocab)(text)
    return tokenized
