// Yasqe (the SPARQL editor of Yasgui) with nothing that reaches out of this server: no prefix or vocabulary
// look-ups on the web, no query button of its own (the page runs queries against /sparql).

import Yasqe from "@zazuko/yasqe";

export default function createEditor(element, value) {
  return new Yasqe(element, {
    value,
    persistenceId: null,
    showQueryButton: false,
    autocompleters: ["variables"],
    resizeable: true,
    editorHeight: "220px",
  });
}
