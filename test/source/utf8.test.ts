import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/source/utf8.js";

const FATAL = new TextDecoder("utf-8", { fatal: true });

/** What the fatal decoder gives, or undefined where it throws. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return FATAL.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Deterministic pseudo-random bytes, biased towards the lead and continuation bytes of UTF-8. */
function randomBytes(seed: number, length: number): Uint8Array {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pool = [
    0x41, 0x0a, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0, 0xa0, 0x9f, 0xff, 0xbb,
  ];
  return Uint8Array.from({ length }, () =>
    next() < 0.5 ? pool[Math.floor(next() * pool.length)]! : Math.floor(next() * 256),
  );
}

describe("decodeUtf8", () => {
  it("gives what the fatal TextDecoder gives on 20,000 random byte strings", () => {
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      const bytes = randomBytes(i, 1 + (i % 12));
      const want = reference(bytes);
      if (want !== undefined) valid++;
      expect(decodeUtf8(bytes)).toBe(want);
    }
    // The generator must reach both answers, or the comparison proves little.
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(19_000);
  });

  it("drops one leading byte-order mark, rejects surrogates, overlongs and code points past U+10FFFF", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, ...enc("a: 1\n")))).toBe("a: 1\n");
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf))).toBe("\ufeff");
    expect(decodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBeUndefined();
    expect(decodeUtf8(Uint8Array.of(0xc0, 0xaf))).toBeUndefined();
    expect(decodeUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBeUndefined();
    // A view into a larger buffer decodes only its own bytes.
    const big = enc("xxé ok yy");
    expect(decodeUtf8(big.subarray(2, 8))).toBe("é ok ");
  });
});
