# 這樣會啟用額外的檢查 (如 thread safety, slow callback 警告)
asyncio.run(main(), debug=True)
