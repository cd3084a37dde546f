// Pyodide's set-up of each new interpreter, without entering every symbol of
// CPython in the symbol table at once.
//
// Pyodide's main module is a dynamically linked WebAssembly module. When an
// interpreter starts, or is restored, Emscripten's JavaScript ("the glue")
// makes a global-offset-table entry (a WebAssembly.Global) for each of the
// module's ~4,900 exported C symbols, and puts each exported function in the
// indirect-function table, so that a shared library loaded later finds them
// there. The examples load no shared library: only the ~300 entries that the
// main module itself imports from its offset table are ever read. Making the
// rest took about a seventh of a restore's CPU and most of the garbage a
// restore leaves for the collector.
//
// The patched glue enters in the table, at start-up, only the symbols the
// main module imports; any other symbol is entered when something first
// asks for it, as Emscripten already does for a symbol of a shared library
// (a later library's import of it, dlsym, ctypes): it resolves the symbol by
// name and adds the function to the table then. What differs is the slot a
// function gets in the table: a C function pointer is its slot number, which
// a Python program sees only if it prints one through ctypes (a number that
// differs from build to build anyway). A snapshot records slot numbers in
// memory, so it is made and restored by the same glue: the patched glue's
// hash is part of the snapshot key (see worker.mjs).
//
// patchedGlue(pyodideFolder) writes the patched copy beside Pyodide's own
// file, once, and returns its function that sets up an interpreter; when a
// Pyodide release is laid out otherwise than these patches expect, or the
// folder cannot be written, it returns the stock glue's (slower, never
// different).
import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { pathToFileURL } from "node:url";

import { ageMs, HOUR_MS } from "./snapshot_store.mjs";

// Of the exports EXPORTS, those that already have an entry in the offset
// table GOT: the main module's own imports from it.
const ONLY_IN_GOT =
  "var importdemoOnlyInGOT=exports=>{var only={};" +
  "for(var name in GOT){if(Object.hasOwn(exports,name))only[name]=exports[name]}return only};";

// The offset-table entries that the main module imports include about 280
// functions written in JavaScript (WebGL's, mostly), which Emscripten puts in
// the function table at every start: for each, its addFunction first looks
// the function up in a map of the whole table, which it builds at the first
// look-up (~8,700 slots, a JavaScript object made for each); then tries to put
// the function itself in the table, which throws, since a table holds only
// WebAssembly functions; then compiles a small WebAssembly module that wraps
// it. CPython 3.14 and later add one WebAssembly function too, its call
// trampoline, just made by a module of its own. The patched glue puts the
// same functions in the same slots, without that work: a JavaScript function
// is never in the table itself (only its wrapper is, entered by addFunction,
// which records it), nor is a function that was just made by a module that
// puts nothing in the table, so their look-up does not build the map (the
// first look-up of another WebAssembly function does); a JavaScript function
// is wrapped at once; and the wrapper module of each signature is compiled
// once per process (a module is code only; each wrapper is an instance of
// its own).
const JS_FUNCTIONS =
  "var importdemoTableMapped=false;" +
  "var importdemoJsOnly=f=>!/\\{\\s*\\[native code\\]\\s*\\}\\s*$/.test(Function.prototype.toString.call(f));" +
  "var importdemoWrapperModule=bytes=>{var compiled=globalThis.importdemoWrapperModules??=new Map;" +
  "var key=String(bytes);var module=compiled.get(key);" +
  "if(!module){module=new WebAssembly.Module(bytes);compiled.set(key,module)}return module};" +
  "var importdemoAddNewFunction=func=>{var ret=getEmptyTableSlot();setWasmTableEntry(ret,func);" +
  "(functionsInTableMap??=new WeakMap).set(func,ret);return ret};";
const JS_FUNCTION_EDITS = [
  [
    "var getFunctionAddress=func=>{if(!functionsInTableMap){functionsInTableMap=new WeakMap;" +
      "updateTableMap(0,wasmTable.length)}return functionsInTableMap.get(func)||0};",
    "var getFunctionAddress=func=>{if(!importdemoTableMapped&&!importdemoJsOnly(func)){" +
      "importdemoTableMapped=true;functionsInTableMap??=new WeakMap;" +
      "updateTableMap(0,wasmTable.length)}return functionsInTableMap?.get(func)||0};",
  ],
  [
    "var ret=getEmptyTableSlot();try{setWasmTableEntry(ret,func)}catch(err){" +
      "if(!(err instanceof TypeError)){throw err}var wrapped=convertJsFunctionToWasm(func,sig);" +
      "setWasmTableEntry(ret,wrapped)}functionsInTableMap.set(func,ret);return ret};",
    "var ret=getEmptyTableSlot();if(importdemoJsOnly(func)){" +
      "setWasmTableEntry(ret,convertJsFunctionToWasm(func,sig))}else{" +
      "try{setWasmTableEntry(ret,func)}catch(err){" +
      "if(!(err instanceof TypeError)){throw err}var wrapped=convertJsFunctionToWasm(func,sig);" +
      "setWasmTableEntry(ret,wrapped)}}(functionsInTableMap??=new WeakMap).set(func,ret);return ret};",
  ],
];

// Each layout of the glue: the file, and its edits ([text, replacement],
// each text found exactly once).
export const LAYOUTS = [
  {
    // Pyodide 314 and later (Emscripten 4): an ES module.
    file: "pyodide.asm.mjs",
    edits: [
      ["var GOT={};", `var GOT={};${ONLY_IN_GOT}${JS_FUNCTIONS}`],
      ["updateGOT(origExports);", "updateGOT(importdemoOnlyInGOT(origExports));"],
      ...JS_FUNCTION_EDITS,
      [
        "var module=new WebAssembly.Module(bytes);var instance=new WebAssembly.Instance(",
        "var module=importdemoWrapperModule(bytes);var instance=new WebAssembly.Instance(",
      ],
      [
        "return addFunction(trampolineInstance.exports.trampoline_call)}",
        "return importdemoAddNewFunction(trampolineInstance.exports.trampoline_call)}",
      ],
    ],
  },
  {
    // Pyodide 0.29 (Emscripten 3): a script that sets a global; the main
    // module's exports enter the offset table while they are relocated.
    file: "pyodide.asm.js",
    edits: [
      [
        "var GOT={};",
        "var GOT={};" +
          ONLY_IN_GOT +
          JS_FUNCTIONS +
          "var importdemoRelocateMain=exports=>{var all=updateGOT;" +
          "updateGOT=(relocated,replace)=>all(importdemoOnlyInGOT(relocated),replace);" +
          "try{return relocateExports(exports,1024)}finally{updateGOT=all}};",
      ],
      [
        "wasmExports=relocateExports(wasmExports,1024);",
        "wasmExports=importdemoRelocateMain(wasmExports);",
      ],
      ...JS_FUNCTION_EDITS,
      [
        "var module=new WebAssembly.Module(new Uint8Array(bytes));",
        "var module=importdemoWrapperModule(new Uint8Array(bytes));",
      ],
    ],
  },
];

const count = (text, part) => text.split(part).length - 1;


// SOURCE with EDITS made, or null when a text is not found exactly once.
export function patchGlue(source, edits) {
  if (!edits.every(([text]) => count(source, text) === 1)) return null;
  return edits.reduce((patched, [text, replacement]) => patched.replace(text, () => replacement), source);
}

// The patched glue of PYODIDE_FOLDER, laid out as LAYOUT, written beside
// Pyodide's own (its name holds its hash, so a file there is whole and
// current; one that other patches made, an hour or more ago, is removed):
// {path, hash}, or null.
function writePatchedGlue(pyodideFolder, { file, edits }) {
  const patched = patchGlue(readFileSync(`${pyodideFolder}/${file}`, "utf8"), edits);
  if (patched === null) return null;
  const hash = createHash("sha256").update(patched).digest("hex").slice(0, 16);
  const [stem, suffix] = file.split(/\.(?=[^.]+$)/);
  const path = `${pyodideFolder}/${stem}.importdemo-${hash}.${suffix}`;
  if (!existsSync(path)) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, patched);
      renameSync(temporary, path);
    } catch {
      rmSync(temporary, { force: true });
      return null;
    }
    for (const name of readdirSync(pyodideFolder)) {
      const other = `${pyodideFolder}/${name}`;
      if (name.startsWith(`${stem}.importdemo-`) && other !== path && ageMs(other) > HOUR_MS) {
        rmSync(other, { force: true }); // a worker of an older importdemo no longer starts from it
      }
    }
  }
  return { path, hash };
}

// The function of Pyodide's glue (its createPyodideModule) that sets up an
// interpreter, module or script: the script sets a global instead.
async function glueFunction(path, module) {
  const loaded = await import(pathToFileURL(path).href);
  return module ? loaded.default : globalThis._createPyodideModule;
}

// The glue that sets up interpreters for PYODIDE_FOLDER: {create, hash}, where
// create is its createPyodideModule, and hash is "stock" for Pyodide's own.
export async function patchedGlue(pyodideFolder) {
  const layout = LAYOUTS.find(({ file }) => existsSync(`${pyodideFolder}/${file}`));
  const module = layout.file.endsWith(".mjs");
  const written = writePatchedGlue(pyodideFolder, layout);
  if (written !== null) return { create: await glueFunction(written.path, module), hash: written.hash };
  return { create: await glueFunction(`${pyodideFolder}/${layout.file}`, module), hash: "stock" };
}
