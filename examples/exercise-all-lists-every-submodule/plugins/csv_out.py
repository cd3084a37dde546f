print("Running plugins/csv_out.py")
