loop.call_soon(print, "Hello", flush=True)
