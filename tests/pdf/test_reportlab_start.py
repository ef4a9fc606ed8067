"""ReportLab's web-address pattern, compiled when first used: the same answers, and ``re.compile`` left as it was."""

from __future__ import annotations

import json
import subprocess
import sys

from designer.paths import PROJECT_DIR

ADDRESSES = [
    "https://springback.example/book/online/now",
    "http://192.168.0.1:8080/a/b",
    "www.example.co.uk/a-very-long-path/to/a/page",
    "mailto:someone@example.com",
    "not an address",
    "https://bücher.example/straße",
]


def test_the_pattern_is_compiled_when_used_and_answers_as_compiled_at_once() -> None:
    code = (
        "import json, re, sys\n"
        "import designer.pdf\n"
        "import reportlab.platypus.paragraph as paragraph\n"
        "pattern = paragraph.uri_pat\n"
        "deferred = type(pattern).__name__\n"
        "compiled_before_use = pattern._compiled is not None\n"
        f"addresses = {ADDRESSES!r}\n"
        "now = re.compile(pattern._pattern, pattern._flags)\n"
        "groups = lambda found: found and found.groups()\n"
        "same = [groups(pattern.match(a)) == groups(now.match(a)) for a in addresses]\n"
        "matched = [bool(pattern.match(a)) for a in addresses]\n"
        "real = [re.compile.__module__, re.compile.__name__]\n"
        "print(json.dumps([deferred, compiled_before_use, same, matched, *real]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert done.returncode == 0, done.stderr
    deferred, compiled_before_use, same, matched, module, name = json.loads(done.stdout)
    assert deferred == "PatternCompiledWhenUsed"
    assert not compiled_before_use
    assert all(same)
    assert matched[0] and matched[1] and not matched[4]
    assert (module, name) == ("re", "compile")  # the real one is back


def test_other_patterns_compile_as_usual() -> None:
    from designer.pdf.reportlab_start import PatternCompiledWhenUsed, _compile_web_address_later

    assert isinstance(_compile_web_address_later(r"\d+"), type(_compile_web_address_later("x")))
    assert not isinstance(_compile_web_address_later(r"\d+"), PatternCompiledWhenUsed)
    later = PatternCompiledWhenUsed(r"(^(?:[a-z]*)://)\S+", 2)
    assert later.match("HTTPS://example") is not None
    assert later.sub("", "https://a") == ""
