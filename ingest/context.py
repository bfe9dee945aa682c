"""Non-political context: sentences about sport or the markets, where the verbs of conflict are metaphors.

PETRARCH2's discard phrases ("champions league", "final whistle") drop a sentence whole, as PETRARCH
does; single words of sport or finance ("final", "stocks") drop only its conflict events ("France beat
Argentina in the final" is no attack, "the sell-off hit Seoul" none either). A story that speaks of sport or
the markets in most of its sentences is about them throughout: none of its sentences has an attack, nor a
meeting of states (teams meet); one about an election is domestic politics, where what compatriots do to each
other is no diplomatic event. Matched with spaCy's PhraseMatcher, once per document.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from diplograph.ingest.argument_words import sport_words
from diplograph.ingest.datafiles import read_table
from diplograph.ingest.field_lexicon import load_discards
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.ingest.verb_cues import MEASURED_MEETINGS

# the relations a sport or market sentence uses as metaphors
METAPHORICAL_RELATIONS = frozenset({"attack", "coerce", "threaten", "mobilize", "sanction", "withdraw"})
# verbs that say the relation in so many words, which no sport or market sentence uses as a metaphor: "threatened
# to impose tariffs if they created a new currency"
LITERAL_TRIGGERS = frozenset({"threaten", "sanction", "impose", "reimpose", "blacklist", "embargo"})
# words before a sport word that make it none: "war games" are drills
NOT_SPORT_BEFORE = frozenset({"war"})
# words of sport that as adjectives say nothing of it: "their final withdrawal from Afghanistan"
ADJECTIVE_SENSES = frozenset({"final", "semifinal", "semi-final"})
# in a story about sport (or the markets, or an election), states are teams, and teams meet too: "the two sides had
# met in the 2018 round"; in one about sport they host and visit too: "the Americans visit Costa Rica on Tuesday,
# while Mexico hosts Panama"
SPORTING_RELATIONS = METAPHORICAL_RELATIONS | {"meet"}
FIXTURE_RELATIONS = frozenset({"host", "visit"})
# its praise and blame are of play ("the IOC praised Brazil's organisers"), unless a state or an office-holder
# judges ("China criticised the diplomatic boycott of the Games")
PLAY_JUDGEMENTS = frozenset({"support", "criticize"})
ENCOUNTERS = frozenset({"meet", "call", "host"})
# a story is about sport or the markets when at least this share of its sentences (and this many) speak of them
TOPIC_SHARE = 0.5
TOPIC_SENTENCES = 4


SIDE_CLAUSES = frozenset({"relcl", "advcl", "acl", "appos", "parataxis"})


def in_side_clause(token: Token) -> bool:
    """Whether a word sits in a relative, adverbial or appended clause rather than the sentence's main one."""
    node = token
    for _ in range(12):
        if node.dep_ in SIDE_CLAUSES and node.pos_ in ("VERB", "AUX"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


@dataclass(frozen=True)
class NonPolitical:
    """Sentence starts (token indices) to drop whole, and those whose conflict events are metaphors."""

    discarded: frozenset[int]
    metaphorical: frozenset[int]
    whole_story: bool = False  # the document's topic, not only some of its sentences
    sporting: bool = False  # a whole story that speaks of sport
    domestic: bool = False  # a story mostly about an election: what compatriots do to each other is no diplomacy
    electoral: bool = False  # a story that speaks of an election more than once (domestic if it names one state)

    def keeps(self, sentence_start: int, relation: str, trigger: str = "", armed: bool = False,
              statesmen: bool = False, official: bool = False) -> bool:
        """Whether an event of this relation, stated by this trigger lemma (by armed forces: literal, as
        'troops crossed into Gambia' after 'his defeat in the election'), is kept in this sentence. Office-holders
        of two states who meet, call or host do so in earnest whatever the occasion: "Trump met Carney and
        Sheinbaum after the draw for the World Cup"; a state or an office-holder (official) judges in earnest too."""
        if statesmen and relation in ENCOUNTERS:
            return True
        if sentence_start in self.discarded:
            return False
        if self.whole_story:
            return relation not in SPORTING_RELATIONS and not (self.sporting and (
                relation in FIXTURE_RELATIONS or relation in PLAY_JUDGEMENTS and not official))
        return not (sentence_start in self.metaphorical and relation in METAPHORICAL_RELATIONS
                    and trigger not in LITERAL_TRIGGERS and not armed)


# the field's discard phrases that only say when: a sentence dated by them is still news of diplomacy
TIME_AND_HISTORY = {"years ago", "months ago", "weeks ago", "years later", "months later", "weeks later",
                    "fifty years ago", "millennium", "world war 1", "world war 2", "world war i", "world war ii",
                    "world war one", "world war two", "second world war", "post world war ii", "napoleonic wars",
                    "british empire", "attack on pearl harbor", "april 1942", "world trade center"}


class ContextFinder:
    def __init__(self, vocab: Vocab) -> None:
        rows = list(read_table("non_political.tsv"))
        self.discards = PhraseMatcher(vocab, attr="LOWER")
        # not the field's bare years (1914 to 2013): a year names history, and news dates its events by it
        # ("the first visit by a Chinese leader since 2005", "suspended the 1987 treaty"), nor its phrases of time
        # and history, by which news tells background events ("two years ago", "forced into brothels during World
        # War Two"); nor a word our table gives an election sense, which only tells the story's topic
        # ("congratulated him on his landslide win")
        voting = {row["word"] for row in rows if row["context"] in ("election", "ballot")}
        self.discards.add("DISCARD", [Doc(vocab, words=phrase.split()) for phrase in sorted(load_discards())
                                      if not phrase.isdigit() and phrase not in voting | TIME_AND_HISTORY])
        self.words = frozenset(row["word"] for row in rows if row["context"] != "ballot")
        self.sport_words = sport_words()
        self.election_words = frozenset(row["word"] for row in rows if row["context"] in ("election", "ballot"))
        self.word_hashes = hashes(self.words | self.election_words)

    def find(self, doc: Doc, named: Container[int] = ()) -> NonPolitical:
        """The sentences in sport or the markets; `named` are the tokens of actors' names, whose words say
        nothing of either."""
        # (a sport word that only measures a meeting sets nothing in sport: "after marathon talks in Geneva")
        matches = [doc[start:end] for _, start, end in self.discards(doc) if not (
            doc[start:end].root.dep_ in ("amod", "compound")
            and doc[start:end].root.head.lemma_.lower() in MEASURED_MEETINGS)]
        # a phrase in a side clause sets only that clause in sport: "Qatar, which hosted the World Cup, hosted
        # talks" keeps its talks, though no conflict word of the sentence
        discarded = {span.sent.start for span in matches if not in_side_clause(span.root)}
        aside = {span.sent.start for span in matches if in_side_clause(span.root)}
        sentences = [s for s in doc.sents if not s.text.isspace()]  # (not a paragraph break parsed as a sentence)
        # (a word in an actor's name says nothing of sport: "the Arab League", "the Muslim League")
        worded = [t for t in tokens_where(doc, LOWER, self.word_hashes)
                  if (t.i == 0 or doc[t.i - 1].lower_ not in NOT_SPORT_BEFORE)
                  and (t.pos_ != "ADJ" or t.lower_ not in ADJECTIVE_SENSES) and t.i not in named]
        topical = [t.i for t in worded if t.lower_ in self.words]
        marked = [i for i, sentence in enumerate(sentences) if any(sentence.start <= t < sentence.end for t in topical)]
        # the topic carries into the next sentence: "Labour won the election. Starmer defeated Sunak."
        metaphorical = {sentences[j].start for i in marked for j in (i, i + 1) if j < len(sentences)} | aside
        # a match report or a market wrap speaks of its topic in most sentences, and a sentence without its
        # words is still part of it ("The two sides had met in 2018", "Japan was overtaken by China")
        whole_story = len(sentences) >= TOPIC_SENTENCES and len(marked) >= TOPIC_SHARE * len(sentences)

        def told(words: frozenset[str]) -> int:  # how many sentences speak of these words
            return sum(any(s.start <= t.i < s.end and t.lower_ in words for t in worded) for s in sentences)

        sporting = whole_story and told(self.sport_words) > 0
        # an election story, by its words of voting too ("runoff", "candidates"): what compatriots do is politics
        voting = told(self.words | self.election_words)
        domestic = len(sentences) >= TOPIC_SENTENCES and voting >= TOPIC_SHARE * len(sentences) and \
            told(self.election_words) >= TOPIC_SHARE * voting
        return NonPolitical(frozenset(discarded), frozenset(metaphorical), whole_story, sporting, domestic,
                            told(self.election_words) >= 2)
