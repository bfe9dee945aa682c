"""Verb repairs: a sentence the small model left without its verb, or whose verb it hung on the wrong head.

"Maldivian envoys [left]acl on Thursday for China": with no finite verb, the past form is taken for a participle
describing its subject, and every rule that looks for a subject finds none. These mends give such a sentence
its verb back, and give back to its object a participle read as a clause ("freed [detained]ccomp Americans");
repairs.py calls them in its one pass over the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.complement_repairs import ORDERED_FORCES
from diplograph.ingest.framing import COMMENTING_VERBS


def past_verb_read_as_participle(noun: Token) -> None:
    """'Maldivian envoys [left] on Thursday for China', 'Pompeo, along with Esper, later [called] on Modi': a
    sentence with no verb, whose subject is followed (right away, or after a phrase between commas) by a past form
    the model took for a participle describing it, has that form as its verb (no passive: no 'by', no 'were')."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        c.i == noun.i + 1 or _set_off_between(noun, c))), None) or _after_the_listed_members(noun) or next(
        # "Turkish convoys carrying tanks [rolled]acl-of-tanks into Idlib": a past tense after the subject's own
        # participle phrase
        (t for t in noun.subtree if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > noun.i and (t.head.i == noun.i or (
            t.head.dep_ == "dobj" and t.head.head.dep_ == "acl" and t.head.head.head.i == noun.i))), None)
    described = {t.i for r in noun.children if r.dep_ == "relcl" and verb and r.i < verb.i for t in r.subtree}
    if verb is None or any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i and not verb.is_ancestor(t) and t.i not in described
            for t in noun.sent):
        return  # (another finite verb outside the participle's phrase and the subject's relative clause: the sentence
        # has its verb)
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # the sentence's full stop
    noun.head, noun.dep_ = verb, "nsubj"


def past_verb_read_as_a_conjuncts_modifier(verb: Token) -> None:
    """'Israel called up 300,000 reservists and [massed]amod [troops]conj near the border': a past form right after
    the 'and' that joins a noun to a verb is a second verb sharing the subject; the noun is its object, and what
    followed the noun is the verb's. Only where the form is a past tense or the noun is forces, which a participle
    does not describe ('lifted an arms embargo on Monday and targeted sanctions' is a second object)."""
    noun, first = verb.head, verb.head.head
    if verb.i < 1 or verb.doc[verb.i - 1].lower_ != "and" or verb.doc[verb.i - 1].head.i != first.i or \
            noun.i != verb.i + 1 or not (verb.tag_ == "VBD" or noun.lower_ in ORDERED_FORCES):
        return
    verb.head, verb.dep_, verb.tag_ = first, "conj", "VBD"
    for child in [c for c in noun.children if c.i > noun.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def gerund_read_as_the_objects_conjunct(word: Token) -> None:
    """'responded by downgrading diplomatic relations and [expelling]NNP-conj-of-relations India's envoy': an -ing
    word joined by 'and' to a gerund's object, with an object of its own, is a second gerund (its lemma the word less
    its ending, which verb_cues.known_lemma completes: 'downgrad' -> 'downgrade', 'expell' -> 'expel')."""
    noun, verb = word.head, word.head.head
    if noun.dep_ != "dobj" or verb.tag_ != "VBG" or word.i < 1 or \
            word.doc[word.i - 1].lower_ != "and" or not any(c.dep_ == "dobj" for c in word.children):
        return
    word.head, word.dep_, word.tag_, word.pos_, word.lemma_ = verb, "conj", "VBG", "VERB", word.lower_[:-3]


def past_verb_tagged_as_participle(verb: Token) -> None:
    """'Buhari, on a state visit, [held]VBN talks with Ramaphosa': a sentence's verb with a subject of its own and
    no auxiliary is a past tense, whatever the model's tag (a participle needs 'was', 'has' or a noun it qualifies)."""
    if any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        verb.tag_ = "VBD"


def _after_the_listed_members(noun: Token) -> Token | None:
    """'Fifteen countries, among them France, Germany and Canada, condemned': the model hangs the past form on the
    first member named (an apposition of the group); it follows the list's closing comma."""
    for members in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN"):
        for verb in (c for c in members.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")):
            if noun.doc[verb.left_edge.i - 1].text == "," and all(
                    t.i < verb.left_edge.i for g in members.children if g.i < verb.i for t in g.subtree):
                return verb
    return None


# nouns of a state's forces or rulers that the model may read as a modifier: "Azerbaijan's [military]amod moved"
NOUNS_READ_AS_MODIFIERS = {"military", "army", "navy", "government"}


def verb_between_name_and_object(verb: Token) -> None:
    """'[Sisi]compound [held]amod [talks]ROOT in Khartoum ... with Burhan', "Azerbaijan's [military]amod [moved]amod
    [troops]ROOT": a past form between a name (or a noun of a state's forces or rulers read as a modifier) and the
    noun both hang on, in a sentence left without a verb (or but a report's: ", Yerevan said"), is the verb; the name
    is its subject, the noun its object, and what followed the noun (place, day, partner, a second clause) is the
    verb's."""
    doc, noun = verb.doc, verb.head
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or not (name.pos_ == "PROPN" and name.dep_ == "compound" or name.lower_ in NOUNS_READ_AS_MODIFIERS
                            and name.dep_ in ("amod", "compound") or name.is_title and name.dep_ == "nmod"
                            ) or name.head.i != noun.i or noun.i < verb.i:  # ("[Trump]nmod [hosted]amod [Merkel]ROOT")
        return
    for owner in [c for c in noun.children if c.dep_ in ("poss", "det") and c.i < name.i]:
        owner.head = name  # "[Azerbaijan's] [military]amod [moved]amod [troops]ROOT": the owner is the subject's
    # (the subject of the report after it: "..., Yerevan said": what was said)
    verb.head, verb.dep_ = (noun.head, "ccomp") if noun.dep_ == "nsubj" else (verb, "ROOT")
    verb.tag_ = "VBD"  # the verb is a past ("[held]VBD" stays one; "[hosted]VBN", taken for a participle, becomes one)
    for child in [c for c in noun.children if c.i > noun.i]:
        child.head = verb
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def verb_read_as_the_objects_modifier(verb: Token) -> None:
    """'[ECOWAS]ROOT [lifted]amod [sanctions]dobj-of-ECOWAS on Mali': a past form right after the name the model made
    the sentence's root, describing the noun it gave the name as object, is the verb; the name is its subject."""
    noun, name = verb.head, verb.head.head
    if noun.i < verb.i or name.i != verb.i - 1 or name.pos_ not in ("PROPN", "NOUN") or any(
            t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.head.i == name.i for t in verb.sent):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in name.children if c.i > verb.i]:
        child.head = verb  # (the sentence's full stop)
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def past_verb_joined_to_a_bare_one(verb: Token) -> None:
    """'Trump warned that there would be a price to [pay] ... and [criticised] Russia', 'had raised the cases of
    citizens [held] in Turkish jails and [pressed] Erdogan': a past form with no subject the model joined to a bare
    verb or a participle deep in a clause is joined to the nearest verb with a subject above it, when that one is
    finite (or a perfect participle)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    node = verb.head
    # up past bare verbs: a small clause's ("made civilians [suffer] and attacked": made's) and a modal's ("that
    # Washington would [take] no part ... and urged him": told's), to the nearest tensed verb with a subject
    while node.head.i != node.i and (node.tag_ == "VB" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
        node = node.head
    if node.i == verb.head.i or node.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or node.i > verb.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return
    for cc in [c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.i - 1]:
        cc.head = node
    verb.head = node


def _set_off_between(noun: Token, verb: Token) -> bool:
    """Whether all between a noun and a participle after it is a phrase of the noun's between commas, or the
    participle's own adverb: 'Pompeo[, along with Esper,] later called', 'Harris[, who leads the effort,] announced'."""
    if noun.doc[verb.left_edge.i - 1].text != ",":
        return False
    phrases = {t.i for g in noun.children if g.i < verb.i and g.dep_ in ("prep", "punct", "appos", "relcl")
               for t in g.subtree}
    return all(t.i in phrases or t.dep_ == "advmod" and t.head.i == verb.i for t in noun.doc[noun.i + 1:verb.i])


def compound_head(token: Token) -> Token:
    """The head of the compound a token opens: 'Prime' in 'Prime Minister Manasseh Sogavare' -> 'Sogavare'."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def verb_read_as_modifier(verb: Token) -> None:
    """'[Merkel]nsubj [hosted]amod Russian President [Vladimir Putin]ROOT, ...': a past form with a subject of its
    own, read as a modifier inside the object's name in a sentence left without a verb, is the verb; the name it
    sat in is its object, and what followed the name (place, day, full stop) is the verb's. A verb the model gave
    the name to as subject further on is a clause of the sentence's verb. So with a noun right after the verb: '[Ban]
    [held]amod [talks]ROOT with X and pressed him' (the noun keeps its phrases, the verb takes what is joined)."""
    noun = compound_head(verb.head)
    root = noun.head  # or the name made the subject of a verb far on: "... since the conflict [erupted] in 2014"
    if noun.dep_ == "nsubj" and root.dep_ == "ROOT" and root.i > noun.i + 1 and noun.pos_ == "PROPN" and \
            noun.i > verb.i:
        root.head, root.dep_ = verb, "advcl"
        noun.dep_ = "ROOT"
    if noun.dep_ != "ROOT" or noun.i < verb.i or noun.pos_ != "PROPN" and (noun.pos_, noun.i) != ("NOUN", verb.i + 1):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    joined = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # (not "and a news conference")
    for child in [c for c in noun.children if c.i > noun.i and (c.dep_ in ("prep", "punct", "npadvmod", "advmod") if
                  noun.pos_ == "PROPN" else c in joined or c.dep_ in ("cc", "punct") and joined)]:
        child.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def participle_read_as_the_verb(participle: Token) -> None:
    """'G7 leaders [meeting]ROOT in Cornwall on Sunday [called]advcl on China to ...': a participle with no
    auxiliary that the model made the sentence's verb, while a past form after it has no subject of its own,
    describes the subject; the past form is the verb."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    verb = next((c for c in participle.children if c.tag_ == "VBD" and c.dep_ in ("advcl", "conj", "dep")
                 and c.i > participle.i and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)),
                None)
    if subject is None or verb is None or participle.ent_type_ or any(
            c.dep_ in ("aux", "auxpass") for c in participle.children):
        return  # (not a participle the tagger took into a name: "[Macron meeting]")
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in participle.children if c.i > verb.i or c.dep_ in ("prep", "npadvmod")]:
        child.head = verb  # the full stop, and where and when: "meeting in Cornwall on Sunday called on China"
    subject.head = verb
    participle.head, participle.dep_ = subject, "acl"


def reduced_relative_read_as_the_verb(participle: Token) -> None:
    """'Two Russian servicemen [captured]ROOT near Shchastia [are being held]conj in Kiev': a past form the model
    made the sentence's verb, whose subject is followed, with no 'and', by a verb with an auxiliary of its own, is
    a participle describing the subject ('servicemen captured near Shchastia'); the later verb is the verb."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    verb = next((c for c in participle.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ in ("aux", "auxpass") and g.i < c.i for g in c.children) and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if subject is None or verb is None:
        return
    doc = participle.doc
    # (or one set off by commas on both sides right after the subject's phrase: "The expulsion of two diplomats,
    # [declared] persona non grata ..., [was announced] by Bulgaria"; not a verb after a parenthesis: "Russia, in
    # response, expelled ten diplomats, will close a consulate")
    opening = min(g.i for g in verb.children if g.dep_ in ("aux", "auxpass") and g.i < verb.i)
    set_off = subject.right_edge.i + 2 == participle.i and doc[participle.i - 1].text == "," and \
        doc[opening - 1].text == "," and not any(c.dep_ in ("aux", "auxpass", "cc") for c in participle.children
                                                 if c.i < verb.i)
    if not set_off and any(c.dep_ in ("dobj", "aux", "auxpass", "cc") and c.i < verb.i or
                           c.text == "," and c.i < verb.i for c in participle.children):
        return  # (nor two verbs set apart by a comma: "Putin flew to Beijing, is expected to meet Xi")
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in participle.children if c.i > verb.i]:
        child.head = verb  # what the sentence goes on with: "..., the security service said."
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subject.head, subject.dep_ = verb, "nsubjpass" if passive else "nsubj"
    participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"


def participle_read_as_a_clause(participle: Token) -> None:
    """'Pyongyang freed [detained]ccomp Americans Kenneth Bae and ...': a past form right after a verb left with no
    object, with no subject of its own, describes the object it was given; the object is the verb's, and what
    followed it (day, place, full stop) too."""
    verb = participle.head
    if participle.dep_ != "ccomp" or participle.i != verb.i + 1 or verb.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in participle.children
            if c.dep_ != "dobj" or c.i < participle.i) or any(c.dep_ == "dobj" for c in verb.children):
        return
    noun = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if noun is None or noun.left_edge.i != participle.i + 1:
        return
    for child in [c for c in participle.children if c.i > noun.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    participle.head, participle.dep_ = noun, "amod"


def verb_read_as_adjective(word: Token) -> None:
    """'demanded that Russia [free]amod jailed opposition politician Alexei Navalny': a word with a subject of its own
    after 'that', read as describing the verb's object, is the verb of the clause, and the object is its own."""
    noun = compound_head(word.head)
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    that = word.left_edge if word.left_edge.lower_ == "that" else word.doc[word.left_edge.i - 1]
    if noun.i < word.i or verb is None or not verb.i < that.i:
        return
    word.head, word.dep_, word.tag_, word.pos_ = verb, "ccomp", "VB", "VERB"
    noun.head, noun.dep_ = word, "dobj"
    that.head, that.dep_ = word, "mark"


def adjunct_hung_inside_a_charge(participle: Token) -> None:
    """'accused China of showing disregard for law by [building]pcomp up outposts, while [praising]advcl Beijing': a
    participle set off by a comma and marked as one's next act ('while', 'after') or one of comment ('..., blaming him
    for'), hung on a gerund inside a prepositional phrase, is the adjunct of the verb that phrase hangs on, not part
    of the charge."""
    if participle.left_edge.i == 0 or participle.doc[participle.left_edge.i - 1].text != "," or not (any(
            c.dep_ == "mark" and c.lower_ in ("while", "whilst", "after", "before") for c in participle.children)
            or participle.lemma_.lower() in COMMENTING_VERBS):
        return  # (a result of the charged act stays in it: "accused Russia of shelling Kharkiv, wounding a diplomat")
    node, charged = participle.head, False
    while node.dep_ in ("pcomp", "pobj", "prep", "conj") and node.head.i != node.i:
        charged, node = charged or node.dep_ == "pcomp", node.head  # ("by building up and [arming]conj outposts")
    if charged and node.pos_ == "VERB":
        participle.head = node


# plural nouns of a measure that the model reads as a verb after "asset": "asset [freezes]VBZ"
MEASURE_PLURALS = {"freezes", "seizures"}


def measure_read_as_a_verb(noun: Token) -> None:
    """'imposed travel bans and asset [freezes]VBZ on Lukashenko', 'The EU [imposed]csubj asset [freezes]ROOT on':
    the plural noun after 'asset' is the measure imposed, the verb's object (or the last member of its list), and
    what hangs on it ("on Lukashenko") is the verb's."""
    asset = noun.doc[noun.i - 1]
    listed = asset.head if asset.dep_ == "conj" and asset.head.dep_ == "dobj" else None  # "bans and asset [freezes]"
    first = listed or next((c for c in noun.children if c.dep_ == "nsubj" and c.i < asset.i), None)
    verb = listed.head if listed is not None else noun.head if noun.dep_ == "ccomp" else next(
        (c for c in noun.children if c.dep_ == "csubj"), None)
    if verb is None or verb.pos_ != "VERB" or first is None and any(c.dep_ == "dobj" for c in verb.children):
        return
    noun.tag_, noun.pos_, noun.lemma_ = "NNS", "NOUN", noun.lower_[:-1]
    if noun.dep_ == "ROOT":  # the measure was the sentence's root: the verb is
        verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in noun.children if c.i != verb.i and (noun.dep_ == "ROOT" or c.dep_ in (
            "prep", "punct", "npadvmod"))]:
        child.head = verb
    if first is not None:  # "travel bans and asset freezes": the list's first member is the object
        first.head, first.dep_ = verb, "dobj"
        noun.head, noun.dep_ = first, "conj"
    else:
        noun.head, noun.dep_ = verb, "dobj"
    asset.head, asset.dep_ = noun, "compound"
