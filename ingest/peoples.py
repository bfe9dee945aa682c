"""Peoples of one state's people living in another: 'Bosnian Serbs', 'Turkish Cypriots', 'Iraqi Kurds'.

A state's adjective before another people's name names a community that acts on its own, as a group: neither
the state it lives in nor the state its people's name belongs to. "Bosnian Serb forces shelled Sarajevo" is
the Bosnian Serbs' attack, "the Turkish Cypriot side rejected the plan" theirs. The group is named in the
plural ("Bosnian Serbs"), however the story uses it. Pure: the Doc and the index.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

# peoples with no state of their own, by the nouns a story names them with (not the adjective: "Iranian Kurdish
# opposition groups" are those groups)
STATELESS_PEOPLES = {"kurd": "Kurds", "kurds": "Kurds"}
# communities that are their state's own people, who govern it: "the Greek Cypriot side" is Cyprus
GOVERNING_COMMUNITIES = {"greek cypriot": "Cyprus", "greek cypriots": "Cyprus"}


def add_peoples(index: ActorIndex, doc: Doc, first: int) -> None:
    """Each 'Bosnian Serb(s)' of the story becomes the group of that name."""
    for token in doc[max(first, 1):]:
        home = doc[token.i - 1]
        if not (home.text[:1].isupper() and token.text[:1].isupper()) or home.whitespace_ == "" or \
                (home.i > 0 and doc[home.i - 1].text[:1].isupper() and not doc[home.i - 1].is_sent_start):
            continue  # (two capitalised words alone: not "Greek Cypriot" inside a longer name)
        state = index.gazetteer.demonym_state(home.text)
        # ("Bosnian Serb forces": the people's noun in the singular)
        people = index.gazetteer.demonym_state(token.text) or index.gazetteer.demonym_state(token.text + "s")
        stateless = STATELESS_PEOPLES.get(token.lower_)
        if state is None or not (stateless or people and people != state):
            continue
        if (governed := GOVERNING_COMMUNITIES.get(f"{home.lower_} {token.lower_}")) is not None:
            index.register(governed, ActorType.COUNTRY)
            index.replace(Mention(home.i, token.i + 1, governed, "demonym"))
            continue
        plural = stateless or (token.text if token.text.endswith("s") else token.text + "s")
        name = f"{home.text} {plural}"
        index.register(name, ActorType.GROUP, surface=doc[home.i:token.i + 1].text)
        index.replace(Mention(home.i, token.i + 1, name, "demonym"))
