/** The pieces of `mlgate init`'s plan: directions from names, starter bounds, draft schemas, YAML text. */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftSchema } from "../../src/init/draft-schema.js";
import { directionOf, flattenMetrics, thresholdOf } from "../../src/init/metrics.js";
import { flow, globLiteral, yamlString } from "../../src/init/yaml-text.js";
import { formatCount } from "../../src/report/format.js";

describe("metric directions from names", () => {
  it.each([
    ["log_loss", "lower"],
    ["val_loss", "lower"],
    ["mean_absolute_error", "lower"],
    ["latency_ms.p95", "lower"],
    ["rmse", "lower"],
    ["accuracy", "higher"],
    ["test.roc_auc", "higher"],
    ["f1_score", "higher"],
    ["precision", "higher"],
    ["recall_at_10", "higher"],
    ["training.seconds", "none"],
    ["heatmap_size", "none"],
    ["n_rows", "none"],
  ])("%s: %s", (name, direction) => {
    expect(directionOf(name)).toBe(direction);
  });

  it("flattens nested metrics with dots and leaves out what is not a finite number", () => {
    const found = flattenMetrics({
      accuracy: 0.9,
      latency_ms: { p95: 27.5 },
      tags: ["a"],
      note: "x",
      nan: null,
    });
    expect(found.map((m) => [m.name, m.value, m.direction])).toEqual([
      ["accuracy", 0.9, "higher"],
      ["latency_ms.p95", 27.5, "lower"],
    ]);
  });

  it("starter bounds sit 2% on the lenient side, rounded to four digits away from the value", () => {
    expect(thresholdOf({ name: "accuracy", value: 0.91, direction: "higher" })).toEqual({ min: 0.8918 });
    expect(thresholdOf({ name: "auc", value: 0.9137, direction: "higher" })).toEqual({ min: 0.8954 });
    expect(thresholdOf({ name: "loss", value: 0.25, direction: "lower" })).toEqual({ max: 0.255 });
    expect(thresholdOf({ name: "latency", value: 1234.5, direction: "lower" })).toEqual({ max: 1260 });
    // A negative score (r2 can be) still gets a bound below it.
    expect(thresholdOf({ name: "r2", value: -0.5, direction: "higher" })).toEqual({ min: -0.51 });
  });
});

describe("draft schemas", () => {
  it("types every value and requires every key it saw; numbers are numbers, mixed arrays list their types", () => {
    const schema = draftSchema(
      { lr: 1, name: "x", layers: [64, 32], mixed: [1, "a"], opt: {}, none: null },
      "p.yaml",
    );
    expect(schema).toMatchObject({
      title: "p.yaml",
      type: "object",
      required: ["lr", "name", "layers", "mixed", "opt", "none"],
      properties: {
        lr: { type: "number" },
        name: { type: "string" },
        layers: { type: "array", items: { type: "number" } },
        mixed: { type: "array", items: { type: ["number", "string"] } },
        opt: { type: "object" },
        none: { type: "null" },
      },
    });
  });

  it("leaves TOML dates open (they are Date objects, which no JSON type describes)", () => {
    const schema = draftSchema({ released: new Date("2024-01-02") }, "p.toml");
    expect(schema.properties).toEqual({ released: {} });
  });
});

describe("file names as globs", () => {
  it("escape glob characters so that the name matches only itself", () => {
    expect(globLiteral("data/train.csv")).toBe("data/train.csv");
    expect(globLiteral("data/train (copy) [1].csv")).toBe("data/train \\(copy\\) \\[1\\].csv");
    expect(globLiteral("a*b?{c,d}!+@")).toBe("a\\*b\\?\\{c,d\\}\\!\\+\\@");
  });
});

describe("YAML text", () => {
  it("quotes keys and values that YAML would read as something else, and round-trips them", () => {
    const names = ["age", "yes", "on", "a: b", "#x", "1", "- x", "naïve", 'q"uote', "data/train.csv"];
    for (const name of names) expect(parse(`${yamlString(name)}: 1`)).toEqual({ [name]: 1 });
    expect(yamlString("age")).toBe("age");
    expect(yamlString("yes")).toBe('"yes"');
    const checks = { type: "integer", allowed: ["no", "b c", 2], missing: { max: 0 } };
    expect(parse(`x: ${flow(checks)}`)).toEqual({ x: checks });
  });
});

describe("counts for people", () => {
  it("have thousands separators", () => {
    expect(formatCount(2_000_000)).toBe("2,000,000");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1.5)).toBe("1.5");
  });
});
