HELLO = "hello from greet/words.py"
