// Warm JavaScript/TypeScript server: one long-lived node per slot, inside bubblewrap.
// TypeScript programs are type-checked as the cold path's `tsc --target es2020 --module
// commonjs --skipLibCheck` does (the parsed lib files are kept between programs), then emitted;
// each program runs as the cold path runs it, `node prog.js`, a child process with a time
// limit. Not in this process: a program here could patch what later programs use (this
// node's `fs`, reached through `require`) and so replay an earlier sample's results into a
// wrong one. See benchmark/multilang/warm_execute.py for the protocol and what a program can
// still forge.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const readline = require("node:readline");
const { spawnSync } = require("node:child_process");
const { signals } = require("node:os").constants;

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
// Not dumpable (warm_build's nodump.so: its constructor runs, then node refuses it as an
// addon), so a program cannot open /proc/<this>/mem or /proc/<this>/fd.
const NODUMP = path.join(__dirname, "node", "nodump.so");
if (fs.existsSync(NODUMP)) {
  try { process.dlopen({ exports: {} }, NODUMP); } catch (e) { /* "did not self-register" */ }
}
// The cold sandbox's environment (bwrap --clearenv, then these).
const PROGRAM_ENV = { PATH: "/usr/bin:/bin", HOME: "/tmp", LANG: "C.UTF-8" };

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

// ["exit", status] or ["timeout", 0]; a program killed by a signal exits 128 + its number.
function runJs(dir, limitMs) {
  const out = fs.openSync(path.join(dir, "stdout"), "w");
  const err = fs.openSync(path.join(dir, "stderr"), "w");
  try {
    const ran = spawnSync(process.execPath, ["prog.js"], { cwd: dir, env: PROGRAM_ENV,
      stdio: ["ignore", out, err], timeout: limitMs, killSignal: "SIGKILL" });
    if (ran.error && ran.error.code === "ETIMEDOUT") return ["timeout", 0];
    if (ran.error) {
      fs.writeSync(err, `cannot start node: ${ran.error.message}\n`);
      return ["exit", 127];
    }
    if (ran.signal) return ["exit", 128 + (signals[ran.signal] || 0)];
    return ["exit", ran.status];
  } finally {
    fs.closeSync(out); fs.closeSync(err);
  }
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
  if (mode === "ts") {
    const code = compileTs(dir);
    if (code === null) return ["compile_error", 1];
    fs.writeFileSync(path.join(dir, "prog.js"), code); // where the cold path's tsc writes it
  }
  return runJs(dir, limitMs);
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
