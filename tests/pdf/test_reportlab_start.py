"""ReportLab's rarely used patterns compiled when first used, and ``pyphen`` imported when first used: the same
answers, and ``re.compile`` and ``sys.modules`` left as they were."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from designer.paths import PROJECT_DIR


def run_fresh(code: str) -> list[Any]:
    """What ``code`` prints as JSON, run by a fresh Python (which has imported nothing of ReportLab yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert done.returncode == 0, done.stderr
    answer: list[Any] = json.loads(done.stdout)
    return answer


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
    deferred, compiled_before_use, same, matched, module, name = run_fresh(code)
    assert deferred == "PatternCompiledWhenUsed"
    assert not compiled_before_use
    assert all(same)
    assert matched[0] and matched[1] and not matched[4]
    assert (module, name) == ("re", "compile")  # the real one is back


def test_other_patterns_compile_as_usual() -> None:
    from designer.pdf.reportlab_start import PatternCompiledWhenUsed, _compile_rarely_used_later

    assert isinstance(_compile_rarely_used_later(r"\d+"), type(_compile_rarely_used_later("x")))
    assert not isinstance(_compile_rarely_used_later(r"\d+"), PatternCompiledWhenUsed)
    assert not isinstance(_compile_rarely_used_later(r"\b(?:word)"), PatternCompiledWhenUsed)
    later = PatternCompiledWhenUsed(r"(^(?:[a-z]*)://)\S+", 2)
    assert later.match("HTTPS://example") is not None
    assert later.sub("", "https://a") == ""


def test_the_other_rarely_used_patterns_and_pyphen_wait_until_used() -> None:
    code = (
        "import json, sys\n"
        "import designer.pdf\n"
        "import reportlab.platypus.paragraph as paragraph\n"
        "from reportlab.lib import PyFontify, rl_safe_eval, textsplit\n"
        "patterns = [textsplit.rx, rl_safe_eval.__rl_unsafe_re__, PyFontify.matchRE]\n"
        "kinds = [type(pattern).__name__ for pattern in patterns]\n"
        "pyphen_before = ['pyphen' in sys.modules, type(paragraph.pyphen).__name__]\n"
        # Used, each answers as ReportLab means: a space after each CJK character (as its cjkwrap does), an
        # unsafe name found, a keyword found.
        "answers = [\n"
        "    textsplit.rx.sub(r'\\1 ', 'a\u674e\u674e'),\n"
        "    rl_safe_eval.__rl_unsafe_re__.search('x.__import__') is not None,\n"
        "    PyFontify.fontify('import os')[0][0],\n"
        "]\n"
        "hyphenated = list(paragraph.pyphen.Pyphen(lang='en_GB').iterate('exercises'))\n"
        "print(json.dumps([kinds, pyphen_before, answers, bool(hyphenated), 'pyphen' in sys.modules]))\n"
    )
    kinds, pyphen_before, answers, hyphenated, pyphen_after = run_fresh(code)
    assert kinds == ["PatternCompiledWhenUsed"] * 3
    assert pyphen_before == [False, "PyphenWhenUsed"]
    assert answers == ["a\u674e \u674e ", True, "keyword"]
    assert hyphenated and pyphen_after
