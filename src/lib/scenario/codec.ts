/** The Scenario in a URL (readable query + compact versioned hash) and in an exported JSON file. */
import { boundNotices, SCENARIO_LIMITS } from "./plain.js";
import { sanitizeScenario } from "./sanitize.js";
import { type DecodedScenario, defaultScenario, SCENARIO_VERSION, type Scenario } from "./types.js";

// ---------------------------------------------------------------------------------------------------
// Encoding. The hash holds only what differs from the defaults, so typical links stay short.

/** The parts of `scenario` that differ from `base` (deep, by JSON equality), without the site. */
export function scenarioDiff(scenario: Scenario, base: Scenario = defaultScenario()): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(scenario) as (keyof Scenario)[]) {
    if (key === "site") continue;
    const value = scenario[key] as unknown as Record<string, unknown>;
    const baseValue = base[key] as unknown as Record<string, unknown>;
    const part: Record<string, unknown> = {};
    for (const field of Object.keys(value)) {
      if (JSON.stringify(value[field]) !== JSON.stringify(baseValue[field])) part[field] = value[field];
    }
    if (Object.keys(part).length) diff[key] = part;
  }
  return diff;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** Rounds coordinates for the readable query: 5 decimals ≈ 1 m. */
function formatCoordinate(x: number): string {
  return String(Math.round(x * 1e5) / 1e5);
}

/**
 * Numbers in a link keep 12 significant digits, so binary noise (0.19999999999999996) reads as the value
 * the user meant (0.2); no input of the studio needs more.
 */
function roundForLink(_key: string, value: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
}

/** The query string (with "?", or "") and hash (with "#", or "") that encode `scenario`. */
export function encodeScenario(scenario: Scenario): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (scenario.site) {
    params.set("lat", formatCoordinate(scenario.site.lat));
    params.set("lon", formatCoordinate(scenario.site.lon));
    if (scenario.site.name) params.set("site", scenario.site.name);
  }
  const diff = scenarioDiff(scenario);
  const search = params.toString();
  return {
    search: search ? `?${search}` : "",
    hash: Object.keys(diff).length ? `#s=${SCENARIO_VERSION}.${toBase64Url(JSON.stringify(diff, roundForLink))}` : ""
  };
}

/**
 * Decodes a scenario from a URL's query string and hash (either may be empty or hostile).
 * The query's lat/lon/site take precedence over a site in the hash.
 */
export function decodeScenario(search: string, hash: string): DecodedScenario {
  const notices: string[] = [];
  let scenario = defaultScenario();

  // A link longer than any real scenario is refused before it is parsed (a 1 MB hash costs nothing).
  const hashText = hash.length > SCENARIO_LIMITS.maxHashChars * 2 ? hash.slice(0, SCENARIO_LIMITS.maxHashChars * 2) : hash;
  const hashParams = new URLSearchParams(hashText.replace(/^#/, ""));
  const packed = hashParams.get("s");
  if (packed !== null) {
    const match = /^(\d+)\.(.*)$/s.exec(packed.length > SCENARIO_LIMITS.maxHashChars ? "" : packed);
    if (packed.length > SCENARIO_LIMITS.maxHashChars || hash.length > SCENARIO_LIMITS.maxHashChars * 2)
      notices.push(
        `The link's scenario code is too long (${hash.length.toLocaleString("en-US")} characters; a scenario needs at most ${SCENARIO_LIMITS.maxHashChars.toLocaleString("en-US")}); default settings are used.`
      );
    else if (!match) notices.push("The link's scenario code is not readable; default settings are used.");
    else if (Number(match[1]) !== SCENARIO_VERSION)
      notices.push(`The link's scenario code is version ${match[1].slice(0, 6)}, which this site cannot read; default settings are used.`);
    else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fromBase64Url(match[2]));
      } catch {
        notices.push("The link's scenario code is damaged; default settings are used.");
      }
      if (parsed !== undefined) {
        const result = sanitizeScenario(parsed, scenario);
        scenario = result.scenario;
        notices.push(...result.notices);
      }
    }
  }

  const query = new URLSearchParams(search.replace(/^\?/, ""));
  if (query.has("lat") || query.has("lon")) {
    const site: Record<string, unknown> = { lat: query.get("lat"), lon: query.get("lon") };
    if (query.has("site")) site.name = query.get("site");
    const result = sanitizeScenario({ site }, scenario);
    if (result.notices.length) notices.push(...result.notices.map((n) => n.replace(/^site\./, "URL ")));
    else scenario = result.scenario;
  }
  return { scenario, notices: boundNotices(notices) };
}

/** A link to `path` (e.g. "/species") that carries `scenario`. */
export function scenarioHref(path: string, scenario: Scenario): string {
  const { search, hash } = encodeScenario(scenario);
  return `${path}${search}${hash}`;
}

// ---------------------------------------------------------------------------------------------------
// Files: export and import as JSON, with the version, for archiving and sharing.

export interface ScenarioFile {
  format: "mine-restoration-studio/scenario";
  version: number;
  scenario: Scenario;
}

export function scenarioToJson(scenario: Scenario): string {
  const file: ScenarioFile = { format: "mine-restoration-studio/scenario", version: SCENARIO_VERSION, scenario };
  return JSON.stringify(file, null, 2);
}

/** Reads an exported scenario file; anything unreadable falls back to defaults with notices. */
export function scenarioFromJson(text: string): DecodedScenario {
  if (text.length > SCENARIO_LIMITS.maxFileBytes)
    return {
      scenario: defaultScenario(),
      notices: [
        `The file is too large for a scenario (${text.length.toLocaleString("en-US")} characters; at most ${SCENARIO_LIMITS.maxFileBytes.toLocaleString("en-US")}); default settings are used.`
      ]
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { scenario: defaultScenario(), notices: ["The file is not valid JSON; default settings are used."] };
  }
  const file = parsed as Partial<ScenarioFile> | null;
  if (!file || typeof file !== "object" || file.format !== "mine-restoration-studio/scenario")
    return { scenario: defaultScenario(), notices: ["The file is not a Mine Restoration Studio scenario; default settings are used."] };
  if (file.version !== SCENARIO_VERSION)
    return {
      scenario: defaultScenario(),
      notices: [`The file's scenario version (${String(file.version).slice(0, 6)}) cannot be read; default settings are used.`]
    };
  return sanitizeScenario(file.scenario);
}

/**
 * A relative link from the page at `fromPath` to the page at `toPath` (both site paths such as
 * "/cases/zambia-copper" and "/species"), so that links work wherever the site is hosted.
 */
export function relativePath(fromPath: string, toPath: string): string {
  const depth = fromPath.split("/").filter(Boolean).length - 1;
  const prefix = depth > 0 ? "../".repeat(depth) : "./";
  return prefix + toPath.replace(/^\//, "");
}
