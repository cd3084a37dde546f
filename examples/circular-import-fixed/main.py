import a

a.show()  # by now both modules have finished running
