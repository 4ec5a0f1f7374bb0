namespace ChatFindings.Tests.Load;

/// <summary>Rows of a conversations CSV for tests: every column has a valid default that a test can override.</summary>
public static class ConversationCsv
{
    public static readonly string[] Columns =
    [
        "conversation_id", "year", "reporter", "age", "gender", "exploitation_type", "perpetrators", "duration", "ongoing",
        "first_disclosure", "online_recruitment", "platforms", "clients_involved", "first_confidant", "first_reaction",
        "help_accepted", "police_report",
    ];

    public static string Header(char separator = ',') => string.Join(separator, Columns);

    public static string Row(string id, char separator = ',', params (string column, string value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["conversation_id"] = id, ["year"] = "2021", ["reporter"] = "victim", ["age"] = "16", ["gender"] = "female",
            ["exploitation_type"] = "sexual", ["perpetrators"] = "", ["duration"] = "", ["ongoing"] = "", ["first_disclosure"] = "",
            ["online_recruitment"] = "", ["platforms"] = "", ["clients_involved"] = "", ["first_confidant"] = "",
            ["first_reaction"] = "", ["help_accepted"] = "", ["police_report"] = "",
        };
        foreach (var (column, value) in overrides)
        {
            Assert.True(values.ContainsKey(column), $"no column {column}");
            values[column] = value;
        }
        return string.Join(separator, Columns.Select(c => values[c]));
    }

    public static string File(params string[] rows) => Header() + "\n" + string.Concat(rows.Select(r => r + "\n"));
}
