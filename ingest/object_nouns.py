"""Object nouns: what an act is aimed at when its object names no actor.

Reacting to an event aims at its agent ("deplored the blockade by Israel"); judging a conduct aims at whose
conduct it is ("condemned the recklessness of Kim Jong Un"); a measure on goods aims at the state they come from
("tariffs on imports from China"). arguments.py reads these sets to find the actor behind the noun; material.py
reads the goods to tell a measure from a strike.
"""

from __future__ import annotations

# nouns for acts whose agent a reaction to them targets: "deplored the blockade by Israel"
EVENT_OBJECT_NOUNS = {"blockade", "strike", "strikes", "attack", "attacks", "invasion", "occupation", "annexation",
                      "bombing", "shelling", "raid", "incursion", "aggression", "sanctions", "expulsion", "decision",
                      "move", "actions", "policy", "proposal", "plan", "offer", "demand", "warning", "threat",
                      "remarks", "comments", "statement", "test", "launch", "drills", "exercises", "deployment",
                      "offensive", "claims", "claim", "request", "bid", "crackdown", "policies", "tariffs",
                      "allegation", "allegations", "accusation", "accusations", "criticism", "visit",
                      "warnings", "demands", "threats", "proposals", "speech", "speeches", "address",
                      # gatherings: "snubbed the peace conference in Switzerland" is not about Switzerland
                      "conference", "forum", "ceremony", "festival", "congress", "convention"}
# nouns for how someone acts or speaks, whose 'of' phrase is the one acting, not the one acted on (as it is in
# "the invasion of Ukraine"): "condemned the recklessness of Kim Jong Un", "criticised the actions of Washington"
CONDUCT_NOUNS = {"action", "actions", "conduct", "behaviour", "behavior", "policy", "policies", "remarks", "comments",
                 "statement", "statements", "rhetoric", "recklessness", "provocation", "provocations", "stance",
                 "attitude", "intransigence", "belligerence", "hostility", "arrogance", "hypocrisy", "words", "tactics"}
# what is traded, which comes from a state: "tariffs on imports from China", "a ban on goods from Russia"
GOODS_NOUNS = {"import", "imports", "good", "goods", "product", "products", "export", "exports", "shipment",
               "shipments", "steel", "aluminium", "aluminum", "car", "cars", "oil", "gas", "grain", "chip", "chips",
               "pork", "beef", "cheese", "apple", "soybean", "soy", "wheat", "corn", "whiskey", "wine", "barley",
               "lobster", "seafood", "poultry", "chicken", "dairy"}
# what goes somewhere, whose 'to' is the state it goes to: "restrictions on travel to Cuba", "a ban on exports to Iran"
DESTINED_NOUNS = {"travel", "trip", "tour", "flight", "export", "shipment", "sale", "transfer", "remittance",
                  "investment"}
# states one is in, which no one does: concern about "the Pope's health" or "Ukraine's ammunition shortage" judges
# no one, as concern about "China's behaviour" does
CONDITION_NOUNS = {"health", "safety", "security", "wellbeing", "welfare", "fate", "future", "economy",
                   "debt", "deficit", "inflation", "rate", "level", "shortage", "forecast", "situation", "condition",
                   "stability", "plight", "finance", "growth", "recovery", "weather", "outlook", "prospect", "capacity",
                   "readiness", "supply", "reserve"}
# nouns of leaving a place, whose 'from' is where one leaves, not who acts: "the withdrawal of troops from Ukraine"
LEAVING_NOUNS = {"withdrawal", "pullout", "pull-out", "removal", "evacuation", "departure", "exit", "retreat",
                 "expulsion", "exodus", "release", "return", "repatriation", "extradition", "deportation"}
