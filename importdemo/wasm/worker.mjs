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
import { writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const EXAMPLE = "/importdemo/example";
const SCRATCH = "/importdemo/scratch";

const pyodideFolder = process.argv[2];
const { loadPyodide } = await import(pathToFileURL(`${pyodideFolder}/pyodide.mjs`).href);

const answer = (message) => writeSync(1, `${JSON.stringify(message)}\n`);

// Run in each new interpreter before its snapshot is taken.
const SNAPSHOT_SETUP = `
import os
os.environ["HOME"] = os.environ["TMPDIR"] = ${JSON.stringify(SCRATCH)}
`;

// Run in each restored interpreter, in a namespace of its own (Pyodide sets
// sys.excepthook and __main__ again when it restores one). Pyodide starts
// CPython with sys.flags.inspect set (for its console), so an uncaught
// SystemExit would print a traceback: handle it as CPython's main does.
const RUN_SETUP = `
import atexit, os, sys
sys.modules["__main__"].__dict__.pop("_pyodide_core", None)
# The program sees this process's environment (the runner's fixed one) and
# nothing that Emscripten or Pyodide add (USER, PWD, PYTHONINSPECT, ...).
for name in set(os.environ) - {"HOME", "TMPDIR", *${JSON.stringify(Object.keys(process.env))}}:
    del os.environ[name]
# Pyodide turns bytecode caching off (a browser has nowhere to keep it); a
# native python main.py writes __pycache__, and so does this run (into the
# example's temporary copy), so that imports show the same loading steps.
sys.dont_write_bytecode = False
# What CPython does when the program ends; bound now, so that running it
# imports nothing (a traced run would show the import).
def finish():
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
status = [None]
def hook(kind, value, tb, *, status=status, show=sys.excepthook):
    if not issubclass(kind, SystemExit):
        return show(kind, value, tb)
    code = value.code
    if code is None:
        status[0] = 0
    elif isinstance(code, int):
        status[0] = code & 0xFF
    else:
        print(code, file=sys.stderr)
        status[0] = 1
sys.excepthook = hook
`;

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
    py.runPython(SNAPSHOT_SETUP, { globals: py.globals.get("dict")() });
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
  const setup = py.globals.get("dict")();
  py.runPython(RUN_SETUP, { globals: setup });
  answer({ started: true });
  const status = py._module._run_main();
  setup.get("finish")();
  answer({ status: setup.get("status").get(0) ?? status });
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
