import inspected
