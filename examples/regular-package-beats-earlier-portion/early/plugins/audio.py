NAME = "audio, from early/"
