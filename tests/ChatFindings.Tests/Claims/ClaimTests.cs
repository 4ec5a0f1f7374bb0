using System.Text.Json;

namespace ChatFindings.Tests.Claims;

public class ClaimTests
{
    [Theory]
    [InlineData(ClaimComparison.Nearly, 600.0, 587, true)]
    [InlineData(ClaimComparison.Nearly, 600.0, 540, true)]
    [InlineData(ClaimComparison.Nearly, 600.0, 539, false)]
    [InlineData(ClaimComparison.Nearly, 600.0, 601, false)]
    [InlineData(ClaimComparison.About, 100.0, 110, true)]
    [InlineData(ClaimComparison.About, 100.0, 89, false)]
    [InlineData(ClaimComparison.MoreThan, 2.0, 2.01, true)]
    [InlineData(ClaimComparison.MoreThan, 2.0, 2, false)]
    [InlineData(ClaimComparison.Higher, null, 0.5, true)]
    [InlineData(ClaimComparison.Higher, null, -3, false)]
    public void Comparisons_judge_the_computed_value(ClaimComparison comparison, double? published, double computed, bool holds) =>
        Assert.Equal(holds, comparison.Holds(published, computed));

    [Fact]
    public void A_claim_without_a_published_figure_is_not_judged() =>
        Assert.Null(ClaimComparison.NoPublishedFigure.Holds(null, 42));

    [Fact]
    public void A_count_under_the_threshold_is_withheld_and_not_judged()
    {
        var claim = Claim.Evaluate(ClaimRegister.F5, ClaimMeasure.Count(7, "Seven."), new DisclosurePolicy(10));
        Assert.Null(claim.ComputedValue);
        Assert.Null(claim.Holds);
        Assert.DoesNotContain("7", claim.ToJson().Replace("\"F5\"", ""), StringComparison.Ordinal);
        Assert.Contains("withheld", claim.ComputedText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_percentage_whose_complement_is_small_is_withheld()
    {
        // 97 of 100: the 3 who are not in the group are as identifiable as 3 who are.
        var claim = Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(97, 100, "x"), new DisclosurePolicy(10));
        Assert.Null(claim.ComputedValue);
        var shown = Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(60, 100, "x"), new DisclosurePolicy(10));
        Assert.Equal(60.0, shown.ComputedValue);
        Assert.True(shown.Holds);      // 60 of 100: the Wilson interval 50.2–69.1% lies above half
    }

    [Fact]
    public void Findings_json_object_has_exactly_the_contract_keys()
    {
        var claim = Claim.Evaluate(ClaimRegister.F1, ClaimMeasure.Count(587, "x"), new DisclosurePolicy(10));
        using var doc = JsonDocument.Parse(claim.ToJson());
        Assert.Equal(
            ["id", "notebook", "statement", "statement_nl", "published", "published_value", "computed_value", "base", "interval",
             "comparison", "verdict", "holds", "note", "unknown_bounds", "by_base"],
            doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(587, doc.RootElement.GetProperty("computed_value").GetDouble());
        Assert.True(doc.RootElement.GetProperty("holds").GetBoolean());
        Assert.Equal("borne_out", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("interval").ValueKind);   // a count of the full register
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("base").ValueKind);
        Assert.Equal("nearly", doc.RootElement.GetProperty("comparison").GetString());
        Assert.Equal(PublishMimeTypes.ClaimKeys, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Ratios_keep_two_decimals_and_shares_one()
    {
        Assert.Equal(1.87, Claim.Evaluate(ClaimRegister.F2, new ClaimMeasure(587.0 / 314, [587], "x"), new DisclosurePolicy(10)).ComputedValue);
        Assert.Equal("1.87×", Claim.Evaluate(ClaimRegister.F2, new ClaimMeasure(587.0 / 314, [587], "x"), new DisclosurePolicy(10)).ComputedText);
        Assert.Equal(63.5, Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(127, 200, "x"), new DisclosurePolicy(10)).ComputedValue);
    }

    [Fact]
    public void The_register_holds_F1_to_F7_with_sourced_figures_only()
    {
        Assert.Equal(["F1", "F2", "F3", "F4", "F5", "F6", "F7"], ClaimRegister.All.Select(c => c.Id).ToArray());
        // The figures the brief sources: nearly 600 (F1), more than twice (F2), over half (F3), nearly 130 (F5).
        Assert.Equal([600.0, 2.0, 50.0, null, 130.0, null, null], ClaimRegister.All.Select(c => c.PublishedValue).ToArray());
        Assert.All(ClaimRegister.All, c => Assert.False(string.IsNullOrWhiteSpace(c.StatementNl)));
    }

    [Fact]
    public void Narrative_counts_obey_the_threshold()
    {
        Assert.Equal("<10", new DisclosedCount(4, new(10)).ToString());
        Assert.Equal("0", new DisclosedCount(0, new(10)).ToString());
        Assert.Equal("1,234", new DisclosedCount(1234, new(10)).ToString());
        Assert.Null(new DisclosedShare(95, 100, new DisclosurePolicy(10)).Percent);
        // 40 of 100: Wilson 95% interval 30.9–49.8%, by hand (Newcombe 1998a's formula; printed rounded).
        Assert.Equal("40% (95% CI 31–50%)", new DisclosedShare(40, 100, new DisclosurePolicy(10)).ToString());
    }

    [Fact]
    public void A_narrative_count_of_part_of_a_printed_whole_is_withheld_when_the_rest_is_small()
    {
        // "known for 36 of the 41" would print the 5 unknowns by subtraction.
        Assert.Equal("all but <10", new DisclosedCount(36, new(10), Rest: 5).ToString());
        Assert.Equal("<10", new DisclosedCount(4, new(10), Rest: 50).ToString());
        Assert.Equal("36", new DisclosedCount(36, new(10), Rest: 0).ToString());
        Assert.Equal("36", new DisclosedCount(36, new(10), Rest: 12).ToString());
        Assert.Null(new DisclosedCount(36, new(10), Rest: 5).Published);
    }
}
