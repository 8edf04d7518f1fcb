#!/usr/bin/env python3
"""Every kind of kzsim picture, and the HTML report, rendered by headless Chromium (Debian's
chromium package): a script in the page measures each element with getBBox and each text's box
against every other text's, and writes what it finds into the page, which chromium --dump-dom
prints. The test fails when an element leaves its picture's viewBox, two texts overlap, or the
report is wider than its window (a long command not wrapped).
With --screenshots DIR it also writes a PNG of each picture and of the report there (docs/).
Usage: picture_render_test.py KZSIM SCENARIOS_DIR [--screenshots DIR]"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

WINDOW = (1280, 900)

# Measured in the page; a text's box is its glyph cells, so neighbours touch: only an overlap of
# more than 1.5 px both ways counts.
MEASURE = r"""
<script>
(function () {
  const findings = [];
  const slack = 1.5;
  const describe = (el) => el.tagName + (el.tagName === 'text' ? ' "' + el.textContent.slice(0, 60) + '"' : '');
  document.querySelectorAll('svg').forEach((svg, index) => {
    const name = (svg.querySelector(':scope > title') || {textContent: 'picture ' + (index + 1)}).textContent;
    const view = svg.viewBox.baseVal;
    svg.querySelectorAll('text, rect, line, circle, path').forEach((el) => {
      if (el.closest('defs')) return;
      const box = el.getBBox();
      if (box.x < view.x - slack || box.y < view.y - slack || box.x + box.width > view.x + view.width + slack ||
          box.y + box.height > view.y + view.height + slack)
        findings.push(name + ': ' + describe(el) + ' leaves the viewBox (box ' + [box.x, box.y, box.width,
                      box.height].map((v) => v.toFixed(1)).join(' ') + ', viewBox ' + view.width + 'x' + view.height + ')');
    });
    const texts = [...svg.querySelectorAll('text')].map((el) => [el, el.getBBox()]);
    for (let i = 0; i < texts.length; ++i)
      for (let j = i + 1; j < texts.length; ++j) {
        const a = texts[i][1], b = texts[j][1];
        const wide = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const high = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (wide > slack && high > slack)
          findings.push(name + ': ' + describe(texts[i][0]) + ' overlaps ' + describe(texts[j][0]));
      }
  });
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth)
    findings.push('the page is ' + page.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
  const out = document.createElement('pre');
  out.id = 'render-findings';
  out.textContent = JSON.stringify(findings);
  document.body.appendChild(out);
})();
</script>
"""


def chromium():
    for name in ('chromium', 'chromium-browser'):
        if shutil.which(name):
            return name
    sys.exit('picture render: chromium is not installed (tools/setup installs it)')


def browse(page, *options, window=WINDOW):
    command = [chromium(), '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
               f'--window-size={window[0]},{window[1]}', *options, 'file://' + page]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f'picture render: chromium exit {done.returncode}: {done.stderr[-2000:]}')
    return done.stdout


def page_of(document):
    """An HTML page showing `document` (an SVG or an HTML page) with the measuring script."""
    if document.lstrip().startswith('<?xml'):
        body = document.split('?>', 1)[1]
        return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="margin:0">{body}{MEASURE}</body></html>'
    return document.replace('</body>', MEASURE + '</body>')


def findings(work, name, document):
    path = os.path.join(work, name + '.html')
    with open(path, 'w', encoding='utf-8') as out:
        out.write(page_of(document))
    dom = browse(path, '--dump-dom')
    found = re.search(r'<pre id="render-findings">(.*?)</pre>', dom, re.S)
    if not found:
        sys.exit(f'picture render: {name}: the measuring script wrote nothing')
    return json.loads(html.unescape(found.group(1)))


def screenshot(work, name, document, directory):
    path = os.path.join(work, name + '-shot.html')
    with open(path, 'w', encoding='utf-8') as out:
        out.write(page_of(document).replace(MEASURE, ''))
    size = re.search(r'<svg[^>]* width="([\d.]+)" height="([\d.]+)"', document)
    window = (min(int(float(size[1])) + 1, 1600), min(int(float(size[2])) + 1, 1600)) if name != 'report' and size \
        else WINDOW
    browse(path, f'--screenshot={os.path.join(directory, name + ".png")}', window=window)


def run(kzsim, *args):
    done = subprocess.run([kzsim, 'picture', *args], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit(f'picture render: kzsim picture {" ".join(args)}: exit {done.returncode}: {done.stderr}')
    return done.stdout


def pictures(kzsim, scenarios):
    live = os.path.join(scenarios, 'migration', 'ex-5-8-live-trusted.yaml')
    return {
        'states': run(kzsim, 'states', live, '--zone', 'kzone1'),
        'migration': run(kzsim, 'migration', '--memory', '16G', '--dirty-rate', '512M'),
        'migration-slow-link': run(kzsim, 'migration', '--memory', '2T', '--dirty-rate', '1M', '--bandwidth',
                                   '1Gbit/s'),
        'migration-no-convergence': run(kzsim, 'migration', '--memory', '16G', '--dirty-rate', '2G'),
        'walk-sparc': run(kzsim, 'walk', '--machine', 'sparc-t5', '--guest-page', '8K', '--backing-page', '8K'),
        'walk-x86': run(kzsim, 'walk', '--machine', 'intel-haswell', '--guest-page', '4K', '--backing-page', '2M'),
        'classes-sparc': run(kzsim, 'classes', '--arch', 'sparc'),
        'classes-x86': run(kzsim, 'classes', '--arch', 'x86'),
        'report': run(kzsim, 'report', live),
    }


def main():
    kzsim, scenarios = sys.argv[1], sys.argv[2]
    shots = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == '--screenshots' else None
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for name, document in pictures(kzsim, scenarios).items():
            failures += [f'{name}: {finding}' for finding in findings(work, name, document)]
            if shots:
                screenshot(work, name, document, shots)
    for failure in failures:
        print('FAIL:', failure)
    sys.exit(1 if failures else 0)


main()
