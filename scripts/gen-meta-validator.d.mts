export const DRAFT_07: string;
export function metaValidatorText(): string;
