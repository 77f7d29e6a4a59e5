// The JSON-RPC side of the schema-engine stand-in: the Prisma CLI writes one
// request per line on stdin and reads one response per line on stdout, exactly
// as with the native binary. Requests are answered by @prisma/schema-engine-wasm.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "./adapter.mjs";
import { checkConnection, createDatabase, logInfo, runScript } from "./postgres.mjs";

// Methods of the wasm SchemaEngine the CLI may call by the same name.
const ENGINE_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

// The wasm engine reports a panic's message through this global (see
// `__wbg_set_message_*` in schema_engine_bg.js) before it traps.
const panics = {
  message: null,
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panics;

let wasmLoaded;
/** Instantiates the engine's WebAssembly once (the package's own entry needs --experimental-wasm-modules). */
function loadWasm() {
  wasmLoaded ??= (async () => {
    const wasmUrl = new URL(
      "schema_engine_bg.wasm",
      import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
    );
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmUrl), {
      "./schema_engine_bg.js": bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return wasmLoaded;
}

export function wasmEngineVersion() {
  return loadWasm().then(() => bg.version());
}

const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

class RpcError extends Error {
  constructor(rpcCode, message) {
    super(message);
    this.rpcCode = rpcCode;
  }
}

/**
 * Serves JSON-RPC until stdin closes. `datamodelPaths` are the CLI's
 * `--datamodels` files, `datasource` its parsed `--datasource` JSON.
 */
export function serveJsonRpc({ datamodelPaths, datasource }) {
  const db = createAdapterFactory(datasource);
  let deadEngineError = null; // set after a panic: the wasm instance is unusable from then on

  // Errors thrown by our JavaScript inside the adapter (e.g. a refused shadow
  // database) reach the engine as an id: "External error id#0" or
  // "GenericJs { id: 0 }". Put the original message back in its place.
  function originalMessage(message = "") {
    let code;
    const text = message.replace(
      /External error id#(\d+)|GenericJs\s*\{\s*id:\s*(\d+)\s*\}/g,
      (match, a, b) => {
        const original = db.factory.errorRegistry.consumeError(Number(a ?? b))?.error;
        if (!original) return match;
        code ??= original.code;
        return original.message;
      },
    );
    return { message: text, code };
  }

  // Start like the native engine: right away, reading the schema files and
  // connecting. A failure is kept and answered to every request (trap 8: an
  // engine that just exits at start-up can make the CLI report success).
  const started = (async () => {
    // Trap 6: an empty datamodel list panics the engine; "no schema" is undefined.
    const datamodels = datamodelPaths.length
      ? datamodelPaths.map((file) => [file, fs.readFileSync(path.resolve(file), "utf8")])
      : undefined;
    const wasm = await loadWasm();
    return wasm.SchemaEngine.new(
      { datamodels },
      (line) => process.stderr.write(`${String(line).trimEnd()}\n`),
      db.factory,
    );
  })().then(
    (engine) => ({ engine }),
    async (error) => {
      // The engine says e.g. "Database `x` does not exist" without a code; ask
      // the server ourselves so the CLI gets the native code (P1001, P1003, ...).
      const problem = datasource.url ? await checkConnection(datasource.url) : null;
      const { message, code } = originalMessage(error.message);
      return { startupError: problem ?? Object.assign(new Error(message), { code: code ?? error.code }) };
    },
  );

  // Trap 4: while migrations are pending, createMigration and evaluateDataLoss
  // fail with "PostgreSQL shadow DB must be provided through an external factory".
  // A diagnoseMigrationHistory that opts in to the shadow database sets it up;
  // then the same call succeeds.
  async function withShadowDatabase(engine, method, params) {
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/i.test(error?.message ?? "")) throw error;
      logInfo(
        `${method}: no shadow database yet; diagnoseMigrationHistory with optInToShadowDatabase, then retry`,
      );
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
      return engine[method](params);
    }
  }

  async function dispatch(id, method, params) {
    const { engine, startupError } = await started;
    if (startupError) throw startupError;
    if (deadEngineError) throw deadEngineError;
    switch (method) {
      case "getDatabaseVersion":
        return engine.version(params ?? undefined);
      case "createDatabase": {
        const source = params?.datasource;
        const url = source?.tag === "ConnectionString" ? source.url : datasource.url;
        return { databaseName: await createDatabase(url) };
      }
      case "dbExecute": {
        // The wasm engine always runs on its own connection; a script for
        // another database (not something Prisma 7's CLI sends) goes there directly.
        const target = params?.datasourceType;
        if (target?.tag === "url" && target.url !== datasource.url) {
          await runScript(target.url, params.script);
          return null;
        }
        return engine.dbExecute(params);
      }
      case "diff": {
        // Trap 7: the CLI prints diff output only when it comes as a `print`
        // request before the response, as the native engine sends it.
        const { stdout, ...result } = await engine.diff(params);
        if (stdout) write({ jsonrpc: "2.0", id: -id, method: "print", params: { content: stdout } });
        return result;
      }
      case "createMigration":
      case "evaluateDataLoss":
        return withShadowDatabase(engine, method, params);
      default:
        if (!ENGINE_METHODS.has(method)) throw new RpcError(-32601, `Method not found: ${method}`);
        return engine[method](params); // called on the instance: the wasm methods need `this`
    }
  }

  // The error object the CLI expects (see SchemaEngineCLI.runCommand in prisma's cli.js).
  function toRpcError(error) {
    if (error instanceof RpcError)
      return {
        code: error.rpcCode,
        message: error.message,
        data: { is_panic: false, message: error.message },
      };
    if (error instanceof WebAssembly.RuntimeError) {
      const message = panics.message ?? error.message;
      deadEngineError ??= error;
      return { code: -32603, message, data: { is_panic: true, message, backtrace: error.stack ?? null } };
    }
    const { message, code } = originalMessage(error?.message ?? String(error));
    const errorCode = code ?? error?.code;
    const data = { is_panic: false, message, meta: error?.meta ?? null };
    if (typeof errorCode === "string" && /^P\d{4}$/.test(errorCode)) data.error_code = errorCode;
    return { code: 4466, message: "An error happened. Check the data field for details.", data };
  }

  let current = null; // the request being answered, for errors that escape its promise

  async function handle({ id, method, params }) {
    current = id;
    try {
      const result = await dispatch(id, method, params);
      // A response needs a `result` key; void wasm methods resolve to undefined.
      write({ jsonrpc: "2.0", id, result: result === undefined ? null : result });
    } catch (error) {
      write({ jsonrpc: "2.0", id, error: toRpcError(error) });
    } finally {
      current = null;
    }
  }

  // A wasm panic can also surface outside the request's promise (from a
  // callback the engine scheduled). Answer the pending request with it rather
  // than die silently; then exit like the native engine after a panic (101).
  process.on("uncaughtException", async (error) => {
    const rpcError = toRpcError(error);
    process.stderr.write(
      `${JSON.stringify({ level: "ERROR", fields: { message: rpcError.data.message }, target: "schema_engine::logger" })}\n`,
    );
    if (current !== null) write({ jsonrpc: "2.0", id: current, error: rpcError });
    await db.cleanup().catch(() => {});
    process.exit(101);
  });

  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      write({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    // Lines without a method are the CLI's answers to our `print` requests.
    if (typeof message.method !== "string") return;
    queue = queue.then(() => handle(message)); // one request at a time, like the native engine
  });

  let stopping = false;
  async function stop() {
    if (stopping) return;
    stopping = true;
    await db.cleanup(); // drop shadow databases a killed request left behind
    process.exit(0);
  }
  lines.on("close", () => queue.then(stop));
  // The CLI ends stdin and then kills the engine at once (SIGTERM on Linux).
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
