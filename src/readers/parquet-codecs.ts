/**
 * Decompressors for Parquet pages: Node's own zlib where it has the codec (gzip and Brotli on every
 * supported Node, Zstandard from Node 22.15, so on the action's node24), else the pure-JavaScript
 * and WebAssembly ones of hyparquet-compressors, loaded only when a file uses such a codec (its
 * import instantiates a WebAssembly module: every other run skips that).
 *
 * Why not hyparquet-compressors alone: on flights-3m.parquet (ZSTD, bench/data/parquet.mjs) its
 * Zstandard decoder (fzstd, JavaScript) was a quarter to a third of mlgate's CPU time; zlib's
 * native one and zstddec's WebAssembly one (for Node before 22.15) take a fraction of that.
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
 * The decompressors for a file whose pages use `codecs`: native ones first, then zstddec for ZSTD
 * where Node has no native one, hyparquet-compressors for the rest (each imported on first need). UNCOMPRESSED needs none; SNAPPY has hyparquet's own
 * decoder as a fallback, but hysnappy's is faster, so it is loaded for Snappy files too.
 */
export async function codecsFor(codecs: Iterable<CompressionCodec>): Promise<Compressors> {
  const missing = new Set([...codecs].filter((c) => c !== "UNCOMPRESSED" && NATIVE[c] === undefined));
  if (missing.size === 0) return NATIVE;
  const zstd = missing.has("ZSTD") ? await wasmZstd() : undefined;
  if (zstd && missing.size === 1) return { ...NATIVE, ZSTD: zstd };
  const { compressors } = await import("hyparquet-compressors");
  return { ...compressors, ...NATIVE, ...(zstd ? { ZSTD: zstd } : {}) };
}

let wasmDecoder: Promise<Decompress | undefined> | undefined;

/** Largest page zstddec is asked to decode (writers make pages of about 1 MB). */
const MAX_PAGE_BYTES = 512 * 1024 * 1024;

/**
 * Zstandard where Node has none of its own (before 22.15): zstddec, the reference C decoder
 * compiled to WebAssembly, about 0.2 s faster than fzstd (JavaScript) on flights-3m.parquet's
 * pages. Undefined if it cannot start (no WebAssembly): fzstd then.
 */
function wasmZstd(): Promise<Decompress | undefined> {
  wasmDecoder ??= import("zstddec").then(
    async ({ ZSTDDecoder }) => {
      const decoder = new ZSTDDecoder();
      await decoder.init();
      return (input: Uint8Array, length: number) => {
        // The page header's size is untrusted and the decoder allocates it at once: a cap.
        if (length > MAX_PAGE_BYTES)
          throw new Error(`a ZSTD page claims ${length} bytes, over ${MAX_PAGE_BYTES}`);
        const out = decoder.decode(input, length);
        if (out.length !== length) throw new Error(`a ZSTD page gave ${out.length} bytes, not ${length}`);
        return out;
      };
    },
    () => undefined,
  );
  return wasmDecoder;
}
