/** JSON paths: how findings name a place inside a structured file. */

/** Object keys and array indexes from the document root. */
export type JsonPath = (string | number)[];
