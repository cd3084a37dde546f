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
//
// Restoring an interpreter costs several times what running a typical example
// does, so the worker restores the next interpreter for the usual arguments
// (`python main.py`) as soon as it has answered a run, while its caller works
// on other things: the next such request only mounts its folders in it, and
// runs. That interpreter has run nothing before; each is used for one run.
// See pyodide_files.mjs, sparse_copy.mjs and lazy_symbols.mjs for what makes a
// restore cheaper, and startup_code.mjs for what makes a snapshot cheaper.
import { createHash } from "node:crypto";
import { readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

import { patchedGlue } from "./lazy_symbols.mjs";
import { readPyodideOnce } from "./pyodide_files.mjs";
import { SnapshotStore } from "./snapshot_store.mjs";
import { copySparsely } from "./sparse_copy.mjs";
import { keepingStartupCode, storeStartupCode } from "./startup_code.mjs";

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

// run_setup.py's code, compiled (marshal) once per worker, in an interpreter
// that is then thrown away (see compileRunSetup): compiling it again in each
// restored interpreter cost a run ~2.5 ms. Null until then.
let runSetupCode = null;

// Call ACTION with a function that records each Python proxy it makes, then
// let them go (a proxy that JavaScript still holds keeps its object alive,
// in a snapshot too).
function withProxies(action) {
  const proxies = [];
  try {
    return action((proxy) => (proxies.push(proxy), proxy));
  } finally {
    for (const proxy of proxies) proxy.destroy();
  }
}

// A namespace holding run_setup.py's functions, in the interpreter *py*: from
// the compiled code in a restored interpreter; FROM_SOURCE in one started for
// a snapshot, so that what a snapshot holds never depends on what its worker
// did before.
function runSetup(py, { fromSource = false } = {}) {
  const setup = py.globals.get("dict")();
  if (fromSource || runSetupCode === null) {
    py.runPython(RUN_SETUP, { globals: setup });
    return setup;
  }
  withProxies((held) => {
    const marshal = held(py.pyimport("marshal"));
    held(py.globals.get("exec"))(held(marshal.loads(held(py.toPy(runSetupCode)))), setup);
  });
  return setup;
}

// Compile run_setup.py in PY, an interpreter no run or snapshot will use.
function compileRunSetup(py) {
  withProxies((held) => {
    const code = held(held(py.globals.get("compile"))(RUN_SETUP, "run_setup.py", "exec"));
    runSetupCode = held(held(py.pyimport("marshal")).dumps(code)).toJs();
  });
}

readPyodideOnce(pyodideFolder);
// Pyodide's set-up code, patched to make restores cheaper (see lazy_symbols.mjs).
const glue = await patchedGlue(pyodideFolder);

// Pyodide's lock file, read once (Pyodide reads it at every loadPyodide).
const PYODIDE_LOCK = readFileSync(`${pyodideFolder}/pyodide-lock.json`, "utf8");
// The interpreter's environment: this process's, with HOME at the example,
// since CPython resolves main.py against the current folder, which Pyodide
// sets to HOME when it starts; prepare_snapshot then points HOME at SCRATCH.
const ENV = { ...process.env, HOME: EXAMPLE };

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
        readFileSync(new URL("./pyodide_files.mjs", import.meta.url), "utf8"),
        readFileSync(new URL("./snapshot_store.mjs", import.meta.url), "utf8"),
        readFileSync(new URL("./startup_code.mjs", import.meta.url), "utf8"),
        readFileSync(new URL("./startup_code.py", import.meta.url), "utf8"),
        glue.hash, // a snapshot holds table slots, which the glue chooses
        RUN_SETUP,
        Object.entries(ENV).sort(),
      ]),
    )
    .digest("hex")
    .slice(0, 16),
);

// How loadPyodide sets up an interpreter: Pyodide 314 and later take the
// function as an option, 0.29 reads its global.
const create = keepingStartupCode(glue.create, store);
globalThis._createPyodideModule = create;

// Pyodide adds the program's name to the list of arguments it is given.
const options = (args) => ({
  indexURL: `${pyodideFolder}/`,
  lockFileContents: PYODIDE_LOCK,
  args: [...args],
  env: { ...ENV },
  createPyodideModule: create,
});

// A snapshot of a started interpreter. A start that compiled modules (the
// first for this engine) is started again from the code it kept, which
// compiles nothing, so that every snapshot holds the same garbage-collector
// counts (see startup_code.mjs).
async function makeSnapshot(args) {
  const start = () =>
    loadPyodide({
      ...options(args),
      _makeSnapshot: true,
      fsInit: async (FS) => {
        FS.mkdirTree(EXAMPLE);
        FS.mkdirTree(SCRATCH);
      },
    });
  let py = await start();
  if (storeStartupCode(py, store) > 0) {
    py = await start();
    storeStartupCode(py, store);
  }
  withProxies((held) =>
    held(held(runSetup(py, { fromSource: true })).get("prepare_snapshot"))(SCRATCH),
  );
  const snapshot = py.makeMemorySnapshot();
  if (runSetupCode === null) compileRunSetup(py); // taken: py is thrown away
  return snapshot;
}

// A fresh interpreter restored from BYTES, a snapshot for ARGS (as Pyodide
// left it: run_setup.py not run).
const loadFrom = (args, bytes) =>
  loadPyodide({
    ...options(args),
    _loadSnapshot: bytes,
    fsInit: async (FS) => FS.mkdirTree(SCRATCH),
  });

// The snapshot of each list of arguments: {bytes, checked}; checked says that
// it was made here, or that an interpreter was restored from it here.
const snapshots = new Map();

async function snapshotFor(args) {
  const key = JSON.stringify(args);
  if (!snapshots.has(key)) {
    const { bytes, stored } = await store.get(args, () => makeSnapshot(args));
    snapshots.set(key, { bytes, checked: !stored });
    copySparsely(bytes);
  }
  return snapshots.get(key);
}

// A fresh interpreter restored from the snapshot for ARGS, set up to run a
// program as `python ARGS...` does; its finish() runs what CPython runs when
// the program ends, and returns the exit status SystemExit asked for, if any.
// A stored snapshot that Pyodide refuses is made again, and replaced in the store.
async function restore(args) {
  const snapshot = await snapshotFor(args);
  const load = () => loadFrom(args, snapshot.bytes);
  let py = null;
  if (!snapshot.checked) {
    try {
      py = await load();
    } catch {
      snapshot.bytes = await makeSnapshot(args);
      copySparsely(snapshot.bytes);
      store.write(args, snapshot.bytes);
    }
    snapshot.checked = true;
  }
  py ??= await load();
  const write = (buffer) => {
    answer({ out: Buffer.from(buffer).toString("base64") });
    return buffer.length;
  };
  py.setStdout({ write });
  py.setStderr({ write });
  py.setStdin({ stdin: () => null }); // empty, as the runner's native runs have
  // The proxies go at once, not when JavaScript's collector gets to them:
  // freeing their objects then would change the interpreter under the run.
  const finish = withProxies((held) =>
    held(held(runSetup(py)).get("prepare_run"))(held(py.toPy(Object.keys(process.env)))),
  );
  return { py, finish };
}

// `python main.py`: the arguments nearly every run uses.
const USUAL = ["main.py"];
// An interpreter for USUAL restored ahead of its request (a promise), or null.
let ahead = null;

function restoreAhead() {
  ahead = restore(USUAL).catch(() => null); // the request restores again, and reports why
}

async function run(request) {
  let interpreter = await ahead; // one restore at a time: the one under way first
  if (JSON.stringify(request.args) === JSON.stringify(USUAL)) {
    ahead = null;
  } else {
    interpreter = null; // kept for the next usual run
  }
  interpreter ??= await restore(request.args);
  const { FS } = interpreter.py;
  const mounts = [
    [request.cwd, EXAMPLE],
    [request.scratch, SCRATCH],
    ...request.mounts.map((folder) => [folder, folder]),
  ];
  for (const [host, inside] of mounts) {
    FS.mkdirTree(inside);
    FS.mount(FS.filesystems.NODEFS, { root: host }, inside);
  }
  answer({ started: true });
  const status = interpreter.py._module._run_main();
  const asked = interpreter.finish();
  interpreter.finish.destroy();
  answer({ status: asked ?? status });
}

const usual = await snapshotFor(USUAL); // ready before the first request
if (runSetupCode === null) {
  // The snapshot was read, not made here: compile in an interpreter of its own.
  try {
    compileRunSetup(await loadFrom(USUAL, usual.bytes));
  } catch {
    // a snapshot Pyodide refuses: the first restore makes it again, and compiles
  }
}
answer({ ready: true });
restoreAhead();
for await (const line of createInterface({ input: process.stdin })) {
  try {
    await run(JSON.parse(line));
  } catch (error) {
    answer({ error: String(error?.stack ?? error) });
  }
  if (ahead === null) restoreAhead();
}
