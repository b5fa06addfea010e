// Shared by the scripts that write ajv standalone validators (gen-config-schema.mjs,
// gen-meta-validator.mjs).

/**
 * ajv standalone ESM made to run unbundled as well as bundled: its require() of one runtime helper
 * (`ajv/dist/runtime/<helper>`) becomes an import under the name the code calls it by. Throws if
 * any other require() is left, or a pattern runs on RegExp (every pattern must have gone through
 * the engine given in ajv's `code.regExp`).
 */
export function standaloneEsm(code, { header, helper, name, imports = [] }) {
  const call = checkedHelperCall(code, helper);
  const prelude = [
    header,
    `import ${name}Module from "ajv/dist/runtime/${helper}.js";`,
    // Node hands a CommonJS module's exports object to a default import, esbuild its `default` export.
    `const ${name} = { default: typeof ${name}Module === "function" ? ${name}Module : ${name}Module.default };`,
    ...imports,
  ].join("\n");
  return `${prelude}\n${code.replaceAll(call, name)}\n`;
}

/**
 * The require() call of ajv's runtime `helper` in standalone `code`, once the code is checked:
 * throws if any other require() is left, or a pattern runs on RegExp (every pattern must have gone
 * through the engine given in ajv's `code.regExp`).
 */
export function checkedHelperCall(code, helper) {
  const call = `require("ajv/dist/runtime/${helper}")`;
  if (code.replaceAll(call, "").includes("require("))
    throw new Error("unexpected require() in ajv standalone output");
  if (code.includes("new RegExp")) throw new Error("a pattern in ajv standalone output runs on RegExp");
  return call;
}
