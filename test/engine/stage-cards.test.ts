/** The stage cards the engine reads before loading a stage agree with the stages they load. */
import { describe, expect, it } from "vitest";
import { STAGE_CARDS } from "../../src/engine/stage-cards.js";

describe("stage cards", () => {
  it("each card loads the stage of its id, with the same title and key, in report order", async () => {
    const loaded = await Promise.all(STAGE_CARDS.map((c) => c.load()));
    expect(loaded.map((s) => [s.id, s.title, s.key])).toEqual(STAGE_CARDS.map((c) => [c.id, c.title, c.key]));
    expect(STAGE_CARDS.map((c) => c.id)).toEqual(["lint", "data", "model", "tests", "compare"]);
    for (const [i, card] of STAGE_CARDS.entries()) {
      for (const config of [{ version: 1 }, { version: 1, [card.key]: [{}] }, { version: 1, [card.key]: {} }])
        expect(card.configured(config as never), `${card.id} ${JSON.stringify(config)}`).toBe(
          loaded[i]!.configured(config as never),
        );
    }
  });
});
