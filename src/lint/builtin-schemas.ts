/** Schemas that ship with mlgate, referenced as `builtin:NAME`. */
import dvc from "../../schemas/builtin/dvc.schema.json" with { type: "json" };
import kedroCatalog from "../../schemas/builtin/kedro-catalog.schema.json" with { type: "json" };
import mlflowProject from "../../schemas/builtin/mlflow-project.schema.json" with { type: "json" };
import mlgate from "../../schemas/mlgate.schema.json" with { type: "json" };

/** Built-in schemas by name. */
export const BUILTIN_SCHEMAS: Record<string, object> = {
  dvc,
  "mlflow-project": mlflowProject,
  "kedro-catalog": kedroCatalog,
  mlgate,
};
