import greeting  # imported, greeting.py runs as 'greeting': its guarded block is skipped

print(greeting.greet("main.py"))
