namespace ChatFindings.Tests.Synthetic;

public class SyntheticGeneratorTests
{
    private static string Csv(int seed, int rows) => ConversationCsvWriter.ToCsv(new SyntheticGenerator(seed, rows).Generate());

    [Fact]
    public void Same_seed_gives_identical_bytes() => Assert.Equal(Csv(11, 3000), Csv(11, 3000));

    [Fact]
    public void Different_seeds_give_different_data() => Assert.NotEqual(Csv(11, 3000), Csv(12, 3000));

    [Fact]
    public void Ids_are_sequential_and_years_ascend()
    {
        var rows = new SyntheticGenerator(3, 500).Generate().ToList();
        Assert.Equal(Enumerable.Range(1, 500).Select(SyntheticGenerator.Id), rows.Select(r => r.ConversationId));
        Assert.Equal("S000001", rows[0].ConversationId);
        Assert.Equal(rows.Select(r => r.Year).Order(), rows.Select(r => r.Year));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1380)]
    [InlineData(100_003)]
    public void Rows_per_year_add_up_and_follow_the_published_proportions(int rows)
    {
        var perYear = SyntheticGenerator.RowsPerYear(rows);
        Assert.Equal(rows, perYear.Sum());
        var published = new[] { 299, 283, 285, 229, 284 };
        for (var i = 0; i < published.Length; i++)
            Assert.InRange(perYear[i], Math.Floor(rows * published[i] / 1380.0), Math.Ceiling(rows * published[i] / 1380.0));
    }

    [Fact]
    public void Generates_exactly_the_requested_rows_per_year()
    {
        var rows = new SyntheticGenerator(5, 2760).Generate().ToList();
        var expected = SyntheticGenerator.RowsPerYear(2760);
        Assert.Equal(SyntheticGenerator.Years.Select((y, i) => (y, expected[i])),
            SyntheticGenerator.Years.Select(y => (y, rows.Count(r => r.Year == y))));
    }

    [Fact]
    public void Records_respect_the_codebook_and_their_own_logic()
    {
        foreach (var c in new SyntheticGenerator(9, 20_000).Generate())
        {
            if (c.Age is { } age) Assert.InRange(age, 9, 50);
            Assert.True(Enum.IsDefined(c.ExploitationType));
            // Nobody was told before a first disclosure, so there was no first reaction.
            if (c.FirstDisclosure == true) Assert.Equal(Confidant.None, c.FirstConfidant);
            if (c.FirstConfidant is null or Confidant.None) Assert.Null(c.FirstReaction);
            if (c.OnlineRecruitment == true) Assert.NotEqual(Platforms.None, c.Platforms);
        }
    }

    [Fact]
    public void Rejects_a_negative_seed_and_a_non_positive_row_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticGenerator(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticGenerator(1, 0));
    }
}
