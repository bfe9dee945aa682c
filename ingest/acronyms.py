"""A body's name spelled out with its acronym in brackets after it is one actor: 'the Government of National Accord
(GNA)' and every later 'GNA'. The gazetteer joins the bodies it knows; this joins the ones it does not, and first
makes the spelled-out name one entity where the tagger cut it at its 'and' ('[Justice] and [Equality Movement]
(JEM)')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

BODY_TYPES = (ActorType.ORGANIZATION, ActorType.GROUP)


def initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def stands_for(acronym: str, name: str) -> bool:
    """'GNA' for 'Government of National Accord': its letters are the capitals' initials, the first one first."""
    letters = [c for c in acronym if c.isalpha()]
    spelled = initials(name)
    return acronym.isupper() and len(letters) > 1 and bool(spelled) and letters[0] == spelled[0] and \
        set(letters) <= set(spelled)


# the small words a body's name may hold between its capitalised ones: "Justice and Equality Movement"
NAME_JOINERS = {"and", "of", "for", "the", "&", "-"}


def name_before_an_acronym(doc: Doc) -> None:
    """'the Darfur rebel [Justice]ORG and [Equality Movement]ORG (JEM)': the capitalised words right before a
    bracketed acronym whose initials spell it exactly are one name, one entity (of the label its pieces had)."""
    for bracket in (t for t in doc if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"):
        acronym = doc[bracket.i + 1].text
        if not acronym.isalpha() or not acronym.isupper() or len(acronym) < 2:
            continue
        whole = next((e for e in doc.ents if e.start < bracket.i < e.end), None)
        if whole is not None and whole.end == bracket.i + 2:
            # "[the Sudan People's Liberation Movement (SPLM]ORG)": the tagger took the bracket in; the name
            # and its acronym are two entities, to be joined as one actor
            doc.ents = [e for e in doc.ents if e != whole] + [Span(doc, whole.start, bracket.i, label=whole.label_),
                                                             Span(doc, bracket.i + 1, whole.end, label=whole.label_)]
            continue
        words = bracket.i
        while words > 0 and (doc[words - 1].text[:1].isupper() and doc[words - 1].is_alpha
                             or doc[words - 1].lower_ in NAME_JOINERS):
            words -= 1
        start = next((i for i in range(words, bracket.i) if doc[i].text[:1].isupper() and initials(
            doc[i:bracket.i].text) == acronym), None)
        if start is None:
            continue
        pieces = [e for e in doc.ents if e.start < bracket.i and e.end > start]
        if len(pieces) < 2 or any(e.start < start or e.end > bracket.i for e in pieces):
            continue  # (one entity already, or pieces reaching outside the name)
        doc.ents = [e for e in doc.ents if e.end <= start or e.start >= bracket.i] + [
            Span(doc, start, bracket.i, label=pieces[-1].label_)]


def join_spelled_out_acronyms(index: ActorIndex) -> None:
    """Rename every mention of an acronym given in brackets right after a body's name, or spelled out elsewhere
    in the story, to that body, once the index holds all of a story's mentions."""
    doc = index.doc
    for long in list(index.mentions):
        record = index.actors.get(long.actor or "")
        if record is None or record.type not in BODY_TYPES or long.via != "name" or long.end + 2 >= len(doc) or \
                doc[long.end].text != "(" or (short := index.by_token.get(long.end + 1)) is None or \
                doc[short.end].text != ")" or short.actor in (None, long.actor) or short.via != "name":
            continue
        acronym = index.actors.get(short.actor or "")
        if acronym is None or acronym.type not in BODY_TYPES or not stands_for(acronym.name, record.name):
            continue
        _join(index, acronym.name, record.name)
    # an acronym told apart from the name it stands for, each letter a capital's initial in order: "the Palestine
    # Liberation Organization" ... "the PLO" (only when no other body of the story spells it out too)
    bodies = [r for r in index.actors.values() if r.type in BODY_TYPES]
    for letters in [r.name for r in bodies if r.name.isalpha() and r.name.isupper() and len(r.name) > 1]:
        spelled = [r.name for r in bodies if " " in r.name and initials(r.name) == letters]
        if len(spelled) == 1 and letters in index.actors:  # (into the acronym, where it is a body the gazetteer knows)
            known = any(m.actor == letters and m.via == "gazetteer" for m in index.mentions)
            _join(index, *((spelled[0], letters) if known else (letters, spelled[0])))
    # an acronym no one resolved, standing for the one body the story spelled out: "the Allied Democratic Forces
    # rebel group" ... "Uganda blamed the ADF" (the tagger need not have taken it for a name)
    bodies = [r for r in index.actors.values() if r.type in BODY_TYPES]  # (those left after the joins)
    for token in doc:
        if token.i in index.by_token or not (token.is_alpha and token.is_upper and 1 < len(token.text) < 7):
            continue
        spelled = [r.name for r in bodies if " " in r.name and initials(r.name) == token.text]
        if len(spelled) == 1 and any(m.actor == spelled[0] and m.start < token.i for m in index.mentions):
            index.add(Mention(token.i, token.i + 1, spelled[0], "name"))


def _join(index: ActorIndex, gone: str, kept: str) -> None:
    """Every mention of one name of a body is of the other, which takes its aliases."""
    for mention in index.mentions:
        if mention.actor == gone:
            mention.actor = kept
    index.actors[kept].aliases.update(index.actors[gone].aliases | {gone})
    del index.actors[gone]
