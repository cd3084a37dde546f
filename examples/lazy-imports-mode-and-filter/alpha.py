print('alpha: running now')
