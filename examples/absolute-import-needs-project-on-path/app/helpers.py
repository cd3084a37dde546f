GREETING = "hello from app.helpers"
