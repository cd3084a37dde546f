import garden.flowers
