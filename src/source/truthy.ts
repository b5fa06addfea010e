/** The YAML 1.1 boolean words the yaml-truthy rule looks for (the set PyYAML implements; it leaves y/n alone). */
const WORDS = "yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF";

/** A whole scalar that is one of the words. */
export const TRUTHY_WORD = new RegExp(`^(?:${WORDS})$`);

/** One of the words standing as a bare scalar somewhere in a text (a cheap pre-check; false positives are fine). */
export const TRUTHY_IN_TEXT = new RegExp(`(?:^|[\\s:[{,-])(?:${WORDS})(?=[ \\t]*(?:$|[#,\\]}:]))`, "m");
