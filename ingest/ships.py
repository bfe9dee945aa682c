"""Ships named with their navy's prefix: "USS Carl Vinson", "HMS Trent", "BRP Sierra Madre".

A commissioned ship's prefix says whose navy it sails in, and a warship acts for its state as its forces do: "the
USS Michigan docked at Busan in a show of force aimed at North Korea" is the United States' move, and "the Houthis
fired on the USS Carney" an attack on the United States. Read before any other name, so that the name after the
prefix is not taken for a person ("USS Gerald R. Ford") or a place ("USS Michigan"). Only prefixes one navy uses
are read (not "INS", which India's and Israel's share, nor "KRI" and "FGS", more often the Kurdistan Region of Iraq
and the Federal Government of Somalia), and none before a word of government ("FGS President Hassan Sheikh Mohamud").
Pure: the Doc and the index.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

# navies' ship prefixes, each by the adjective of the one state whose navy uses it
NAVY_PREFIXES = {"USS": "American", "USNS": "American", "HMS": "British", "HMAS": "Australian", "HMCS": "Canadian",
                 "HMNZS": "New Zealander", "ROKS": "South Korean", "HNLMS": "Dutch", "TCG": "Turkish",
                 "ARA": "Argentine", "BRP": "Philippine", "PNS": "Pakistani", "HDMS": "Danish", "HSwMS": "Swedish",
                 "HNoMS": "Norwegian", "NRP": "Portuguese", "ESPS": "Spanish"}
# words that never open a ship's name but follow a government's initials ("FGS President", "KRI Prime Minister";
# not "HMS Queen Elizabeth", "HMS Prince of Wales")
GOVERNING_WORDS = {"president", "prime", "minister", "government", "council", "forces", "region", "regional",
                   "parliament"}


def add_flagged_ships(index: ActorIndex, doc: Doc, first: int, gazetteer: Gazetteer) -> None:
    """Each prefix and the capitalised name after it ("USS Gerald R. Ford") is a mention of the navy's state."""
    for token in doc[first:]:
        adjective = NAVY_PREFIXES.get(token.text)
        if adjective is None or token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper() or \
                doc[token.i + 1].lower_ in GOVERNING_WORDS:
            continue
        state = gazetteer.demonym_state(adjective)
        if state is None:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1
        index.register(state, ActorType.COUNTRY)
        index.add(Mention(token.i, end, state, "demonym"))
