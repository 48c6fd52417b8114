// 移植 loop.call_soon(callback, *args, context=None)。JS 沒有關鍵字參數：位置參數放在陣列裡，
// 僅限關鍵字的參數放在選項物件裡，callSoon 像 Python 檢查關鍵字參數那樣檢查選項
// （錯誤訊息沿用 CPython 的）
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
    // @ts-expect-error TypeScript 在程式執行之前就會拒絕這個未知的選項
    callSoon(console.log, ['Hello'], { flush: true });
  } catch (error) {
    console.log(`TypeError: ${(error as Error).message}`);
  }
}

await main();
