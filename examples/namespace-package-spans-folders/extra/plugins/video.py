NAME = "video, from extra/"
