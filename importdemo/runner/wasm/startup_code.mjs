// Making a memory snapshot with the code that an earlier start compiled.
//
// When an interpreter starts, Pyodide imports 115–125 modules of its own
// and of the standard library from its zip file, and zipimport compiles each
// from source: three quarters of the CPU that making a snapshot costs (about
// a second). A worker makes a snapshot per list of Python arguments, eight for
// the course, and each start compiles the same sources.
//
// keepingStartupCode(create, store) wraps Pyodide's createPyodideModule:
// when the interpreter it sets up is started to make a snapshot, it runs
// startup_code.py in it once CPython has started, before Pyodide's own
// start-up imports anything, so that zipimport loads the code stored by an
// earlier start for the same source and keeps what it compiles.
// storeStartupCode(py, store), called once loadPyodide has returned and before
// the snapshot is taken, puts zipimport back as it was, keeps the code for the
// next start (in this worker's memory and in the store), and says how many
// modules the start compiled. The interpreter holds the same modules as one
// that compiled them all, made from the code objects that marshal gives back
// as compile made them; nothing of startup_code.py stays. What differs is
// the garbage collector's counts: compiling allocates objects, so the
// collector runs at other moments. A worker therefore takes a snapshot only
// of a start that compiled nothing (see worker.mjs), so that every snapshot
// of a release holds the same counts, whichever of them was made first.
import { readFileSync } from "node:fs";

// Where the interpreter's file system holds the code while it starts.
const FOLDER = "/importdemo/startup-code";
const SOURCE = readFileSync(new URL("./startup_code.py", import.meta.url));
// The name of the stored code, beside the engine's snapshots.
const STORED = "startup-code";
// The code, packed, once this worker has read or made it.
let kept = null;

// The files of the folder FILES ([name, bytes] pairs), in one buffer: the
// length of a JSON list of [name, size], the list, then each file's bytes.
function pack(files) {
  const header = Buffer.from(JSON.stringify(files.map(([name, bytes]) => [name, bytes.length])));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...files.map(([, bytes]) => bytes)]);
}

// What pack() packed, as [name, bytes] pairs; none for null.
function unpack(packed) {
  if (packed === null) return [];
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.length);
  const headerLength = bytes.readUInt32LE(0);
  let at = 4 + headerLength;
  return JSON.parse(bytes.subarray(4, at).toString("utf8")).map(([name, size]) => {
    at += size;
    return [name, bytes.subarray(at - size, at)];
  });
}

// Run startup_code.py's install() in MODULE, a started interpreter, in a
// namespace of its own (nothing is bound in __main__). When it fails, zipimport
// is as it was, and the start compiles everything, as Pyodide's own does.
function install(module, store) {
  const { FS } = module;
  FS.mkdirTree(`${FOLDER}/code`);
  kept ??= store.readBeside(STORED);
  try {
    for (const [name, bytes] of unpack(kept)) FS.writeFile(`${FOLDER}/code/${name}`, bytes);
  } catch {
    kept = null; // not packed as pack() packs: compiled again, and replaced
  }
  FS.writeFile(`${FOLDER}/startup_code.py`, SOURCE);
  module.API.rawRun(
    `(lambda g: (exec(open("${FOLDER}/startup_code.py", "rb").read(), g),` +
      ` g["install"]("${FOLDER}/code")))({})`,
  );
}

// CREATE (a Pyodide createPyodideModule), made to start an interpreter for a
// snapshot with the code kept in STORE.
export function keepingStartupCode(create, store) {
  return async (settings) => {
    const module = await create(settings);
    if (settings.API?.config?._makeSnapshot) install(module, store);
    return module;
  };
}

// In PY, an interpreter started by keepingStartupCode's function: zipimport
// as it was, and the code this start compiled kept, in this worker and in
// STORE, for the next. Returns how many modules it compiled.
export function storeStartupCode(py, store) {
  const namespace = py.globals.get("dict")();
  const compiled = py.runPython(
    'import zipimport\nzipimport.__dict__.get("_importdemo_uninstall", lambda: 0)()',
    { globals: namespace },
  );
  namespace.destroy(); // a proxy still held would keep the namespace in the snapshot
  const { FS } = py;
  const folder = `${FOLDER}/code`;
  if (!FS.analyzePath(folder).exists) return compiled;
  const names = FS.readdir(folder).filter((name) => name !== "." && name !== "..");
  if (compiled > 0) {
    kept = pack(names.map((name) => [name, FS.readFile(`${folder}/${name}`)]));
    store.writeBeside(STORED, kept);
  }
  for (const name of names) FS.unlink(`${folder}/${name}`);
  FS.rmdir(folder);
  FS.unlink(`${FOLDER}/startup_code.py`);
  FS.rmdir(FOLDER);
  return compiled;
}
