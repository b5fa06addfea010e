/**
 * Environment names used across mlgate.yml resolved against `environments:`: gate policies, lint
 * schema overlays and env-leak markers for an environment that does not exist never apply.
 */
import type { LintConfig, MlgateConfig } from "../config/types.js";
import type { NameSink } from "./name-sink.js";

/** Every environment name the config uses, checked against `environments:` (when it defines any). */
export function resolveEnvironmentNames(sink: NameSink, config: MlgateConfig): void {
  const known = Object.keys(config.environments ?? {});
  // Without `environments:` any name may come from --env: there is nothing to resolve against.
  if (!known.length) return;
  const check = (name: string, path: (string | number)[], where: string) => {
    if (!known.includes(name))
      sink.unknown(
        { path, key: true },
        "names/environment",
        `${where} names the environment "${name}", which environments: does not define`,
        name,
        known,
        path,
      );
  };
  for (const name of Object.keys(config.gates?.environments ?? {}))
    check(name, ["gates", "environments", name], "gates.environments");
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : (lint?.targets ?? []);
  const at = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  targets.forEach((t, i) => {
    for (const name of Object.keys(t.environments ?? {}))
      check(name, [...at, i, "environments", name], "a lint schema overlay");
  });
  const leak = Array.isArray(lint) ? undefined : (lint as LintConfig | undefined)?.rules?.["env-leak"];
  const markers = typeof leak === "object" ? leak.markers : undefined;
  for (const name of Object.keys(markers ?? {}))
    check(name, ["lint", "rules", "env-leak", "markers", name], "env-leak markers");
}
