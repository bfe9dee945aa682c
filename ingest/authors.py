"""Authors: whose act a reaction answers, when the reacted thing is no actor.

"Lavrov's remarks, which Kyiv rejected" (the thing's own), "new curbs, a move that Washington condemned" (the act the
summary noun sums up), "rejected a map published by Nepal", "denounced the drills staged by Washington", "opposed the
sanctions Washington has imposed" (its maker or doer), "denounced the exercise as a provocation by Seoul". targets.py
asks these when a response's object names no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.argument_words import MAKING_VERBS, OWNING_VERBS
from diplograph.ingest.arguments import SUMMARY_NOUNS, AgentFinder
from diplograph.ingest.constructions import governing_verb
from diplograph.ingest.coreference import mention_at
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.object_nouns import ENDEAVOUR_NOUNS
from diplograph.ingest.verb_cues import known_lemma

# verbs of carrying out an act, whose agent is its doer: "the drills staged by Washington", "the sanctions Washington
# has imposed" (not one who reported, confirmed or blamed it)
DOING_VERBS = {"stage", "carry", "conduct", "order", "commit", "mount", "hold", "perpetrate", "fire", "deploy", "take",
               "adopt", "plan", "organise", "organize", "lead", "claim", "wage", "unleash", "orchestrate", "mastermind",
               "execute"}  # (besides MAKING_VERBS; "claimed by Islamic State": owned as its doer)
LEGISLATURES = {"senate", "congress", "legislature", "assembly", "parliament"}


def _names_its_maker(noun: Token, index: ActorIndex) -> bool:
    """Whether a maker's noun stands for what names it: a state's organ ('by the U.S. Senate') or a known body named
    before it ('by the Five Eyes intelligence alliance'); not a private maker's nationality ('by an American
    newspaper', 'by the French Charlie Hebdo magazine')."""
    return noun.lower_ in index.gazetteer.organs | LEGISLATURES or any(
        g.dep_ == "compound" and g.pos_ == "PROPN" and getattr(mention_at(index, g), "actor", None) is not None
        for g in noun.children)


# what one asked, offered, said or planned, summing up its sentence: "Obama said ..., a pledge that Beijing
# criticised", "called for a ceasefire, an idea Santos has rejected", "passed a resolution ..., a text Ankara rejected"
ASKED_SUMMARIES = {"proposal", "request", "offer", "demand", "plea", "invitation", "pledge", "promise", "remark",
                   "idea", "plan", "text", "project", "position"}
PLAN_NOUNS = ASKED_SUMMARIES | {"initiative", "formula", "roadmap", "framework", "scheme", "draft", "resolution"}
# verbs that only answer or handle a thing another made, whose subject is not its author: "China welcomed the plan"
HANDLING_VERBS = {"welcome", "praise", "hail", "back", "support", "endorse", "discuss", "accept", "obtain", "receive",
                  "see", "read", "study", "consider", "review", "criticise", "criticize", "reject", "oppose"}


class AuthorFinder(AgentFinder):
    """Agents (AgentFinder) and the authors of the acts reactions answer, for one lexicon."""

    def referent_authors(self, relative: Token, index: ActorIndex) -> list[Mention]:
        """Whose act a relative clause reacts to: 'new curbs, a move that Washington condemned' (the summary noun
        stands for the act before it: Beijing's), 'joint drills with Guyana, which Venezuela denounced' (after a
        comma the clause's act: the United States'), 'Lavrov's remarks, which Kyiv rejected' (the noun's own)."""
        antecedent, doc, lemma = relative.head, relative.doc, relative.head.lemma_.lower()
        if lemma in SUMMARY_NOUNS | ASKED_SUMMARIES and antecedent.left_edge.i > 0 and \
                doc[antecedent.left_edge.i - 1].text == ",":  # "new curbs, a move that ...": the act before it
            asked = lemma in ASKED_SUMMARIES and antecedent.dep_ == "appos" and antecedent.head.pos_ == "NOUN" and \
                antecedent.head.lemma_.lower() in PLAN_NOUNS  # (not "demanded Ukraine's neutrality, a demand")
            if asked and (owners := self.actors_of(antecedent.head, index, possessor=True, placed=False)):
                return owners  # "welcomed Brazil's peace initiative, an idea that Ukraine rejected": Brazil's
            summed = antecedent.head if antecedent.dep_ == "appos" and lemma in SUMMARY_NOUNS else antecedent.sent.root
            act = summed if summed.pos_ in ("VERB", "AUX") or self.is_event_noun(summed) else governing_verb(summed)
            while act is not None and act.dep_ == "xcomp":
                act = act.head  # "ordered five Russian diplomats to leave the country, a move that": the order
            if lemma in ASKED_SUMMARIES and act is not None and act.lemma_.lower() in HANDLING_VERBS:
                return []  # "Macron praised the Saudi plan, a plan Iran rejected": no plan of Macron's
            if act is not None and act.pos_ in ("VERB", "AUX"):
                return self.agents(act, index)
            antecedent = summed
        own = self.actors_of(antecedent, index, possessor=True, agentive=True, placed=False)
        pronoun = next((c.lower_ for c in relative.children if c.tag_ in ("WDT", "WP")), "")
        if own and (self.is_event_noun(antecedent) or mention_at(index, antecedent) is None or
                    antecedent.dep_ != "pobj" or pronoun != "which"):
            return own  # "met Erdogan, whom Macron later criticised": the person
        after_comma = antecedent.i + 1 < len(doc) and doc[antecedent.i + 1].text == ","
        governor = governing_verb(antecedent) if antecedent.pos_ in ("NOUN", "PROPN") else None
        if governor is not None and (after_comma or self.is_event_noun(antecedent) or (
                antecedent.lemma_.lower() in ENDEAVOUR_NOUNS and governor.lemma_.lower() in OWNING_VERBS)):
            return self.agents(governor, index)  # "announced a ceasefire initiative that Ankara dismissed": his
        return own

    def author_beside(self, verb: Token, index: ActorIndex, thing: Token, against: bool) -> list[Mention]:
        """'shrugged off the warning [from Britain]': the parser hangs the reacted act's author on the verb; a thing
        that is no act names its maker with 'by' ('a map published by Nepal', not 'drones launched from Belarus'),
        an act its doer ('the drills staged by Washington'); or a clause says who made or did it ('the sanctions
        Washington has imposed'); or, against it, the verb judges it another's deed ('denounced the exercise as a
        provocation by Washington and Seoul'; 'hailed the deal as a capitulation by Armenia' backs no Armenia)."""
        event = self.is_event_noun(thing)
        # (only a verb of making or doing: "the launch confirmed by Seoul", "the bombing blamed by Washington on"
        # name who reported or blamed it)
        makers = MAKING_VERBS | DOING_VERBS if event else MAKING_VERBS
        made = [a for a in thing.children if a.dep_ == "acl" and known_lemma(a, makers) in makers]
        found = [m for h in ([verb] if event else []) + made for c in h.children if c.dep_ in ("prep", "agent")
                 and c.lower_ in ("by", "from") and (h is verb or c.lower_ == "by")
                 for pobj in c.children if pobj.dep_ == "pobj"
                 for m in self.actors_of(pobj, index, possessor=_names_its_maker(pobj, index))]
        found += [m for a in thing.children if a.dep_ == "relcl" and known_lemma(a, makers) in makers
                  and not any(c.dep_ in ("dobj", "nsubjpass") or c.tag_ in ("WP", "WDT") and c.dep_ == "nsubj"
                              for c in a.children)
                  for c in a.children if c.dep_ == "nsubj" for m in self.actors_of(c, index)]
        found += [m for c in verb.children if against and c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                  if p.dep_ == "pobj" for b in p.children if b.dep_ == "prep" and b.lower_ == "by"
                  for pobj in b.children if pobj.dep_ == "pobj" for m in self.actors_of(pobj, index)]
        return found
