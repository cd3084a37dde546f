// Pyodide's files, read once per worker process, and its WebAssembly module, compiled once.
//
// Pyodide reads pyodide.asm.wasm and python_stdlib.zip, and compiles the wasm
// file from its bytes, at every loadPyodide, restores included. loadPyodide
// takes no compiled module, so readPyodideOnce() makes Node's
// fs/promises.readFile answer those two files from memory, and
// WebAssembly.instantiate instantiate the module compiled at the first call.
// A compiled WebAssembly.Module is code only (each instance gets its own
// memory, table and globals), and the standard library's zip file is copied
// into each interpreter's own file system (FS.writeFile copies what it is
// given), so nothing is shared between runs.
//
// The module is compiled without the exports of the C++ standard library
// (mangled names, "_Z..."): Pyodide links libc++ into its main module and
// exports it for C++ extension modules, which the examples never load (they
// use the standard library only). Pyodide's JavaScript names none of them, but
// sets each export up again in every new interpreter (a table slot, a
// WebAssembly.Global, a symbol-table entry), which costs about a tenth of a
// restore. Every C and Python symbol stays, so ctypes.pythonapi still finds
// the C API; a C++ extension module would fail to load, saying which symbol
// it lacks, never run differently.
import { existsSync, readFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

// The Pyodide JavaScript that sets up each new interpreter ("the glue").
function glueSource(pyodideFolder) {
  const modern = `${pyodideFolder}/pyodide.asm.mjs`;
  return readFileSync(existsSync(modern) ? modern : `${pyodideFolder}/pyodide.asm.js`, "utf8");
}

function readLeb(bytes, position) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[position++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, position];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const FUNCTION = 0;
const GLOBAL = 3;

// The names that BYTES imports from its own global offset table (GOT.func,
// GOT.mem): symbols of its own that it takes the address of, which Pyodide
// looks up among its exports. Null for an import section this cannot read.
function offsetTableImports(bytes, position) {
  const names = new Set();
  let count;
  [count, position] = readLeb(bytes, position);
  for (let i = 0; i < count; i++) {
    let length;
    [length, position] = readLeb(bytes, position);
    const module = Buffer.from(bytes.subarray(position, position + length)).toString("utf8");
    position += length;
    [length, position] = readLeb(bytes, position);
    const name = Buffer.from(bytes.subarray(position, position + length)).toString("utf8");
    position += length;
    const kind = bytes[position++];
    if (kind === FUNCTION) {
      [, position] = readLeb(bytes, position);
    } else if (kind === GLOBAL) {
      position += 2; // value type, mutability
      if (module.startsWith("GOT.")) names.add(name);
    } else {
      return null; // a table, memory or tag: not what a Pyodide main module imports
    }
  }
  return names;
}

// BYTES (a WebAssembly binary) without the exported functions and globals
// (data symbols) that DROP(name) selects, keeping those the module imports
// from its own offset table; BYTES itself when it is laid out otherwise than
// this expects.
export function withoutExports(bytes, drop) {
  const parts = [bytes.subarray(0, 8)]; // magic number and version
  let own = null;
  let position = 8;
  while (position < bytes.length) {
    const start = position;
    const id = bytes[position++];
    let size;
    [size, position] = readLeb(bytes, position);
    const end = position + size;
    if (id === IMPORT_SECTION) own = offsetTableImports(bytes, position);
    if (id !== EXPORT_SECTION) {
      parts.push(bytes.subarray(start, end));
    } else {
      if (own === null) return bytes;
      let count;
      let at;
      [count, at] = readLeb(bytes, position);
      const kept = [];
      for (let i = 0; i < count; i++) {
        const entry = at;
        let length;
        [length, at] = readLeb(bytes, at);
        const name = Buffer.from(bytes.subarray(at, at + length)).toString("utf8");
        at += length;
        const kind = bytes[at++];
        [, at] = readLeb(bytes, at);
        const symbol = kind === FUNCTION || kind === GLOBAL;
        if (!symbol || own.has(name) || !drop(name)) kept.push(bytes.subarray(entry, at));
      }
      if (at !== end) return bytes;
      const body = Buffer.concat([leb(kept.length), ...kept]);
      parts.push(Buffer.from([EXPORT_SECTION]), leb(body.length), body);
    }
    position = end;
  }
  return new Uint8Array(Buffer.concat(parts));
}

// Make loadPyodide read PYODIDE_FOLDER's big files from memory and reuse one
// compiled module; call once per process, before the first loadPyodide.
export function readPyodideOnce(pyodideFolder) {
  const wasmFile = `${pyodideFolder}/pyodide.asm.wasm`;
  const readOnce = new Map(
    [wasmFile, `${pyodideFolder}/python_stdlib.zip`].map((path) => [path, readFileSync(path)]),
  );
  const readFile = fsPromises.readFile;
  fsPromises.readFile = function (path, ...rest) {
    const bytes = rest.length === 0 ? readOnce.get(path) : undefined;
    return bytes === undefined ? readFile.call(this, path, ...rest) : Promise.resolve(bytes);
  };
  syncBuiltinESMExports(); // Pyodide imports node:fs/promises as a namespace

  const wasmBytes = readOnce.get(wasmFile);
  const named = new Set(Array.from(glueSource(pyodideFolder).matchAll(/\["([^"]+)"\]/g), (m) => m[1]));
  const cxx = (name) => name.startsWith("_Z") && !named.has(name);
  const instantiate = WebAssembly.instantiate;
  let compiled = null;
  WebAssembly.instantiate = async function (source, imports) {
    if (source?.buffer !== wasmBytes.buffer) {
      return instantiate.call(WebAssembly, source, imports);
    }
    compiled ??= await WebAssembly.compile(withoutExports(source, cxx));
    return { module: compiled, instance: await instantiate.call(WebAssembly, compiled, imports) };
  };
}
