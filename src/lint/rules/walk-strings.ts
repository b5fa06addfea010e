/** Visit every string value (and optionally key) of parsed data, without recursion. */
import type { JsonPath } from "../../source/locate.js";

/** Call `visit(path, value)` for each string value in `data`. */
export function walkStrings(data: unknown, visit: (path: JsonPath, value: string) => void): void {
  const stack: [JsonPath, unknown][] = [[[], data]];
  while (stack.length) {
    const [path, value] = stack.pop()!;
    if (typeof value === "string") visit(path, value);
    else if (Array.isArray(value))
      for (let i = value.length - 1; i >= 0; i--) stack.push([[...path, i], value[i]]);
    else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([[...path, entries[i]![0]], entries[i]![1]]);
    }
  }
}
