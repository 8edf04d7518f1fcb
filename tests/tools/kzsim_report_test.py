#!/usr/bin/env python3
"""`kzsim picture report SCENARIO -o FILE.html` on a live migration between two SPARC hosts: the
page parses as HTML, holds the transcript and one inline <svg> per picture that applies (each
zone's states on each host, the live migration, each kernel zone's nested walk, the sparc class
graph) with their titles, a walk shared by two zones drawn once, an output of more than 12 lines
folded in a <details>, refers to nothing outside itself, and is the same bytes twice.
Usage: kzsim_report_test.py KZSIM SCENARIO"""
import html.parser
import os
import subprocess
import sys
import tempfile


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.open = []
        self.svgs = 0
        self.svg_titles = []
        self.headings = []
        self.pre = ''
        self.external = []

    def handle_starttag(self, tag, attrs):
        self.open.append(tag)
        if tag == 'svg':
            self.svgs += 1
        for name, value in attrs:
            if name in ('src', 'href', 'xlink:href') and not (value or '').startswith('#'):
                self.external.append((tag, name, value))

    def handle_endtag(self, tag):
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data):
        if self.open[-2:] == ['svg', 'title']:
            self.svg_titles.append(data)
        if self.open and self.open[-1] == 'h2':
            self.headings.append(data)
        if 'pre' in self.open:
            self.pre += data


def check(condition, what):
    if not condition:
        sys.exit(f'report: {what}')


def report(kzsim, scenario, out):
    done = subprocess.run([kzsim, 'picture', 'report', scenario, '-o', out], capture_output=True, text=True,
                          timeout=300)
    check(done.returncode == 0, f'exit {done.returncode}: {done.stderr}')
    with open(out, encoding='utf-8') as page:
        return page.read()


def main():
    kzsim, scenario = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as work:
        text = report(kzsim, scenario, os.path.join(work, 'report.html'))
        check(text == report(kzsim, scenario, os.path.join(work, 'again.html')), 'not the same bytes twice')
    check(text.startswith('<!DOCTYPE html>\n'), 'no doctype')
    page = Page()
    page.feed(text)
    page.close()
    check(page.open == [], f'unclosed elements: {page.open}')
    check(page.external == [], f'external references: {page.external}')
    check(page.headings == ['Hosts', 'Transcript', 'Zone states', 'Live migrations', 'Nested page walks',
                            'CPU classes'], f'sections: {page.headings}')
    check('global1$ zoneadm -z kzone1 migrate root@global2\nPassword:\n' in page.pre, 'transcript')
    check("zoneadm: zone 'kzone1': Starting migration." in page.pre, 'migration output in the transcript')
    # kzone1's walk on global1 and on global2 (both sparc-t7, the same pages) is one picture.
    check(page.svgs == 5, f'{page.svgs} pictures, expected 5')
    check('kzone1 on global1, kzone1 on global2: ' in text, 'one walk picture for both hosts')
    # The install log (49 lines: the host's one publisher, issue #15) is folded; the commands
    # around it are not.
    check('<details><summary>49 lines of output</summary>' in text, 'the install log is not folded')
    expected = ['Zone kzone1 on global1: its state after each step', 'Zone kzone1 on global2: its state after each step']
    check(page.svg_titles[:2] == expected, f'state pictures: {page.svg_titles[:2]}')
    check(page.svg_titles[2].startswith('Live migration of '), f'migration picture: {page.svg_titles[2]}')
    check(len(page.svg_titles) == 5, f'titles: {page.svg_titles}')
    message = subprocess.run([kzsim, 'picture', 'report', 'no-such.yaml'], capture_output=True, text=True, timeout=60)
    check(message.returncode == 2 and 'no-such.yaml' in message.stderr, f'missing file: {message.stderr}')


main()
