FORMATS = {}


def register(name):
    def decorate(function):
        FORMATS[name] = function
        return function
    return decorate
