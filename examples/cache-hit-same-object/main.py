import settings
import views

print("Both importers hold the same object:", views.settings is settings)
settings.DEBUG = True
print("So a change made here is seen there:", views.settings.DEBUG)
