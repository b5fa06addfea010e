// Types of the generated validator (see scripts/gen-meta-validator.mjs).
import type { ValidateFunction } from "ajv";

declare const validate: ValidateFunction;
export default validate;
export { validate };
