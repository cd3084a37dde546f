// Memory snapshots of fresh interpreters, kept on disk and shared by workers.
//
// Starting CPython in WebAssembly costs a quarter of a second of CPU or
// more (over a second before the start-up code is stored, see
// startup_code.mjs); restoring an interpreter from a memory snapshot of one
// that has just started costs a fifth of that. A worker needs one snapshot
// per list of Python arguments. The store keeps each in a file, so that a
// worker starting later, in this process or in another (another
// pytest-xdist worker, the next test run, a docs build), reads it instead
// of starting CPython.
//
// A file is named by the release, the worker's "engine" key (whatever else
// the snapshot depends on: the worker's source, its environment, ...) and the
// arguments. It is compressed with a checksum (zstd, or gzip where Node.js
// lacks zstd), written under a temporary name and renamed into place, so a
// reader sees a whole file or none; a file that does not decompress is a
// miss, made again and replaced. While one worker makes a snapshot, it holds
// a lock file, and other workers wait for its file rather than make it too.
// The store also keeps, the same way, other files an engine needs to make
// snapshots (see startup_code.mjs). Files unused for a day, or made by another
// engine and unused for an hour, are removed when a new one is written.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import zlib from "node:zlib";

export const HOUR_MS = 3600 * 1000;
// A lock older than this was left by a worker that ended while making its
// snapshot (which takes seconds; a minute on a machine under heavy load).
const LOCK_STALE_MS = 60 * 1000;
const POLL_MS = 100;

const ZSTD = typeof zlib.zstdCompressSync === "function";
const CODEC = ZSTD
  ? {
      suffix: ".zst",
      compress: (bytes) =>
        zlib.zstdCompressSync(bytes, {
          params: {
            [zlib.constants.ZSTD_c_compressionLevel]: 1,
            [zlib.constants.ZSTD_c_checksumFlag]: 1,
          },
        }),
      decompress: (bytes) => zlib.zstdDecompressSync(bytes),
    }
  : {
      suffix: ".gz",
      compress: (bytes) => zlib.gzipSync(bytes, { level: 1 }),
      decompress: (bytes) => zlib.gunzipSync(bytes),
    };

// Do ACTION; a store that cannot be written or kept tidy is still a store.
function quietly(action) {
  try {
    action();
  } catch {
    // left as it is
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Milliseconds since PATH was last written, or null when there is no such file.
export function ageMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return null; // no such file
  }
}

export class SnapshotStore {
  // Files go to FOLDER/RELEASE/; without a folder, nothing is kept.
  constructor(folder, release, engine) {
    this.folder = folder ? `${folder}/${release}` : null;
    this.engine = engine;
  }

  path(args) {
    if (this.folder === null) return null;
    const key = createHash("sha256").update(JSON.stringify(args)).digest("hex").slice(0, 16);
    return `${this.folder}/${this.engine}-${key}.snapshot${CODEC.suffix}`;
  }

  // Where the engine's file NAME is kept (NAME is never a snapshot's key).
  #pathBeside(name) {
    return this.folder === null ? null : `${this.folder}/${this.engine}-${name}${CODEC.suffix}`;
  }

  // The stored snapshot for ARGS, or null when there is none or it is damaged.
  read(args) {
    return this.#read(this.path(args));
  }

  // The engine's file NAME, as written by writeBeside, or null.
  readBeside(name) {
    return this.#read(this.#pathBeside(name));
  }

  // Store BYTES as the engine's file NAME, replacing any.
  writeBeside(name, bytes) {
    this.#write(this.#pathBeside(name), bytes);
  }

  #read(path) {
    if (path === null) return null;
    let snapshot;
    try {
      snapshot = CODEC.decompress(readFileSync(path));
    } catch {
      return null; // missing, or truncated or changed (the checksum does not match)
    }
    quietly(() => utimesSync(path, new Date(), new Date())); // used: kept a day longer
    // Pyodide reads the snapshot's header as 32-bit words.
    return snapshot.byteOffset % 8 === 0 ? snapshot : new Uint8Array(snapshot);
  }

  // The snapshot for ARGS: the stored one, else one from MAKE(), stored.
  // Returns {bytes, stored}: whether it was read from disk.
  async get(args, make) {
    const stored = this.read(args);
    if (stored !== null) return { bytes: stored, stored: true };
    const path = this.path(args);
    const lock = path && `${path}.lock`;
    let held;
    while ((held = this.#take(lock)) === "busy") {
      await sleep(POLL_MS); // another worker is making it
      const made = this.read(args);
      if (made !== null) return { bytes: made, stored: true };
    }
    try {
      const made = held === "held" ? this.read(args) : null; // finished while this one looked
      if (made !== null) return { bytes: made, stored: true };
      const bytes = await make();
      this.write(args, bytes);
      return { bytes, stored: false };
    } finally {
      if (held === "held") quietly(() => rmSync(lock, { force: true }));
    }
  }

  // Store BYTES as the snapshot for ARGS, replacing any.
  write(args, bytes) {
    this.#write(this.path(args), bytes);
  }

  #write(path, bytes) {
    if (path === null) return;
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(temporary, CODEC.compress(bytes));
      renameSync(temporary, path);
      this.#removeUnused();
    } catch {
      // a store that cannot be written is no store
      quietly(() => rmSync(temporary, { force: true }));
    }
  }

  // "held" when this worker now holds LOCK (it was free, or left by a worker
  // that ended); "busy" when another worker holds it; "none" without a lock
  // (no store, or a folder this worker cannot write).
  #take(lock) {
    if (lock === null) return "none";
    const age = ageMs(lock);
    if (age !== null && age > LOCK_STALE_MS) quietly(() => rmSync(lock, { force: true }));
    try {
      mkdirSync(this.folder, { recursive: true });
    } catch {
      return "none";
    }
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return "held";
    } catch (error) {
      return error?.code === "EEXIST" ? "busy" : "none";
    }
  }

  #removeUnused() {
    for (const name of readdirSync(this.folder)) {
      const path = `${this.folder}/${name}`;
      const age = ageMs(path);
      const ours = name.startsWith(`${this.engine}-`);
      if (age !== null && (age > 24 * HOUR_MS || (!ours && age > HOUR_MS))) {
        quietly(() => rmSync(path, { force: true }));
      }
    }
  }
}
