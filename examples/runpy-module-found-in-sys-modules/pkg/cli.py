import sys

print(f"pkg/cli.py runs, as {__name__!r}")

CALLS = []


def main():
    CALLS.append("main")
    print(f"  main() of {__name__!r}: CALLS is now {CALLS}")


if __name__ == "__main__":
    main()
    from pkg import cli  # the copy that pkg/__init__.py imported

    print("  pkg.cli is this module:", cli is sys.modules[__name__])
    print("  pkg.cli.CALLS:", cli.CALLS)
