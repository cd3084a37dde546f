// A warm Node.js process that runs examples in CPython compiled to WebAssembly.
//
//   node worker.mjs PYODIDE_FOLDER [SNAPSHOT_FOLDER]
//
// Each request, one JSON line on stdin, runs one example in a FRESH interpreter,
// restored from a memory snapshot of one that has just started: nothing of an
// earlier run survives. A snapshot is needed per list of Python arguments
// (CPython fixes sys.argv and the path of main.py when it starts); each is
// made once and kept in SNAPSHOT_FOLDER, when given, so that later workers and
// later test runs restore from it instead of starting CPython (see
// snapshot_store.mjs).
//
//   request:  {"cwd": HOST_FOLDER, "mounts": [HOST_FOLDER, ...], "scratch": HOST_FOLDER,
//              "args": ["main.py", ...]}
//   answers:  {"started": true}, then {"out": BASE64} for each write to stdout or stderr,
//             in order, then {"status": N}; or {"error": TEXT}
//
// The example's folder is mounted at EXAMPLE, its scratch folder (HOME, TMPDIR)
// at SCRATCH, and each other mount (the tracer) at its own path. CPython's own
// main runs the program, so sys.argv, sys.path[0], tracebacks and exit statuses
// are CPython's. The interpreter's environment is this process's.
import { createHash } from "node:crypto";
import { readFileSync, writeSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

import { SnapshotStore } from "./snapshot_store.mjs";

const EXAMPLE = "/importdemo/example";
const SCRATCH = "/importdemo/scratch";

const pyodideFolder = resolve(process.argv[2]);
const snapshotFolder = process.argv[3] && resolve(process.argv[3]);
const { loadPyodide } = await import(pathToFileURL(`${pyodideFolder}/pyodide.mjs`).href);
const pyodideVersion = JSON.parse(readFileSync(`${pyodideFolder}/package.json`, "utf8")).version;

const answer = (message) => writeSync(1, `${JSON.stringify(message)}\n`);

// How a run is made to behave like `python main.py`: the same Python code as
// the site's browser worker runs (see run_setup.py).
const RUN_SETUP = readFileSync(new URL("./run_setup.py", import.meta.url), "utf8");

// A namespace holding run_setup.py's functions, in the interpreter *py*.
function runSetup(py) {
  const setup = py.globals.get("dict")();
  py.runPython(RUN_SETUP, { globals: setup });
  return setup;
}

// Read Pyodide's two big files once per process, and compile pyodide.asm.wasm
// once. Pyodide reads both and compiles the wasm file from its bytes at every
// loadPyodide, restores included. A compiled WebAssembly.Module is code only
// (each instance gets its own memory, table and globals), and the standard
// library's zip file is copied into each interpreter's own file system
// (FS.writeFile copies what it is given), so nothing is shared between runs.
const WASM_FILE = `${pyodideFolder}/pyodide.asm.wasm`;
const READ_ONCE = new Map(
  [WASM_FILE, `${pyodideFolder}/python_stdlib.zip`].map((path) => [path, readFileSync(path)]),
);
const readFile = fsPromises.readFile;
fsPromises.readFile = function (path, ...rest) {
  const bytes = rest.length === 0 ? READ_ONCE.get(path) : undefined;
  return bytes === undefined ? readFile.call(this, path, ...rest) : Promise.resolve(bytes);
};
syncBuiltinESMExports(); // Pyodide imports node:fs/promises as a namespace
const instantiate = WebAssembly.instantiate;
let compiled = null;
WebAssembly.instantiate = async function (source, imports) {
  if (source?.buffer !== READ_ONCE.get(WASM_FILE).buffer) {
    return instantiate.call(WebAssembly, source, imports);
  }
  compiled ??= await WebAssembly.compile(source);
  return { module: compiled, instance: await instantiate.call(WebAssembly, compiled, imports) };
};

// Pyodide's lock file, read once (Pyodide reads it at every loadPyodide).
const PYODIDE_LOCK = readFileSync(`${pyodideFolder}/pyodide-lock.json`, "utf8");
// The interpreter's environment: this process's, with HOME at the example,
// since CPython resolves main.py against the current folder, which Pyodide
// sets to HOME when it starts; prepare_snapshot then points HOME at SCRATCH.
const ENV = { ...process.env, HOME: EXAMPLE };

// Pyodide adds the program's name to the list of arguments it is given.
const options = (args) => ({
  indexURL: `${pyodideFolder}/`,
  lockFileContents: PYODIDE_LOCK,
  args: [...args],
  env: { ...ENV },
});

// Snapshots are kept in SNAPSHOT_FOLDER (see snapshot_store.mjs), under a key
// for all that they depend on besides the release and the arguments.
const store = new SnapshotStore(
  snapshotFolder,
  pyodideVersion,
  createHash("sha256")
    .update(
      JSON.stringify([
        pyodideFolder,
        process.version,
        readFileSync(new URL(import.meta.url), "utf8"),
        readFileSync(new URL("./snapshot_store.mjs", import.meta.url), "utf8"),
        RUN_SETUP,
        Object.entries(ENV).sort(),
      ]),
    )
    .digest("hex")
    .slice(0, 16),
);

async function makeSnapshot(args) {
  const py = await loadPyodide({
    ...options(args),
    _makeSnapshot: true,
    fsInit: async (FS) => {
      FS.mkdirTree(EXAMPLE);
      FS.mkdirTree(SCRATCH);
    },
  });
  runSetup(py).get("prepare_snapshot")(SCRATCH);
  return py.makeMemorySnapshot();
}

// The snapshot of each list of arguments: {bytes, checked}; checked says that
// it was made here, or that an interpreter was restored from it here.
const snapshots = new Map();

async function snapshotFor(args) {
  const key = JSON.stringify(args);
  if (!snapshots.has(key)) {
    const { bytes, stored } = await store.get(args, () => makeSnapshot(args));
    snapshots.set(key, { bytes, checked: !stored });
  }
  return snapshots.get(key);
}

// A fresh interpreter restored from the snapshot for the request's arguments,
// the example's folders mounted. A stored snapshot that Pyodide refuses is
// made again, and replaced in the store.
async function restore(request) {
  const snapshot = await snapshotFor(request.args);
  const load = () =>
    loadPyodide({
      ...options(request.args),
      _loadSnapshot: snapshot.bytes,
      fsInit: async (FS) => {
        const mounts = [
          [request.cwd, EXAMPLE],
          [request.scratch, SCRATCH],
          ...request.mounts.map((folder) => [folder, folder]),
        ];
        for (const [host, inside] of mounts) {
          FS.mkdirTree(inside);
          FS.mount(FS.filesystems.NODEFS, { root: host }, inside);
        }
      },
    });
  if (!snapshot.checked) {
    try {
      const py = await load();
      snapshot.checked = true;
      return py;
    } catch {
      snapshot.bytes = await makeSnapshot(request.args);
      snapshot.checked = true;
      store.write(request.args, snapshot.bytes);
    }
  }
  return load();
}

async function run(request) {
  const py = await restore(request);
  const write = (buffer) => {
    answer({ out: Buffer.from(buffer).toString("base64") });
    return buffer.length;
  };
  py.setStdout({ write });
  py.setStderr({ write });
  py.setStdin({ stdin: () => null }); // empty, as the runner's native runs have
  const finish = runSetup(py).get("prepare_run")(py.toPy(Object.keys(process.env)));
  answer({ started: true });
  const status = py._module._run_main();
  answer({ status: finish() ?? status });
}

await snapshotFor(["main.py"]); // the usual run, ready before the first request
answer({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  try {
    await run(JSON.parse(line));
  } catch (error) {
    answer({ error: String(error?.stack ?? error) });
  }
}
