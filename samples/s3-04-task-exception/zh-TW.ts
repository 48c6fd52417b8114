async function func1(): Promise<void> {
  throw new Error('func1');
  console.log('func1'); // 永遠不會執行：上一行的 throw 已經結束了這個函式
}

async function main(): Promise<void> {
  // 呼叫 async 函式會立刻開始執行它：func1 馬上拋出例外，它的 Promise 被拒絕。
  // await 這個 Promise 就會在這裡拋出那個錯誤，就像 Python 的 `await task1` 一樣。
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
