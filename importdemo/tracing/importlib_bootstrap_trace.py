"""Run an example with its imports traced: this file runs *inside* the example.

The runner starts it as ``python -c "exec(compile(<this file>))" [--all]
main.py ARGS...`` (or ``-m MODULE ARGS...``): with ``-c``, the interpreter
takes the current folder, the example's, as its first ``sys.path`` entry,
as a plain ``python main.py`` does (Python 3.13 uses it to spot a file that
shadows a standard-library module). Its name holds ``importlib`` and
``_bootstrap`` so that :mod:`warnings` skips its frames as it skips
importlib's own, and a warning points at the example's line.

It installs the trace, then runs the example as ``python main.py`` (or
``python -m MODULE``) would: same ``sys.argv``, ``sys.path[0]``,
``__main__`` module and traceback. Each step of each import is written as a
line starting with :data:`PREFIX`, on the process's standard output, in
order with the example's own output.

Standard library only, and Python 3.9 compatible: it runs on the
interpreter under study, which does not have importdemo installed.
"""

from __future__ import annotations

import sys

_BEFORE = set(sys.modules)

# The private names of importlib that the tracer patches or calls, checked
# once, up front, before anything is imported or patched: a CPython that
# lacks one is told so, in one line, and the example is not run.
_NEEDED = (
    ("_bootstrap", "_frozen_importlib", "_find_and_load"),
    ("_bootstrap", "_frozen_importlib", "_find_spec"),
    ("_bootstrap", "_frozen_importlib", "module_from_spec"),
    ("_bootstrap", "_frozen_importlib", "_call_with_frames_removed"),
    ("_bootstrap", "_frozen_importlib", "_resolve_name"),
    ("_bootstrap_external", "_frozen_importlib_external", "_compile_bytecode"),
    ("_bootstrap_external", "_frozen_importlib_external", "SourceFileLoader._cache_bytecode"),
)
# As importdemo.tracing.UNSUPPORTED and UNSUPPORTED_STATUS, which the runner looks for.
UNSUPPORTED = "importdemo: tracing is not supported on "
UNSUPPORTED_STATUS = 2


def _missing_names() -> list[str]:
    missing = []
    for shown, module_name, dotted in _NEEDED:
        found = sys.modules.get(module_name)
        for part in dotted.split("."):
            found = getattr(found, part, None)
        if found is None:
            missing.append(f"{shown}.{dotted}")
    return missing


def _refuse(missing: list[str]) -> NoReturn:
    """Say, as the run's first line, that this CPython cannot be traced; exit."""
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    if sys.platform == "emscripten":
        version += "-wasm"  # as test ids name it
    sys.stdout.write(
        f"{UNSUPPORTED}{version}: its importlib has no {', '.join(missing)}, which the "
        "tracer patches; run the example without tracing (python -m importdemo run)\n"
    )
    sys.stdout.flush()
    raise SystemExit(UNSUPPORTED_STATUS)


_MISSING = _missing_names()
if _MISSING:
    _refuse(_MISSING)

# Only modules every interpreter has loaded at start-up, and dis, which is
# taken out of sys.modules again by main() so that the example does not see it.
import builtins  # noqa: E402
import dis  # noqa: E402
import os  # noqa: E402

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would show
if TYPE_CHECKING:
    from types import FrameType, TracebackType
    from typing import Any, NoReturn

PREFIX = "\u2502 "  # "│ ": a margin that no example output starts with

# The import system itself, loaded at start-up: its private functions are patched.
_bootstrap: Any = sys.modules["_frozen_importlib"]
_external: Any = sys.modules["_frozen_importlib_external"]

_OWN_MODULES = (set(sys.modules) - _BEFORE) | {"__future__"}
_HERE = sys._getframe().f_code.co_filename
_STDLIB = os.path.dirname(os.__file__) if getattr(os, "__file__", None) else sys.prefix


class _Trace:
    """What is being traced right now, and where trace lines go."""

    def __init__(self, show_all: bool) -> None:
        self.show_all = show_all
        self.out = os.fdopen(
            os.dup(1), "w", buffering=1, encoding="utf-8", errors="backslashreplace"
        )
        self.depth = 0  # imports nested inside a module's execution
        self.importing = 0  # import statements running
        self.folded = 0  # depth of standard-library code being executed quietly
        self.folded_count = 0
        self.bytecode: dict[str, str] = {}
        self.created: dict[str, bool] = {}
        #: The errors reported while the outermost import runs: each is shown
        #: once, where it is raised, not again at each import it passes
        #: through. Held, not their ids: a later error may get a freed one's id.
        self.reported: list[BaseException] = []

    def first_report(self, error: BaseException) -> bool:
        """Whether *error* is reported for the first time (it is, from now on)."""
        if any(error is reported for reported in self.reported):
            return False
        self.reported.append(error)
        return True

    def outermost_ended(self) -> None:
        """Forget the errors reported once no import is running: none can pass another."""
        if self.depth == 0 and self.importing == 0:
            self.reported.clear()

    def line(self, step: str, text: str) -> None:
        if self.folded:
            return
        self.out.write(f"{PREFIX}{'  ' * self.depth}{step:<6} {text}\n")
        self.out.flush()

    def is_stdlib(self, spec: Any) -> bool:
        origin = getattr(spec, "origin", None) or ""
        if origin in ("built-in", "frozen"):
            return True
        return origin.startswith(_STDLIB + os.sep) and "site-packages" not in origin


TRACE: _Trace = None  # type: ignore[assignment]  # set by main()


def _where(frame: FrameType, opname: str) -> str:
    code = frame.f_code
    module = frame.f_globals.get("__name__", "?")
    if opname in ("STORE_FAST", "STORE_DEREF"):
        return f"locals of {code.co_name}()"
    if opname == "STORE_GLOBAL" or frame.f_locals is frame.f_globals:
        return f"globals of {module}"
    return f"class body of {code.co_name}"


def _bindings(frame: FrameType, fromlist: Any) -> list[tuple[str, str, str | None]]:
    """(name bound, namespace) pairs that the import statement at *frame* makes."""
    try:
        instructions = list(dis.get_instructions(frame.f_code))
    except Exception:
        return []
    start = next((i for i, ins in enumerate(instructions) if ins.offset == frame.f_lasti), None)
    if start is None or instructions[start].opname != "IMPORT_NAME":
        return []
    bound: list[tuple[str, str, str | None]] = []
    pending: str | None = None
    for ins in instructions[start + 1 :]:
        if ins.opname in ("CACHE", "SWAP", "COPY", "LOAD_ATTR", "EXTENDED_ARG", "NOP"):
            continue
        if ins.opname == "IMPORT_FROM":
            pending = ins.argval
            continue
        if ins.opname.startswith("STORE_"):
            bound.append((ins.argval, _where(frame, ins.opname), pending))
            if not fromlist:
                break
            pending = None
            continue
        if ins.opname in ("IMPORT_STAR", "CALL_INTRINSIC_1"):
            bound.append(("*", _where(frame, "STORE_NAME"), None))
        break
    return bound


def _finder_of(spec: Any) -> tuple[str, str]:
    loader = spec.loader
    kind = getattr(loader, "__name__", None) or type(loader).__name__
    if kind in ("BuiltinImporter", "FrozenImporter"):
        return kind, spec.origin
    if spec.origin in (None, "namespace") or kind in ("NamespaceLoader", "_NamespaceLoader"):
        return "PathFinder", "namespace package " + str(list(spec.submodule_search_locations or []))
    if kind in ("SourceFileLoader", "SourcelessFileLoader", "ExtensionFileLoader", "zipimporter"):
        return "PathFinder", spec.origin
    return kind, spec.origin


def _install() -> None:
    original_import = builtins.__import__
    original_find_and_load = _bootstrap._find_and_load
    original_find_spec = _bootstrap._find_spec
    original_module_from_spec = _bootstrap.module_from_spec
    original_call = _bootstrap._call_with_frames_removed
    original_compile_bytecode = _external._compile_bytecode
    original_cache_bytecode = _external.SourceFileLoader._cache_bytecode

    def traced_import(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        trace = TRACE
        frame = sys._getframe(1)
        if trace.folded or frame.f_code.co_filename.startswith("<frozen "):
            return original_import(name, globals, locals, fromlist, level)
        package = (globals or {}).get("__package__") or (globals or {}).get("__name__", "")
        try:
            absolute = _bootstrap._resolve_name(name, package, level) if level else name
        except Exception:
            absolute = name
        parts = absolute.split(".")
        for index in range(len(parts)):
            prefix = ".".join(parts[: index + 1])
            if sys.modules.get(prefix, False) not in (False, None):
                trace.line("lookup", f"{prefix}: hit")
        for item in fromlist or ():
            child = f"{absolute}.{item}"
            if item != "*" and child in sys.modules:
                trace.line("lookup", f"{child}: hit")
        trace.importing += 1
        try:
            module = original_import(name, globals, locals, fromlist, level)
        except BaseException as error:
            if trace.first_report(error):  # a module's own error is shown at its exec
                trace.line("fail", f"import {absolute}: {type(error).__name__}: {error}")
            raise
        finally:
            trace.importing -= 1
            trace.outermost_ended()
        for bound, namespace, source in _bindings(frame, fromlist):
            if bound == "*":
                trace.line("bind", f"the public names of {absolute} in {namespace}")
            elif source:
                trace.line("bind", f"{bound} = {absolute}.{source} in {namespace}")
            else:
                target = parts[0] if bound == parts[0] else absolute
                shown = bound if bound == target else f"{bound} = {target}"
                trace.line("bind", f"{shown} in {namespace}")
        return module

    def traced_find_and_load(name: str, import_: Any) -> Any:
        trace = TRACE
        current: Any = sys.modules.get(name, False)
        if current is None:
            trace.line("lookup", f"{name}: blocked (None in sys.modules)")
            return original_find_and_load(name, import_)
        if current is not False:
            return original_find_and_load(name, import_)
        trace.line("lookup", f"{name}: miss")
        try:
            module = original_find_and_load(name, import_)
        except BaseException:
            if name not in sys.modules and trace.created.pop(name, False):
                trace.line("remove", f"{name} from sys.modules")
            raise
        parent, _, child = name.rpartition(".")
        if parent and not trace.folded:
            trace.line("bind", f"{child} = {name} as an attribute of {parent}")
        return module

    def traced_find_spec(name: str, path: Any, target: Any = None) -> Any:
        trace = TRACE
        spec = original_find_spec(name, path, target)
        if spec is None:
            trace.line("find", f"{name}: not found by any finder")
        else:
            finder, origin = _finder_of(spec)
            trace.line("find", f"{name}: {finder} \u2192 {origin}")
        return spec

    def traced_module_from_spec(spec: Any) -> Any:
        trace = TRACE
        module = original_module_from_spec(spec)
        loader = getattr(spec.loader, "__name__", None) or type(spec.loader).__name__
        trace.line("create", f"{spec.name} (by {loader})")
        trace.line("cache", f"{spec.name} in sys.modules")
        trace.created[spec.name] = True
        if not trace.show_all and trace.depth > 0 and trace.is_stdlib(spec):
            trace.folded_count += 1
        return module

    def traced_call(function: Any, *args: Any, **kwargs: Any) -> Any:
        trace = TRACE
        if function is not exec or len(args) < 2 or not isinstance(args[1], dict):
            return original_call(function, *args, **kwargs)
        namespace = args[1]
        name = namespace.get("__name__", "?")
        spec = namespace.get("__spec__")
        quiet = not trace.show_all and trace.is_stdlib(spec) and not trace.folded
        note = trace.bytecode.pop(name, "")
        trace.line("exec", f"{name}: start{note}")
        trace.depth += 1
        if quiet:
            trace.folded += 1
            counted = trace.folded_count
        try:
            result = original_call(function, *args, **kwargs)
        except BaseException as error:
            if quiet:
                trace.folded -= 1
            trace.depth -= 1
            if trace.first_report(error):
                trace.line("exec", f"{name}: raised {type(error).__name__}: {error}")
            trace.outermost_ended()
            raise
        if quiet:
            trace.folded -= 1
            inner = trace.folded_count - counted
            if inner:
                trace.line("...", f"{inner} standard-library import(s) folded (--all shows them)")
        trace.depth -= 1
        trace.line("exec", f"{name}: end")
        trace.outermost_ended()
        return result

    def traced_compile_bytecode(
        data: Any, name: Any = None, bytecode_path: Any = None, source_path: Any = None
    ) -> Any:
        if name:
            TRACE.bytecode[name] = ", code read from __pycache__"
        return original_compile_bytecode(data, name, bytecode_path, source_path)

    def traced_cache_bytecode(
        self: Any, source_path: Any, cache_path: Any, data: Any, **kwargs: Any
    ) -> Any:
        TRACE.bytecode[getattr(self, "name", "?")] = ", compiled and written to __pycache__"
        return original_cache_bytecode(self, source_path, cache_path, data, **kwargs)

    builtins.__import__ = traced_import
    _bootstrap._find_and_load = traced_find_and_load
    _bootstrap._find_spec = traced_find_spec
    _bootstrap.module_from_spec = traced_module_from_spec
    _bootstrap._call_with_frames_removed = traced_call
    _external._compile_bytecode = traced_compile_bytecode
    _external.SourceFileLoader._cache_bytecode = traced_cache_bytecode


def _strip_our_frames(tb: TracebackType | None) -> TracebackType | None:
    """Drop the tracer's and importlib's frames, as a plain run's traceback has none."""
    kept: list[TracebackType] = []
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        launcher = filename == "<string>" and tb.tb_frame.f_back is None  # the -c line
        if filename != _HERE and not filename.startswith("<frozen importlib.") and not launcher:
            kept.append(tb)
        tb = tb.tb_next
    for earlier, later in zip(kept, kept[1:]):
        earlier.tb_next = later
    if kept:
        kept[-1].tb_next = None
    return kept[0] if kept else None


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    TRACE.folded += 1  # printing a traceback imports modules; that is not the example's doing
    error: BaseException | None = value
    while error is not None:
        error.__traceback__ = _strip_our_frames(error.__traceback__)
        error = error.__cause__ or error.__context__
    sys.__excepthook__(kind, value, value.__traceback__)


def main() -> None:
    global TRACE
    arguments = sys.argv[1:]
    show_all = arguments[:1] == ["--all"]
    if show_all:
        arguments = arguments[1:]
    for name in _OWN_MODULES:
        sys.modules.pop(name, None)
    if sys.version_info >= (3, 13):
        sys.modules.pop("linecache", None)  # loaded by `python -c` itself from 3.13
    TRACE = _Trace(show_all)
    sys.excepthook = _excepthook
    if arguments[:1] == ["-m"]:
        module, rest = arguments[1], arguments[2:]
        # As python -m: argv[0] is "-m" while the module is found (a package's
        # __init__ sees that), then runpy makes it the file's path.
        sys.argv = ["-m", *rest]
        sys.path[0] = os.getcwd()
        import runpy

        if not hasattr(runpy, "_run_module_as_main"):
            _refuse(["runpy._run_module_as_main"])
        _install()
        run_module_as_main: Any = getattr(runpy, "_run_module_as_main")  # what -m calls
        run_module_as_main(module, alter_argv=True)
        return
    script = os.path.abspath(arguments[0])
    sys.argv = arguments
    sys.path[0] = os.path.dirname(script)
    with open(script, "rb") as file:
        code = compile(file.read(), script, "exec")
    # A fresh __main__ for the example; this file's own globals live on in its functions.
    main_module = type(sys)("__main__")
    main_module.__dict__.update(
        __builtins__=builtins,
        __cached__=None,
        __file__=script,
        __loader__=_external.SourceFileLoader("__main__", script),
        __package__=None,
        __spec__=None,
    )
    sys.modules["__main__"] = main_module
    _install()
    exec(code, vars(main_module))


main()
