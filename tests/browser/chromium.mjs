// Debian's Chromium and the flags it needs on this machine: without the networking flags it keeps
// reaching for Google's hosts, which this closed network refuses. Plain JavaScript, so the Lighthouse
// benchmark can use it without tsx (whose name-keeping transform breaks Lighthouse's page scripts).

/** @type {string} */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @type {string[]} */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
