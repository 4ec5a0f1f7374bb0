using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Findings;

public class ClaimSummaryTests
{
    private static readonly RegisteredBase[] Base = [new("test base", 4, false, "for tests"), new("larger base", 12, false, "for tests")];

    // 12 minor victims (F1), 6 of them with a parent exploiter (F5), half of the F1 group recruited online (F4).
    private static List<Conversation> Data() =>
    [
        .. Make.Many(6, () => Make.Conversation(perpetrators: Perpetrators.Parent, online: true, duration: Duration.TwoToFiveYears,
            clients: true, reaction: Reaction.Supportive, helpAccepted: true)),
        .. Make.Many(6, () => Make.Conversation(perpetrators: Perpetrators.Stranger, online: false, duration: Duration.LessThanOneYear,
            clients: false, reaction: Reaction.Blaming, helpAccepted: false)),
        Make.Conversation(reporter: Reporter.ThirdParty, age: 30, type: ExploitationType.Labour),
    ];

    [Fact]
    public void Computes_every_claim_of_the_register_once_in_register_order()
    {
        var summary = ClaimSummary.Compute(Data(), Base, new DisclosurePolicy(1));
        Assert.Equal(ClaimRegister.All.Select(d => d.Id), summary.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Uses_the_same_measures_as_the_notebooks()
    {
        var data = Data();
        var claims = ClaimSummary.Compute(data, Base, new DisclosurePolicy(1)).Claims.ToDictionary(c => c.Id);
        Assert.Equal(12, claims["F1"].ComputedValue);
        Assert.Equal(3, claims["F2"].ComputedValue);          // 12 / 4
        Assert.Equal(50, claims["F3"].ComputedValue);         // 6 of 12 a year or longer
        Assert.Equal(50, claims["F4"].ComputedValue);
        Assert.Equal(6, claims["F5"].ComputedValue);
        Assert.Equal(50, claims["F6"].ComputedValue);
        Assert.Equal(100, claims["F7"].ComputedValue);        // 100% after supportive minus 0% after blaming
        Assert.Contains("test base", claims["F2"].Note);
        // F2: 3× the first base, 1× the second; the report's base is unknown, so inconclusive as a whole.
        Assert.Equal(Verdict.Inconclusive, claims["F2"].Verdict);
        Assert.Null(claims["F2"].Holds);
        Assert.Equal([Verdict.BorneOut, Verdict.NotBorneOut], claims["F2"].ByBase!.Select(b => b.Verdict));
        Assert.Equal(false, claims["F1"].Holds);              // 12 is not nearly 600
    }

    [Fact]
    public void Values_under_the_threshold_are_withheld_in_the_summary_too()
    {
        var summary = ClaimSummary.Compute(Data(), Base, new DisclosurePolicy(10));
        var f5 = summary.Claims.Single(c => c.Id == "F5");
        Assert.Null(f5.ComputedValue);
        Assert.Null(f5.Holds);
        var row = summary.ToNarrative().Markdown.Split('\n').Single(l => l.StartsWith("| F5 |"));
        Assert.Contains("| withheld |", row);
        Assert.DoesNotContain("| 6 |", row);
        Assert.Equal(summary.Claims.Count(c => c.Verdict == Verdict.NotAssessed).ToString(), summary.CountWith(Verdict.NotAssessed).ToString());
    }

    [Fact]
    public void The_table_has_one_row_per_claim_with_its_status()
    {
        var summary = ClaimSummary.Compute(Data(), Base, new DisclosurePolicy(1));
        var lines = summary.ToNarrative().Markdown.Split('\n');
        Assert.Equal(2 + ClaimRegister.All.Count, lines.Length);
        foreach (var claim in summary.Claims)
        {
            var row = Assert.Single(lines, l => l.StartsWith($"| {claim.Id} |"));
            Assert.EndsWith($"| {claim.Status} |", row);
            Assert.Contains(claim.Definition.Notebook, row);
        }
    }

    [Fact]
    public void An_empty_data_set_gives_no_values_rather_than_failing()
    {
        var summary = ClaimSummary.Compute([], Base, new DisclosurePolicy(10));
        Assert.All(summary.Claims.Where(c => c.Id != "F1" && c.Id != "F2" && c.Id != "F5"), c => Assert.Null(c.ComputedValue));
        Assert.Equal("0", summary.CountWith(Verdict.BorneOut).ToString());
    }
}
