/** The sandbox worker's bundled source (scripts/buildRunner.mjs writes the .js). */
declare const workerSource: string;
export default workerSource;
