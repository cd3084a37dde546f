print("Running prices")
VAT = 0.2
