// The explorer speaks only to the API's own JSON routes, relative to the page.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined || value === null || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJson(path, parameters = {}) {
  const response = await fetch(path + query(parameters), { headers: { Accept: "application/json" } });
  return readJson(response);
}

async function readJson(response) {
  const body = await response.text();
  let parsed = null;
  try {
    parsed = body ? JSON.parse(body) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) throw new ApiError(response.status, parsed?.detail || body || response.statusText);
  return parsed;
}

const cache = new Map();

// Answers that do not change while a page is open (a document's catalogue entry and sentences).
export function getJsonOnce(path, parameters = {}) {
  const key = path + query(parameters);
  if (!cache.has(key)) cache.set(key, getJson(path, parameters).catch((error) => {
    cache.delete(key);
    throw error;
  }));
  return cache.get(key);
}

export async function sparqlSelect(text) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: text,
  });
  return readJson(response);
}

export const searchActors = (q, limit = 8) => getJson("/actors", { q, limit });
export const actorPath = (id) => `/actors/${encodeURIComponent(id)}`;
