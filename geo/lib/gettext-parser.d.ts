// Types for the part of gettext-parser 10 that the gazetteer build uses (the package ships none).
declare module 'gettext-parser' {
  interface Message {
    msgid: string;
    msgstr: string[];
  }
  interface Catalogue {
    translations: Record<string, Record<string, Message>>;
  }
  const gettextParser: { mo: { parse(buffer: Buffer): Catalogue } };
  export default gettextParser;
}
