import pkgutil

# Every module in this package's folders, found when the package is imported.
__all__ = sorted(info.name for info in pkgutil.iter_modules(__path__))
