using System.Runtime.CompilerServices;
using ChatFindings.Schema;
namespace ChatFindings.Load;

/// <summary>
/// Binds the columns of the conversations codebook by name, once per file, after checking that the schema
/// declares each with the type and categories <see cref="Conversation"/> needs.
/// </summary>
internal sealed class ConversationColumns
{
    public int Id, Year, Reporter, Age, Gender, ExploitationType, Perpetrators, Duration, Ongoing, FirstDisclosure,
        OnlineRecruitment, Platforms, ClientsInvolved, FirstConfidant, FirstReaction, HelpAccepted, PoliceReport;

    public static ConversationColumns Bind(TableSchema schema)
    {
        var problems = new List<string>();
        int Field(string name, params FieldType[] types)
        {
            var i = schema.IndexOf(name);
            if (i < 0) problems.Add($"the conversations schema needs a field '{name}'");
            else if (!types.Contains(schema.Fields[i].Type))
                problems.Add($"field '{name}' must be of type {string.Join(" or ", types).ToLowerInvariant()}");
            return i;
        }
        int Categorical<TEnum>(string name, FieldType type = FieldType.String) where TEnum : struct, Enum
        {
            var i = Field(name, type);
            if (i >= 0 && schema.Fields[i].Type == type)
            {
                try { EnumBinding.Verify<TEnum>(schema, schema.Fields[i]); }
                catch (SchemaException e) { problems.AddRange(e.Problems); }
            }
            return i;
        }
        int Required(string name, int index)
        {
            if (index >= 0 && !schema.Fields[index].Constraints.Required)
                problems.Add($"field '{name}' must be required (Conversation has no 'not known' for it)");
            return index;
        }

        var c = new ConversationColumns
        {
            Id = Required("conversation_id", Field("conversation_id", FieldType.String)),
            Year = Required("year", Field("year", FieldType.Integer, FieldType.Year)),
            Reporter = Required("reporter", Categorical<Reporter>("reporter")),
            Age = Field("age", FieldType.Integer),
            Gender = Categorical<Gender>("gender"),
            ExploitationType = Required("exploitation_type", Categorical<ExploitationType>("exploitation_type")),
            Perpetrators = Categorical<Perpetrators>("perpetrators", FieldType.List),
            Duration = Categorical<Duration>("duration"),
            Ongoing = Field("ongoing", FieldType.Boolean),
            FirstDisclosure = Field("first_disclosure", FieldType.Boolean),
            OnlineRecruitment = Field("online_recruitment", FieldType.Boolean),
            Platforms = Categorical<Platforms>("platforms", FieldType.List),
            ClientsInvolved = Field("clients_involved", FieldType.Boolean),
            FirstConfidant = Categorical<Confidant>("first_confidant"),
            FirstReaction = Categorical<Reaction>("first_reaction"),
            HelpAccepted = Field("help_accepted", FieldType.Boolean),
            PoliceReport = Field("police_report", FieldType.Boolean),
        };
        if (c.Id >= 0 && schema.Fields[c.Id].IsCategorical) problems.Add("field 'conversation_id' must not have categories");
        if (problems.Count > 0) throw new SchemaException(schema.Source, problems);
        return c;
    }

    /// <summary>The accepted rows as the columns of a data set: values copied typed, ids as UTF-8, no object per row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public ConversationStore ToStore(TableData data)
    {
        var id = (StringColumn)data.Columns[Id];
        var store = new ConversationStore(data.Count, data.Count == 0 ? 8 : Math.Max(1, id.Utf8(0).Length));
        var row = new ConversationRow();
        for (var r = 0; r < data.Count; r++)
        {
            row.Read(this, data.Columns, r);
            row.AddTo(store);
        }
        store.Trim();
        return store;
    }
}
