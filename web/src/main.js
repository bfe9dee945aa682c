// The explorer: search an actor, its page (card, ego network, timeline), the evidence of an edge, paths
// between two actors, a SPARQL editor. Views are routed by the URL's hash, so every state can be linked.

import "./style.css";

import { actorPath, getJson, getJsonOnce, query, searchActors } from "./api.js";
import { clear, debounce, h } from "./dom.js";
import { EgoDrawing, buildGraph, datesOf, layout, refineLayout } from "./graph.js";
import { CLASS_COLOURS, TYPE_COLOURS, relationClass, setVocabulary } from "./relations.js";

const main = document.getElementById("main");
const downloads = document.getElementById("downloads");
const labels = new Map(); // actor id -> label, from every answer that named one
const explorer = { timings: {}, drawing: null, view: null };
window.__explorer = explorer; // what the browser tests read: timings and the drawing

let drawing = null;
let refinement = null; // the layout of a large network, refined in a worker
let vocabularyLoaded = Promise.resolve();

// ---------------------------------------------------------------- helpers

const labelOf = (id) => labels.get(id) || id;
const actorLink = (id) => h("a", { href: `#/actor/${encodeURIComponent(id)}`, class: "actor" }, labelOf(id));
const remember = (actor) => labels.set(actor.id, actor.label);

function problem(error) {
  return h("p", { class: "problem" }, error.message || String(error));
}

let lastDownloads = () => [];
let hasEventTable = false; // the server's /export/events.csv, found in its OpenAPI schema after the first view

function setDownloads(links) {
  lastDownloads = typeof links === "function" ? links : () => links;
  clear(downloads, lastDownloads().map(([label, href]) => h("a", { href, download: "" }, label)));
}

function exportLinks(parameters) {
  const suffix = query(parameters);
  return [
    ["GEXF", `/export/graph.gexf${suffix}`],
    ["GraphML", `/export/graph.graphml${suffix}`],
    ["nodes CSV", `/export/nodes.csv${suffix}`],
    ["edges CSV", `/export/edges.csv${suffix}`],
    ...(hasEventTable ? [["event table", `/export/events.csv${suffix}`]] : []),
  ];
}

// Servers that have the event table export offer it in the footer too (asked once, after the first view).
async function findEventTable() {
  try {
    const schema = await getJson("/openapi.json");
    hasEventTable = Boolean(schema?.paths?.["/export/events.csv"]);
  } catch {
    hasEventTable = false;
  }
  if (hasEventTable) setDownloads(lastDownloads);
}

function eventLine(event) {
  return [
    h("span", { class: "date" }, event.date || "undated"),
    h("span", { class: `relation ${relationClass(event.relation).replace(" ", "-")}` }, event.relation),
    h("span", { class: "pair" }, actorLink(event.source), " → ", actorLink(event.target)),
    h("span", { class: `modality ${event.modality}` }, event.modality),
    event.place ? h("span", { class: "place" }, `in ${event.place}`) : null,
  ];
}

// ---------------------------------------------------------------- search

function installSearch() {
  const form = document.getElementById("search");
  const input = document.getElementById("search-input");
  const list = document.getElementById("suggestions");
  let matches = [];
  const show = debounce(150, async () => {
    const q = input.value.trim();
    if (!q) return clear(list);
    try {
      matches = await searchActors(q);
    } catch (error) {
      return clear(list, h("li", { class: "problem" }, error.message));
    }
    matches.forEach(remember);
    clear(
      list,
      matches.length === 0 ? h("li", { class: "empty" }, `no actor matches “${q}”`) : null,
      matches.map((match) =>
        h("li", { role: "option" },
          h("a", { href: `#/actor/${encodeURIComponent(match.id)}`, class: "suggestion", onclick: () => clear(list) },
            h("strong", {}, match.label), " ", h("small", {}, [match.type, match.country].filter(Boolean).join(", ")),
            match.matched !== match.label ? h("small", { class: "matched" }, ` (${match.matched})`) : null)),
      ),
    );
  });
  input.addEventListener("input", show);
  form.addEventListener("submit", async (submitted) => {
    submitted.preventDefault();
    const found = matches.length ? matches : await searchActors(input.value.trim(), 1);
    if (found.length) {
      clear(list);
      location.hash = `#/actor/${encodeURIComponent(found[0].id)}`;
    }
  });
  document.addEventListener("click", (click) => form.contains(click.target) || clear(list));
}

// ---------------------------------------------------------------- home

async function homeView() {
  setDownloads(() => exportLinks({}));
  const stats = await getJson("/stats");
  const some = await getJson("/actors", { limit: 24 });
  some.forEach(remember);
  clear(main, h("section", { class: "home" },
    h("h1", {}, "Diplomatic actors and the events between them"),
    h("p", {}, `${stats.actors} actors, ${stats.events} events from ${stats.documents} documents. `,
      "Search an actor above, find the ", h("a", { href: "#/paths" }, "paths"), " between two, or ask in ",
      h("a", { href: "#/sparql" }, "SPARQL"), "."),
    h("ul", { class: "actor-cloud" }, some.map((actor) => h("li", {}, actorLink(actor.id))))));
}

// ---------------------------------------------------------------- an actor

async function actorView(id, parameters) {
  const depth = parameters.get("depth") === "2" ? 2 : 1;
  const [detail, ego] = await Promise.all([getJson(actorPath(id)), getJson(`${actorPath(id)}/ego`, { depth })]);
  remember(detail);
  ego.actors.forEach(remember);
  setDownloads(() => [
    ["ego GEXF", `${actorPath(detail.id)}/ego.gexf${query({ depth })}`],
    ...(ego.actors.length <= 150 ? exportLinks({ actor: ego.actors.map((actor) => actor.id) })
      .filter(([label]) => label !== "GEXF").map(([label, href]) => [`ego ${label}`, href]) : []),
    ...exportLinks({}).map(([label, href]) => [`whole graph ${label}`, href]),
  ]);

  const graphBox = h("div", { id: "graph", class: "graph" });
  const evidence = h("section", { id: "evidence", class: "evidence" },
    h("p", { class: "hint" }, "Click an edge (or a name in the list) to read the events between two actors."));
  const slider = h("input", { type: "range", id: "date-slider", min: 0, value: 0, step: 1, "aria-label": "show events up to" });
  const sliderLabel = h("output", { id: "date-label" }, "all events");
  const play = h("button", { type: "button", id: "play" }, "▶ replay");
  const depthSelect = h("select", { id: "depth", onchange: (change) => {
    location.hash = `#/actor/${encodeURIComponent(detail.id)}?depth=${change.target.value}`;
  } }, [1, 2].map((value) => h("option", { value, selected: value === depth }, `depth ${value}`)));

  clear(main, h("div", { class: "actor-page" },
    h("aside", { class: "card" }, actorCard(detail), counterpartList(detail.id, ego, openEdge)),
    h("section", { class: "network" },
      h("div", { class: "toolbar" }, depthSelect, play, slider, sliderLabel,
        h("span", { id: "network-size" }, `${ego.actors.length} actors, ${ego.events.length} events`)),
      graphBox, legend(), evidence),
    h("section", { class: "timeline" }, timeline(detail))));

  await vocabularyLoaded; // edge colours need it
  const started = performance.now();
  const graph = buildGraph(ego, labels);
  const built = performance.now();
  layout(graph);
  const laidOut = performance.now();
  drawing?.kill();
  drawing = new EgoDrawing(graphBox, graph, {
    onEdge: (a, b) => openEdge(a, b),
    onNode: (node) => { location.hash = `#/actor/${encodeURIComponent(node)}?depth=${depth}`; },
  });
  explorer.drawing = drawing;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  explorer.timings.egoDrawMs = performance.now() - started;
  explorer.timings.egoParts = { buildMs: built - started, layoutMs: laidOut - built, renderMs: performance.now() - laidOut };
  explorer.timings.egoEdges = graph.size;
  explorer.timings.egoEvents = ego.events.length;
  graphBox.dataset.drawn = "true";
  refinement?.stop();
  refinement = refineLayout(graph);
  const refining = refinement;
  refinement.done.then(() => {
    explorer.timings.egoSettledMs = performance.now() - started;
    if (refinement === refining) graphBox.dataset.settled = "true";
  });

  const dates = datesOf(graph);
  slider.max = dates.length;
  slider.value = dates.length;
  const cut = () => {
    const index = Number(slider.value);
    const cutoff = index >= dates.length ? null : dates[index];
    sliderLabel.value = cutoff === null ? "all events" : `up to ${cutoff}`;
    drawing.showUntil(cutoff);
  };
  slider.addEventListener("input", cut);
  let playing = null;
  play.addEventListener("click", () => {
    if (playing) {
      clearInterval(playing);
      playing = null;
      play.textContent = "▶ replay";
      return;
    }
    slider.value = 0;
    cut();
    play.textContent = "■ stop";
    playing = setInterval(() => {
      if (Number(slider.value) >= dates.length || !document.body.contains(slider)) {
        clearInterval(playing);
        playing = null;
        play.textContent = "▶ replay";
        return;
      }
      slider.value = Number(slider.value) + 1;
      cut();
    }, Math.max(60, 4000 / Math.max(1, dates.length)));
  });

  async function openEdge(a, b) {
    drawing?.highlight(a, b);
    await showEvidence(evidence, a, b);
  }
}

function actorCard(detail) {
  const byRelation = Object.entries(detail.by_relation).sort((x, y) => y[1] - x[1]);
  return h("div", { id: "actor-card" },
    h("h1", {}, detail.label),
    h("p", { class: "kind" }, h("span", { class: "dot", style: `background:${TYPE_COLOURS[detail.type] || "#999"}` }),
      [detail.type, detail.country && `of ${detail.country}`].filter(Boolean).join(" ")),
    detail.roles.length ? h("p", {}, h("b", {}, "Roles: "), detail.roles.join(", ")) : null,
    detail.aliases.length ? h("p", { class: "aliases" }, h("b", {}, "Also: "), detail.aliases.join(" · ")) : null,
    h("p", {}, `${detail.events_count} events with ${detail.counterparts} counterparts in ${detail.documents} documents`),
    h("table", { class: "counts" }, h("tbody", {}, byRelation.map(([relation, count]) =>
      h("tr", {}, h("td", {}, relation), h("td", { class: "number" }, count))))));
}

// The ego's neighbours, most events first: the same evidence as clicking their edge.
function counterpartList(center, ego, openEdge) {
  const counts = new Map();
  for (const event of ego.events) {
    if (event.source !== center && event.target !== center) continue;
    const other = event.source === center ? event.target : event.source;
    if (other !== center) counts.set(other, (counts.get(other) || 0) + 1);
  }
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || labelOf(x[0]).localeCompare(labelOf(y[0])));
  return h("div", { class: "counterparts" },
    h("h2", {}, `Counterparts (${sorted.length})`),
    h("ul", { id: "counterparts" }, sorted.slice(0, 200).map(([other, count]) =>
      h("li", {}, h("button", { type: "button", class: "link", "data-actor": other, onclick: () => openEdge(center, other) },
        labelOf(other)), h("span", { class: "number" }, count)))));
}

function legend() {
  return h("div", { class: "legend" },
    Object.entries(TYPE_COLOURS).map(([type, colour]) =>
      h("span", {}, h("span", { class: "dot", style: `background:${colour}` }), type)),
    h("span", { class: "separator" }),
    Object.entries(CLASS_COLOURS).filter(([name]) => name !== "other").map(([name, colour]) =>
      h("span", {}, h("span", { class: "swatch", style: `background:${colour}` }), name)),
    h("span", { class: "note" }, "thickness: number of events"));
}

// ---------------------------------------------------------------- the timeline

const TIMELINE_ROWS = 300;

function timeline(detail) {
  const relations = Object.keys(detail.by_relation).sort();
  const modalities = [...new Set(detail.events.map((event) => event.modality))].sort();
  const relationSelect = h("select", { id: "timeline-relation" }, h("option", { value: "" }, "every relation"),
    relations.map((name) => h("option", { value: name }, name)));
  const modalitySelect = h("select", { id: "timeline-modality" }, h("option", { value: "" }, "any modality"),
    modalities.map((name) => h("option", { value: name }, name)));
  const since = h("input", { type: "date", id: "timeline-since", "aria-label": "since" });
  const until = h("input", { type: "date", id: "timeline-until", "aria-label": "until" });
  const list = h("ol", { id: "timeline", class: "events" });
  const summary = h("p", { class: "summary" });
  const render = () => {
    const kept = detail.events.filter((event) =>
      (!relationSelect.value || event.relation === relationSelect.value)
      && (!modalitySelect.value || event.modality === modalitySelect.value)
      && (!since.value || (event.date && event.date >= since.value))
      && (!until.value || (event.date && event.date.slice(0, until.value.length) <= until.value)));
    summary.textContent = `${kept.length} of ${detail.events.length} events`
      + (kept.length > TIMELINE_ROWS ? `; the first ${TIMELINE_ROWS} are listed` : "");
    clear(list, kept.slice(0, TIMELINE_ROWS).map((event) =>
      h("li", {}, h("div", { class: "line" }, eventLine(event)), h("div", { class: "sentence" }, event.sentence))));
  };
  for (const control of [relationSelect, modalitySelect, since, until]) control.addEventListener("change", render);
  render();
  return [h("h2", {}, "Timeline"), h("div", { class: "filters" }, relationSelect, modalitySelect,
    h("label", {}, "from ", since), h("label", {}, "to ", until)), summary, list];
}

// ---------------------------------------------------------------- evidence of an edge

async function showEvidence(panel, a, b) {
  clear(panel, h("p", { class: "hint" }, "Loading the events…"));
  let relations;
  try {
    relations = await getJson("/relations", { a, b });
  } catch (error) {
    return clear(panel, problem(error));
  }
  remember(relations.a);
  remember(relations.b);
  const items = await Promise.all(relations.events.map(async (event) => {
    const context = await documentContext(event).catch((error) => problem(error));
    return h("li", { class: "evidence-event" }, h("div", { class: "line" }, eventLine(event)), context);
  }));
  clear(panel,
    h("h2", { id: "evidence-title" }, actorLink(relations.a.id), " — ", actorLink(relations.b.id),
      h("small", {}, ` ${relations.count} event${relations.count === 1 ? "" : "s"}`)),
    h("ol", { class: "events", id: "evidence-events" }, items));
  panel.scrollIntoView({ block: "nearest" });
}

// The event's sentence highlighted among the sentences its document's graph keeps, with the source's link.
async function documentContext(event) {
  const [documentInfo, sentences] = await Promise.all([
    getJsonOnce(`/documents/${encodeURIComponent(event.document)}`),
    getJsonOnce("/sentences", { document: event.document }),
  ]);
  const index = sentences.findIndex((sentence) => sentence.start === event.start);
  const window = index < 0 ? [] : sentences.slice(Math.max(0, index - 2), index + 3);
  const source = documentInfo.source || "";
  const title = documentInfo.title || documentInfo.id;
  const quote = index < 0 ? [h("mark", {}, event.sentence)] : window.map((sentence, position) => {
    const previous = position === 0 ? null : window[position - 1];
    const gap = position === 0 ? sentence.start > 0 && index > 0 : sentence.start > previous.end + 1;
    return [gap ? h("span", { class: "gap" }, " … ") : position ? " " : null,
      sentence.start === event.start ? h("mark", {}, sentence.text) : h("span", {}, sentence.text)];
  });
  return h("div", { class: "context" },
    h("blockquote", {}, quote),
    h("p", { class: "source" }, documentInfo.date ? `${documentInfo.date} · ` : "",
      /^https?:\/\//.test(source) ? h("a", { href: source, target: "_blank", rel: "noopener" }, title)
        : h("span", {}, title, source ? ` (${source})` : "")));
}

// ---------------------------------------------------------------- paths

async function pathsView(parameters) {
  setDownloads(() => exportLinks({}));
  const source = h("input", { id: "path-source", list: "path-actors", placeholder: "from: Olaf Scholz", value: parameters.get("source") || "" });
  const target = h("input", { id: "path-target", list: "path-actors", placeholder: "to: Sergey Lavrov", value: parameters.get("target") || "" });
  const asserted = h("input", { type: "checkbox", id: "path-asserted", checked: parameters.get("asserted") === "true" });
  const options = h("datalist", { id: "path-actors" });
  const results = h("section", { id: "path-results" });
  const suggest = debounce(150, async (input) => {
    if (!input.value.trim()) return;
    const found = await searchActors(input.value.trim()).catch(() => []);
    clear(options, found.map((actor) => h("option", { value: actor.label })));
  });
  source.addEventListener("input", () => suggest(source));
  target.addEventListener("input", () => suggest(target));
  const form = h("form", { id: "path-form", class: "path-form", onsubmit: (submitted) => {
    submitted.preventDefault();
    location.hash = `#/paths${query({ source: source.value.trim(), target: target.value.trim(), asserted: asserted.checked ? "true" : "" })}`;
  } }, source, h("span", {}, "→"), target, options, h("label", {}, asserted, " asserted events only"),
  h("button", { type: "submit", id: "path-find" }, "Find paths"));
  clear(main, h("div", { class: "paths-page" }, h("h1", {}, "Paths between two actors"), form, results));
  if (!parameters.get("source") || !parameters.get("target")) return;
  clear(results, h("p", { class: "hint" }, "Searching…"));
  try {
    const found = await getJson("/paths", {
      source: parameters.get("source"), target: parameters.get("target"), mode: "k_shortest", k: 3,
      asserted: parameters.get("asserted") === "true" ? "true" : undefined,
    });
    clear(results, found.paths.map((path, number) => renderPath(path, number)));
  } catch (error) {
    clear(results, problem(error));
  }
}

function renderPath(path, number) {
  path.hops.forEach((hop) => { remember(hop.source); remember(hop.target); });
  const chain = [path.hops[0].source.id, ...path.hops.map((hop) => hop.target.id)];
  return h("article", { class: "path" },
    h("h2", { class: "chain" }, `${number + 1}. `, chain.map((id, index) => [index ? " → " : "", actorLink(id)]),
      h("small", {}, ` ${path.length} hop${path.length === 1 ? "" : "s"}`)),
    h("ol", { class: "hops" }, path.hops.map((hop) => h("li", { class: "hop" },
      h("h3", {}, actorLink(hop.source.id), " — ", actorLink(hop.target.id),
        h("small", {}, ` ${hop.count} event${hop.count === 1 ? "" : "s"}${hop.truncated ? ", the first listed" : ""}`)),
      h("ol", { class: "events" }, hop.events.map((event) =>
        h("li", {}, h("div", { class: "line" }, eventLine(event)), h("div", { class: "sentence" }, event.sentence))))))));
}

// ---------------------------------------------------------------- SPARQL

async function sparqlView() {
  setDownloads(() => exportLinks({}));
  const [{ default: Yasqe }, { EXAMPLES }] = await Promise.all([import("./sparql-editor.js"), import("./examples.js")]);
  const editorBox = h("div", { id: "sparql-editor" });
  const results = h("section", { id: "sparql-results" });
  const csv = h("a", { id: "sparql-csv", download: "" }, "CSV");
  const json = h("a", { id: "sparql-json", download: "" }, "JSON");
  const examples = h("select", { id: "sparql-examples" },
    EXAMPLES.map((example, index) => h("option", { value: index }, example.title)));
  const run = h("button", { type: "button", id: "sparql-run" }, "Run");
  clear(main, h("div", { class: "sparql-page" }, h("h1", {}, "SPARQL"),
    h("div", { class: "toolbar" }, h("label", {}, "Example: ", examples), run,
      h("span", { class: "download" }, "Download the results: ", csv, " ", json)),
    editorBox, results));
  const editor = Yasqe(editorBox, EXAMPLES[0].query);
  const links = () => {
    const text = editor.getValue();
    csv.href = `/sparql/results.csv${query({ query: text })}`;
    json.href = `/sparql/results.json${query({ query: text })}`;
  };
  editor.on("change", links);
  links();
  examples.addEventListener("change", () => editor.setValue(EXAMPLES[Number(examples.value)].query));
  const execute = async () => {
    clear(results, h("p", { class: "hint" }, "Running…"));
    const { sparqlSelect } = await import("./api.js");
    try {
      renderResults(results, await sparqlSelect(editor.getValue()));
    } catch (error) {
      clear(results, problem(error));
    }
  };
  run.addEventListener("click", execute);
  explorer.sparql = { editor, run: execute };
}

function renderResults(box, answer) {
  if (typeof answer?.boolean === "boolean") return clear(box, h("p", { id: "sparql-answer" }, String(answer.boolean)));
  const variables = answer.head.vars;
  const rows = answer.results.bindings;
  clear(box, h("p", { class: "summary", id: "sparql-count" }, `${rows.length} row${rows.length === 1 ? "" : "s"}`),
    h("table", { class: "results", id: "sparql-table" },
      h("thead", {}, h("tr", {}, variables.map((name) => h("th", {}, name)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, variables.map((name) => h("td", {}, cell(row[name]))))))));
}

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const actor = term.value.match(/\/actor\/([^/#?]+)$/);
    return actor ? h("a", { href: `#/actor/${actor[1]}` }, term.value) : term.value;
  }
  return term.value;
}

// ---------------------------------------------------------------- routing

async function route() {
  const [path, search = ""] = location.hash.replace(/^#/, "").split("?");
  const parameters = new URLSearchParams(search);
  const parts = path.split("/").filter(Boolean);
  explorer.view = parts[0] || "home";
  main.dataset.ready = "false";
  refinement?.stop();
  if (parts[0] !== "actor" && drawing) {
    drawing.kill();
    drawing = null;
    explorer.drawing = null;
  }
  try {
    if (parts[0] === "actor" && parts[1]) await actorView(decodeURIComponent(parts[1]), parameters);
    else if (parts[0] === "paths") await pathsView(parameters);
    else if (parts[0] === "sparql") await sparqlView();
    else await homeView();
  } catch (error) {
    clear(main, problem(error));
  }
  main.dataset.ready = "true";
}

async function start() {
  installSearch();
  // The vocabulary only colours events: it is fetched beside the first view's data, not before it.
  vocabularyLoaded = getJson("/vocabulary").then(setVocabulary, () => setVocabulary([]));
  window.addEventListener("hashchange", route);
  await route();
  explorer.timings.firstViewMs = performance.now();
  findEventTable();
}

start();
