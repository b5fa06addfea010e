/** Whether to colour the output, by the conventions of FORCE_COLOR and NO_COLOR (https://no-color.org). */

/**
 * FORCE_COLOR wins as in Node itself: set and not `0`/`false`, colour even when piped; `0` or
 * `false`, none. Otherwise NO_COLOR (any non-empty value) turns colour off, and a terminal turns
 * it on.
 */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR) return false;
  return isTTY;
}
