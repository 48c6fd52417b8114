# 伺服器啟動範例 (概念)
try:
    server = loop.run_until_complete(start_server())
    print("Server running...")
    loop.run_forever() # 阻塞在這裡,直到 loop.stop() 被呼叫
except KeyboardInterrupt:
    pass
finally:
    # 優雅關閉 (Graceful Shutdown)
    loop.run_until_complete(server.wait_closed())
    loop.close()
