/**
 * Schemas that ship with mlgate, referenced as `builtin:NAME`: each imported when a target names
 * it (mlgate.yml's own is 92 KB that a lint run of other configs used to load at every start).
 */
type Loader = () => Promise<object>;

/** Built-in schemas by name. */
export const BUILTIN_SCHEMAS: Record<string, Loader> = {
  dvc: async () =>
    (await import("../../schemas/builtin/dvc.schema.json", { with: { type: "json" } })).default,
  "mlflow-project": async () =>
    (await import("../../schemas/builtin/mlflow-project.schema.json", { with: { type: "json" } })).default,
  "kedro-catalog": async () =>
    (await import("../../schemas/builtin/kedro-catalog.schema.json", { with: { type: "json" } })).default,
  mlgate: async () => (await import("../../schemas/mlgate.schema.json", { with: { type: "json" } })).default,
};
