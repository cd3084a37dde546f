"""recipes: a package that ships data files."""
