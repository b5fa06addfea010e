// Types of the generated validator (see scripts/gen-config-schema.mjs).
import type { ValidateFunction } from "ajv";

/** The root of mlgate.yml: the top level, with each block of BLOCK_NAMES accepted as it is. */
declare const validate: ValidateFunction;
export default validate;
export { validate };
/** The blocks checked by a validator of their own, in config-block-<name>.generated.cjs. */
export const BLOCK_NAMES: string[];
