using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Synthetic;

public class CalibrationReportTests
{
    private static Dataset Shipped(bool synthetic)
    {
        var conversations = new SyntheticGenerator().Generate().ToList();
        var report = new LoadReport("x.csv", conversations.Count, conversations.Count, 0, []);
        return new Dataset(conversations, report, new DataSource("x.csv", "0", synthetic, null));
    }

    [Fact]
    public void Lists_every_target_with_its_source_and_whether_it_is_met()
    {
        var text = CalibrationReport.For(Shipped(synthetic: true)).Markdown;
        var rows = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(CalibrationTargets.All.Count, rows.Count);
        Assert.All(CalibrationTargets.All, t => Assert.Contains(t.Description.Replace("|", "\\|"), text));
        Assert.StartsWith($"{CalibrationTargets.All.Count} of {CalibrationTargets.All.Count} calibration targets are met", text);
    }

    [Fact]
    public void Declines_on_real_data() =>
        Assert.Contains("Not shown: the input is real data", CalibrationReport.For(Shipped(synthetic: false)).Markdown);
}
