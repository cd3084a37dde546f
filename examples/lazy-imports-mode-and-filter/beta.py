print('beta: running now')
