"""Prints a Python file's tokens with comments dropped and string text blanked.

Two locale variants of a sample must print the same shape: they may differ only
in comments and string literals. Run with Python 3.12+ so f-strings split into
their literal parts (blanked) and their expressions (kept).

With --keep-strings, string text is kept as written: two variants with the same
such shape differ only in comments, so they are one program. Prints a JSON list
of the shapes of the files given (one interpreter start for a sample's locales).
"""
import io
import json
import sys
import tokenize

LITERALS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
LAYOUT = {tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.ENDMARKER}


def shape(path, keep_strings):
    lines = []
    with open(path, encoding="utf-8") as source:
        for token in tokenize.generate_tokens(io.StringIO(source.read()).readline):
            if token.type in (tokenize.COMMENT, tokenize.NL):
                continue
            name = tokenize.tok_name[token.type]
            if token.type in LITERALS and not keep_strings:
                lines.append(f"{name} <text>")
            elif token.type in LAYOUT:
                lines.append(name)
            else:
                lines.append(f"{name} {token.string}")
    return "".join(line + "\n" for line in lines)


keep_strings = "--keep-strings" in sys.argv[1:]
paths = [arg for arg in sys.argv[1:] if arg != "--keep-strings"]
json.dump([shape(path, keep_strings) for path in paths], sys.stdout)
