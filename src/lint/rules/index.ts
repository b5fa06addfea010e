/** Every built-in rule, in the order their findings are listed. */
import { envLeak } from "./env-leak.js";
import { pathsExist } from "./paths-exist.js";
import type { Rule } from "./rule.js";
import { secrets } from "./secrets.js";
import { yamlTruthy } from "./yaml-truthy.js";

/** The rules that run on parsed data (duplicate keys and parse errors come from the parsers). */
export const RULES: Rule[] = [envLeak, secrets, yamlTruthy, pathsExist];
