"""Shell completion (issue 16): the scripts each command prints with
`--complete bash|zsh`, driven in a real bash as readline would call them,
and where `cmake --install` puts them."""

import os
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, StoreTest, run

TOOLS = ("appeal", "book", "minutes", "report")


def shell_words(line):
    """The words of `line` as bash's completion splits them: at spaces, and
    '=' a word of its own (it is in COMP_WORDBREAKS); a line ending with a
    space has an empty current word."""
    words = []
    for word in line.split(" "):
        parts = word.split("=")
        for i, part in enumerate(parts):
            if i > 0:
                words.append("=")
            if part or i == 0:
                words.append(part)
    return words


# Sources the tool's script, finds the function `complete -p` names, calls it
# as bash does (command, current word, previous word) and prints COMPREPLY.
DRIVER = r"""
tool=$1
source <("$tool" --complete bash) || exit 3
spec=$(complete -p "$tool") || exit 4
[[ $spec =~ -F\ ([^ ]+) ]] || exit 5
function=${BASH_REMATCH[1]}
COMP_WORDS=("$@")
COMP_CWORD=$(( $# - 1 ))
COMP_LINE=$LINE
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
"$function" "$tool" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"""


def environment(extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARENTDESK_")}
    env.update({"LC_ALL": "C.UTF-8", "PARENTDESK_LANG": "en", "PATH": BIN + ":" + env["PATH"]})
    env.update(extra or {})
    return env


def ids(directory, prefix=""):
    """The record IDs of the files under `directory` (any depth)."""
    found = []
    for _, _, files in os.walk(directory):
        found += [f[:-5] for f in files if f.endswith(".yaml") and f.startswith(prefix)]
    return sorted(found)


class BashCompletionTest(StoreTest):
    def setUp(self):
        super().setUp()
        # Outside any store unless a test names one.
        self.cwd = os.path.join(self.tmp, "elsewhere")
        os.mkdir(self.cwd)

    def complete(self, line, env=None, cwd=None):
        """COMPREPLY for `line`, the cursor at its end; stderr must stay empty."""
        words = shell_words(line)
        proc = subprocess.run(
            ["bash", "--norc", "--noprofile", "-c", DRIVER, "bash", *words],
            env=environment({"LINE": line, **(env or {})}),
            cwd=cwd or self.cwd,
            capture_output=True,
            text=True,
            timeout=60,
        )
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stderr, "")
        return [w for w in proc.stdout.split("\n") if w]

    def in_store(self):
        return {"PARENTDESK_STORE": self.store}

    def test_subcommands(self):
        self.assertEqual(self.complete("appeal sh"), ["show"])
        self.assertIn("slots", self.complete("book "))
        self.assertEqual(self.complete("minutes si"), ["sign"])
        # Once a subcommand is given, no other is offered.
        self.assertEqual(self.complete("appeal list sh"), [])

    def test_options_of_the_subcommand_and_the_common_ones(self):
        found = self.complete("appeal list --st")
        self.assertIn("--status", found)
        self.assertIn("--store", found)  # a common option may follow the subcommand
        self.assertTrue(all(w.startswith("--st") for w in found), found)
        everything = self.complete("appeal list --")
        for option in ("--kind", "--class", "--grep", "--format", "--no-color", "--help"):
            self.assertIn(option, everything)
        self.assertNotIn("--text", everything)  # appeal new's, not list's

    def test_enum_values(self):
        self.assertEqual(
            sorted(self.complete("appeal list --kind ")), ["application", "complaint", "request"]
        )
        self.assertEqual(self.complete("appeal list --kind com"), ["complaint"])
        self.assertEqual(self.complete("appeal new --lang "), ["kk", "ru", "en"])
        self.assertEqual(self.complete("minutes sign M-1 --as "), ["chair", "secretary"])
        self.assertEqual(self.complete("appeal new --to adm"), ["administration"])

    def test_values_after_an_equals_sign(self):
        # bash splits `--kind=com` at '='; the candidates replace the last piece.
        self.assertEqual(self.complete("appeal list --kind=com"), ["complaint"])
        self.assertEqual(
            sorted(self.complete("appeal list --kind=")),
            ["=application", "=complaint", "=request"],
        )

    def test_staff_and_class_ids_from_the_store(self):
        staff = ids(self.path("staff"))
        self.assertIn("zhumabekova", staff)
        self.assertEqual(self.complete("book slots --with ", env=self.in_store()), staff)
        self.assertEqual(self.complete("book slots --with zhu", env=self.in_store()), ["zhumabekova"])
        classes = ids(self.path("classes"))
        self.assertIn("7B", classes)
        self.assertEqual(sorted(self.complete("appeal list --class ", env=self.in_store())), classes)
        self.assertEqual(self.complete("minutes list --class 7", env=self.in_store()), ["7B"])

    def test_record_ids_and_their_suffixes(self):
        appeals = ids(self.path("appeals"))
        self.assertGreater(len(appeals), 3)
        self.assertEqual(self.complete("appeal show ", env=self.in_store()), appeals)
        self.assertEqual(self.complete("minutes sign 49", env=self.in_store()), ["49Z0"])
        self.assertEqual(
            self.complete("minutes sign M-20261119-4", env=self.in_store()), ["M-20261119-49Z0"]
        )
        bookings = ids(self.path("bookings"))
        self.assertEqual(self.complete("book move ", env=self.in_store()), bookings)
        # An option that takes an appeal, in another tool.
        self.assertEqual(self.complete("book add --appeal ", env=self.in_store()), appeals)

    def test_the_store_is_found_as_the_commands_find_it(self):
        appeals = ids(self.path("appeals"))
        # --store on the line, before or after the subcommand.
        self.assertEqual(self.complete(f"appeal --store {self.store} show "), appeals)
        self.assertEqual(self.complete(f"appeal show --store={self.store} "), appeals)
        # The nearest directory upward holding school.yaml.
        self.assertEqual(self.complete("appeal show ", cwd=self.path("appeals")), appeals)

    def test_no_store_no_candidates_and_no_message(self):
        self.assertEqual(self.complete("appeal show "), [])
        self.assertEqual(self.complete("book slots --with "), [])
        self.assertEqual(self.complete("appeal show ", env={"PARENTDESK_STORE": "/nonexistent"}), [])
        direct = run("appeal", "__complete", "2", "appeal", "show", "", cwd=self.cwd)
        self.assertEqual((direct.code, direct.err), (0, ""))
        self.assertEqual(direct.out, "words\n\n")

    def test_files_and_directories(self):
        with open(os.path.join(self.cwd, "letter.txt"), "w") as f:
            f.write("text\n")
        os.mkdir(os.path.join(self.cwd, "lists"))
        self.assertEqual(self.complete("appeal new --text-file let"), ["letter.txt"])
        self.assertEqual(self.complete("appeal --store li"), ["lists"])
        # A date has no candidates.
        self.assertEqual(self.complete("appeal list --since "), [])

    def test_every_tool_has_a_script(self):
        for tool in TOOLS:
            with self.subTest(tool=tool):
                self.assertIn("--help", self.complete(f"{tool} --he"))
                script = run(tool, "--complete", "bash")
                self.assertEqual((script.code, script.err), (0, ""))
                check = subprocess.run(
                    ["bash", "-n"], input=script.out, capture_output=True, text=True, timeout=30
                )
                self.assertEqual(check.returncode, 0, check.stderr)

    def test_hidden_from_help(self):
        for args in (("--help",), ("list", "--help")):
            result = run("appeal", *args)
            self.assertEqual(result.code, 0)
            self.assertNotIn("complete", result.out)

    def test_another_shell_is_a_usage_error(self):
        result = run("appeal", "--complete", "fish")
        self.assertEqual(result.code, 2)
        self.assertEqual(result.out, "")
        self.assertIn("appeal: error: --complete: expected bash or zsh, got 'fish'", result.err)


class ZshCompletionTest(unittest.TestCase):
    def test_the_zsh_script_loads(self):
        zsh = shutil.which("zsh")
        if not zsh:
            self.skipTest("zsh is not installed")
        for tool in TOOLS:
            with self.subTest(tool=tool):
                proc = subprocess.run(
                    [zsh, "-f", "-c",
                     f"autoload -Uz compinit && compinit -u -D && source <({tool} --complete zsh)"
                     f" && print -r -- $_comps[{tool}]"],
                    env=environment(), capture_output=True, text=True, timeout=60,
                )
                self.assertEqual(proc.returncode, 0, proc.stderr)
                self.assertEqual(proc.stdout.strip(), f"_{tool}")
        script = run("appeal", "--complete", "zsh").out
        self.assertTrue(script.startswith("#compdef appeal\n"))


class InstallTest(unittest.TestCase):
    """`cmake --install` puts each script where bash-completion and zsh look."""

    def test_installed_where_the_shells_look(self):
        build = os.path.dirname(BIN)
        cmake = shutil.which("cmake")
        if not cmake or not os.path.exists(os.path.join(build, "cmake_install.cmake")):
            self.skipTest("not a CMake build directory: " + build)
        if not os.path.exists(os.path.join(BIN, "completion", "_report")):
            self.skipTest("the completion scripts are not built (cmake --build without --target)")
        with tempfile.TemporaryDirectory(prefix="parentdesk-install-") as prefix:
            proc = subprocess.run(
                [cmake, "--install", build, "--prefix", prefix],
                capture_output=True, text=True, timeout=300,
            )
            self.assertEqual(proc.returncode, 0, proc.stderr)
            for tool in TOOLS:
                with self.subTest(tool=tool):
                    bash = os.path.join(prefix, "share/bash-completion/completions", tool)
                    zsh = os.path.join(prefix, "share/zsh/vendor-completions", "_" + tool)
                    with open(bash, encoding="utf-8") as f:
                        script = f.read()
                    self.assertEqual(script, run(tool, "--complete", "bash").out)
                    self.assertRegex(script, rf"complete .*-F \S+ {tool}\n")
                    with open(zsh, encoding="utf-8") as f:
                        self.assertEqual(f.read(), run(tool, "--complete", "zsh").out)


if __name__ == "__main__":
    unittest.main()
