NAME = "video, from late/"
