corortines = [...]
tasks = [asyncio.create_task(c) for c in corortines]

# 正确,当pending中第一个与tasks中第一个相等时,会执行print语句
done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
if pending[0] == tasks[0]:
    print("pending[0] == tasks[0]")

# 错误,这个if永远不会成立
done, pending = await asyncio.wait(corortines, return_when=asyncio.FIRST_COMPLETED)
if pending[0] == corortines[0]:
    print("pending[0] == corortines[0]")
