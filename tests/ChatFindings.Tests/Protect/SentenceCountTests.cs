using ChatFindings.Cli.Publishing;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Protect;

/// <summary>A count in a sentence is an equation of its population: shown only when it narrows no hidden count, and audited with the tables.</summary>
public class SentenceCountTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation Id = new("test-group", "Test group");

    // By year: 2019 has 3 (hidden), and 2020's 12 is hidden with it so that 2019 stays wide (0..15).
    private static List<Conversation> Conversations() =>
        new (int Year, int N)[] { (2019, 3), (2020, 12), (2021, 30), (2022, 40), (2023, 25) }
            .SelectMany(y => Make.Many(y.N, () => Make.Conversation(year: y.Year, duration: y.Year == 2023 ? null : Duration.LessThanOneYear)))
            .ToList();

    private static Population Group() => new(Id, Conversations(), Policy);

    [Fact]
    public void A_count_the_margin_publishes_is_shown_with_its_equation_and_a_hidden_one_is_not()
    {
        var group = Group();
        Assert.Equal("30", group.Count(ConversationVariables.Year.Is("2021")).ToString());
        Assert.Equal(["year=2021"], group.Count(ConversationVariables.Year.Is("2021")).Counted!.Keys);
        Assert.Equal("110", group.Count().ToString());

        // 12 is above the threshold, but the margin hides it to protect 2019's 3: the sentence may not show it.
        var hidden = group.Count(ConversationVariables.Year.Is("2020"));
        Assert.True(hidden.IsWithheld);
        Assert.Null(hidden.Counted);
        Assert.Equal("a hidden number", hidden.ToString());
    }

    [Fact]
    public void A_hidden_number_that_opens_a_sentence_starts_it_with_a_capital()
    {
        var group = Group();
        var hidden = group.Count(ConversationVariables.Year.Is("2020"));
        var shown = group.Count(ConversationVariables.Year.Is("2021"));
        NarrativeInterpolation text = $"{hidden} are from 2020. Then {shown}, and {hidden} again! {shown} in 2021.\n{hidden} here.";
        Assert.Equal("A hidden number are from 2020. Then 30, and a hidden number again! 30 in 2021.\nA hidden number here.", text.Text);
    }

    [Fact]
    public void A_sum_of_hidden_counts_that_narrows_none_of_them_is_shown()
    {
        // 2019 + 2020 = 110 - 95 follows from the published cells anyway.
        var sum = Group().Count(ConversationVariables.Year.Is("2019", "2020"));
        Assert.Equal("15", sum.ToString());
        Assert.Equal(["year=2019", "year=2020"], sum.Counted!.Keys);
    }

    [Fact]
    public void A_share_is_withheld_when_its_counts_would_narrow_a_hidden_one()
    {
        var group = Group();
        Assert.True(group.Share(ConversationVariables.Year.Is("2020")).IsWithheld);
        var shown = group.Share(ConversationVariables.Year.Is("2021"));
        Assert.False(shown.IsWithheld);
        Assert.Equal(2, shown.Counted!.Count);
        // Known duration: 85 of 110; the 25 unknown are its "rest", counted as an equation too.
        var known = group.Share(ConversationVariables.Duration.Is("lt_1y"), ConversationVariables.Duration.Known());
        Assert.Equal(25, known.Unknown);
    }

    [Fact]
    public void A_sentence_that_shows_a_count_a_table_hides_fails_the_linked_audit()
    {
        var group = Group();
        var byYear = PublishedTable.Of(group.Table("by-year", "By year", ConversationVariables.Year), "01-scale/by-year");
        Assert.True(SuppressionAudit.CheckLinked([byYear]).Single().Passed);

        var grid = new TableDescriptor("sentence", Id.Title, Id, 10, [VariableDescriptor.Of(ConversationVariables.Year.Variable)]);
        var leak = new PublishedSentence("01-scale, cell 5 (narrative)", new SentenceCount(grid, ["year=2020"], 12));
        var audit = SuppressionAudit.CheckLinked([byYear], [leak]).Single();
        Assert.False(audit.Passed);
        Assert.Contains(audit.Problems, p => p.Contains("worked out exactly") && p.Contains("01-scale, cell 5 (narrative)"));

        // The sum of the two hidden years narrows neither.
        var fine = new PublishedSentence("01-scale, cell 5 (narrative)", new SentenceCount(grid, ["year=2019", "year=2020"], 15));
        Assert.True(SuppressionAudit.CheckLinked([byYear], [fine]).Single().Passed);
    }

    [Fact]
    public void Sentence_counts_travel_as_json_and_publish_fails_naming_the_notebook_and_sentence()
    {
        var group = Group();
        var table = group.Table("by-year", "By year", ConversationVariables.Year);
        var grid = new TableDescriptor("sentence", Id.Title, Id, 10, [VariableDescriptor.Of(ConversationVariables.Year.Variable)]);
        var counts = SentenceCount.Parse(SentenceCount.ToJson([new SentenceCount(grid, ["year=2020"], 12)]));
        Assert.Equal(["year=2020"], Assert.Single(counts).Keys);
        Assert.Equal(Id, counts[0].Population);

        var set = new PublishedTableSet([(new TableArtifact("01-scale", 4, "by-year", table.ToTidyCsv()), table.Descriptor)],
            [new PublishedSentence("01-scale, cell 5 (narrative)", counts[0])]);
        var error = Assert.Throws<PublishInputException>(set.Audit);
        Assert.Contains("01-scale, cell 5 (narrative)", error.Message);
        Assert.Contains("01-scale/by-year", error.Message);
    }

    [Fact]
    public void Say_carries_the_equations_of_the_counts_it_shows()
    {
        var group = Group();
        var text = new NarrativeText("x", [group.Count(ConversationVariables.Year.Is("2021")).Counted!]);
        Assert.Single(text.Equations);
        var interpolation = new NarrativeInterpolation(0, 2);
        interpolation.AppendFormatted(group.Count(ConversationVariables.Year.Is("2021")));
        interpolation.AppendFormatted(group.Count(ConversationVariables.Year.Is("2020")));
        Assert.Equal(["year=2021"], Assert.Single(interpolation.Equations).Keys);
    }

    [Fact]
    public void A_selection_names_real_categories_and_one_category_of_a_list_variable()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ConversationVariables.Year.Is("1999"));
        Assert.Contains("'1999' is not a category of 'year'", unknown.Message);
        Assert.Throws<ArgumentException>(() => ConversationVariables.Platforms.Is(ConversationVariables.Platforms.Variable.Categories[0].Code, ConversationVariables.Platforms.Variable.Categories[1].Code));
        Assert.Throws<ArgumentException>(() => ConversationVariables.FirstConfidant.Known().Except("unknown"));
        Assert.Equal(["true", "false"], ConversationVariables.Ongoing.Known().Codes);
        Assert.True(ConversationVariables.Ongoing.Known().IsKnown);
        Assert.False(ConversationVariables.Ongoing.Is("true").IsKnown);
    }

    [Fact]
    public void A_yearly_comparison_of_population_counts_carries_the_equations_of_the_counts_it_shows()
    {
        var group = Group();
        var reference = ReferenceFigures.Load(Repo.PathOf("data", "reference"));
        var text = PublishedComparison.ByYear(reference, "parent_share", "This data", year => group.Count(ConversationVariables.Year.Is(year.ToString())));
        var shown = text.Markdown.Split('\n').Skip(2).Count(row => !row.Contains("a hidden number"));
        Assert.True(shown > 0);
        Assert.Equal(shown, text.Equations.Count);
        Assert.Contains("a hidden number", text.Markdown); // 2019 and 2020 are hidden in the margin
    }
}
