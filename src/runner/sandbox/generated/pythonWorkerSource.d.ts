/** The sandbox's Python worker, bundled with Pyodide's loader (scripts/buildRunner.mjs writes the .js). */
declare const pythonWorkerSource: string;
export default pythonWorkerSource;
