// jsdom ships no types; the tests only need a window for Mermaid's parser.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    window: Window & typeof globalThis;
  }
}
