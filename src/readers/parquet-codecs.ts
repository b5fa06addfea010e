/**
 * Decompressors for Parquet pages: Node's own zlib where it has the codec (gzip and Brotli on every
 * supported Node, Zstandard from Node 22.15, so on the action's node24), else the pure-JavaScript
 * and WebAssembly ones of hyparquet-compressors, loaded only when a file uses such a codec (its
 * import instantiates a WebAssembly module: every other run skips that).
 *
 * Why not hyparquet-compressors alone: on flights-3m.parquet (ZSTD, bench/data/parquet.mjs) its
 * Zstandard decoder was a third of mlgate's CPU time; zlib's native one is several times faster.
 */
import zlib from "node:zlib";
import type { CompressionCodec, Compressors } from "hyparquet/src/types.js";

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** Node's decompressors by Parquet codec (Zstandard only where this Node has it). */
function nativeCodecs(): Compressors {
  const out: Compressors = {
    // Parquet's GZIP pages are gzip members; unzip also takes a zlib stream, which some writers use.
    GZIP: (input, length) => zlib.unzipSync(input, { maxOutputLength: Math.max(1, length) }),
    BROTLI: (input, length) => zlib.brotliDecompressSync(input, { maxOutputLength: Math.max(1, length) }),
  };
  const zstd = (zlib as unknown as { zstdDecompressSync?: (b: Uint8Array, o?: object) => Buffer })
    .zstdDecompressSync;
  if (typeof zstd === "function")
    out.ZSTD = ((input, length) => zstd(input, { maxOutputLength: Math.max(1, length) })) as Decompress;
  return out;
}

const NATIVE = nativeCodecs();

/**
 * The decompressors for a file whose pages use `codecs`: native ones first, hyparquet-compressors
 * for the rest (imported on first need). UNCOMPRESSED needs none; SNAPPY has hyparquet's own
 * decoder as a fallback, but hysnappy's is faster, so it is loaded for Snappy files too.
 */
export async function codecsFor(codecs: Iterable<CompressionCodec>): Promise<Compressors> {
  const missing = [...codecs].filter((c) => c !== "UNCOMPRESSED" && NATIVE[c] === undefined);
  if (missing.length === 0) return NATIVE;
  const { compressors } = await import("hyparquet-compressors");
  return { ...compressors, ...NATIVE };
}
