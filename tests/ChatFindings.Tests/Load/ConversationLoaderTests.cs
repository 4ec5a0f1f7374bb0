using System.Security.Cryptography;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Load;

public sealed class ConversationLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Rows_become_typed_conversations_by_column_name()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(
            ConversationCsv.Row("A1", ',', ("reporter", "third_party"), ("age", "14"), ("gender", "male"),
                ("exploitation_type", "sexual_and_criminal"), ("perpetrators", "parent|online_contact"), ("duration", "5y_plus"),
                ("ongoing", "ja"), ("first_disclosure", "false"), ("online_recruitment", "TRUE"), ("platforms", "sex_ad_site|gaming"),
                ("clients_involved", "Nee"), ("first_confidant", "none"), ("first_reaction", "no_action"),
                ("help_accepted", "true"), ("police_report", "false")),
            ConversationCsv.Row("A2", ',', ("age", ""), ("gender", ""), ("year", "2019"))));

        var data = ConversationLoader.Load(path);

        Assert.True(data.Report.IsValid, string.Join("\n", data.Report.Errors));
        Assert.Equal(2, data.Count);
        Assert.Equal(new Conversation("A1", 2021, Reporter.ThirdParty, 14, Gender.Male, ExploitationType.SexualAndCriminal,
            Perpetrators.Parent | Perpetrators.OnlineContact, Duration.FiveYearsOrMore, true, false, true,
            Platforms.SexAdSite | Platforms.Gaming, false, Confidant.None, Reaction.NoAction, true, false), data.Conversations[0]);
        var second = data.Conversations[1];
        Assert.Equal((2019, (int?)null, (Gender?)null, Perpetrators.None, (Duration?)null), (second.Year, second.Age, second.Gender, second.Perpetrators, second.Duration));
    }

    [Fact]
    public void Without_a_sidecar_the_data_is_real_and_the_checksum_is_the_files()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(ConversationCsv.Row("A1")));
        var data = ConversationLoader.Load(path);
        Assert.False(data.Source.IsSynthetic);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), data.Source.Sha256);
        Assert.Equal(path, data.Source.Path);
    }

    [Fact]
    public void The_sidecar_marks_synthetic_data_and_its_row_count_is_checked()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(ConversationCsv.Row("A1"), ConversationCsv.Row("A2")));
        _folder.Write("conversations.provenance.json",
            """{"synthetic": true, "description": "made up", "generator": "test", "seed": 7, "rows": 2}""");

        var data = ConversationLoader.Load(path);
        Assert.True(data.Report.IsValid, string.Join("\n", data.Report.Errors));
        Assert.True(data.Source.IsSynthetic);
        Assert.Equal("made up", data.Source.Description);

        _folder.Write("conversations.provenance.json", """{"synthetic": true, "rows": 3}""");
        var error = Assert.Single(ConversationLoader.Load(path).Report.Errors);
        Assert.Equal((LoadRules.Provenance, "rows"), (error.Rule, error.Column));
        Assert.EndsWith("conversations.provenance.json", error.File);
    }

    [Fact]
    public void A_malformed_sidecar_is_an_error_and_the_data_counts_as_synthetic()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(ConversationCsv.Row("A1")));
        _folder.Write("conversations.provenance.json", "{\"synthetic\": \"no\"}");
        var data = ConversationLoader.Load(path);
        Assert.Equal(LoadRules.Provenance, Assert.Single(data.Report.Errors).Rule);
        Assert.True(data.Source.IsSynthetic);
    }

    [Fact]
    public void Rejected_rows_are_reported_and_left_out()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(
            ConversationCsv.Row("A1"), ConversationCsv.Row("A2", ',', ("duration", "10y")), ConversationCsv.Row("A3")));
        var data = ConversationLoader.Load(path);
        Assert.Equal(["A1", "A3"], data.Conversations.Select(c => c.ConversationId));
        var error = Assert.Single(data.Report.Errors);
        Assert.Equal((3, "duration", "10y", LoadRules.Category), (error.Line, error.Column, error.Value, error.Rule));
        Assert.Equal((3, 2, 1), (data.Report.RowsRead, data.Report.RowsAccepted, data.Report.RowsRejected));
    }

    [Fact]
    public void A_schema_that_does_not_fit_Conversation_is_refused()
    {
        var text = File.ReadAllText(Repo.ConversationsSchema).Replace("\"value\": \"lt_1y\"", "\"value\": \"under_1y\"");
        var schemaPath = _folder.Write("other.schema.json", text);
        var path = _folder.Write("conversations.csv", ConversationCsv.File(ConversationCsv.Row("A1")));
        var e = Assert.Throws<SchemaException>(() => ConversationLoader.Load(path, TableSchema.Load(schemaPath)));
        Assert.Contains("duration", e.Message);
        Assert.Contains("under_1y", e.Message);
    }

    [Fact]
    public void The_DataFrame_has_one_typed_column_per_CSV_column()
    {
        var path = _folder.Write("conversations.csv", ConversationCsv.File(
            ConversationCsv.Row("A1", ',', ("perpetrators", "stranger|parent"), ("ongoing", "ja")), ConversationCsv.Row("A2")));
        var frame = ConversationLoader.Load(path).ToDataFrame();

        Assert.Equal(ConversationCsv.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("parent|stranger", frame["perpetrators"][0]); // codebook order
        Assert.Equal(true, frame["ongoing"][0]);
        Assert.Null(frame["ongoing"][1]);
        Assert.Equal(typeof(int), frame["age"].DataType);
    }
}
