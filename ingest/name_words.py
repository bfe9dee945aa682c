"""The words around and inside persons' names that are no part of an office: ranks, honorifics, particles."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# lower-case particles inside names: "Ursula von der Leyen", "Abdul Ghani bin Salman"
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "dos", "del", "la", "le", "al", "el", "bin",
                  "ibn", "ben"}

# ranks and callings that open a name without being a title of office: "Wing Commander Abhinandan Varthaman",
# "House Speaker Nancy Pelosi"
RANK_WORDS = {"commander", "captain", "major", "colonel", "lieutenant", "sergeant", "corporal", "private", "admiral",
              "marshal", "brigadier", "officer", "pilot", "sheikh", "sheik", "emir", "prince", "princess", "speaker",
              "governor", "mayor", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "judge", "justice",
              "bishop", "pope", "cardinal", "rabbi", "imam", "professor", "crown", "house", "senate", "congressman",
              "congresswoman", "rep", "representative", "lawmaker", "leader", "chief", "agent", "journalist",
              "emperor", "empress", "king", "queen", "sultan", "duke", "duchess", "lord", "lady", "sir", "dame",
              "patriarch", "archbishop", "ayatollah", "mullah", "general", "president", "premier", "chancellor"}


MILITARY_RANKS = {"colonel", "general", "lieutenant", "captain", "brigadier", "admiral", "marshal", "commander"}
# honorifics of faith or birth before a full name, no part of it: "Ayatollah Ali Khamenei", "Sheikh Mohammed bin
# Zayed"
HONORIFICS = {"ayatollah", "sheikh", "sheik", "mullah", "sayyid", "hojatoleslam", "grand"}


def has_a_capital(words: Iterable[Token]) -> bool:
    """Whether a span the tagger called a name has a capitalised word, as any name or body's name does (not
    "[hajj arrangements]PERSON", "the coast guard's use")."""
    return any(t.text[:1].isupper() for t in words)


def title_of(name: Token) -> Token:
    """The word that may title a name: the one before it, or past the posting a title names ('Ambassador to the
    United Nations [Nikki Haley]', 'Special Envoy for Syria [Geir Pedersen]'), the title's last word; the
    name itself, opening the text."""
    if name.i == 0:
        return name
    before = name.doc[name.i - 1]
    if before.ent_type_ in ("ORG", "GPE", "NORP") and before.ent_iob_ != "O":
        start = next(e.start for e in name.doc.ents if e.start <= before.i < e.end)
        opening = start - 1 if start > 0 and name.doc[start - 1].lower_ == "the" else start
        if opening > 1 and name.doc[opening - 1].lower_ in ("to", "for", "at", "in"):
            return name.doc[opening - 2]
    return before
