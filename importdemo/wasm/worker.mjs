// A warm Node.js process that runs examples in CPython compiled to WebAssembly.
//
//   node worker.mjs PYODIDE_FOLDER
//
// Each request, one JSON line on stdin, runs one example in a FRESH interpreter,
// restored from a memory snapshot of one that has just started: nothing of an
// earlier run survives. A snapshot is made once per list of Python arguments
// (CPython fixes sys.argv and the path of main.py when it starts).
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
import { readFileSync, writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const EXAMPLE = "/importdemo/example";
const SCRATCH = "/importdemo/scratch";

const pyodideFolder = process.argv[2];
const { loadPyodide } = await import(pathToFileURL(`${pyodideFolder}/pyodide.mjs`).href);

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

const snapshots = new Map();

async function snapshotFor(args) {
  const key = JSON.stringify(args);
  if (!snapshots.has(key)) {
    const py = await loadPyodide({
      indexURL: `${pyodideFolder}/`,
      args,
      // CPython resolves main.py against the current folder, which Pyodide
      // sets to HOME when it starts; SETUP then sets HOME to the scratch folder.
      env: { ...process.env, HOME: EXAMPLE },
      _makeSnapshot: true,
      fsInit: async (FS) => {
        FS.mkdirTree(EXAMPLE);
        FS.mkdirTree(SCRATCH);
      },
    });
    runSetup(py).get("prepare_snapshot")(SCRATCH);
    snapshots.set(key, py.makeMemorySnapshot());
  }
  return snapshots.get(key);
}

async function run(request) {
  const snapshot = await snapshotFor(request.args);
  const py = await loadPyodide({
    indexURL: `${pyodideFolder}/`,
    args: request.args,
    env: { ...process.env, HOME: EXAMPLE },
    _loadSnapshot: snapshot,
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
