print("Running plugins/json_out.py")
