async function func1(): Promise<void> {
  throw new Error('func1');
  console.log('func1'); // never runs: the throw above has already left the function
}

async function main(): Promise<void> {
  // Calling an async function starts it at once: func1 throws straight away, and its promise
  // is rejected. Awaiting the promise throws the error here, as `await task1` does in Python.
  const task1 = func1();
  try {
    await task1;
  } catch (e) {
    console.log((e as Error).message);
  } finally {
    console.log('finally');
  }
}

await main();
