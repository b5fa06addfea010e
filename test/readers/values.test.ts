import { describe, expect, it } from "vitest";
import { hasType, toNumber } from "../../src/readers/values.js";

describe("cell values", () => {
  it.each([
    ["42", 42],
    ["-3", -3],
    ["+7", 7],
    ["1.", 1],
    [".5", 0.5],
    ["6.02e23", 6.02e23],
    ["1E-3", 0.001],
    ["", undefined],
    [".", undefined],
    ["-", undefined],
    ["1e", undefined],
    ["0x1F", undefined],
    [" 12", undefined],
    ["12 ", undefined],
    ["1,000", undefined],
    ["Infinity", undefined],
    ["NaN", undefined],
    ["1e999", undefined],
  ])("toNumber(%j) = %j", (text, n) => {
    expect(toNumber(text)).toBe(n);
  });

  it.each([
    ["integer", "12", true],
    ["integer", "12.0", false],
    ["integer", "-7", true],
    ["integer", "+", false],
    ["integer", "", false],
    ["integer", "1-2", false],
    ["date", "2024-6-21", false],
    ["date", "2024/06/21", false],
    ["date", "20x4-06-21", false],
    ["number", "12.5", true],
    ["boolean", "True", true],
    ["boolean", "maybe", false],
    ["date", "2024-02-29", true],
    ["date", "2023-02-29", false],
    ["date", "1900-02-29", false],
    ["date", "2000-02-29", true],
    ["date", "2024-13-01", false],
    ["date", "2024-04-31", false],
    ["timestamp", "2024-06-21T10:30:00Z", true],
    ["timestamp", "2024-06-21 10:30", true],
    ["timestamp", "21/06/2024", false],
    ["string", "anything", true],
  ] as const)("hasType(%s, %j) = %j", (type, text, ok) => {
    expect(hasType(text, type)).toBe(ok);
  });
});
