import json
from importlib.resources import files


def load_config():
    text = (files(__name__) / "defaults.json").read_text(encoding="utf-8")
    return json.loads(text)
