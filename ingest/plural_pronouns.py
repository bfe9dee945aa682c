"""Plural pronouns: whom "they" and "them" stand for, a collective named before ("45 Russian diplomats ...
accusing them") or the two sides a sentence has just coordinated or brought together ("France and Britain said
they would", "held talks with Modi when they met"). Pure functions over an ActorIndex, as coreference.py's
singular ones are.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.coreference import mention_at
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType


def plural_antecedent(index: ActorIndex, pronoun: Token) -> Mention | None:
    """'they'/'them': the last collective before it ('45 Russian diplomats ... accusing them', 'told Israelis');
    none when the nearest plural noun before it names no actor ('agree steps because Hungary opposed them')."""
    nearest = _nearest_plural_noun(pronoun)
    if nearest is not None and nearest.i not in index.by_token and pronoun.lower_ == "them":
        return None
    for mention in reversed(index.mentions):
        if mention.start >= pronoun.i or mention.actor is None or \
                pronoun.doc[mention.end - 1].dep_ in ("compound", "amod"):
            continue  # a name modifying a noun is no antecedent: "the Hamas attack"
        people = mention.via == "demonym" and pronoun.doc[mention.end - 1].tag_ in ("NNS", "NNPS")  # "Israelis"
        if mention.via in ("organ",) or people or index.actors[mention.actor].type is ActorType.GROUP:
            return Mention(pronoun.i, pronoun.i + 1, mention.actor, "pronoun")
        if pronoun.sent.start - mention.start > 80:
            break
    return None


def _nearest_plural_noun(pronoun: Token) -> Token | None:
    """The last plural noun before the pronoun in its sentence: what 'them' most likely is."""
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]) if t.tag_ in ("NNS", "NNPS")), None)


def coordinated_antecedent(index: ActorIndex, pronoun: Token) -> list[Mention]:
    """'France and Britain said they would recognise Palestine': 'they' is the coordinated subject before it,
    in its sentence or the one before; each of its actors."""
    pair = _subject_and_companion(index, pronoun)
    if pair:
        return pair
    doc = pronoun.doc
    start = pronoun.sent.start
    window = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[window:pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in token.children):
            continue
        heads = [token]
        while (nxt := next((c for c in heads[-1].children if c.dep_ == "conj"), None)) is not None:
            heads.append(nxt)
        mentions = [index.by_token.get(t.i) for t in heads]
        if all(m is not None and m.actor is not None for m in mentions):
            return [Mention(pronoun.i, pronoun.i + 1, m.actor, "pronoun") for m in mentions if m is not None]
        return []
    return []


# what two who have just met do together, told of 'they' in the sentence after: "They agreed to keep talking"
JOINT_ACTS = {"agree", "sign", "pledge", "vow", "commit", "decide", "reaffirm"}


def _subject_and_companion(index: ActorIndex, pronoun: Token) -> list[Mention]:
    """'he had raised the case with Modi when they met': 'they' of a clause on a verb done with someone is the
    verb's subject and that someone; so is 'them' ('held talks with Macron before Zelensky joined them'); and in
    the sentence after, 'they' who agree or sign ('They agreed to keep talking') and 'them' whom one joins."""
    clause = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head  # ("Xi later met with them")
    if pronoun.lower_ not in ("they", "them") or pronoun.dep_ not in ("nsubj", "dobj", "pobj"):
        return []
    if clause.dep_ == "advcl":
        verb = clause.head
    elif clause.dep_ == "ROOT" and pronoun.sent.start > 0 and clause.lemma_.lower() in JOINT_ACTS | {"join"}:
        verb = pronoun.doc[pronoun.sent.start - 1].sent.root  # (not "They urged Israel", "criticised them")
    else:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "nmod" and verb.pos_ == "NOUN"
                    and c.i < verb.i), None)  # (or a name the parser left in a verbless "[Trump] held talks")
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # "raised the case with Modi"
    nearest = _nearest_plural_noun(pronoun)
    if pronoun.lower_ == "them" and nearest is not None and nearest.i not in index.by_token and \
            nearest not in holders[1:] and nearest.i != verb.i:
        return []  # "would stop the war games it stages with South Korea, calling them provocative"
    companion = next((p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"), None)
    if subject is None or companion is None:
        return []
    found = [m.actor for t in (subject, companion) if (m := mention_at(index, t)) is not None and m.actor]
    return [Mention(pronoun.i, pronoun.i + 1, a, "pronoun") for a in found] if len(set(found)) == 2 else []
