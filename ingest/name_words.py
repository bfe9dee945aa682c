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
