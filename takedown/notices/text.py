"""Plain text from the notice's own HTML, so both come from one template.

Handles only the small set of tags the notice templates use; anything else is read as
inline text. Lines wrap at 78 columns but never inside a URL or hash.
"""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

WIDTH = 78  # RFC 5322 recommends lines of at most 78 characters
_BLOCKS = {"p", "h1", "h2", "h3", "li", "header", "main", "aside", "ul", "ol", "blockquote"}
_SKIP = {"head", "style", "title", "script"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, int]] = []  # (first-line prefix, text, quote depth)
        self._text: list[str] = []
        self._lists: list[list[int | str]] = []  # [kind, counter]
        self._prefix = ""
        self._heading = ""
        self._quote = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self._text.append("\n")
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ul", "ol"):
                self._lists.append([tag, 0])
            elif tag == "li" and self._lists:
                current = self._lists[-1]
                current[1] = int(current[1]) + 1
                self._prefix = f"{current[1]}. " if current[0] == "ol" else "- "
            elif tag == "blockquote":
                self._quote += 1
            elif tag in ("h1", "h2", "h3"):
                self._heading = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip -= 1
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ul", "ol") and self._lists:
                self._lists.pop()
            elif tag == "blockquote":
                self._quote -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    def _flush(self) -> None:
        raw = "".join(self._text)
        self._text = []
        lines = [" ".join(part.split()) for part in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            if self._heading:
                rule = "=" if self._heading == "h1" else "-"
                longest = max(len(line) for line in text.split("\n"))
                text = f"{text}\n{rule * min(longest, WIDTH)}"
            self.blocks.append((self._prefix, text, self._quote))
        self._prefix = ""
        self._heading = ""


def _wrap(prefix: str, text: str, quote: int) -> str:
    quote_mark = "> " * quote
    indent = " " * len(prefix)
    out: list[str] = []
    for number, line in enumerate(text.split("\n")):
        if set(line) <= {"=", "-"}:
            out.append(quote_mark + line)
            continue
        first = prefix if number == 0 else indent
        out.extend(
            textwrap.wrap(
                line,
                width=WIDTH - len(quote_mark),
                initial_indent=quote_mark + first,
                subsequent_indent=quote_mark + indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


def html_to_text(html: str) -> str:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    collector._flush()
    out = ""
    previous: tuple[bool, int] | None = None  # (was a list item, quote depth)
    for prefix, text, quote in collector.blocks:
        is_item = bool(prefix)
        wrapped = _wrap(prefix, text, quote)
        if previous is None:
            out = wrapped
        elif is_item and previous[0]:
            out += "\n" + wrapped
        else:
            # A blank line inside a quotation keeps its quote marks, as mail readers expect.
            depth = min(quote, previous[1])
            out += "\n" + ("> " * depth).rstrip() + "\n" + wrapped
        previous = (is_item, quote)
    return out.strip() + "\n"
