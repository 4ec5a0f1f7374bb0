using System.Text.Json;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Claims;

/// <summary>Verdicts decided by intervals, on hand-made data.</summary>
public class VerdictTests
{
    private static readonly DisclosurePolicy Ten = new(10);

    private static List<Conversation> Reactions(int supportiveYes, int supportiveNo, int otherYes, int otherNo) =>
    [
        .. Make.Many(supportiveYes, () => Make.Conversation(reaction: Reaction.Supportive, helpAccepted: true)),
        .. Make.Many(supportiveNo, () => Make.Conversation(reaction: Reaction.Supportive, helpAccepted: false)),
        .. Make.Many(otherYes, () => Make.Conversation(reaction: Reaction.Blaming, helpAccepted: true)),
        .. Make.Many(otherNo, () => Make.Conversation(reaction: Reaction.Disbelieving, helpAccepted: false)),
    ];

    [Fact]
    public void An_F7_difference_whose_interval_spans_zero_is_inconclusive()
    {
        // 12 of 20 against 10 of 20: +10 points, but the Newcombe interval reaches below zero.
        var claim = Claim.Evaluate(ClaimRegister.F7, ClaimMeasures.F7(Reactions(12, 10, 10, 10)), Ten);
        Assert.True(claim.ComputedValue > 0);
        Assert.True(claim.Interval!.Low < 0 && claim.Interval.High > 0);
        Assert.Equal(Verdict.Inconclusive, claim.Verdict);
        Assert.Null(claim.Holds);
        Assert.Equal(NewcombeInterval.Method, claim.Interval.Method);
    }

    [Theory]
    [InlineData(90, 10, 30, 70, Verdict.BorneOut)]
    [InlineData(20, 80, 80, 20, Verdict.NotBorneOut)]
    public void An_F7_difference_is_decided_by_where_its_whole_interval_lies(int sy, int sn, int oy, int on, Verdict expected) =>
        Assert.Equal(expected, Claim.Evaluate(ClaimRegister.F7, ClaimMeasures.F7(Reactions(sy, sn, oy, on)), Ten).Verdict);

    [Fact]
    public void An_F7_verdict_sentence_says_above_zero_not_higher_zero()
    {
        Assert.Contains("the whole 95% interval (+", Claim.Evaluate(ClaimRegister.F7, ClaimMeasures.F7(Reactions(90, 10, 30, 70)), Ten).Note);
        Assert.Contains(") is above 0.", Claim.Evaluate(ClaimRegister.F7, ClaimMeasures.F7(Reactions(90, 10, 30, 70)), Ten).Note);
        Assert.Contains(") is above 0.", Claim.Evaluate(ClaimRegister.F7, ClaimMeasures.F7(Reactions(20, 80, 80, 20)), Ten).Note);
    }

    // F3 "over half": borne out only when the Wilson interval's lower bound is above 50%.
    [Theory]
    [InlineData(60, 100, Verdict.BorneOut)]        // 50.2–69.1%
    [InlineData(55, 100, Verdict.Inconclusive)]    // 45.2–64.4%
    [InlineData(30, 100, Verdict.NotBorneOut)]     // 21.9–39.6%
    public void F3_is_decided_by_its_Wilson_interval(int years, int known, Verdict expected)
    {
        var claim = Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(years, known, "x"), Ten);
        Assert.Equal(expected, claim.Verdict);
        Assert.Equal(known, claim.Base);
        Assert.Equal(WilsonInterval.Method, claim.Interval!.Method);
    }

    [Fact]
    public void A_count_of_the_full_register_has_no_interval_and_says_why()
    {
        var near = Claim.Evaluate(ClaimRegister.F1, ClaimMeasure.Count(587, "x"), Ten);
        var far = Claim.Evaluate(ClaimRegister.F1, ClaimMeasure.Count(700, "x"), Ten);
        Assert.Equal((Verdict.BorneOut, Verdict.NotBorneOut), (near.Verdict, far.Verdict));
        Assert.Null(near.Interval);
        Assert.Contains("has no interval", near.Note);
    }

    [Fact]
    public void A_withheld_share_has_no_interval_and_no_base()
    {
        var claim = Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(95, 100, "x"), Ten);
        Assert.Equal(Verdict.NotAssessed, claim.Verdict);
        Assert.Null(claim.Interval);
        Assert.Null(claim.Base);
        using var json = JsonDocument.Parse(claim.ToJson());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("interval").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("base").ValueKind);
        Assert.Null(new DisclosedShare(95, 100, Ten).Interval);
        Assert.Equal("a share withheld under the disclosure rule", new DisclosedShare(95, 100, Ten).ToString());
    }

    [Fact]
    public void Unknown_answers_give_bounds_unless_they_are_too_few_to_show()
    {
        var claim = Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(60, 100, "x", unknown: 20), Ten);
        Assert.Equal((50.0, 66.7), (Math.Round(claim.UnknownBounds!.Value.Low, 1), Math.Round(claim.UnknownBounds.Value.High, 1)));
        Assert.Null(Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(60, 100, "x", unknown: 4), Ten).UnknownBounds);
        Assert.Equal("between 50% and 67%", new DisclosedShare(60, 100, Ten, 20).IfUnknownsFellEitherWay.ToString());
        Assert.Equal("within bounds withheld under the disclosure rule", new DisclosedShare(60, 100, Ten, 4).IfUnknownsFellEitherWay.ToString());
    }

    [Fact]
    public void A_claim_without_a_published_figure_is_not_assessed_but_keeps_its_interval()
    {
        var claim = Claim.Evaluate(ClaimRegister.F4, ClaimMeasure.Percentage(40, 100, "x"), Ten);
        Assert.Equal(Verdict.NotAssessed, claim.Verdict);
        Assert.NotNull(claim.Interval);
        Assert.Contains("(95% CI 30.9% to 49.8%)", claim.ComputedWithInterval);
    }

    [Fact]
    public void The_comparison_word_follows_the_interval()
    {
        Assert.Equal("higher", new ShareDifference(new(90, 100, Ten), new(30, 100, Ten)).Word.ToString());
        Assert.Equal("lower", new ShareDifference(new(30, 100, Ten), new(90, 100, Ten)).Word.ToString());
        Assert.Equal("not clearly different", new ShareDifference(new(24, 40, Ten), new(20, 40, Ten)).Word.ToString());
        Assert.StartsWith("not compared", new ShareDifference(new(3, 20, Ten), new(10, 20, Ten)).Word.ToString());
        Assert.Equal("more than half", ComparisonWord.AgainstHalf(new(60, 100, Ten)).ToString());
        Assert.Equal("less than half", ComparisonWord.AgainstHalf(new(30, 100, Ten)).ToString());
        Assert.StartsWith("about half", ComparisonWord.AgainstHalf(new(55, 100, Ten)).ToString());
    }

    [Fact]
    public void The_claim_box_shows_the_interval_the_bounds_each_base_and_the_verdict()
    {
        var share = ClaimFormatting.ToHtml(Claim.Evaluate(ClaimRegister.F3, ClaimMeasure.Percentage(60, 100, "x", unknown: 20), Ten));
        Assert.Contains("60.0% (95% CI 50.2% to 69.1%)", share);
        Assert.Contains("50.0% / 66.7%", share);
        Assert.Contains("<strong>borne out</strong>", share);
        var bases = new[] { new RegisteredBase("narrow", 250, false, ""), new RegisteredBase("wide", 314, false, "") };
        var ratio = System.Net.WebUtility.HtmlDecode(ClaimFormatting.ToHtml(Claim.Evaluate(ClaimRegister.F2, ClaimMeasures.F2(Make.Many(590, () => Make.Conversation()), bases), Ten)));
        Assert.Contains("Against narrow (250)", ratio);
        Assert.Contains("2.36×: borne out", ratio);
        Assert.Contains("1.88×: not borne out", ratio);
        Assert.Contains("<strong>inconclusive</strong>", ratio);
    }

    [Fact]
    public void A_count_of_a_full_register_is_shown_without_any_interval_wording()
    {
        var count = System.Net.WebUtility.HtmlDecode(ClaimFormatting.ToHtml(Claim.Evaluate(ClaimRegister.F1, ClaimMeasure.Count(587, "x"), Ten)));
        Assert.Contains("Computed from this data</th><td class=\"num\">587</td>", count);
        Assert.DoesNotContain("CI", count);
    }
}
