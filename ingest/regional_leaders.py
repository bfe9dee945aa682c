"""Regional leaders: a region's leaders, together, act for the region's body the story names.

"West African leaders suspended Mali from the regional bloc ECOWAS", "Arab foreign ministers meeting at the Arab
League backed Egypt": the leaders or ministers of a region, named by its adjective, are the body whose own name
holds that adjective (the Economic Community of West African States, the Arab League), when the story names it.
No such body named, they stay no one, as do leaders counted or listed: "Putin hosted more than 40 African
leaders", "Merkel, Macron and other European leaders". Pure: the Doc and the index.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.ingest.gazetteer import key
from diplograph.ingest.mentions import ActorIndex, Mention, noun_phrase_start
from diplograph.model import ActorType

# those who, meeting together, are their states' body: "leaders", "foreign ministers", "heads of state"
MEMBER_HOLDERS = {"leader", "minister", "head"}
# words that name a body of states, whose leaders are its members (not "the African Development Bank", "the
# European Parliament": bodies of their own)
BLOC_WORDS = {"union", "league", "community", "organization", "organisation", "association", "council", "forum",
              "states", "nations"}
# words that make leaders so many persons, not a body: "other European leaders", "dozens of African heads of state"
COUNTING_WORDS = {"other", "several", "many", "some", "few", "dozen", "dozens", "score", "scores", "number"}


def add_regional_leaders(index: ActorIndex, doc: Doc, first: int) -> None:
    """Each 'West African leaders' of the story becomes the one body it names after that region, if any."""
    holders = [t for t in doc[first:] if t.tag_ == "NNS" and t.lemma_.lower() in MEMBER_HOLDERS
               and t.i not in index.by_token and t.i not in index.plural]
    if not holders:
        return
    bodies = {m.actor for m in index.mentions if m.actor and index.actors[m.actor].type is ActorType.ORGANIZATION}
    forms = {form: body for body in bodies for form in index.gazetteer.forms_of(body) if BLOC_WORDS & set(form.split())}
    for holder in holders:
        if counted_or_listed(holder):
            continue
        region = region_words(holder)
        if not region or index.gazetteer.demonym_state(region) is not None:
            continue  # "Russian leaders" are one state's, not a region's
        named = {body for form, body in forms.items() if f" {region} " in f" {form} "}
        opening = {body for form, body in forms.items() if form.startswith(region + " ")}
        chosen = opening if len(named) > 1 else named  # "African leaders": the African Union before ECOWAS
        if len(chosen) == 1:
            index.replace(Mention(noun_phrase_start(holder), holder.i + 1, chosen.pop(), "organ"))


def region_words(holder: Token) -> str:
    """The capitalised words before a noun, as a gazetteer key: 'West African' of 'West African heads of state',
    '' of 'foreign ministers'."""
    words = [t for t in holder.doc[holder.left_edge.i:holder.i] if t.dep_ in ("amod", "compound", "nmod")]
    capitalised = [t.text for t in words if t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN")]
    return key(" ".join(capitalised)) if capitalised else ""


def counted_or_listed(holder: Token) -> bool:
    """'more than 40 African leaders', 'dozens of African heads of state', 'Merkel and other European leaders':
    persons told one by one or by their number, not the body they may sit in."""
    counted = holder.head if holder.dep_ == "pobj" and holder.head.lower_ == "of" else None
    return any(c.dep_ in ("nummod", "quantmod") or c.lower_ in COUNTING_WORDS for c in holder.children) or (
        counted is not None and (counted.head.lower_ in COUNTING_WORDS or counted.head.tag_ == "CD")) or \
        holder.dep_ == "conj" or any(c.dep_ == "conj" for c in holder.children)
