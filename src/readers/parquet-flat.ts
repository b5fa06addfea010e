/**
 * A flat Parquet column chunk (a top-level column, required or optional, not a list) decoded
 * page by page into arrays a column kernel can loop over. hyparquet rebuilds every optional value
 * through its nested-list assembly (a JavaScript array per page, one push per value): on a
 * 3,000,000-row file that was 40% of the time (bench/README.md, "Parquet: which route"). Here
 * definition levels and dictionary indices go straight into typed arrays, and dictionary-coded
 * pages stay coded: each distinct value is converted once, not once per row. hyparquet still
 * parses page headers, decompresses, reads PLAIN values and converts types, so values read as
 * they did; encodings this file does not special-case go through hyparquet's page readers whole.
 */
import type { DecodedArray, PageHeader } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";
import { convert, convertWithDictionary } from "hyparquet/src/convert.js";
import { decompressPage, readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { readPlain } from "hyparquet/src/plain.js";
import type { ColumnDecoder } from "hyparquet/src/types.js";

/** One page's rows [rowStart, rowEnd) (0-based data rows): plain values, or coded by a dictionary. */
export type ParquetChunk = ValuesChunk | CodedChunk;

/** Row r's value is `data[r - rowStart]` (null where missing). */
export interface ValuesChunk {
  rowStart: number;
  rowEnd: number;
  data: ArrayLike<unknown>;
  dict?: undefined;
}

/** Row r's value is `dict[codes[r - rowStart]]`; a code of -1 is a missing value. */
export interface CodedChunk {
  rowStart: number;
  rowEnd: number;
  dict: ArrayLike<unknown>;
  codes: Int32Array;
  data?: undefined;
}

/** Row k of a chunk's value (null where missing). */
export function chunkValue(chunk: ParquetChunk, k: number): unknown {
  if (chunk.dict === undefined) return chunk.data[k];
  const c = chunk.codes[k]!;
  return c < 0 ? null : chunk.dict[c];
}

const DICTIONARY_ENCODINGS = new Set(["PLAIN_DICTIONARY", "RLE_DICTIONARY"]);

/**
 * Decode the pages of a flat column chunk (`bytes`, from its first page to its last), whose first
 * row is `rowStart`; each page's rows go to `onChunk`. Throws on a malformed page.
 */
export function readFlatColumn(
  bytes: Uint8Array,
  decoder: ColumnDecoder,
  rowStart: number,
  rows: number,
  onChunk: (chunk: ParquetChunk) => void,
): void {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const optional = decoder.element.repetition_type !== "REQUIRED";
  let dictionary: DecodedArray | undefined;
  let row = rowStart;
  const end = rowStart + rows;
  while (row < end && reader.offset < bytes.length - 1) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (size < 0 || reader.offset + size > bytes.length)
      throw new Error("parquet page runs past its column chunk");
    const body = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === "DICTIONARY_PAGE") {
      dictionary = readDictionary(body, header, decoder);
    } else if (header.type === "DATA_PAGE" || header.type === "DATA_PAGE_V2") {
      const chunk = readPage(body, header, decoder, optional, dictionary, row);
      if (chunk.rowEnd > chunk.rowStart) onChunk(chunk);
      row = chunk.rowEnd;
    }
    // Index pages and unknown page types carry no rows: skipped, as hyparquet's reader would.
  }
}

function readDictionary(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder): DecodedArray {
  const count = header.dictionary_page_header?.num_values ?? 0;
  const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  return convert(readPlain({ view, offset: 0 }, decoder.type, count, decoder.element.type_length), decoder);
}

/** One data page's rows, starting at row `row`. */
function readPage(
  body: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  optional: boolean,
  dictionary: DecodedArray | undefined,
  row: number,
): ParquetChunk {
  const v1 = header.data_page_header;
  if (v1 && (v1.encoding === "PLAIN" || DICTIONARY_ENCODINGS.has(v1.encoding))) {
    const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
    const n = v1.num_values;
    let pos = 0;
    let defined: Uint8Array | undefined;
    let present = n;
    if (optional) {
      // Definition levels: a 4-byte length, then RLE/bit-packed levels of width 1 (0 = null).
      const length = readUint32(page, 0);
      defined = new Uint8Array(n);
      readHybrid(page, 4, 4 + length, 1, defined, n);
      pos = 4 + length;
      present = 0;
      for (let i = 0; i < n; i++) present += defined[i]!;
      if (present === n) defined = undefined;
    }
    if (v1.encoding === "PLAIN") {
      const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
      const reader = { view, offset: pos };
      const values = convert(readPlain(reader, decoder.type, present, decoder.element.type_length), decoder);
      return { rowStart: row, rowEnd: row + n, data: spread(values, defined, n) };
    }
    if (dictionary === undefined) throw new Error("parquet dictionary page missing");
    const width = page[pos] ?? 0;
    const codes = new Int32Array(n);
    if (width > 32) throw new Error(`parquet dictionary index width ${width}`);
    // Indices of the present values, then moved to their rows (from the end, in place).
    if (width > 0) readHybrid(page, pos + 1, page.length, width, codes, present);
    placeCodes(codes, defined, n, present, dictionary.length);
    return { rowStart: row, rowEnd: row + n, dict: dictionary, codes };
  }
  // Other encodings (delta, byte stream split, RLE booleans) and v2 pages: hyparquet's readers.
  const { definitionLevels, dataPage } = v1
    ? readDataPage(
        decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors),
        v1,
        decoder,
      )
    : readDataPageV2(body, header, decoder);
  const n = v1?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
  const encoding = v1?.encoding ?? header.data_page_header_v2!.encoding;
  const values = convertWithDictionary(dataPage, dictionary, encoding, decoder);
  let defined: Uint8Array | undefined;
  if (optional && definitionLevels?.length) {
    defined = new Uint8Array(n);
    for (let i = 0; i < n; i++) defined[i] = definitionLevels[i] === 1 ? 1 : 0;
  }
  return { rowStart: row, rowEnd: row + n, data: spread(values, defined, n) };
}

/** Values of the present rows spread over all `n` rows, null where `defined` is 0. */
function spread(values: DecodedArray, defined: Uint8Array | undefined, n: number): ArrayLike<unknown> {
  if (defined === undefined) {
    if (values.length < n) throw new Error("parquet page has fewer values than rows");
    return values;
  }
  const out = new Array<unknown>(n);
  let v = 0;
  for (let i = 0; i < n; i++) out[i] = defined[i] === 1 ? values[v++] : null;
  if (v > values.length) throw new Error("parquet page has fewer values than rows");
  return out;
}

/**
 * Move the `present` codes at the front of `codes` to their rows (-1 where `defined` is 0); a code
 * outside the dictionary reads as missing, as hyparquet's lookup (undefined) did.
 */
function placeCodes(
  codes: Int32Array,
  defined: Uint8Array | undefined,
  n: number,
  present: number,
  size: number,
) {
  let v = present - 1;
  for (let i = n - 1; i >= 0; i--) {
    if (defined !== undefined && defined[i] === 0) {
      codes[i] = -1;
      continue;
    }
    const c = codes[v--]!;
    codes[i] = c >= 0 && c < size ? c : -1;
  }
}

function readUint32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new Error("parquet page ends inside its levels");
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/**
 * The RLE / bit-packed hybrid encoding (definition levels, dictionary indices): `count` values of
 * `width` bits from bytes [pos, end) into `out`. Throws when the bytes end first.
 */
export function readHybrid(
  b: Uint8Array,
  pos: number,
  end: number,
  width: number,
  out: Int32Array | Uint8Array,
  count: number,
): void {
  const last = Math.min(end, b.length);
  const bytesPerValue = (width + 7) >> 3;
  const mask = width === 32 ? -1 : (1 << width) - 1;
  let seen = 0;
  while (seen < count) {
    if (pos >= last) throw new Error("parquet levels or indices end early");
    // A ULEB128 header: bit 0 says bit-packed (groups of 8 values) or a run of one value.
    let header = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = b[pos++] ?? 0;
      header += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80 && scale < 2 ** 35);
    if (header % 2 === 1) {
      const values = Math.floor(header / 2) * 8;
      const take = Math.min(values, count - seen);
      unpackBits(b, pos, width, mask, out, seen, take);
      pos += Math.floor(header / 2) * width;
      seen += take;
    } else {
      const run = Math.min(Math.floor(header / 2), count - seen);
      let value = 0;
      for (let i = 0; i < bytesPerValue; i++) value |= (b[pos + i] ?? 0) << (8 * i);
      pos += bytesPerValue;
      out.fill(value & mask, seen, seen + run);
      seen += run;
    }
  }
}

/** `take` values of `width` bits, little-endian bit order, from byte `pos` into out[at…]. */
function unpackBits(
  b: Uint8Array,
  pos: number,
  width: number,
  mask: number,
  out: Int32Array | Uint8Array,
  at: number,
  take: number,
): void {
  const need = Math.ceil((take * width) / 8);
  if (pos + need > b.length) {
    // The run is cut short (a writer may leave the last group's padding out): read a padded copy.
    const padded = new Uint8Array(need);
    padded.set(b.subarray(pos, Math.min(b.length, pos + need)));
    unpackBits(padded, 0, width, mask, out, at, take);
    return;
  }
  if (width <= 24) {
    // A bit buffer: it never holds more than 31 bits (at most 23 left over plus one byte).
    let buf = 0;
    let bits = 0;
    let p = pos;
    for (let i = 0; i < take; i++) {
      while (bits < width) {
        buf |= b[p++]! << bits;
        bits += 8;
      }
      out[at + i] = buf & mask;
      buf >>>= width;
      bits -= width;
    }
    return;
  }
  for (let i = 0; i < take; i++) {
    let value = 0;
    for (let k = 0; k < width; k++) {
      const bit = i * width + k;
      if ((b[pos + (bit >> 3)]! >> (bit & 7)) & 1) value += 2 ** k;
    }
    out[at + i] = value | 0;
  }
}
