NAME = "audio, from core/"
