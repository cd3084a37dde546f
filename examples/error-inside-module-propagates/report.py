print("Running report")
import chartkit  # a dependency that is not installed
