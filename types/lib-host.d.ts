/**
 * The host APIs src/lib may use, declared for the DOM-free type check of src/lib (tsconfig.lib.json,
 * run by `npm test`). Each exists in browsers, Web Workers and Node.js ≥ 18 alike; anything not declared
 * here (document, window, fetch, FileAttachment, Node's fs or process) is a type error in src/lib, so
 * "no DOM, no network, no files in lib" cannot rot. Only the members src/lib uses are declared.
 */

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
}

declare function atob(data: string): string;
declare function btoa(data: string): string;
declare function structuredClone<T>(value: T): T;

declare namespace WebAssembly {
  class Module {
    constructor(bytes: ArrayBufferView | ArrayBuffer);
  }
  class Memory {
    readonly buffer: ArrayBuffer;
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
