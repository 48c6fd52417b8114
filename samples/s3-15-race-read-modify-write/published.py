temp_data = data
temp_data += 1
await asyncio.sleep(1)
data = temp_data
