/** `allow_extra_columns: false`: every column of the files is listed under `columns`. */
import { SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, failed } from "./dataset-check.js";

/** The check on columns the config does not list. */
export const extraColumnsCheck: DatasetCheck = {
  id: "columns",
  description: "With `allow_extra_columns: false`, a column not listed under `columns` fails.",
  options: {
    allow_extra_columns: {
      type: "boolean",
      description: "When false, a column not listed under `columns` is an error. Default true.",
    },
  },
  configured: (ds) => ds.allow_extra_columns === false,
  verdict: ({ base, ds, severity, header, checked }) => {
    if (!header) return [];
    const extra = header.filter((h) => !checked.has(h));
    return extra.length
      ? [
          failed(
            `${base}/columns`,
            `${ds.name}: unexpected columns ${extra.join(", ")}`,
            severity,
            SCHEMA_RUBRIC,
          ),
        ]
      : [];
  },
};
