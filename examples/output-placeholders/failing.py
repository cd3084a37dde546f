raise RuntimeError("a traceback names files by their paths")
