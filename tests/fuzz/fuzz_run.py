#!/usr/bin/env python3
"""Runs one fuzz harness: seeds from the repository's scenarios, READMEs and the guide's
examples, plus the saved inputs of tests/fuzz/regressions/NAME.

  fuzz_run.py HARNESS NAME SOURCE_ROOT WORK_DIR [--seconds N]

With --seconds 0 (the default) every seed and saved input runs once (a replay, in any build);
otherwise libFuzzer explores for N seconds from them, keeping what it finds in WORK_DIR/corpus
and a crashing input in WORK_DIR/crash-*. Exit status: the harness's (0 when nothing was found).
"""
import argparse
import hashlib
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

import yaml

GUIDE = pathlib.Path("../shared/spec/kernel-zones-guide.txt")


def scenario_files(root):
    return sorted(list((root / "scenarios").rglob("*.yaml")) + list((root / "tests/scenarios").rglob("*.yaml")))


def guide_text(root):
    path = root / GUIDE
    return path.read_text(encoding="utf-8") if path.exists() else ""


def scenario_steps(root):
    for path in scenario_files(root):
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue  # a deliberately broken scenario: a seed for the loader only
        if isinstance(document, dict) and isinstance(document.get("steps"), list):
            yield from (step for step in document["steps"] if isinstance(step, dict) and "run" in step)


def scenario_seeds(root):
    return [path.read_bytes() for path in scenario_files(root)]


def zonecfg_seeds(root):
    seeds = []
    for step in scenario_steps(root):
        command = str(step["run"])
        if "zonecfg" not in command:
            continue
        if step.get("stdin"):
            seeds.append(str(step["stdin"]))
        for quoted in re.findall(r"zonecfg[^']*'([^']*)'", command):
            seeds.append(quoted.replace(";", "\n"))
    block = []
    for line in guide_text(root).splitlines() + [""]:
        match = re.match(r"\s*zonecfg:[\w.-]+(?::[\w-]+)*> ?(.*)", line)
        if match:
            block.append(match.group(1))
        elif block:
            seeds.append("\n".join(block) + "\n")
            block = []
    return [seed.encode() for seed in seeds]


def parser_seeds(root):
    text = guide_text(root) + "".join(path.read_text(encoding="utf-8") for path in scenario_files(root))
    patterns = [r"(?:iscsi|nfs|ssh|rads|radg)://[^\s'\",)]+", r"\b(?:dev|lu):[^\s'\",)]+",
                r"\b\d+(?:\.\d+)?[KMGTkmgt]?[Bb]?\b", r"\b\d+(?:\.\d+)?(?:ms|us|s|m|h)\b",
                r"\b\d+(?:[GM]bit/s|MB/s)", r"\baes-\d+-[a-z]+\b"]
    tokens = {"none", "list", ""}
    for pattern in patterns:
        tokens.update(re.findall(pattern, text))
    return [token.encode() for token in sorted(tokens)]


def command_line_seeds(root):
    seeds = [["models"], ["models", "--json"], ["models", "show", "sparc-t7"], ["--help"],
             ["advise", "--machine", "sparc-t7", "sparc-t5"], ["run", "--show", "scenarios/demo.yaml"]]
    for path in [root / "README.md"] + sorted(root.glob("tests/**/README.md")) + sorted(root.glob("tests/**/*.sh")):
        for match in re.findall(r"kzsim ([^`\n|;&]+)", path.read_text(encoding="utf-8")):
            try:
                seeds.append(shlex.split(match))
            except ValueError:
                continue
    return [b"\0".join(word.encode() for word in seed) for seed in seeds]


def config_import_seeds(root):
    """Every exported configuration: "create -b" up to the end of its block."""
    texts = [guide_text(root)] + [path.read_text(encoding="utf-8") for path in scenario_files(root)]
    seeds = set()
    for text in texts:
        for block in re.findall(r"^ *create -b\n(?: *(?:set|add|end|select|remove)\b.*\n)*", text, re.M):
            seeds.add(re.sub(r"^ +", "", block, flags=re.M))
    return [seed.encode() for seed in sorted(seeds)] + zonecfg_seeds(root)


def ai_manifest_seeds(root):
    """The guide's AI manifests (its code blocks holding an <auto_install> part) and every .xml file
    a scenario writes."""
    seeds = [block for block in re.findall(r"```\n(.*?)```", guide_text(root), re.S) if "auto_install>" in block]
    for path in scenario_files(root):
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue
        files = document.get("files") if isinstance(document, dict) else None
        for host_files in (files.values() if isinstance(files, dict) else []):
            if isinstance(host_files, dict):
                seeds += [str(text) for name, text in host_files.items() if str(name).endswith(".xml")]
    return [seed.encode() for seed in seeds]


SEEDS = {"scenario_loader": scenario_seeds, "zonecfg": zonecfg_seeds, "parsers": parser_seeds,
         "command_line": command_line_seeds, "config_import": config_import_seeds, "ai_manifest": ai_manifest_seeds}


def write_seeds(directory, seeds):
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for seed in seeds:
        (directory / hashlib.sha1(seed).hexdigest()).write_bytes(seed)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("harness")
    parser.add_argument("name", choices=sorted(SEEDS))
    parser.add_argument("source_root", type=pathlib.Path)
    parser.add_argument("work_dir", type=pathlib.Path)
    parser.add_argument("--seconds", type=int, default=0)
    args = parser.parse_args()
    root = args.source_root.resolve()
    seeds = args.work_dir / "seeds"
    write_seeds(seeds, SEEDS[args.name](root))
    regressions = root / "tests/fuzz/regressions" / args.name
    saved = sorted(regressions.iterdir()) if regressions.is_dir() else []
    inputs = [str(seeds)] + ([str(regressions)] if saved else [])
    print(f"{args.name}: {sum(1 for _ in seeds.iterdir())} seeds, {len(saved)} saved inputs", flush=True)
    if args.seconds == 0:
        command = [args.harness, "-runs=0"] + inputs
    else:
        corpus = args.work_dir / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        command = [args.harness, str(corpus)] + inputs + [
            f"-max_total_time={args.seconds}", "-timeout=10", "-rss_limit_mb=2048", "-seed=1",
            "-close_fd_mask=1", "-print_final_stats=1", f"-artifact_prefix={args.work_dir}/"]
    status = subprocess.run(command).returncode
    if status != 0:
        print(f"{args.name}: the harness failed (status {status}); the input is in {args.work_dir}/; "
              f"save it under tests/fuzz/regressions/{args.name}/ with its fix", file=sys.stderr)
    # libFuzzer exits 77 on a finding, which meson would count as a skipped test.
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
