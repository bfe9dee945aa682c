"""Peoples of one state's people living in another: 'Bosnian Serbs', 'Turkish Cypriots', 'Iraqi Kurds'.

A state's adjective before another people's name names a community that acts on its own, as a group: neither
the state it lives in nor the state its people's name belongs to. "Bosnian Serb forces shelled Sarajevo" is
the Bosnian Serbs' attack, "the Turkish Cypriot side rejected the plan" theirs: the people named in the plural, or
in the singular before what it acts through (a party noun). The group is named in the plural ("Bosnian
Serbs"), however the story uses it; a community that governs its state is the state ("the Greek Cypriot side" is
Cyprus). Pure: the Doc and the index.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

# peoples with no state of their own, by the nouns a story names them with (not the adjective: "Iranian Kurdish
# opposition groups" are those groups)
STATELESS_PEOPLES = {"kurd": "Kurds", "kurds": "Kurds"}
# what a community acts through, after its name in the singular: "Bosnian Serb forces", "the Turkish Cypriot side"
# (not "Japanese American groups", "Malaysian Chinese businessmen": people described, no party)
PARTY_NOUNS = {"forces", "force", "troops", "soldiers", "army", "militia", "militias", "rebels", "fighters", "leader",
               "leaders", "leadership", "side", "authorities", "government", "parliament", "politicians", "party",
               "parties", "delegation", "negotiators", "officials", "commander", "commanders", "community"}
# communities that are their state's own people, who govern it: "the Greek Cypriot side" is Cyprus
GOVERNING_COMMUNITIES = {"greek cypriot": "Cyprus", "greek cypriots": "Cyprus"}


def add_peoples(index: ActorIndex, doc: Doc, first: int) -> None:
    """Each 'Bosnian Serb(s)' of the story becomes the group of that name."""
    for token in doc[max(first, 1):]:
        home = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if not (home.text[:1].isupper() and token.text[:1].isupper()) or home.whitespace_ == "" or \
                (home.i > 0 and doc[home.i - 1].text[:1].isupper() and not doc[home.i - 1].is_sent_start) or \
                after is not None and after.text[:1].isupper():
            continue  # (two capitalised words alone: not inside a longer name, "British American Tobacco")
        if (governed := GOVERNING_COMMUNITIES.get(f"{home.lower_} {token.lower_}")) is not None:
            index.register(governed, ActorType.COUNTRY)  # "the Greek Cypriot administration"
            index.replace(Mention(home.i, token.i + 1, governed, "demonym"))
            continue
        plural = token.lower_.endswith("s") and token.tag_ in ("NNPS", "NNS", "NNP")
        if not plural and (after is None or after.lower_ not in PARTY_NOUNS):
            continue
        state = index.gazetteer.demonym_state(home.text)
        people = next((s for form in (token.text, token.text + "s", token.text.rstrip("s") + "ian")
                       if (s := index.gazetteer.demonym_state(form))), None)  # "Serb forces", "Croats"
        stateless = STATELESS_PEOPLES.get(token.lower_)
        if state is None or not (stateless or people and people != state):
            continue
        name = f"{home.text} {stateless or (token.text if plural else token.text + 's')}"
        index.register(name, ActorType.GROUP, surface=doc[home.i:token.i + 1].text)
        index.replace(Mention(home.i, token.i + 1, name, "demonym"))
