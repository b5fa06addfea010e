/** Visit every string value of parsed data; paths are built only for the values a rule reports. */
import type { JsonPath } from "../../source/locate.js";

/**
 * Call `visit(value, key, pathOf)` for each string value in `data`: `key` is the nearest property
 * name above it, `pathOf()` copies its full path. The depth is bounded by the parsers (256 levels).
 */
export function walkStrings(
  data: unknown,
  visit: (value: string, key: string, pathOf: () => JsonPath) => void,
): void {
  const path: JsonPath = [];
  const pathOf = () => path.slice();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") visit(value, key, pathOf);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], key);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      // for-in, not Object.keys: no array of keys per object (parsed data has no inherited keys).
      for (const k in value) {
        path.push(k);
        walk((value as Record<string, unknown>)[k], k);
        path.pop();
      }
    }
  };
  walk(data, "");
}
