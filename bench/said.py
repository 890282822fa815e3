"""`said:` benchmark: attribution claims (speaker + paraphrase) judged against their source.

    python bench/said.py [--half tuning|held-out|both] [--errors]

Cases are ours (bench/said_cases.py), Indonesian and English, each with a tuning list and a
held-out list written before the judge was built and never tuned on (run `--half tuning`
while tuning). For each kind of claim it prints pass / warn / fail:

- supported (a faithful paraphrase of what the speaker says): should pass; failing is a
  false alarm;
- contradicted (antonym, negation, number or name changed): must not pass, should fail;
- other (words the source gives to someone else): must not pass, should fail.

Precision first: the figures that must stay at zero are "wrongly passing" (contradicted or
other claims that pass) and "supported failing" (a false alarm).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import said_cases  # noqa: E402

from factcheck.checks.attribution import check_attribution  # noqa: E402
from factcheck.model import Claim  # noqa: E402
from factcheck.text.document import Source  # noqa: E402

KINDS = ("supported", "contradicted", "other")


def judge(text: str, name: str, speaker: str, said: str, language: str) -> tuple[str, str]:
    source = Source(name, Path(name + ".txt"), name + ".txt", text)
    claim = Claim(file="bench.yaml", line=1, column=1, id="c", kind="attribution",
                  fields={"speaker": speaker, "said": said}, sources=(name,), base_dir=ROOT, language=language)
    verdict = check_attribution(claim, [source])
    return verdict.status.value, verdict.message


def run(cases: list, language: str, prefix: str, show: bool) -> dict[str, Counter]:
    counts = {kind: Counter() for kind in KINDS}
    for n, (text, claims) in enumerate(cases):
        for speaker, said, kind in claims:
            status, message = judge(text, f"{prefix}-{n}", speaker, said, language)
            counts[kind][status] += 1
            bad = status == "pass" if kind != "supported" else status != "pass"
            if show and bad:
                print(f"--- {prefix}-{n} {kind}: {speaker}: {said!r} -> {status}: {message}")
    return counts


def _share(part: int, total: int) -> str:
    return f"{part / total:6.1%}" if total else "     -"


def report(name: str, counts: dict[str, Counter]) -> None:
    s, c, o = counts["supported"], counts["contradicted"], counts["other"]
    st, ct, ot = sum(s.values()), sum(c.values()), sum(o.values())
    print(f"  {name:<9} supported {st:>3}: pass {_share(s['pass'], st)} warn {_share(s['warn'], st)} "
          f"fail {_share(s['fail'], st)} | contradicted {ct:>3}: fail {_share(c['fail'], ct)} warn "
          f"{_share(c['warn'], ct)} pass {_share(c['pass'], ct)} | other speaker {ot:>3}: fail "
          f"{_share(o['fail'], ot)} warn {_share(o['warn'], ot)} pass {_share(o['pass'], ot)} | wrongly "
          f"passing {_share(c['pass'] + o['pass'], ct + ot)}, supported failing {_share(s['fail'], st)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tuning", "held-out", "both"), default="both",
                        help="which half to judge (default both)")
    parser.add_argument("--errors", action="store_true", help="print the misses of the halves judged")
    args = parser.parse_args()
    for language, title, tuning, held_out in (
            ("id", "Indonesian", said_cases.ID_TUNING, said_cases.ID_HELD_OUT),
            ("en", "English", said_cases.EN_TUNING, said_cases.EN_HELD_OUT)):
        results = [(half, run(cases, language, f"{language}-{half}", args.errors))
                   for half, cases in (("tuning", tuning), ("held-out", held_out)) if args.half in (half, "both")]
        print(f"{title} said: claims (bench/said_cases.py)")
        for name, counts in results:
            report(name, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
