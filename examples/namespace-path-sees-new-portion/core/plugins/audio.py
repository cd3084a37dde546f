print("Running plugins/audio.py, from core/")
