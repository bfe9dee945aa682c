// The README's example queries (tests/browser/test_explorer_assets.py checks each is still in README.md).
// The endpoint predeclares dipl:, rdfs: and skos:, so the short ones need no PREFIX lines.

export const EXAMPLES = [
  {
    title: "Who meets whom",
    query: "SELECT ?a ?b WHERE { ?a dipl:meets ?b }",
  },
  {
    title: "Olaf Scholz and Vladimir Putin: meetings with date, place and sentence",
    query: `PREFIX dipl: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?date ?place ?text WHERE {
  ?e a dipl:Meeting ; dipl:source ?s ; dipl:target ?t ; dipl:date ?date ; dipl:sentence/dipl:text ?text .
  ?s rdfs:label "Olaf Scholz" . ?t rdfs:label "Vladimir Putin" .
  OPTIONAL { ?e dipl:place/rdfs:label ?place }
}`,
  },
  {
    title: "How many meetings",
    query: "SELECT (COUNT(*) AS ?n) WHERE { ?e a dipl:Meeting }",
  },
];
