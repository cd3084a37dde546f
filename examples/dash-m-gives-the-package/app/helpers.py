GREETING = "hello from app/helpers.py"
