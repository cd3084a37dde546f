# A file name with a hyphen can never be imported with an import statement.
print("Running", __name__)


def run():
    return "plugin ran"
