# Loaded at start-up by every sample run (scripts/runPython.ts puts this folder on PYTHONPATH).
# Output stays unbuffered (-u), so nothing is lost when a run is cut short, but it is written a
# whole line at a time, as in a terminal. Under -u alone print() writes its text and then the line
# end separately, and a line printed by another thread at that moment lands between the two
# ("task_a: 0my_thread: started"); readers running a sample in a terminal never see that.
import sys

for stream in (sys.stdout, sys.stderr):
    stream.reconfigure(line_buffering=True, write_through=False)
