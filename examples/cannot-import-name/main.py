from settings import vaule
