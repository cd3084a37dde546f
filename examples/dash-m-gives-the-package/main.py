import app.cli  # imported: app/cli.py runs as the module app.cli
