#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The house's shape (issue "A house a newcomer can read"): no source file in app/ or ui/ over 800
# lines, and no class in app/ with more than 25 public methods (signals and static functions count;
# constructors, the destructor and assignment operators do not). Read from the headers
# with a small scanner (comments and strings removed, nested bodies skipped), not a C++ parser:
# it counts declarations that have a parameter list at the class's own level.
#   check-shape.py SOURCE_DIR
import glob
import os
import re
import sys

MAX_LINES = 800
MAX_PUBLIC = 25


def strip(text):
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    text = re.sub(r'//[^\n]*', ' ', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"'(?:\\.|[^'\\\n])'", "''", text)


def public_methods(text):
    """(class name, count of public methods) for each class or struct defined in `text`."""
    found = []
    for m in re.finditer(r'\b(class|struct)\s+(?:\w+\s+)*?(\w+)\s*(?:final\s*)?(?::[^;{()]*)?\{', text):
        kind, name = m.group(1), m.group(2)
        access = 'public' if kind == 'struct' else 'private'
        count = 0
        i, depth, line = m.end(), 1, ''

        def judge(declaration):
            d = ' '.join(declaration.split())
            if access != 'public' or '(' not in d:
                return 0
            head = d.split('(')[0]
            if '=' in head or re.match(r'^(using|friend|typedef|enum|static_assert|Q_[A-Z_]+)\b', d):
                return 0
            if re.match(r'^(class|struct)\b', d):
                return 0
            words = head.replace('explicit', ' ').replace('constexpr', ' ').split()
            if words and (words[-1] in (name, '~' + name) or words[-1].startswith('~') or 'operator=' in head):
                return 0  # special members
            return 1

        while i < len(text) and depth > 0:
            c = text[i]
            if c == '{':
                if depth == 1:
                    count += judge(line)
                    line = ''
                depth += 1
            elif c == '}':
                depth -= 1
            elif depth == 1:
                if c == ':' and i + 1 < len(text) and text[i + 1] == ':':
                    line += '::'
                    i += 1
                elif c == ':' and re.search(r'\b(public|private|protected)(\s+Q_SLOTS)?\s*$|\bQ_SIGNALS\s*$', line):
                    label = re.search(r'\b(public|private|protected|Q_SIGNALS)\b[^:]*$', line).group(1)
                    access = 'public' if label in ('public', 'Q_SIGNALS') else 'other'
                    line = ''
                elif c == ';':
                    count += judge(line)
                    line = ''
                else:
                    line += c
            i += 1
        found.append((name, count))
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    problems = []
    for pattern in ('app/**/*.cpp', 'app/**/*.h', 'ui/**/*.cpp', 'ui/**/*.h'):
        for path in sorted(glob.glob(os.path.join(root, pattern), recursive=True)):
            with open(path, encoding='utf-8') as f:
                text = f.read()
            lines = text.count('\n')
            rel = os.path.relpath(path, root)
            if lines > MAX_LINES:
                problems.append(f'{rel}: {lines} lines, more than {MAX_LINES}: split it where a reader would look')
            if rel.startswith('app') and path.endswith('.h'):
                for name, count in public_methods(strip(text)):
                    if count > MAX_PUBLIC:
                        problems.append(f'{rel}: class {name} has {count} public methods, more than {MAX_PUBLIC}')
    for p in problems:
        print('check-shape:', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
