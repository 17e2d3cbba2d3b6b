"""Hypothesis: stress marks, soft hyphens, look-alikes, NUL, no-break spaces, CRLF and a BOM change no fact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from perturb import assert_true_evidence, facts, perturbed
from summitkit import Pipeline, SummitReport


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=perturbed())
def test_perturbations_keep_the_facts_and_the_evidence_true(pipeline: Pipeline, pair: tuple[str, str]) -> None:
    clean, text = pair
    report = pipeline(text)
    assert facts(report) == facts(pipeline(clean))
    assert not report.failures
    assert_true_evidence(text, report)
    assert SummitReport.model_validate_json(report.model_dump_json()) == report
