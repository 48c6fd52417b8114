/** runner.py's source, as text (esbuild's text loader in scripts/buildRunner.mjs). */
declare const runnerSource: string;
export default runnerSource;
