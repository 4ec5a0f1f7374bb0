namespace ChatFindings.Tests.Synthetic;

public class CalibrationTests
{
    private static readonly IReadOnlyList<Conversation> Default = new SyntheticGenerator().Generate().ToList();

    public static TheoryData<string> TargetIds()
    {
        var data = new TheoryData<string>();
        foreach (var t in CalibrationTargets.All) data.Add(t.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(TargetIds))]
    public void Default_data_meets_the_target(string id)
    {
        var result = CalibrationTargets.All.Single(t => t.Id == id).Evaluate(Default);
        Assert.True(result.Holds, result.ToString());
    }

    [Fact]
    public void Every_target_holds_on_the_default_data()
    {
        var failures = CalibrationTargets.All.Select(t => t.Evaluate(Default)).Where(r => !r.Holds).Select(r => r.ToString()).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Targets_have_unique_ids_sources_and_sensible_ranges()
    {
        Assert.Equal(CalibrationTargets.All.Count, CalibrationTargets.All.Select(t => t.Id).Distinct().Count());
        Assert.All(CalibrationTargets.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Source), t.Id);
            Assert.True(t.Low <= t.High, t.Id);
        });
    }

    [Fact]
    public void The_findings_counts_are_targets()
    {
        // F1 and F5 are the headline counts; losing them from the list would silently drop the check.
        var ids = CalibrationTargets.All.Select(t => t.Id).ToHashSet();
        Assert.Contains("f1.minor_victims", ids);
        Assert.Contains("f5.parent", ids);
        Assert.Contains("total", ids);
    }

    [Fact]
    public void Count_targets_scale_with_the_row_count_and_still_hold()
    {
        var rows = SyntheticGenerator.DefaultRows * 10;
        var data = new SyntheticGenerator(7, rows).Generate().ToList();
        var failures = CalibrationTargets.All.Select(t => t.Evaluate(data)).Where(r => !r.Holds).Select(r => r.ToString()).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_target_fails_on_data_that_misses_it()
    {
        // Only adults: the F1 count is zero, outside its range.
        var adults = Default.Select(c => c with { Age = c.Age is null ? null : Math.Max(c.Age.Value, 18) }).ToList();
        var result = CalibrationTargets.All.Single(t => t.Id == "f1.minor_victims").Evaluate(adults);
        Assert.Equal(0, result.Value);
        Assert.False(result.Holds);
    }
}
