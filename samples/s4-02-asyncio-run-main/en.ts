async function main(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  console.log('Done');
}

// JavaScript's event loop always runs: no loop lifecycle to manage, just await main()
await main();
