using ChatFindings.Tests.Support;
namespace ChatFindings.Tests.Synthetic;

/// <summary>What the generator writes, the loader reads back unchanged and without errors.</summary>
public class LoaderRoundTripTests
{
    [Fact]
    public void The_committed_synthetic_data_loads_with_zero_errors_as_synthetic_and_equals_the_generated_records()
    {
        var dataset = ConversationLoader.Load(Repo.PathOf("data", "synthetic", "conversations.csv"));
        Assert.True(dataset.Report.IsValid, string.Join("\n", dataset.Report.Errors.Take(10)));
        Assert.Equal(SyntheticGenerator.DefaultRows, dataset.Report.RowsAccepted);
        Assert.True(dataset.Source.IsSynthetic);
        Assert.Equal(new SyntheticGenerator().Generate(), dataset.Conversations);
    }

    [Fact]
    public void Another_seed_and_size_round_trips_too()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cf-h2-roundtrip-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var csv = SyntheticDataSet.Write(dir, seed: 99, rows: 20_000);
            var dataset = ConversationLoader.Load(csv);
            Assert.True(dataset.Report.IsValid, string.Join("\n", dataset.Report.Errors.Take(10)));
            Assert.True(dataset.Source.IsSynthetic);
            Assert.Equal(new SyntheticGenerator(99, 20_000).Generate(), dataset.Conversations);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }
}
