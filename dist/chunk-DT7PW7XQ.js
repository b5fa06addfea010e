import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/io/log-text.ts
import { randomBytes } from "node:crypto";
var COMMAND_LIKE = /::|##\[/;
function stopToken(text) {
  for (; ; ) {
    const token = `mlgate-${randomBytes(16).toString("hex")}`;
    if (!text.includes(token)) return token;
  }
}
function logSafe(text) {
  if (!COMMAND_LIKE.test(text)) return text;
  const token = stopToken(text);
  return `::stop-commands::${token}
${text}
::${token}::`;
}

// src/io/workspace-prefix.ts
import path from "node:path";
function workspacePrefix(workspace, dir) {
  if (!workspace) return "";
  const rel = path.relative(path.resolve(workspace), path.resolve(dir));
  if (rel.startsWith("..") || path.isAbsolute(rel)) return "";
  return rel.split(path.sep).join("/");
}

export {
  logSafe,
  workspacePrefix
};
