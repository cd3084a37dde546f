print('gamma: running now')
