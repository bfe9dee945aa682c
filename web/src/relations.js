// How the explorer colours things: actors by type, events by the class of their relation (PLOVER, grouped
// into the four quadrants political scientists use: talk, cooperation, verbal and material conflict).

export const TYPE_COLOURS = {
  Person: "#3b6fb6",
  Country: "#d08b22",
  Organization: "#2f9c6a",
  Group: "#8d5bb5",
  Role: "#7a7a7a",
};
export const UNKNOWN_COLOUR = "#9aa3ad";

export const CLASS_OF_PLOVER = {
  CONSULT: "consult",
  REQUEST: "cooperate",
  COOPERATE: "cooperate",
  AGREE: "cooperate",
  SUPPORT: "cooperate",
  AID: "cooperate",
  CONCEDE: "cooperate",
  RETREAT: "cooperate",
  THREATEN: "verbal conflict",
  ACCUSE: "verbal conflict",
  REJECT: "verbal conflict",
  PROTEST: "verbal conflict",
  MOBILIZE: "material conflict",
  SANCTION: "material conflict",
  COERCE: "material conflict",
  ASSAULT: "material conflict",
};

export const CLASS_COLOURS = {
  consult: "#4c8bd6",
  cooperate: "#3aa36f",
  "verbal conflict": "#e0a030",
  "material conflict": "#d2453b",
  other: "#9aa3ad",
};

let vocabulary = {};

export function setVocabulary(terms) {
  vocabulary = Object.fromEntries(terms.map((term) => [term.name, term]));
}

export function relationClass(relation) {
  const term = vocabulary[relation];
  return (term && CLASS_OF_PLOVER[term.plover]) || "other";
}

export function typeColour(type) {
  return TYPE_COLOURS[type] || UNKNOWN_COLOUR;
}
