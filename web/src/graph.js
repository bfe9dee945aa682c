// The ego network drawn with sigma (WebGL) over a graphology graph: one edge per pair of actors, as thick as
// the events between them, coloured by the class most of those events belong to; a date cut-off replays it.

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";

import { CLASS_COLOURS, relationClass, typeColour } from "./relations.js";

const UNDATED = "9999"; // sorts after every date: undated events appear only when the whole record is shown

function pairKey(a, b) {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

// One undirected edge per pair; its events' dates sorted, and its events counted per relation class.
export function buildGraph(ego, labels) {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const count = ego.actors.length || 1;
  ego.actors.forEach((actor, index) => {
    const angle = (2 * Math.PI * index) / count;
    const centre = actor.id === ego.center;
    graph.addNode(actor.id, {
      label: actor.label,
      type_: actor.type,
      color: typeColour(actor.type),
      x: centre ? 0 : Math.cos(angle) * 100,
      y: centre ? 0 : Math.sin(angle) * 100,
      size: 4,
      centre,
    });
    labels.set(actor.id, actor.label);
  });
  for (const event of ego.events) {
    if (event.source === event.target || !graph.hasNode(event.source) || !graph.hasNode(event.target)) continue;
    const key = pairKey(event.source, event.target);
    if (!graph.hasEdge(key)) {
      graph.addUndirectedEdgeWithKey(key, event.source, event.target, { dates: [], classes: {}, count: 0 });
    }
    const edge = graph.getEdgeAttributes(key);
    edge.dates.push(event.date || UNDATED);
    const cls = relationClass(event.relation);
    edge.classes[cls] = (edge.classes[cls] || 0) + 1;
    edge.count += 1;
  }
  graph.forEachEdge((key, edge) => {
    edge.dates.sort();
    const [dominant] = Object.entries(edge.classes).sort((a, b) => b[1] - a[1])[0];
    edge.relationClass = dominant;
    edge.color = CLASS_COLOURS[dominant];
    edge.size = edgeSize(edge.count);
    edge.visibleCount = edge.count;
  });
  const crowded = graph.order > 200; // smaller dots, so that a large network is not one blot
  graph.forEachNode((node, attributes) => {
    const grown = Math.sqrt(graph.degree(node)) * (crowded ? 0.8 : 1.5);
    attributes.size = attributes.centre ? 14 : Math.min(12, (crowded ? 1.5 : 3) + grown);
  });
  return graph;
}

function edgeSize(count) {
  return Math.min(10, 2 + Math.log2(count) * 1.5); // at least 2 px: a thinner edge is hard to click
}

const LARGE = 400; // edges: above this the layout is refined in a web worker after the first frame
const REFINE_MS = 2500;

function layoutSettings(graph) {
  const settings = forceAtlas2.inferSettings(graph);
  settings.barnesHutOptimize = graph.order > 300;
  settings.edgeWeightInfluence = 0.5;
  return settings;
}

// A small network is laid out at once; a large one gets a rough layout at once (so it is drawn without
// delay) and is refined in a web worker afterwards, the page staying responsive meanwhile.
export function layout(graph) {
  if (graph.order < 2) return;
  const iterations = graph.size > LARGE ? 8 : 100;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: "count" });
}

// Resolves when the refinement is over (at once for a small network); stop() ends it early.
export function refineLayout(graph) {
  if (graph.size <= LARGE || typeof Worker === "undefined") return { done: Promise.resolve(), stop() {} };
  const worker = new FA2Layout(graph, { settings: layoutSettings(graph), getEdgeWeight: "count" });
  let finish;
  const done = new Promise((resolve) => { finish = resolve; });
  let over = false;
  const stop = () => {
    if (over) return;
    over = true;
    worker.kill();
    finish();
  };
  worker.start();
  setTimeout(stop, REFINE_MS);
  return { done, stop };
}

// Every distinct date of the network's events, for the slider.
export function datesOf(graph) {
  const dates = new Set();
  graph.forEachEdge((key, edge) => edge.dates.forEach((date) => date !== UNDATED && dates.add(date)));
  return [...dates].sort();
}

export class EgoDrawing {
  constructor(container, graph, { onEdge, onNode }) {
    this.graph = graph;
    this.cutoff = null;
    this.highlighted = null;
    this.renderer = new Sigma(graph, container, {
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: graph.order > 200 ? 9 : 4,
      edgeReducer: (key, attributes) => this.reduceEdge(key, attributes),
      nodeReducer: (key, attributes) => this.reduceNode(key, attributes),
    });
    this.renderer.on("clickEdge", ({ edge }) => onEdge(graph.source(edge), graph.target(edge)));
    this.renderer.on("clickNode", ({ node }) => onNode(node));
    this.renderer.on("enterEdge", () => container.classList.add("pointing"));
    this.renderer.on("leaveEdge", () => container.classList.remove("pointing"));
    this.renderer.on("enterNode", () => container.classList.add("pointing"));
    this.renderer.on("leaveNode", () => container.classList.remove("pointing"));
  }

  reduceEdge(key, attributes) {
    if (attributes.visibleCount === 0) return { ...attributes, hidden: true };
    const reduced = { ...attributes, size: edgeSize(attributes.visibleCount) };
    if (this.highlighted === key) {
      reduced.color = "#111";
      reduced.size = reduced.size + 2;
    }
    return reduced;
  }

  reduceNode(key, attributes) {
    if (this.cutoff === null || attributes.centre) return attributes;
    const active = this.graph.someEdge(key, (edge, edgeAttributes) => edgeAttributes.visibleCount > 0);
    return active ? attributes : { ...attributes, color: "#dde2e8", label: "" };
  }

  // Show only events dated up to `cutoff` (an ISO date), or every event (undated ones too) with null.
  showUntil(cutoff) {
    this.cutoff = cutoff;
    this.graph.forEachEdge((key, edge) => {
      if (cutoff === null) edge.visibleCount = edge.count;
      else {
        let visible = 0;
        while (visible < edge.dates.length && edge.dates[visible] <= cutoff) visible += 1;
        edge.visibleCount = visible;
      }
    });
    this.renderer.refresh();
  }

  highlight(a, b) {
    this.highlighted = a && b ? pairKey(a, b) : null;
    this.renderer.refresh();
  }

  // A point of the page where a click lands on the edge between two actors (for the browser tests): the one
  // nearest the middle whose neighbours also hit it, since sigma picks edges on a downsized buffer.
  edgeClientPoint(a, b) {
    const key = pairKey(a, b);
    const at = (node) => this.renderer.graphToViewport({
      x: this.graph.getNodeAttribute(node, "x"),
      y: this.graph.getNodeAttribute(node, "y"),
    });
    const one = at(a);
    const other = at(b);
    const container = this.renderer.getContainer();
    const box = container.getBoundingClientRect();
    const left = box.left + container.clientLeft;
    const top = box.top + container.clientTop;
    // a click at client (X, Y) is seen by sigma at (X - left, Y - top): test the points a click can hit
    const hits = (x, y) => this.renderer.getEdgeAtPoint(x - left, y - top) === key;
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
      for (const dx of [0, -1, 1, -2, 2, -3, 3]) {
        for (const dy of [0, -1, 1, -2, 2]) {
          const x = Math.round(left + one.x + (other.x - one.x) * t + dx);
          const y = Math.round(top + one.y + (other.y - one.y) * t + dy);
          if (hits(x, y) && (hits(x - 1, y) || hits(x + 1, y)) && (hits(x, y - 1) || hits(x, y + 1))) return { x, y };
        }
      }
    }
    return null;
  }

  kill() {
    this.renderer.kill();
  }
}
