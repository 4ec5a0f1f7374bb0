using ChatFindings.Load;
using ChatFindings.Synthetic;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Load;

/// <summary>
/// The columnar data set against a straightforward reading of the same CSV: every count of every
/// variable's table (one-way, and by year) equals a count made cell by cell from the file's text,
/// on the shipped data and on a second generated data set.
/// </summary>
public class ColumnarDatasetTests
{
    public static TheoryData<string> Files => ["shipped", "generated"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_table_counts_what_the_file_says(string which)
    {
        using var temp = new TempFolder();
        var csv = which == "shipped" ? Repo.PathOf("data", "synthetic", "conversations.csv") : SyntheticDataSet.Write(temp.Path, seed: 11, rows: 5000);
        var data = ConversationLoader.Load(csv);
        Assert.True(data.Report.IsValid);
        var rows = PlainRows(csv);
        Assert.Equal(rows.Count, data.Count);

        foreach (var variable in ConversationVariables.All.Where(v => v.Name != "age_group"))
        {
            var oneWay = FrequencyTable.OneWay("t", "t", data.Conversations, variable);
            var byYear = FrequencyTable.TwoWay("t", "t", data.Conversations, variable, ConversationVariables.Year);
            foreach (var category in variable.Variable.Categories)
            {
                var matching = rows.Where(r => CodesOf(r[variable.Name]).Contains(category.Code)).ToList();
                Assert.True(matching.Count == oneWay.Count(category.Code), $"{which}: {variable.Name} = {category.Code}");
                foreach (var year in ConversationVariables.Year.Variable.Categories)
                    Assert.Equal(matching.Count(r => r["year"] == year.Code), byYear.Count(category.Code, year.Code));
            }
            Assert.Equal(rows.Count, oneWay.GrandTotal);
        }
        var ages = FrequencyTable.OneWay("t", "t", data.Conversations, ConversationVariables.AgeGroup);
        foreach (var (category, i) in AgeGroups.Categories.Select((c, i) => (c, i)))
            Assert.Equal(rows.Count(r => AgeGroups.IndexOf(r["age"] == "" ? null : int.Parse(r["age"])) == i), ages.Count(category.Code));
        Assert.Equal(rows.Select(r => r["conversation_id"]), data.Conversations.Select(c => c.ConversationId));
    }

    [Fact]
    public void A_loaded_conversation_equals_the_one_written_and_keeps_record_semantics()
    {
        using var temp = new TempFolder();
        var written = new SyntheticGenerator(5, 300).Generate().ToList();
        var csv = temp.File("c.csv");
        ConversationCsvWriter.WriteFile(csv, written);
        var loaded = ConversationLoader.Load(csv).Conversations;

        Assert.Equal(written, loaded);
        Assert.Equal(written.Select(c => c.GetHashCode()), loaded.Select(c => c.GetHashCode()));
        var edited = loaded[3] with { Age = 99, ConversationId = "X" };
        Assert.Equal((99, "X"), (edited.Age, edited.ConversationId));
        Assert.Equal(written[3], loaded[3]); // `with` edits a copy, never the data set's columns
        Assert.NotEqual(loaded[3], edited);
        Assert.Equal(loaded[3].ToString(), written[3].ToString());
        Assert.StartsWith("Conversation { ConversationId = S000004, ", loaded[3].ToString());
    }

    [Fact]
    public void SameConversation_tells_the_same_row_from_an_equal_copy()
    {
        var made = Make.Conversation();
        var copy = made with { Age = made.Age }; // a one-row copy with equal values
        var data = new Dataset([made, copy], new LoadReport("x.csv", 2, 2, 0, []), new DataSource("x.csv", "0", true, null));

        Assert.Equal(made, copy);
        Assert.False(SameConversation.Instance.Equals(made, copy));
        Assert.True(SameConversation.Instance.Equals(data.Conversations[1], data.Conversations[1]));
        Assert.False(SameConversation.Instance.Equals(data.Conversations[0], made)); // the data set holds its own copy
        var seen = new HashSet<Conversation>(SameConversation.Instance) { made, copy, data.Conversations[0] };
        Assert.False(seen.Add(data.Conversations[0]));
        Assert.Equal(3, seen.Count);
    }

    private static string[] CodesOf(string cell) => cell == "" ? [Category.UnknownCode] : cell.Split('|');

    // The file read the plain way: the generated data has no quoting, so a line is a row and a comma a field.
    private static List<Dictionary<string, string>> PlainRows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v)).ToList();
    }
}
