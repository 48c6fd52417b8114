// 移植 loop.call_soon(callback, *args, context=None)。JS 没有关键字参数：位置参数放在数组里，
// 仅限关键字的参数放在选项对象里，callSoon 像 Python 检查关键字参数那样检查选项
// （错误信息沿用 CPython 的）
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
    // @ts-expect-error TypeScript 在程序运行之前就会拒绝这个未知的选项
    callSoon(console.log, ['Hello'], { flush: true });
  } catch (error) {
    console.log(`TypeError: ${(error as Error).message}`);
  }
}

await main();
