class Config:
    import json  # binds `json` in the class body's namespace

    def dump(self, data):
        return self.json.dumps(data)  # so it is reached as an attribute


print("Config.json is the json module:", Config.json.__name__)
print("'json' in globals():", "json" in globals())
print(Config().dump({"a": 1}))
