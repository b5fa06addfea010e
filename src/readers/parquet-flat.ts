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
      // A flat column has one value (or null) per row: a page claiming more rows than its row
      // group has left is malformed, and would make arrays that size.
      const values = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
      if (values > end - row) throw new Error(`parquet page of ${values} values past its row group's end`);
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
  const fast = fastPage(body, header, decoder, optional);
  if (fast) {
    const { n, defined, present, values, encoding } = fast;
    if (encoding === "PLAIN") {
      const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
      const decoded = convert(readPlain(reader, decoder.type, present, decoder.element.type_length), decoder);
      return { rowStart: row, rowEnd: row + n, data: spread(decoded, defined, n) };
    }
    if (dictionary === undefined) throw new Error("parquet dictionary page missing");
    const width = values[0] ?? 0;
    if (width > 32) throw new Error(`parquet dictionary index width ${width}`);
    const codes = new Int32Array(n);
    // Indices of the present values, then moved to their rows (from the end, in place).
    if (width > 0) readHybrid(values, 1, values.length, width, codes, present);
    placeCodes(codes, defined, n, present, dictionary.length);
    return { rowStart: row, rowEnd: row + n, dict: dictionary, codes };
  }
  // Other encodings (delta, byte stream split, RLE booleans): hyparquet's page readers.
  const v1 = header.data_page_header;
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
  let defined: Int32Array | undefined;
  if (optional && definitionLevels?.length) {
    defined = new Int32Array(n);
    for (let i = 0; i < n; i++) defined[i] = definitionLevels[i] === 1 ? 1 : 0;
  }
  return { rowStart: row, rowEnd: row + n, data: spread(values, defined, n) };
}

/**
 * A PLAIN or dictionary-coded page (v1 or v2) split into its definition levels (decoded: 1 where
 * a value is present, undefined when all are) and its values' bytes (decompressed); undefined for
 * other encodings.
 */
function fastPage(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder, optional: boolean) {
  const v1 = header.data_page_header;
  const v2 = header.data_page_header_v2;
  const encoding = v1?.encoding ?? v2?.encoding;
  if (!encoding || !(encoding === "PLAIN" || DICTIONARY_ENCODINGS.has(encoding))) return undefined;
  const n = v1?.num_values ?? v2!.num_values;
  let values: Uint8Array;
  let levels: Uint8Array | undefined;
  if (v1) {
    const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
    // v1: a 4-byte length, then the levels, then the values, all compressed together.
    const length = optional ? readUint32(page, 0) : 0;
    levels = optional ? page.subarray(4, 4 + length) : undefined;
    values = page.subarray(optional ? 4 + length : 0);
  } else {
    // v2: repetition and definition levels first, never compressed; then the values.
    const skip = v2!.repetition_levels_byte_length;
    const length = v2!.definition_levels_byte_length;
    if (skip + length > body.length) throw new Error("parquet page ends inside its levels");
    levels = optional ? body.subarray(skip, skip + length) : undefined;
    const rest = body.subarray(skip + length);
    const size = header.uncompressed_page_size - skip - length;
    values =
      v2!.is_compressed === false ? rest : decompressPage(rest, size, decoder.codec, decoder.compressors);
  }
  // Levels are decoded into an Int32Array, as indices are: one array type keeps the decoder's
  // loops monomorphic (V8 optimizes them for the one type they see).
  let defined: Int32Array | undefined;
  let present = n;
  if (levels) {
    defined = new Int32Array(n);
    readHybrid(levels, 0, levels.length, 1, defined, n);
    present = 0;
    for (let i = 0; i < n; i++) present += defined[i]!;
    if (present === n) defined = undefined;
  }
  return { n, defined, present, values, encoding };
}

/** Values of the present rows spread over all `n` rows, null where `defined` is 0. */
function spread(values: DecodedArray, defined: Int32Array | undefined, n: number): ArrayLike<unknown> {
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
  defined: Int32Array | undefined,
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
  out: Int32Array,
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
  out: Int32Array,
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
  if (width === 1) {
    // Definition levels of a flat column: eight per byte.
    for (let i = 0; i < take; i++) out[at + i] = (b[pos + (i >> 3)]! >> (i & 7)) & 1;
    return;
  }
  if (width <= 24) {
    // Each value from the 32-bit little-endian word at its first byte: at most 7 bits of shift plus
    // 24 of value fit. Measured 2-3x faster than a running bit buffer (flights-3m.parquet's
    // dictionary indices, 9-17 bits); values whose word would pass the end take the bit loop.
    const fit = Math.min(take, Math.floor(((b.length - pos - 3) * 8) / width));
    let i = 0;
    for (let off = 0; i < fit; i++, off += width) {
      const q = pos + (off >>> 3);
      const word = b[q]! | (b[q + 1]! << 8) | (b[q + 2]! << 16) | (b[q + 3]! << 24);
      out[at + i] = (word >>> (off & 7)) & mask;
    }
    for (let off = i * width; i < take; i++, off += width) {
      let value = 0;
      for (let k = 0; k < width; k++) {
        const bit = off + k;
        value |= ((b[pos + (bit >>> 3)]! >> (bit & 7)) & 1) << k;
      }
      out[at + i] = value;
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
