/** The renderer registry: adding a format is adding its file and one line here. */
import { renderGithub } from "./github.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import type { Renderer } from "./renderer.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";

/** Every output format by name; the CLI's `--format` and its help are derived from this. */
export const RENDERERS = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  html: renderHtml,
} satisfies Record<string, Renderer>;

/** A known output format. */
export type FormatName = keyof typeof RENDERERS;

/** Whether `name` is a known format. */
export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(RENDERERS, name);
}

export type { Renderer, RenderOptions } from "./renderer.js";
