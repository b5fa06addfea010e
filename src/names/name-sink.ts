/**
 * Where name resolution puts what it finds: a diagnostic at the key or value in mlgate.yml that
 * names nothing, and the config entry to leave out so that the rest of the run still happens.
 */
import type { Diagnostic } from "../report/types.js";
import { closest } from "../schema/suggest.js";
import { withVia } from "../schema/validate.js";
import type { JsonPath } from "../source/locate.js";
import type { SourceDocument } from "../source/source-document.js";

/** A hint lists at most this many valid names: enough to spot the right one, short enough to read. */
const MAX_LISTED = 20;

/** The place a name is written: its JSON path, and whether to point at the key rather than the value. */
export interface NameSite {
  path: JsonPath;
  key: boolean;
}

/** The valid names, comma-separated and capped at MAX_LISTED. */
export function listNames(known: readonly string[]): string {
  const shown = known.slice(0, MAX_LISTED).join(", ");
  return known.length > MAX_LISTED ? `${shown}, ... (${known.length} in all)` : shown;
}

/** Collects name diagnostics, positioned in the config, and the entries the stages must not see. */
export class NameSink {
  readonly diagnostics: Diagnostic[] = [];
  /** Config entries left out of the run: each names something that does not exist. */
  readonly drops: JsonPath[] = [];

  constructor(
    private readonly doc: SourceDocument,
    private readonly file: string,
  ) {}

  /** `name` at `site` matches none of `known`: an error with a did-you-mean and the valid names. */
  unknown(
    site: NameSite,
    code: string,
    message: string,
    name: string,
    known: readonly string[],
    drop?: JsonPath,
  ): void {
    const guess = closest(name, known);
    const d = this.at(site, code, "error", `${message}${guess ? `; did you mean "${guess}"?` : ""}`);
    d.hint = known.length ? `Valid names here: ${listNames(known)}.` : "Nothing here has a name yet.";
    this.diagnostics.push(d);
    if (drop) this.drops.push(drop);
  }

  /** A problem with a name that has no list of alternatives (a glob matching nothing is a warning). */
  problem(
    site: NameSite,
    code: string,
    severity: Diagnostic["severity"],
    message: string,
    hint?: string,
    drop?: JsonPath,
  ): void {
    const d = this.at(site, code, severity, message);
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
    if (drop) this.drops.push(drop);
  }

  private at(site: NameSite, code: string, severity: Diagnostic["severity"], message: string): Diagnostic {
    const where = this.doc.locate(site.path, site.key);
    return {
      code,
      severity,
      message: withVia(message, where),
      file: this.file,
      path: site.path,
      range: where.range,
    };
  }
}
