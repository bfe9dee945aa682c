"""Judgement words: the words by which naming a thing condemns it ("unacceptable", "a dictator", "baseless"), an
approving word negated by its prefix ("unfair"), the words that only measure a state of affairs ("dangerous"), and
the wrongs one may be said to have done ("a poisoning", "fuelled the crisis"). Data, and the test of a predicate's
words; judgements.py and statements.py read them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# "called the move unacceptable", "branded Kyiv a terrorist state": naming as condemnation
CONDEMNING_WORDS = {"unacceptable", "irresponsible", "provocative", "provocation", "illegal", "illegitimate",
                    "dangerous", "hostile", "regrettable", "outrageous", "reckless", "mistake", "violation",
                    "aggression", "blackmail", "interference", "terrorist", "terrorism", "unjustified", "unlawful",
                    "destabilising", "destabilizing", "aggressive", "appalling", "shameful", "disgraceful",
                    "unprovoked", "criminal", "threat", "attack", "insult", "insulting", "affront", "betrayal", "wrong",
                    "blow", "unfriendly", "inadmissible", "unwarranted", "counterproductive", "hypocritical",
                    "hypocrisy", "propaganda", "arrogant", "disappointing", "aggressor", "occupier", "instigator",
                    # names for a wrongdoer, verdicts of failure: "called Maduro a dictator", "explanations inadequate"
                    "dictator", "tyrant", "despot", "autocrat", "thug", "murderer", "liar", "fraud", "puppet",
                    "insufficient", "inadequate", "unconvincing", "unsatisfactory", "deplorable", "trafficker",
                    "gangster", "warmonger", "killer", "butcher", "racist", "nasty", "disgrace", "bully",
                    "shameless", "despicable", "horrible", "terrible", "evil", "thief", "crook", "accomplice",
                    # verdicts on conduct: "said Trump was rude and ignorant", "called the measures pointless"
                    "rude", "ignorant", "pointless", "harmful", "damaging", "destructive", "cynical", "senseless",
                    "barbaric", "heinous", "abhorrent", "reprehensible", "scandalous",
                    "irrational", "belligerent", "deceitful", "cowardly", "misguided", "short-sighted", "shocking",
                    "offensive", "incompetent", "corrupt", "stupid", "foolish", "pathetic", "disgusting", "sobering",
                    "depressing", "intolerable", "inhumane", "callous", "two-faced", "dishonest", "weak", "bad",
                    "cruel", "brutal", "unwise", "unhelpful", "unfortunate", "dictatorship", "tyranny",
                    # a seizure of power, a charade, a crime: "called it a self-coup", "an act of madness"
                    "coup", "self-coup", "madness", "farce", "sham", "charade", "travesty", "crime", "piracy", "inept",
                    "dysfunctional", "incompetence", "violent"}  # (by its manner: "a violent act")

# words that call a claim untrue (and condemn it): "called the allegations baseless and false"
FALSITY_WORDS = {"baseless", "false", "groundless", "unfounded", "untrue", "fabricated", "fabrication", "lie", "lies",
                 "slander", "smear", "nonsense", "fiction", "fake", "absurd", "ridiculous"}


# approving words whose negation by prefix condemns: "unfair", "unreasonable", "irresponsible", "unjustified"
APPROVING_STEMS = {"fair", "reasonable", "just", "acceptable", "legitimate", "responsible", "honest", "helpful",
                   "constructive", "friendly", "lawful", "justified", "warranted", "wise", "appropriate",
                   "proportionate", "professional", "civilised", "civilized", "ethical", "diplomatic", "democratic"}
NEGATING_PREFIXES = ("un", "in", "il", "ir", "im", "dis")


# words that measure a state of affairs rather than condemn a deed: "the situation as dangerous", "growth as weak"
DEGREE_WORDS = {"weak", "poor", "dangerous", "bad", "dire", "fragile", "serious", "worrying", "difficult", "grave",
                "precarious", "disappointing", "alarming", "critical", "volatile", "tense", "unstable", "terrible"}


def forms(tokens: Iterable[Token]) -> set[str]:
    """Words' lemmas and their forms as written: '[disgusting]VBG' is the verb 'disgust' to the lemmatiser."""
    return {form for t in tokens for form in (t.lemma_.lower(), t.lower_)}


# an enabler condemned by the wrong it enables: "a decisive enabler of Russia's war" (not "of peace talks")
ENABLED_WRONGS = {"war", "aggression", "crime", "terrorism", "genocide", "invasion", "atrocity", "repression"}


def condemning(words: set[str]) -> bool:
    """Whether a predicate's words condemn: a word of condemnation, or an approving one negated by its prefix."""
    if words & (CONDEMNING_WORDS | FALSITY_WORDS) or "enabler" in words and words & ENABLED_WRONGS:
        return True
    return any(word.startswith(prefix) and word[len(prefix):].lstrip("-") in APPROVING_STEMS
               for word in words for prefix in NEGATING_PREFIXES)


# stoking trouble is a wrong one may be said to have done ("said Washington had fuelled the crisis"); fuelling
# growth is none
STOKING_VERBS = {"fuel", "stoke", "inflame", "foment", "provoke", "exacerbate", "aggravate"}
TROUBLE_NOUNS = {"crisis", "conflict", "war", "tension", "violence", "instability", "unrest", "hostility", "hatred",
                 "fighting", "bloodshed", "separatism", "terrorism", "extremism", "insurgency", "chaos"}

# what "linked X to ..." must link X to for an accusation: a wrong, not "linking it to Sweden's accession"
WRONGS = {"killing", "death", "murder", "poisoning", "bombing", "shooting", "plot", "assassination", "hack",
          "hacking", "cyberattack", "sabotage", "explosion", "blast", "downing", "disappearance", "kidnapping",
          "abduction", "terrorism", "terrorist", "violence", "smuggling", "trafficking", "espionage", "spying",
          "coup", "unrest", "riot", "massacre", "crime", "fraud", "corruption", "interference", "militant",
          "insurgency", "rebel", "attack", "strike", "theft", "intimidation", "harassment", "leak"}
# what one commits that is a wrong said of him: "said Ethiopia had committed gross violations of human rights"
COMMITTED_WRONGS = {"violation", "abuse", "atrocity", "genocide", "aggression", "cleansing"}  # besides WRONGS
