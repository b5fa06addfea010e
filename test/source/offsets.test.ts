import { describe, expect, it } from "vitest";
import { LineCounter } from "yaml";
import { seeded } from "../../src/compare/significance.js";
import { countLines } from "../../src/source/offsets.js";

describe("countLines", () => {
  it("answers every offset as yaml@2's LineCounter does over the same line starts", () => {
    const r = seeded(3);
    const pieces = ["a", "bc", "\n", "\r\n", "\n\n", " "];
    for (let t = 0; t < 300; t++) {
      let text = "";
      for (let k = Math.floor(r() * 40); k > 0; k--) text += pieces[Math.floor(r() * pieces.length)];
      const theirs = new LineCounter();
      theirs.addNewLine(0);
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) theirs.addNewLine(i + 1);
      const ours = countLines(text);
      for (let offset = 0; offset <= text.length + 2; offset++)
        expect(ours.linePos(offset), `${JSON.stringify(text)} @${offset}`).toEqual(theirs.linePos(offset));
    }
  });
});
