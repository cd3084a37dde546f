import a

a.show()
