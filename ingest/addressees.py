"""Addressees: whom a text's words are said to. "Reagan sent a letter to Brezhnev warning of the consequences",
"sent Biden a letter urging faster arms deliveries": a participle on a letter or a message that names no one it
warns or urges says it to whom the text is sent."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.argument_words import DOCUMENT_NOUNS

# what a text says to whom it is sent (an accusation or a criticism names its target itself)
ADDRESSED_RELATIONS = {"appeal", "demand", "warn", "threaten", "offer", "protest"}


def addressees(verb: Token) -> list[Token]:
    """The heads of those a text is sent to, for a participle hung on the text ('a letter to Brezhnev warning',
    'sent Biden a letter urging'): the text's own 'to', or the sending verb's; none for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    text = verb.head
    holders = [text, text.head] if text.dep_ == "dobj" else [text]
    return [g for holder in holders for c in holder.children
            if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
            for g in ([c] if c.dep_ == "dative" and c.pos_ != "ADP" else c.children) if g.dep_ in ("pobj", "dative")]
