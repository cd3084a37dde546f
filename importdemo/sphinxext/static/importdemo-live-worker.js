// A module Web Worker that runs examples in CPython compiled to WebAssembly,
// the way the tests run them (importdemo/runner/wasm/worker.mjs): CPython's own main
// runs the program, each run in a FRESH interpreter restored from a memory
// snapshot of one that has just started, prepared by the same Python code
// (run_setup.py). Nothing of an earlier run survives.
//
//   to the worker:   {init: {runtime: URL, setup: URL, tracer: URL, environment: {...},
//                            example: PATH, scratch: PATH, sizes: {FILE: BYTES}}}
//                    {prepare: [ARGS...]}: make the snapshot a run with ARGS starts from
//                    {run: {files: {PATH: TEXT}, args: [...], tracer: PATH or null}}
//   from the worker: {progress: [LOADED, TOTAL]}, {ready: true},
//                    {started: true}, {out: TEXT}... {status: N}, or {error: TEXT}
//
// The page's script ends the worker when a run passes the tests' timeout.
let settings; // what init sent
let EXAMPLE; // the example's folder: <example> in outputs
let SCRATCH; // HOME and TMPDIR
let loadPyodide;
let lockFile;
let setupCode;
let tracerCode;
const snapshots = new Map();

// Count the bytes of the runtime's downloads, so the page can show progress.
function countDownloads(sizes) {
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  let loaded = 0;
  const plainFetch = globalThis.fetch;
  globalThis.fetch = async (...args) => {
    const response = await plainFetch(...args);
    if (!response.body) return response;
    const counting = new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        postMessage({ progress: [Math.min(loaded, total), total] });
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counting), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return () => {
    globalThis.fetch = plainFetch;
  };
}

async function text(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.text();
}

function options(args, fsInit) {
  return {
    indexURL: settings.runtime,
    lockFileContents: lockFile,
    args,
    // CPython resolves main.py against the current folder, which Pyodide
    // sets to HOME when it starts; prepare_snapshot then sets HOME to SCRATCH.
    env: { ...settings.environment, HOME: EXAMPLE },
    fsInit,
  };
}

function runSetup(py) {
  const setup = py.globals.get("dict")();
  py.runPython(setupCode, { globals: setup });
  return setup;
}

async function snapshotFor(args) {
  const key = JSON.stringify(args);
  if (!snapshots.has(key)) {
    const py = await loadPyodide({
      ...options(args, (FS) => {
        FS.mkdirTree(EXAMPLE);
        FS.mkdirTree(SCRATCH);
      }),
      _makeSnapshot: true,
    });
    runSetup(py).get("prepare_snapshot")(SCRATCH);
    snapshots.set(key, py.makeMemorySnapshot());
  }
  return snapshots.get(key);
}

async function init(init) {
  settings = init;
  EXAMPLE = init.example;
  SCRATCH = init.scratch;
  const stopCounting = countDownloads(init.sizes);
  try {
    const lock = fetch(new URL("pyodide-lock.json", init.runtime)).then((r) => r.json());
    [{ loadPyodide }, setupCode, tracerCode] = await Promise.all([
      import(new URL("pyodide.mjs", init.runtime).href),
      text(init.setup),
      text(init.tracer),
    ]);
    lockFile = await lock;
    await snapshotFor(["main.py"]);
  } finally {
    stopCounting();
  }
}

function write(path, contents, FS) {
  const folder = path.slice(0, path.lastIndexOf("/"));
  FS.mkdirTree(folder);
  FS.writeFile(path, contents);
}

async function run({ files, args, tracer }) {
  const snapshot = await snapshotFor(args);
  const py = await loadPyodide({
    ...options(args, (FS) => {
      FS.mkdirTree(SCRATCH);
      FS.mkdirTree(EXAMPLE);
      for (const [path, contents] of Object.entries(files)) {
        write(`${EXAMPLE}/${path}`, contents, FS);
      }
      if (tracer) write(tracer, tracerCode, FS);
    }),
    _loadSnapshot: snapshot,
  });
  // stdout and stderr, in the order written; bytes decoded as one stream.
  const decoder = new TextDecoder();
  const writer = {
    write(buffer) {
      postMessage({ out: decoder.decode(buffer, { stream: true }) });
      return buffer.length;
    },
  };
  py.setStdout(writer);
  py.setStderr(writer);
  py.setStdin({ stdin: () => null }); // empty, as the runner's runs have
  const finish = runSetup(py).get("prepare_run")(py.toPy(Object.keys(settings.environment)));
  postMessage({ started: true });
  const status = py._module._run_main();
  const asked = finish();
  const rest = decoder.decode();
  if (rest) postMessage({ out: rest });
  postMessage({ status: asked ?? status });
}

let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    try {
      if (data.init) {
        await init(data.init);
        postMessage({ ready: true });
      } else if (data.prepare) {
        await snapshotFor(data.prepare); // ahead of a run with these arguments
      } else if (data.run) {
        await run(data.run);
      }
    } catch (error) {
      postMessage({ error: String(error?.stack ?? error) });
    }
  });
};
