// Run an example in CPython compiled to WebAssembly (Pyodide), as `python main.py` runs it.
//
//   node run-main.mjs '{"pyodide": DIR, "cwd": DIR, "mounts": [DIR, ...]}' [PYTHON ARGS...]
//
// The current folder (the example's copy) and each folder in "mounts" (the
// scratch folder for HOME and TMPDIR, the tracer's folder) are mounted at
// their own paths, so the interpreter sees the same files at the same paths as
// a native run. PYTHON ARGS are python's: main.py or -m MODULE, then the
// example's arguments. CPython's own main runs the program: sys.argv, sys.path[0],
// tracebacks and exit statuses are CPython's. stdout and stderr are written,
// unbuffered and in order, to this process's stdout; the exit status is the
// program's. This process's environment is the program's os.environ.
import { writeSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [request, ...args] = process.argv.slice(2);
const { pyodide: pyodideFolder, cwd, mounts } = JSON.parse(request);
const { loadPyodide } = await import(pathToFileURL(`${pyodideFolder}/pyodide.mjs`).href);

const write = (buffer) => {
  writeSync(1, buffer);
  return buffer.length;
};
const py = await loadPyodide({
  indexURL: `${pyodideFolder}/`,
  args,
  // CPython's main resolves main.py against the current folder, which
  // Pyodide sets to HOME at start-up; HOME is then set back below.
  env: { ...process.env, HOME: cwd },
  fsInit: async (FS) => {
    for (const folder of [cwd, ...mounts]) {
      FS.mkdirTree(folder);
      FS.mount(FS.filesystems.NODEFS, { root: folder }, folder);
    }
  },
});
py.setStdout({ write });
py.setStderr({ write });

// Pyodide starts CPython with sys.flags.inspect set (for its console), so an
// uncaught SystemExit would print a traceback: handle it as CPython's main
// does. Nothing of this setup is left in __main__ or os.environ.
const setup = py.globals.get("dict")();
py.runPython(
  `
import os, sys
os.environ["HOME"] = ${JSON.stringify(process.env.HOME ?? "")}
sys.modules["__main__"].__dict__.pop("_pyodide_core", None)
status = [None]
def handle(kind, value, tb, *, status=status, show=sys.excepthook):
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
sys.excepthook = handle
`,
  { globals: setup },
);
const status = py._module._run_main();
py.runPython("import atexit, sys\natexit._run_exitfuncs()\nsys.stdout.flush()\nsys.stderr.flush()", {
  globals: py.globals.get("dict")(),
});
process.exitCode = setup.get("status").get(0) ?? status;
