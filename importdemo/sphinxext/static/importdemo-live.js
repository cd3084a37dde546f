// Run, edit and trace the page's examples in the reader's browser.
//
// The build (importdemo/sphinxext/live.py) puts each example's data in a
// <script type="application/json" class="importdemo-live-data"> and the
// runtimes' settings in _static/importdemo-live/settings.json. Runs happen in
// a module Web Worker (importdemo-live-worker.js), one per runtime, each run
// in a fresh interpreter. Everything a program prints is inserted as text
// (textContent), never as HTML.
const STATIC = new URL(".", import.meta.url);
const PREFIX = "\u2502 "; // importdemo.tracing.PREFIX
const FAILURES = new Set(["fail", "remove"]);
const INDENT = "    ";

let settingsLoaded;
function settings() {
  settingsLoaded ??= fetch(new URL("importdemo-live/settings.json", STATIC)).then((response) => {
    if (!response.ok) throw new Error(`settings.json: ${response.status}`);
    return response.json();
  });
  return settingsLoaded;
}

function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) made.setAttribute(name, value);
  }
  made.append(...children); // strings become text nodes
  return made;
}

// Lines as Python's str.splitlines() cuts them.
function splitLines(text) {
  const lines = text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

// The timeline the pages show for a traced run (importdemo/tracing/timeline.py),
// the steps in the set `highlight` (importdemo_highlight_steps) highlighted.
export function timeline(output, highlight = new Set()) {
  const box = element("div", { class: "importdemo-timeline" });
  const row = (classes, depth) => {
    const made = element("div", { class: classes });
    made.style.setProperty("--importdemo-depth", String(depth));
    box.append(made);
    return made;
  };
  let depth = 0;
  for (const line of splitLines(output)) {
    if (!line.startsWith(PREFIX)) {
      row("importdemo-printed", depth).textContent = line || "\u00a0";
      continue;
    }
    const body = line.slice(PREFIX.length);
    const indent = Math.floor((body.length - body.replace(/^ +/, "").length) / 2);
    const stripped = body.trim();
    const space = stripped.indexOf(" ");
    const step = space < 0 ? stripped : stripped.slice(0, space);
    const text = space < 0 ? "" : stripped.slice(space + 1).trim();
    const starts = text.endsWith(": start") || text.includes(": start,");
    if (step === "exec" && !starts) depth = indent; // the module's code has ended or raised
    const kind = FAILURES.has(step) ? "failure" : highlight.has(step) ? "highlighted" : "other";
    const made = row(`importdemo-step importdemo-step-${kind}`, indent);
    made.append(element("span", { class: "importdemo-step-name" }, step), ` ${text}`);
    if (step === "exec" && starts) depth = indent + 1;
  }
  return box;
}

// What the runner does to an output (importdemo.runner.normalise.normalise_output).
function normalise(text, config, runtime) {
  const replacements = [
    [config.example, "<example>"],
    [runtime.stdlib, "<stdlib>"],
  ].sort((a, b) => b[0].length - a[0].length);
  for (const [spelling, placeholder] of replacements) text = text.split(spelling).join(placeholder);
  text = text.replace(new RegExp(config.address, "g"), "0x...");
  return text && !text.endsWith("\n") ? `${text}\n` : text;
}

// A line diff, "-" for the expected output's lines and "+" for the live run's.
function lineDiff(expected, got) {
  const a = splitLines(expected);
  const b = splitLines(got);
  if (a.length * b.length > 4_000_000) {
    return [...a.map((line) => ["-", line]), ...b.map((line) => ["+", line])];
  }
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i] === b[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push([" ", a[i++]]);
      j++;
    } else if (j < b.length && (i === a.length || common[i * width + j + 1] >= common[(i + 1) * width + j])) {
      lines.push(["+", b[j++]]);
    } else {
      lines.push(["-", a[i++]]);
    }
  }
  return lines;
}

function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

// One Web Worker per runtime, shared by the page's examples, one run at a time.
class Runtime {
  constructor(config, entry) {
    this.config = config;
    this.entry = entry;
    this.worker = null;
    this.ready = null;
    this.handler = null;
    this.queue = Promise.resolve();
    this.onProgress = null;
  }

  start() {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL("importdemo-live-worker.js", STATIC), { type: "module" });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (worker !== this.worker) return;
        if (data.progress) this.onProgress?.(data.progress);
        else if (data.ready) resolve();
        else if (this.handler) this.handler(data);
        else if (data.error) reject(new Error(data.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const message = event.message || "the worker could not be loaded";
        if (this.handler) this.handler({ error: message });
        reject(new Error(message));
      };
    });
    this.ready.catch(() => this.stop());
    const { config, entry } = this;
    worker.postMessage({
      init: {
        runtime: new URL(entry.url, STATIC).href,
        setup: new URL(config.setup, STATIC).href,
        tracer: new URL(config.tracer, STATIC).href,
        environment: config.environment,
        example: config.example,
        scratch: config.scratch,
        sizes: entry.sizes,
      },
    });
    return this.ready;
  }

  // Start the interpreter that a run with these arguments needs, before it is asked for.
  prepare(args) {
    this.start()
      .then(() => this.worker?.postMessage({ prepare: args }))
      .catch(() => {});
  }

  stop() {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.handler = null;
  }

  // End a worker that is still running a program, and start its successor.
  replace() {
    this.stop();
    this.start().catch(() => {});
  }

  run(request, callbacks) {
    const outcome = this.queue.then(() => this.runNow(request, callbacks));
    this.queue = outcome.catch(() => {});
    return outcome;
  }

  async runNow(request, { onStart, onOut }) {
    await this.start();
    const { timeout, outputLimit } = this.config;
    const encoder = new TextEncoder();
    return new Promise((resolve) => {
      let timer;
      let bytes = 0;
      const end = (outcome) => {
        clearTimeout(timer);
        this.handler = null;
        resolve(outcome);
      };
      this.handler = (data) => {
        if (data.started) {
          onStart();
          timer = setTimeout(() => {
            this.replace();
            end({ timedOut: true });
          }, timeout * 1000);
        } else if (data.out !== undefined) {
          bytes += encoder.encode(data.out).length;
          if (bytes > outputLimit) {
            this.replace();
            end({ cut: true });
          } else {
            onOut(data.out);
          }
        } else if (data.status !== undefined) {
          end({ status: data.status });
        } else if (data.error) {
          this.replace();
          end({ error: data.error });
        }
      };
      this.worker.postMessage({ run: request });
    });
  }
}

const runtimes = new Map();
async function runtimeFor(minor) {
  const config = await settings();
  if (!runtimes.has(minor)) {
    const entry = config.runtimes.find((runtime) => runtime.minor === minor);
    if (!entry) throw new Error(`no runtime ${minor} in this build`);
    runtimes.set(minor, new Runtime(config, entry));
  }
  return runtimes.get(minor);
}

function storageGet(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the edits last as long as the page
  }
}

// A short fingerprint of the page's files: edits of older files are dropped.
function fingerprint(files) {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(files)) {
    hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

let counter = 0;

class LiveExample {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.example = root.closest(".importdemo-example") ?? root.parentElement;
    this.storageKey = `importdemo-live:${data.name}`;
    this.base = fingerprint(data.files);
    this.editors = new Map();
    this.running = false;
    this.id = `importdemo-live-${++counter}`;
    this.build();
    const saved = storageGet(this.storageKey);
    if (saved?.base === this.base && saved.files) {
      this.startEditing(saved.files);
      this.say("Your edited files, kept in this browser, are shown. Reset restores the page's files.");
    }
  }

  build() {
    const { data } = this;
    const choice = data.runtimes.some((runtime) => runtime.minor === "3.14")
      ? "3.14"
      : data.runtimes.at(-1).minor;
    this.select = element(
      "select",
      { id: `${this.id}-python`, class: "importdemo-live-python" },
      ...data.runtimes.map((runtime) =>
        element(
          "option",
          { value: runtime.minor, selected: runtime.minor === choice ? "" : null },
          `Python ${runtime.release}`,
        ),
      ),
    );
    const label = element("label", { for: this.select.id }, "Run in your browser on");
    const button = (text, help, action) => {
      const made = element("button", { type: "button", class: "importdemo-live-button", title: help }, text);
      made.addEventListener("click", action);
      return made;
    };
    this.runButton = button("Run", "Run the files shown, in a fresh Python in your browser", () =>
      this.run(false),
    );
    this.traceButton = button("Trace", "Run them with every step of each import shown", () =>
      this.run(true),
    );
    this.editButton = button("Edit", "Edit the files above, in place", () => this.toggleEditing());
    this.editButton.setAttribute("aria-pressed", "false");
    this.resetButton = button("Reset", "Restore the page's files", () => this.reset());
    for (const [started, trace] of [
      [this.runButton, false],
      [this.traceButton, true],
    ]) {
      started.addEventListener("pointerenter", () => this.warm(trace));
      started.addEventListener("focus", () => this.warm(trace));
    }
    this.hint = element(
      "p",
      { id: `${this.id}-hint`, class: "importdemo-live-hint", hidden: "" },
      "In an editor, Tab indents and Shift+Tab unindents; press Esc, then Tab, to move on.",
    );
    this.progress = element("progress", { class: "importdemo-live-progress", hidden: "", "aria-label": "Loading Python" });
    this.status = element("p", { class: "importdemo-live-status", role: "status", "aria-live": "polite" });
    this.output = element("pre", {
      class: "importdemo-live-output",
      hidden: "",
      tabindex: "0",
      "aria-live": "polite",
      "aria-label": "Output of the run in your browser",
    });
    this.verdict = element("p", { class: "importdemo-live-verdict", "aria-live": "polite" });
    this.diff = element("pre", {
      class: "importdemo-live-diff",
      hidden: "",
      tabindex: "0",
      "aria-label": "Differences from the page's output",
    });
    const bar = element(
      "div",
      {
        class: "importdemo-live-bar",
        role: "group",
        "aria-label": `Run ${data.name} in your browser`,
      },
      label,
      this.select,
      this.runButton,
      this.traceButton,
      this.editButton,
      this.resetButton,
    );
    this.root.append(bar, this.hint, this.progress, this.status, this.output, this.verdict, this.diff);
  }

  say(text) {
    this.status.textContent = text;
  }

  runtimeEntry() {
    return this.data.runtimes.find((runtime) => runtime.minor === this.select.value);
  }

  // Load the runtime when the reader points at Run or Trace, not with the page.
  warm(trace) {
    runtimeFor(this.select.value)
      .then((runtime) => (trace ? runtime.prepare(this.data.traceArgs) : runtime.start()))
      .catch(() => {}); // reported when the reader runs it
  }

  codeBlocks() {
    const blocks = [...this.example.querySelectorAll(".importdemo-code")];
    return blocks.length === this.data.files.length ? blocks : [];
  }

  startEditing(saved = {}) {
    const blocks = this.codeBlocks();
    this.data.files.forEach((file, index) => {
      const block = blocks[index];
      if (!block || file.text === undefined || this.editors.has(file.path)) return;
      const editor = element("textarea", {
        class: "importdemo-live-editor",
        spellcheck: "false",
        autocapitalize: "off",
        autocomplete: "off",
        "aria-label": `${file.path} (editable)`,
        "aria-describedby": this.hint.id,
      });
      editor.value = saved[file.path] ?? file.text;
      editor.rows = Math.max(3, splitLines(editor.value).length + 1);
      editor.addEventListener("keydown", (event) => this.onKey(event, editor));
      editor.addEventListener("input", () => this.save());
      block.hidden = true;
      block.after(editor);
      this.editors.set(file.path, editor);
    });
    const editing = this.editors.size > 0;
    this.hint.hidden = !editing;
    this.editButton.setAttribute("aria-pressed", String(editing));
  }

  stopEditing() {
    const blocks = this.codeBlocks();
    for (const block of blocks) block.hidden = false;
    for (const editor of this.editors.values()) editor.remove();
    this.editors.clear();
    this.hint.hidden = true;
    this.editButton.setAttribute("aria-pressed", "false");
  }

  toggleEditing() {
    if (this.editors.size) {
      if (this.edited()) {
        this.say("Your edits are kept: Reset restores the page's files.");
        return;
      }
      this.stopEditing();
    } else {
      this.startEditing();
      if (!this.editors.size) this.say("These files cannot be edited here.");
      else [...this.editors.values()][0].focus();
    }
  }

  onKey(event, editor) {
    if (event.key === "Escape") {
      editor.dataset.escaped = "1";
      return;
    }
    const escaped = editor.dataset.escaped === "1";
    delete editor.dataset.escaped;
    if (event.key !== "Tab" || escaped || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    const { selectionStart: start, value } = editor;
    if (event.shiftKey) {
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const spaces = value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0].length;
      if (!spaces) return;
      editor.setSelectionRange(lineStart, lineStart + spaces);
      if (!document.execCommand("delete")) editor.setRangeText("", lineStart, lineStart + spaces, "end");
      editor.setSelectionRange(Math.max(lineStart, start - spaces), Math.max(lineStart, start - spaces));
    } else if (!document.execCommand("insertText", false, INDENT)) {
      editor.setRangeText(INDENT, start, editor.selectionEnd, "end");
    }
    this.save();
  }

  currentTexts() {
    const texts = {};
    for (const file of this.data.files) {
      if (file.text !== undefined) texts[file.path] = this.editors.get(file.path)?.value ?? file.text;
    }
    return texts;
  }

  edited() {
    const texts = this.currentTexts();
    return this.data.files.some((file) => file.text !== undefined && texts[file.path] !== file.text);
  }

  save() {
    storageSet(this.storageKey, this.edited() ? { base: this.base, files: this.currentTexts() } : null);
  }

  reset() {
    storageSet(this.storageKey, null);
    this.stopEditing();
    this.output.hidden = true;
    this.output.replaceChildren();
    this.verdict.textContent = "";
    this.diff.hidden = true;
    this.say("The page's files are restored.");
  }

  request(trace) {
    const texts = this.currentTexts();
    const files = {};
    for (const file of this.data.files) {
      files[file.path] =
        file.text !== undefined
          ? texts[file.path]
          : Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
    }
    return {
      files,
      args: trace ? this.data.traceArgs : this.data.args,
      tracer: trace ? this.data.tracer : null,
    };
  }

  async run(trace) {
    if (this.running) return;
    this.running = true;
    this.root.setAttribute("aria-busy", "true");
    for (const button of [this.runButton, this.traceButton]) button.setAttribute("aria-disabled", "true");
    const clicked = performance.now();
    delete this.root.dataset.seconds;
    const entry = this.runtimeEntry();
    const edited = this.edited();
    this.output.replaceChildren();
    this.output.hidden = true;
    this.verdict.textContent = "";
    this.diff.hidden = true;
    this.diff.replaceChildren();
    let printed = "";
    try {
      const config = await settings();
      const runtime = await runtimeFor(entry.minor);
      const served = config.runtimes.find((item) => item.minor === entry.minor);
      if (!runtime.ready) {
        this.say(`Loading Python ${entry.release} into your browser…`);
        this.progress.hidden = false;
        this.progress.removeAttribute("value");
      }
      runtime.onProgress = ([loaded, total]) => {
        this.progress.hidden = false;
        this.progress.max = total;
        this.progress.value = loaded;
        this.say(`Loading Python ${entry.release} into your browser: ${megabytes(loaded)} of ${megabytes(total)} MB…`);
      };
      const outcome = await runtime.run(this.request(trace), {
        onStart: () => {
          this.progress.hidden = true;
          this.say(`Running on Python ${entry.release}…`);
          this.output.hidden = false;
        },
        onOut: (text) => {
          printed += text;
          if (!trace) this.output.append(text); // as text: never parsed as HTML
        },
      });
      runtime.onProgress = null;
      this.finish({ outcome, printed, trace, edited, entry, served, config, clicked });
    } catch (error) {
      this.say(`Python ${entry.release} could not run in your browser: ${error.message ?? error}`);
    } finally {
      this.root.dataset.seconds ??= ((performance.now() - clicked) / 1000).toFixed(2);
      this.progress.hidden = true;
      this.running = false;
      this.root.removeAttribute("aria-busy");
      for (const button of [this.runButton, this.traceButton]) button.removeAttribute("aria-disabled");
    }
  }

  finish({ outcome, printed, trace, edited, entry, served, config, clicked }) {
    let output = normalise(printed, config, served);
    let status = outcome.status;
    let message = "";
    if (outcome.timedOut) {
      output += `importdemo: timed out after ${config.timeout} seconds\n`;
      status = 124;
      message = ` Stopped after ${config.timeout} seconds, the limit the tests use; the next run starts a new Python.`;
    } else if (outcome.cut) {
      output += `importdemo: output cut at ${config.outputLimit} bytes\n`;
      status = 125;
      message = " Stopped: it printed more than the tests allow; the next run starts a new Python.";
    } else if (outcome.error) {
      status = null;
      message = ` The runtime failed: ${outcome.error.split("\n")[0]}`;
    }
    this.output.hidden = false;
    if (trace) this.output.replaceChildren(timeline(output, new Set(config.highlight)));
    else this.output.textContent = output;
    const seconds = ((performance.now() - clicked) / 1000).toFixed(2);
    this.root.dataset.seconds = seconds;
    const ended = status === null ? "" : status === 0 ? "" : `, exit status ${status}`;
    let limit = "";
    if (status) {
      for (const [pattern, reason] of config.notRunnable) {
        if (new RegExp(pattern, "m").test(output)) {
          limit = ` This is ${reason}.`;
          break;
        }
      }
    }
    this.say(`Ran on Python ${entry.release} in your browser in ${seconds} s${ended}.${message}${limit}`);
    if (edited || trace !== this.data.trace || entry.expected === null || status === null) return;
    const verified = entry.verified ? `the output verified on ${entry.verified}` : `the page's output for ${entry.minor}`;
    if (output === entry.expected && status === this.data.exitStatus) {
      this.verdict.textContent = `Matches ${verified}.`;
      this.verdict.className = "importdemo-live-verdict importdemo-live-match";
      return;
    }
    this.verdict.className = "importdemo-live-verdict importdemo-live-mismatch";
    const statusNote = status === this.data.exitStatus ? "" : ` (exit status ${status}, expected ${this.data.exitStatus})`;
    this.verdict.textContent = `Differs from ${verified}${statusNote}: - expected, + this run.`;
    for (const [mark, line] of lineDiff(entry.expected, output)) {
      const kind = mark === "-" ? "removed" : mark === "+" ? "added" : "same";
      this.diff.append(element("span", { class: `importdemo-live-${kind}` }, `${mark} ${line}\n`));
    }
    this.diff.hidden = false;
  }
}

for (const root of document.querySelectorAll(".importdemo-live")) {
  const script = root.querySelector("script.importdemo-live-data");
  if (!script) continue;
  try {
    new LiveExample(root, JSON.parse(script.textContent));
  } catch (error) {
    console.error("importdemo: cannot set up a live example", error);
  }
}
