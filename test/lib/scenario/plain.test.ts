/**
 * Hostile scenario links and files (issue 16): prototype pollution through `constructor`, `__proto__` and
 * `prototype` keys at any depth, deep nesting, huge hashes and keys, and bounded echoes in notices
 * (issue 19). The payload of issue 16 — `{"nursery":{"params":{"constructor":{"keys":1}}}}` — used to set
 * Object.keys = 1 for the whole page.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  boundNotices,
  decodeScenario,
  defaultScenario,
  plainData,
  SCENARIO_LIMITS,
  sanitizeScenario,
  scenarioFromJson
} from "../../../src/lib/scenario/index.js";

const hashOf = (json: string) => `#s=1.${Buffer.from(json, "utf8").toString("base64url")}`;

/** Every payload of issue 16 and its nested variants: objects, arrays, every depth, every forbidden key. */
const POLLUTING_PAYLOADS: Record<string, string> = {
  "issue 16: nursery.params.constructor.keys": '{"nursery":{"params":{"constructor":{"keys":1}}}}',
  "constructor.prototype at the root": '{"constructor":{"prototype":{"polluted":1}}}',
  "__proto__ at the root": '{"__proto__":{"polluted":1}}',
  "__proto__ inside params": '{"nursery":{"params":{"__proto__":{"polluted":1}}}}',
  "__proto__ as a parameter name": '{"nursery":{"params":{"123":{"__proto__":{"polluted":1}}}}}',
  "prototype in estimates": '{"investment":{"estimates":{"prototype":{"lower":1,"upper":2}}}}',
  "constructor in estimates": '{"investment":{"estimates":{"constructor":{"lower":1,"upper":2}}}}',
  "constructor in spoil": '{"soil":{"spoil":{"constructor":{"assign":1}}}}',
  "constructor in amendments": '{"soil":{"amendments":{"constructor":{"entries":1}}}}',
  "inside an array": '{"species":{"mix":[{"id":1,"share":0.5,"constructor":{"keys":1}},{"__proto__":{"polluted":1}}]}}',
  "nested deeply": '{"nursery":{"params":{"1":{"a":{"b":{"c":{"constructor":{"prototype":{"keys":1}}}}}}}}}',
  "every step": '{"site":{"constructor":{"keys":1}},"climate":{"__proto__":{"polluted":1}},"mc":{"prototype":{"x":1}}}'
};

afterEach(() => {
  // Nothing leaked into the page's globals.
  expect(typeof Object.keys).toBe("function");
  expect(typeof Object.assign).toBe("function");
  expect(typeof Object.entries).toBe("function");
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
});

describe("decodeScenario(search, hash) with polluting keys", () => {
  it.each(Object.entries(POLLUTING_PAYLOADS))("%s: leaves Object and its prototype alone, says so, keeps defaults", (_, json) => {
    const { scenario, notices } = decodeScenario("", hashOf(json));
    expect(notices.some((n) => /is not allowed/.test(n))).toBe(true);
    expect(scenario.nursery.params).toEqual({});
    expect(scenario.investment.estimates).toEqual({});
    expect(Object.getPrototypeOf(scenario.nursery.params)).toBe(Object.prototype);
    expect(Object.keys(scenario.nursery.params)).toEqual([]);
  });

  it("keeps the valid parts of a payload next to a forbidden key", () => {
    const { scenario, notices } = decodeScenario(
      "",
      hashOf('{"planting":{"areaHa":42},"nursery":{"params":{"7":{"seedsPerKg":900},"constructor":{"keys":1}}}}')
    );
    expect(scenario.planting.areaHa).toBe(42);
    expect(scenario.nursery.params).toEqual({ "7": { seedsPerKg: 900 } });
    expect(notices).toEqual([
      'scenario.nursery.params.constructor: a key named "constructor" is not allowed (it could change how the page works); it is ignored.'
    ]);
  });

  it("refuses a 1 MB hash at once, with a notice and the defaults", () => {
    const big = hashOf(JSON.stringify({ nursery: { params: { x: "a".repeat(1_000_000) } } }));
    const t0 = performance.now();
    const { scenario, notices } = decodeScenario("", big);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(scenario).toEqual(defaultScenario());
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/too long \([\d,]+ characters; a scenario needs at most 65,536\)/);
  });

  it("ignores nesting deeper than any scenario, without recursing into it", () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const { notices } = decodeScenario("", hashOf(`{"nursery":{"params":${deep}}}`));
    expect(notices.join(" ")).toMatch(/nested deeper than 8 levels/);
    const arrays = `${"[".repeat(20000)}${"]".repeat(20000)}`;
    expect(decodeScenario("", hashOf(`{"species":{"mix":${arrays}}}`)).notices.join(" ")).toMatch(/nested deeper/);
  });

  it("echoes an unknown key short and printable, and bounds the number of notices", () => {
    for (const key of [`\u001b]0;owned\u0007\u001b[2J${"k".repeat(30_000)}`, "\u001b]0;owned\u0007\u001b[2J"]) {
      const { notices } = decodeScenario("", hashOf(JSON.stringify({ [key]: 1 })));
      expect(notices).toHaveLength(1);
      expect(notices[0].length).toBeLessThan(200);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test checks that none is left
      expect(notices[0]).not.toMatch(/[\u0000-\u001f]/);
      expect(notices[0]).toMatch(/\\x1b\]0;owned\\x07/);
    }
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, i]));
    const bounded = decodeScenario("", hashOf(JSON.stringify(many))).notices;
    expect(bounded).toHaveLength(SCENARIO_LIMITS.maxNotices);
    expect(bounded.at(-1)).toBe("…and 481 more problems.");
  });
});

describe("sanitizeScenario(input) and scenarioFromJson(text)", () => {
  it("refuse the same keys in an imported file, and a file too large to be a scenario", () => {
    const file = (scenario: string) => `{"format":"mine-restoration-studio/scenario","version":1,"scenario":${scenario}}`;
    for (const json of Object.values(POLLUTING_PAYLOADS)) {
      const { scenario, notices } = scenarioFromJson(file(json));
      expect(
        notices.some((n) => /is not allowed/.test(n)),
        json
      ).toBe(true);
      expect(scenario.nursery.params).toEqual({});
    }
    expect(scenarioFromJson(" ".repeat(SCENARIO_LIMITS.maxFileBytes + 1)).notices[0]).toMatch(/too large/);
  });
  it("never merges a parsed object: a key that is own data in the input stays out of the result", () => {
    const parsed = JSON.parse('{"nursery":{"params":{"1":{"constructor":5}}}}');
    const { scenario } = sanitizeScenario(parsed);
    expect(scenario.nursery.params).toEqual({});
  });
});

describe("plainData(value, notices)", () => {
  it("copies JSON into null-prototype objects, without forbidden keys, numbers finite", () => {
    const notices: string[] = [];
    const copy = plainData(JSON.parse('{"a":{"b":[1,{"__proto__":2,"c":3}]},"constructor":1}'), notices) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(JSON.stringify(copy)).toBe('{"a":{"b":[1,{"c":3}]}}');
    expect(notices).toHaveLength(2);
  });
  it("stops after the value limit and cuts long texts", () => {
    const notices: string[] = [];
    plainData(
      Array.from({ length: SCENARIO_LIMITS.maxValues + 10 }, () => 1),
      notices
    );
    plainData({ t: "x".repeat(SCENARIO_LIMITS.maxTextChars + 1) }, notices);
    expect(notices.join(" ")).toMatch(/more than 20,000 values.*a text longer than 1000 characters was cut/);
  });
});

describe("boundNotices(notices, max)", () => {
  it("keeps short lists and counts the rest of long ones", () => {
    expect(boundNotices(["a", "b"], 3)).toEqual(["a", "b"]);
    expect(boundNotices(["a", "b", "c", "d"], 3)).toEqual(["a", "b", "…and 2 more problems."]);
  });
});
