// Warm JavaScript/TypeScript server: one long-lived node per slot, inside bubblewrap.
// TypeScript programs are type-checked as the cold path's `tsc --target es2020 --module
// commonjs --skipLibCheck` does (the parsed lib files are kept between programs), then emitted;
// each program runs in a fresh vm context with a time limit. See
// benchmark/multilang/warm_execute.py for the protocol and what a program can still forge.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const readline = require("node:readline");
const assert = require("node:assert");

const mode = process.argv[2]; // "js" or "ts"
const tsDir = process.argv[3];
const channel = 1; // the reply channel: a pipe to the host
// Bound now: a program that replaces fs.writeSync (the module object is shared) cannot rewrite
// the server's reply.
const writeSync = fs.writeSync.bind(fs);
const SANDBOXED = process.env.POLYEVAL_WARM_SANDBOX === "1" && initIsBwrap();
function initIsBwrap() {
  try { return fs.readFileSync("/proc/1/comm", "utf8").trim() === "bwrap"; } catch (e) { return false; }
}
deepFreeze(assert);

function deepFreeze(o, seen = new Set()) {
  if ((typeof o !== "object" && typeof o !== "function") || o === null || seen.has(o)) return;
  seen.add(o);
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (d && "value" in d) deepFreeze(d.value, seen);
  }
  Object.freeze(o);
}

let ts = null, host = null;
const libCache = new Map();
const OPTIONS = {};
if (mode === "ts") {
  ts = require(tsDir);
  Object.assign(OPTIONS, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS,
                           skipLibCheck: true, noEmitOnError: true });
  host = ts.createCompilerHost(OPTIONS);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError) => {
    if (!name.startsWith(tsDir)) return read(name, lang, onError);
    if (!libCache.has(name)) libCache.set(name, read(name, lang, onError));
    return libCache.get(name);
  };
}

function compileTs(dir) {
  const file = path.join(dir, "prog.ts");
  const program = ts.createProgram([file], OPTIONS, host);
  let js = null;
  const emitted = program.emit(undefined, (name, text) => { if (name.endsWith(".js")) js = text; });
  const diagnostics = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics);
  if (diagnostics.length) {
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => dir, getNewLine: () => "\n" });
    fs.writeFileSync(path.join(dir, "compile.out"), text);
    return null;
  }
  return js;
}

class Exit extends Error { constructor(code) { super("exit"); this.code = code; } }

function runJs(dir, code, limitMs) {
  const out = fs.openSync(path.join(dir, "stdout"), "w");
  const err = fs.openSync(path.join(dir, "stderr"), "w");
  const write = (fd) => (...a) => fs.writeSync(fd, a.map(String).join(" ") + "\n");
  const consoleShim = { log: write(out), info: write(out), debug: write(out), error: write(err),
                        warn: write(err), trace: write(err) };
  const processShim = { exit: (c) => { throw new Exit(c === undefined ? 0 : c | 0); },
                        argv: ["node", "prog.js"], env: {}, platform: "linux",
                        stdout: { write: (s) => fs.writeSync(out, String(s)) },
                        stderr: { write: (s) => fs.writeSync(err, String(s)) } };
  const req = (name) => (name === "assert" || name === "node:assert") ? assert : require(name);
  const module = { exports: {} };
  const context = vm.createContext({ console: consoleShim, process: processShim, require: req,
                                     module, exports: module.exports });
  let status = 0;
  try {
    vm.runInContext(code, context, { filename: "prog.js", timeout: limitMs });
  } catch (e) {
    if (e instanceof Exit) status = e.code;
    else if (e && e.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") status = -9;
    else { fs.writeSync(err, (e && e.stack) ? String(e.stack) + "\n" : String(e) + "\n"); status = 1; }
  }
  fs.closeSync(out); fs.closeSync(err);
  return status;
}

// Whether every process the program started is gone.
function clean() {
  if (!SANDBOXED) return true; // only the sandbox's private /tmp, never a host's
  let tidy = false;
  // Processes a program started die with it: kill(-1) spares this process and bwrap's init.
  for (let round = 0; round < 200 && !tidy; round++) {
    try { process.kill(-1, "SIGKILL"); } catch (e) { /* none left to signal */ }
    const others = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p) && p !== "1" &&
                                                        p !== String(process.pid));
    tidy = others.length === 0;
    if (!tidy) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
  }
  for (const root of ["/tmp", "/dev/shm"]) {
    for (const name of fs.readdirSync(root)) {
      if (name !== "work") fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
  }
  return tidy;
}

function handle(dir, limitMs) {
  let code;
  if (mode === "ts") {
    code = compileTs(dir);
    if (code === null) return ["compile_error", 1];
  } else {
    code = fs.readFileSync(path.join(dir, "prog.js"), "utf8");
  }
  const status = runJs(dir, code, limitMs);
  return status === -9 ? ["timeout", 0] : ["exit", status];
}

if (mode === "ts") compileTs(prepareWarmUp()); // parse the lib files before saying ready
function prepareWarmUp() {
  const dir = fs.mkdtempSync("/tmp/warmup-");
  fs.writeFileSync(path.join(dir, "prog.ts"), "function f(x: number): number { return x; }\n");
  return dir;
}
clean();
writeSync(channel, "ready\t-\t0\n");
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const [nonce, dir, limit] = line.split("\t");
  let reply;
  try { reply = handle(dir, Number(limit) || 10000); } catch (e) { reply = ["exit!", 1]; }
  // A node with processes it could not kill (a fork bomb) is replaced too.
  if (!clean() && !reply[0].endsWith("!")) reply[0] += "!";
  writeSync(channel, `${nonce}\t${reply[0]}\t${reply[1]}\n`);
  if (reply[0].endsWith("!")) process.exit(0);
});
