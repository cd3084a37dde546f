print("Running plugins/video.py, from later/")
