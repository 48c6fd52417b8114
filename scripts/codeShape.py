"""Prints a Python file's tokens with comments dropped and string text blanked.

Two locale variants of a sample must print the same shape: they may differ only
in comments and string literals. Run with Python 3.12+ so f-strings split into
their literal parts (blanked) and their expressions (kept).
"""
import io
import sys
import tokenize

LITERALS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
LAYOUT = {tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.ENDMARKER}

with open(sys.argv[1], encoding="utf-8") as source:
    tokens = tokenize.generate_tokens(io.StringIO(source.read()).readline)
    for token in tokens:
        if token.type in (tokenize.COMMENT, tokenize.NL):
            continue
        name = tokenize.tok_name[token.type]
        if token.type in LITERALS:
            print(name, "<text>")
        elif token.type in LAYOUT:
            print(name)
        else:
            print(name, token.string)
