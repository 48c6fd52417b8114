// loop.call_soon(callback, *args, context=None), ported. JS has no keyword arguments: the positional
// ones come in an array, the keyword-only ones in an options object, and callSoon checks the options
// the way Python checks keyword arguments (the message is CPython's)
function callSoon<A extends unknown[]>(
  callback: (...args: A) => void,
  args: A,
  options: { context?: unknown } = {},
): void {
  for (const name of Object.keys(options)) {
    if (name !== 'context') {
      throw new TypeError(`BaseEventLoop.call_soon() got an unexpected keyword argument '${name}'`);
    }
  }
  setTimeout(() => callback(...args), 0);
}

async function main(): Promise<void> {
  try {
    // @ts-expect-error TypeScript rejects the unknown option before the program even runs
    callSoon(console.log, ['Hello'], { flush: true });
  } catch (error) {
    console.log(`TypeError: ${(error as Error).message}`);
  }
}

await main();
