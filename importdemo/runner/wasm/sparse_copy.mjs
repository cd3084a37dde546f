// Restoring a memory snapshot without writing the pages that are zero on both sides.
//
// Pyodide restores an interpreter by copying the whole snapshot into the new
// instance's memory (Module.HEAP8.set(heap)). About half of a fresh
// interpreter's memory is zero pages (a third for CPython 3.13), and a new
// instance's memory is zero except where the module's own data went, so the
// copy writes, and makes the system allocate, tens of megabytes of zeros: a
// fifth of a restore's cost.
//
// copySparsely(bytes) registers a snapshot. From then on, copying a view of
// its buffer into an Int8Array (as restoring does) skips each zero page of
// the source whose place in the target is zero already, and copies the rest;
// the target ends the same as a whole copy leaves it. Other copies are left
// to the ordinary Int8Array.prototype.set.

const PAGE = 4096;
const ZEROS = Buffer.alloc(16 * PAGE);

// Registered snapshot buffers: for each, the nonzero runs of each view of it
// copied so far, by "byteOffset:length".
const snapshots = new WeakMap();

// Whether VIEW (a Buffer) is zero from START to END.
function zeroBetween(view, start, end) {
  for (let at = start; at < end; at += ZEROS.length) {
    const stop = Math.min(end, at + ZEROS.length);
    if (view.compare(ZEROS, 0, stop - at, at, stop) !== 0) return false;
  }
  return true;
}

// [start, end) of the runs of SOURCE's pages that hold a nonzero byte.
function nonzeroRuns(source) {
  const view = Buffer.from(source.buffer, source.byteOffset, source.length);
  const runs = [];
  let start = -1;
  for (let page = 0; page < source.length; page += PAGE) {
    const end = Math.min(page + PAGE, source.length);
    const zero = zeroBetween(view, page, end);
    if (!zero && start < 0) start = page;
    if (zero && start >= 0) {
      runs.push([start, page]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, source.length]);
  return runs;
}

// Copy the Uint8Array SOURCE into the start of the Int8Array TARGET, as
// TARGET.set(SOURCE) does, writing only where that changes something.
function copyInto(target, source, runs) {
  const view = Buffer.from(target.buffer, target.byteOffset, source.length);
  let done = 0;
  for (const [start, end] of [...runs, [source.length, source.length]]) {
    if (start > done && !zeroBetween(view, done, start)) {
      view.set(source.subarray(done, start), done);
    }
    view.set(source.subarray(start, end), start);
    done = end;
  }
}

const set = Int8Array.prototype.set;
Int8Array.prototype.set = function (source, offset = 0) {
  const views = source instanceof Uint8Array ? snapshots.get(source.buffer) : undefined;
  if (views === undefined || offset !== 0 || source.length > this.length) {
    return set.call(this, source, offset);
  }
  const key = `${source.byteOffset}:${source.length}`;
  if (!views.has(key)) views.set(key, nonzeroRuns(source));
  copyInto(this, source, views.get(key));
  return undefined;
};

// Copy views of BYTES (a snapshot) sparsely from now on.
export function copySparsely(bytes) {
  if (!snapshots.has(bytes.buffer)) snapshots.set(bytes.buffer, new Map());
}
