/**
 * A small XML reader for test reports: elements, attributes, text, CDATA; comments, processing
 * instructions and a DOCTYPE without internal subset are skipped. Entities are the five predefined
 * ones and character references, nothing else: a DOCTYPE that declares entities is refused, so
 * an untrusted report cannot expand into gigabytes. Errors carry the line and column.
 */

/** One element. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA inside the element (not its children's), concatenated. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

/** A syntax error at a 1-based line and column. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Deeper nesting than this is refused. */
const MAX_DEPTH = 256;

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replace entity and character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTR = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Parse a document and return its root element. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  let line = 1;
  const fail = (message: string, at = i): never => {
    // Recount to the failure point: cheap, errors are rare.
    let l = 1;
    let start = 0;
    for (let k = 0; k < at && k < text.length; k++)
      if (text.charCodeAt(k) === 10) {
        l++;
        start = k + 1;
      }
    throw new XmlError(message, l, at - start + 1);
  };
  const advanceTo = (end: number): void => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    i = end;
  };
  const skipPast = (close: string, what: string): void => {
    const end = text.indexOf(close, i);
    if (end === -1) fail(`unterminated ${what}`);
    advanceTo(end + close.length);
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1]!.text += decodeEntities(chunk);
      else if (chunk.trim()) fail("text outside the root element");
      advanceTo(textEnd);
      if (lt === -1) break;
    }
    if (text.startsWith("<!--", i)) skipPast("-->", "comment");
    else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end === -1) fail("unterminated CDATA section");
      if (!stack.length) fail("CDATA outside the root element");
      stack[stack.length - 1]!.text += text.slice(i + 9, end);
      advanceTo(end + 3);
    } else if (text.startsWith("<?", i)) skipPast("?>", "processing instruction");
    else if (text.startsWith("<!DOCTYPE", i)) {
      const end = text.indexOf(">", i);
      if (end === -1) fail("unterminated DOCTYPE");
      if (text.slice(i, end).includes("["))
        fail("a DOCTYPE with declarations is not accepted in a test report");
      advanceTo(end + 1);
    } else if (text.startsWith("</", i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) fail("expected a closing tag name");
      const open = stack.pop();
      if (!open) fail(`closing tag </${m![0]}> without an opening tag`);
      if (open!.name !== m![0]) fail(`expected </${open!.name}>, found </${m![0]}>`);
      const end = text.indexOf(">", NAME.lastIndex);
      if (end === -1 || text.slice(NAME.lastIndex, end).trim()) fail("malformed closing tag", NAME.lastIndex);
      advanceTo(end + 1);
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) fail("expected a tag name after <");
      const el: XmlElement = { name: m![0], attrs: Object.create(null), children: [], text: "", line };
      let k = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = k;
        const a = ATTR.exec(text);
        if (!a) break;
        el.attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? "");
        k = ATTR.lastIndex;
      }
      while (k < text.length && /\s/.test(text[k]!)) k++;
      const selfClosing = text.startsWith("/>", k);
      if (!selfClosing && text[k] !== ">") fail(`malformed start tag <${el.name}>`, k);
      if (stack.length) stack[stack.length - 1]!.children.push(el);
      else if (root) fail("a second root element");
      else root = el;
      if (!selfClosing) {
        stack.push(el);
        if (stack.length > MAX_DEPTH) fail(`elements nested over ${MAX_DEPTH} deep`);
      }
      advanceTo(k + (selfClosing ? 2 : 1));
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1]!.name}> is never closed`, text.length);
  if (!root) fail("no root element", 0);
  return root!;
}
