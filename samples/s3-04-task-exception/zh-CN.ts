async function func1(): Promise<void> {
  throw new Error('func1');
  console.log('func1'); // 永远不会执行：上一行的 throw 已经结束了这个函数
}

async function main(): Promise<void> {
  // 调用 async 函数会立即开始执行它：func1 马上抛出异常，它的 Promise 被拒绝。
  // await 这个 Promise 就会在这里抛出那个错误，就像 Python 的 `await task1` 一样。
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
